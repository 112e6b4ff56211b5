"""Prometheus text exposition of the operators' numbers: runs by state, records and last success per source,
the served index version and size, and the search latency histogram."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select

from hub.store import Store
from hub.store.schema import CrawlRun, RawRecord

log = logging.getLogger(__name__)


def _label(value: Any) -> str:
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _metric(lines: list[str], name: str, kind: str, help_text: str, samples: list[tuple[dict[str, Any], Any]]) -> None:
    lines.append(f"# HELP {name} {help_text}")
    lines.append(f"# TYPE {name} {kind}")
    for labels, value in samples:
        text = ",".join(f'{k}="{_label(v)}"' for k, v in labels.items())
        lines.append(f"{name}{{{text}}} {value}" if text else f"{name} {value}")


def render_metrics(store: Store, source_ids: list[str], backend: Any = None, histogram: Any = None,
                   search_cache: Any = None) -> str:
    """The metrics page; a part that cannot be read (no index yet) is left out, never an error."""
    lines: list[str] = []
    with store.session() as session:
        by_state = session.execute(
            select(CrawlRun.source_id, CrawlRun.state, func.count()).group_by(CrawlRun.source_id, CrawlRun.state)
        ).all()
        records = dict(
            session.execute(
                select(RawRecord.source_id, func.count())
                .where(RawRecord.gone_run_id.is_(None))
                .group_by(RawRecord.source_id)
            ).all()
        )
        success = dict(
            session.execute(
                select(CrawlRun.source_id, func.max(CrawlRun.finished_at))
                .where(CrawlRun.state.in_(("succeeded", "accepted")))
                .group_by(CrawlRun.source_id)
            ).all()
        )
    _metric(lines, "facility_hub_crawl_runs", "gauge", "Crawl runs by source and state.",
            [({"source": s, "state": st}, n) for s, st, n in sorted(by_state)])
    ids = sorted(set(source_ids) | set(records))
    _metric(lines, "facility_hub_source_records", "gauge", "Current raw records per source.",
            [({"source": s}, int(records.get(s, 0))) for s in ids])
    _metric(lines, "facility_hub_source_last_success_timestamp_seconds", "gauge",
            "Unix time of the last successful crawl of each source.",
            [({"source": s}, round(t.timestamp(), 3)) for s, t in sorted(success.items()) if t is not None])
    if backend is not None:
        try:
            active = backend.active_version()
            versions = backend.list_versions()
            info = next((v for v in versions if v.version == active), None)
            _metric(lines, "facility_hub_index_info", "gauge", "The served index version (value 1).",
                    [({"version": active}, 1)] if active else [])
            _metric(lines, "facility_hub_index_documents", "gauge", "Documents in the served index version.",
                    [({}, info.documents)] if info else [])
            _metric(lines, "facility_hub_index_size_bytes", "gauge", "Size of the served index version.",
                    [({}, info.size_bytes)] if info else [])
            _metric(lines, "facility_hub_index_versions", "gauge", "Index versions kept.", [({}, len(versions))])
            from hub.pipeline.index_stage import index_status

            status = index_status(store, backend)
            _metric(lines, "facility_hub_entities_revision", "gauge", "The store's entities revision.",
                    [({}, status["entities_revision"])])
            _metric(lines, "facility_hub_index_entities_revision", "gauge",
                    "The entities revision the served index version was built from.",
                    [({}, status["index_entities_revision"])] if status["index_entities_revision"] is not None
                    else [])
            _metric(lines, "facility_hub_index_behind", "gauge",
                    "1 when this node's index is behind the store's entities (it rebuilds), else 0.",
                    [({}, int(bool(status["index_behind"])))])
        except Exception as exc:  # noqa: BLE001 - no index yet: leave the index metrics out
            log.debug("index metrics unavailable: %s", exc)
    if histogram is not None:
        name = "facility_hub_search_latency_seconds"
        lines.append(f"# HELP {name} Search request latency.")
        lines.append(f"# TYPE {name} histogram")
        with histogram.lock:
            counts, total, n = list(histogram.counts), histogram.total, histogram.n
        cumulative = 0
        for bound, count in zip(histogram.buckets, counts, strict=False):
            cumulative += count
            lines.append(f'{name}_bucket{{le="{bound}"}} {cumulative}')
        lines.append(f'{name}_bucket{{le="+Inf"}} {n}')
        lines.append(f"{name}_sum {round(total, 6)}")
        lines.append(f"{name}_count {n}")
    if search_cache is not None:
        _metric(lines, "facility_hub_search_cache_lookups_total", "counter",
                "Search requests looked up in the response cache, by result.",
                [({"result": "hit"}, search_cache.hits), ({"result": "miss"}, search_cache.misses)])
        _metric(lines, "facility_hub_search_cache_bytes", "gauge", "Bytes of cached search responses.",
                [({}, search_cache.size_bytes)])
    return "\n".join(lines) + "\n"
