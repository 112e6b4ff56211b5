"""The API's Prometheus metrics, with ``prometheus_client``: correct under ``serve --workers N``.

Numbers a serving process counts itself (requests, search latency, cache lookups, cached bytes) are
``prometheus_client`` metrics in the app's own registry. With ``serve --workers N`` the serve command makes a
``PROMETHEUS_MULTIPROC_DIR`` before the workers start (and removes it when they stop, see
:func:`multiprocess_directory`); each worker's values then live in files there, and ``/metrics``, whichever worker
answers, adds them up over all workers (``MultiProcessCollector``). Numbers read from the store or the index at
scrape time (runs, records, index version) are the same for every worker and come from
``hub.scheduler.metrics.StoreCollector``. The names are the ones ``/metrics`` always had.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
"""The variable ``prometheus_client`` reads (at import) to keep values in files shared by worker processes."""
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
"""Upper bounds of the search latency histogram, in seconds."""
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def multiprocess() -> bool:
    """True when this process keeps its metrics in a directory shared with other workers."""
    return bool(os.environ.get(MULTIPROC_ENV))


class ApiMetrics:
    """The metrics one API app counts (one set per app; summed over workers in multiprocess mode)."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry = CollectorRegistry(auto_describe=True)
        """Where this app's metrics are registered (an app of its own never shares counts with another)."""
        self.requests = Counter("facility_hub_http_requests", "HTTP requests answered, by method and status.",
                                ["method", "status"], registry=self.registry)
        self.search_latency = Histogram("facility_hub_search_latency_seconds", "Search request latency.",
                                        buckets=LATENCY_BUCKETS, registry=self.registry)
        self.cache_lookups = Counter("facility_hub_search_cache_lookups",
                                     "Search requests looked up in the response cache, by result.", ["result"],
                                     registry=self.registry)
        self.cache_bytes = Gauge("facility_hub_search_cache_bytes", "Bytes of cached search responses.",
                                 registry=self.registry, multiprocess_mode="livesum")
        # children bound once: ``labels()`` costs a lock and a dict lookup per call, on every cached answer
        self.cache_hit = self.cache_lookups.labels(result="hit")  # both series shown from the start
        self.cache_miss = self.cache_lookups.labels(result="miss")
        self._request_children: dict[tuple[str, int], Any] = {}

    def count_request(self, method: str, status: int) -> None:
        """One HTTP request answered (its counter child kept per method and status)."""
        child = self._request_children.get((method, status))
        if child is None:
            child = self._request_children[(method, status)] = self.requests.labels(method=method,
                                                                                    status=str(status))
        child.inc()

    def render(self, *collectors: Any) -> bytes:
        """The exposition text: this app's metrics (every worker's, in multiprocess mode) and ``collectors``."""
        from prometheus_client import CollectorRegistry, generate_latest

        registry = CollectorRegistry(auto_describe=False)
        if multiprocess():
            from prometheus_client.multiprocess import MultiProcessCollector

            MultiProcessCollector(registry)
        else:
            registry.register(_Forward(self.registry))
        for collector in collectors:
            registry.register(collector)
        return generate_latest(registry)


class _Forward:
    """A collector that yields another registry's metrics (so that one page shows both)."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    def collect(self) -> Iterator[Any]:
        """Every metric of the wrapped registry."""
        yield from self.registry.collect()


class RequestCounter:
    """ASGI middleware counting every HTTP request answered, by method and status (outermost, so that answers
    from the cache and refusals of the guards are counted too)."""

    def __init__(self, app: Any, metrics: Any) -> None:
        self.app = app
        self.metrics = metrics
        self._count: Any = None
        """The bound ``count_request`` once the app's metrics exist (looked up per request until then)."""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = {"code": 500}

        async def counting_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            count = self._count
            if count is None:
                metrics = self.metrics()
                if metrics is not None:
                    count = self._count = metrics.count_request
            if count is not None:
                count(scope.get("method", "GET"), status["code"])


@contextlib.contextmanager
def multiprocess_directory() -> Iterator[str]:
    """A fresh ``PROMETHEUS_MULTIPROC_DIR`` for the worker processes about to start; removed (and the variable
    restored) on exit. Made before any worker imports ``prometheus_client``."""
    previous = os.environ.get(MULTIPROC_ENV)
    directory = tempfile.mkdtemp(prefix="facility-hub-metrics-")
    os.environ[MULTIPROC_ENV] = directory
    try:
        yield directory
    finally:
        if previous is None:
            os.environ.pop(MULTIPROC_ENV, None)
        else:
            os.environ[MULTIPROC_ENV] = previous
        shutil.rmtree(directory, ignore_errors=True)
