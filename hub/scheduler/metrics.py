"""The operators' numbers read from the store and the index at scrape time: runs by state, records and last
success per source, the served index version and size. :class:`StoreCollector` yields them to a
``prometheus_client`` registry (``hub.api.metrics`` adds the numbers each serving process counts)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from hub.store import Store
from hub.store.queries import live_records_by_source
from hub.store.schema import CrawlRun

log = logging.getLogger(__name__)


def _gauge(name: str, help_text: str, samples: list[tuple[dict[str, Any], Any]]) -> Any:
    from prometheus_client.core import GaugeMetricFamily

    labels = list(samples[0][0]) if samples else []
    family = GaugeMetricFamily(name, help_text, labels=labels)
    for sample_labels, value in samples:
        family.add_metric([str(sample_labels[k]) for k in labels], value)
    return family


class StoreCollector:
    """A ``prometheus_client`` collector of what the store and the index say now (the same for every worker)."""

    def __init__(self, store: Store, source_ids: list[str], backend: Any = None) -> None:
        self.store = store
        self.source_ids = source_ids
        self.backend = backend

    def collect(self) -> Iterator[Any]:
        """The metric families; a part that cannot be read (no index yet) is left out, never an error."""
        store, source_ids, backend = self.store, self.source_ids, self.backend
        with store.session() as session:
            by_state = session.execute(
                select(CrawlRun.source_id, CrawlRun.state, func.count()).group_by(CrawlRun.source_id, CrawlRun.state)
            ).all()
            records = live_records_by_source(session)
            success = dict(
                session.execute(
                    select(CrawlRun.source_id, func.max(CrawlRun.finished_at))
                    .where(CrawlRun.state.in_(("succeeded", "accepted")))
                    .group_by(CrawlRun.source_id)
                ).all()
            )
        yield _gauge("facility_hub_crawl_runs", "Crawl runs by source and state.",
                [({"source": s, "state": st}, n) for s, st, n in sorted(by_state)])
        ids = sorted(set(source_ids) | set(records))
        yield _gauge("facility_hub_source_records", "Current raw records per source.",
                [({"source": s}, int(records.get(s, 0))) for s in ids])
        yield _gauge("facility_hub_source_last_success_timestamp_seconds",
                "Unix time of the last successful crawl of each source.",
                [({"source": s}, round(t.timestamp(), 3)) for s, t in sorted(success.items()) if t is not None])
        if backend is not None:
            try:
                active = backend.active_version()
                versions = backend.list_versions()
                info = next((v for v in versions if v.version == active), None)
                yield _gauge("facility_hub_index_info", "The served index version (value 1).",
                        [({"version": active}, 1)] if active else [])
                yield _gauge("facility_hub_index_documents", "Documents in the served index version.",
                        [({}, info.documents)] if info else [])
                yield _gauge("facility_hub_index_size_bytes", "Size of the served index version.",
                        [({}, info.size_bytes)] if info else [])
                yield _gauge("facility_hub_index_versions", "Index versions kept.", [({}, len(versions))])
                from hub.pipeline.index_stage import index_status

                status = index_status(store, backend)
                yield _gauge("facility_hub_entities_revision", "The store's entities revision.",
                        [({}, status["entities_revision"])])
                yield _gauge("facility_hub_index_entities_revision",
                        "The entities revision the served index version was built from.",
                        [({}, status["index_entities_revision"])] if status["index_entities_revision"] is not None
                        else [])
                yield _gauge("facility_hub_index_behind",
                        "1 when this node's index is behind the store's entities (it rebuilds), else 0.",
                        [({}, int(bool(status["index_behind"])))])
            except Exception as exc:  # noqa: BLE001 - no index yet: leave the index metrics out
                log.debug("index metrics unavailable: %s", exc)


def render_metrics(store: Store, source_ids: list[str], backend: Any = None) -> str:
    """The store's and the index's metrics as Prometheus text."""
    from prometheus_client import CollectorRegistry, generate_latest

    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(store, source_ids, backend))
    return generate_latest(registry).decode()
