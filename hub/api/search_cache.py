"""Finished ``/api/search`` responses, kept per index version (the API's query-result cache).

An index version never changes, so the response to one query on one version is always the same bytes: caching
it is exact, not approximate. Entries are keyed by the version that answered and the validated query; a lookup
uses the version being served right now, so after a switch the old entries are never returned (they are dropped
when the first answer of the new version is stored). Least recently used responses go first once the bodies
exceed the byte budget (``FACILITY_HUB_SEARCH_CACHE_MB``, 0 turns the cache off).

This is the role of Solr's query-result cache or a caching proxy in front of the API; it pays for the queries
people repeat (popular searches, paging back, the same filter clicked again), and it is measured in
``bench/api.py`` on a query log of searches with Zipf-distributed popularity.

Each answer is kept twice: under the validated query (another spelling of the same query finds it) and under
the request's path and raw query string, which ``RawQueryCache`` looks up before routing and parameter
validation: a repeated request then costs a dictionary lookup. Only bytes the endpoint produced for exactly
that query string are sent back that way.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache

RAW_PATHS = frozenset({"/api/search", "/api/suggest"})
"""Endpoints whose answers depend on nothing but the query string and the index version."""


@dataclass(frozen=True)
class CachedResponse:
    """One response body and the entity ids of its hits (impressions are still counted on a hit)."""

    body: bytes
    hit_ids: tuple[str, ...]
    first_page: bool
    cacheable: bool = True
    """False for an answer that depends on the time (지금 영업 중): never kept."""


class ResponseCache:
    """A thread-safe LRU of response bodies of one index version, bounded in bytes."""

    def __init__(self, max_bytes: int, metrics: Any = None) -> None:
        self.max_bytes = max(0, int(max_bytes))
        self.metrics = metrics
        """``hub.api.metrics.ApiMetrics`` the lookups and the bytes held are counted in (None: not counted)."""
        self._entries: LRUCache[Hashable, CachedResponse] = LRUCache(
            maxsize=max(1, self.max_bytes), getsizeof=_body_size)
        """Bounded by the bytes of the bodies held; least recently used go first."""
        self._version: str | None = None
        self._lock = threading.Lock()
        self.hits = 0
        """Lookups answered from the cache (for ``/metrics``)."""
        self.misses = 0
        """Lookups that had to search."""

    @property
    def enabled(self) -> bool:
        """False when the budget is 0."""
        return self.max_bytes > 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size_bytes(self) -> int:
        """Bytes of response bodies held."""
        return int(self._entries.currsize)

    def get(self, version: str | None, key: Hashable, *, count_miss: bool = True) -> CachedResponse | None:
        """The cached response to ``key`` on ``version``, or None (counted as a miss unless ``count_miss`` is
        False: a lookup that another one follows)."""
        if version is None or not self.enabled:
            return None
        with self._lock:
            found = self._entries.get(key) if version == self._version else None  # a hit becomes most recent
            if found is None:
                self.misses += count_miss
                if count_miss and self.metrics is not None:
                    self.metrics.cache_miss.inc()
                return None
            self.hits += 1
        if self.metrics is not None:
            self.metrics.cache_hit.inc()
        return found

    def put(self, version: str, key: Hashable, response: CachedResponse) -> None:
        """Keep ``response`` as the answer to ``key`` on ``version``; a new version empties the cache first."""
        size = len(response.body)
        if not self.enabled or size > self.max_bytes // 8:
            return  # one huge page must not push out hundreds of ordinary ones
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            self._entries[key] = response  # the least recently used go first while the bytes exceed the budget
            held = self.size_bytes
        if self.metrics is not None:
            self.metrics.cache_bytes.set(held)


def _body_size(response: CachedResponse) -> int:
    return len(response.body)


def raw_key(scope: dict[str, Any]) -> tuple[str, bytes]:
    """The key of a request's answer by its path and raw query string."""
    return scope["path"], scope["query_string"]


class RawQueryCache:
    """ASGI middleware: a GET of ``RAW_PATHS`` whose exact query string was answered on the serving index
    version is answered from the cache before routing and validation; a plain uncached ``/api/search`` is
    answered through ``hub.api.search_fast_path``; everything else goes to the app.

    ``state`` returns the app's ``ApiState`` (its backend, cache, impressions and latency histogram).
    """

    def __init__(self, app: Callable, state: Callable[[], Any], fast: bool = True) -> None:
        self.app = app
        self.state = state
        self.fast = fast
        """Answer plain uncached searches without FastAPI's parameter machinery (``hub.api.search_fast_path``)."""

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] in RAW_PATHS:
            started = time.perf_counter()
            st = self.state()
            answer = None
            if st.search_cache.enabled and st.backend_opened:
                try:
                    version = st.backend.serving_version()
                except Exception:  # noqa: BLE001 - the endpoint reports index trouble properly
                    version = None
                answer = st.search_cache.get(version, raw_key(scope), count_miss=False)
            if answer is None and scope["path"] == "/api/search" and self.fast:
                answer = await self._fast(st, scope)
            if answer is not None:
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(answer.body)).encode())]})
                await send({"type": "http.response.body", "body": answer.body})
                if scope["path"] == "/api/search":
                    st.search_latency.observe(time.perf_counter() - started)
                if answer.first_page and answer.hit_ids and st.impressions.add(answer.hit_ids):
                    asyncio.get_running_loop().run_in_executor(None, st.impressions.flush)
                return
        await self.app(scope, receive, send)

    async def _fast(self, st: Any, scope: dict[str, Any]) -> CachedResponse | None:
        """The answer through ``hub.api.search_fast_path``, or None to leave the request to the endpoint (which
        then answers or refuses it with its usual message)."""
        from hub.api.search_fast_path import fast_search_query
        from hub.api.search_routes import _answer, _cached

        query = fast_search_query(scope["query_string"])
        if query is None:
            return None
        try:
            return await _cached(st, scope, query, _answer)
        except Exception:  # noqa: BLE001 - no index, index trouble: the endpoint reports it properly
            return None
