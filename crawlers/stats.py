"""Turn Scrapy's stats into the run statistics the hub stores (the ``stats`` file of a crawl job).

::

    {"pages": int, "records": int, "errors": {kind: count}, "status_counts": {"200": n, ...},
     "duration_s": float, "finish_reason": str, "pages_per_s": float,
     "items": {"facility": n, "unchanged": n, "gone": n}, "failed_requests": {kind: n}, "retries": int,
     "retry_after_wait_s": float}

``errors`` counts every occurrence (a 503 retried into a 200 still counts one ``http_503``); ``failed_requests``
counts only the requests that finally failed after their retries. ``pages`` counts responses received.
``crawlers.run`` adds ``cpu_s``, the crawl process's CPU seconds from spider open to close.
``retry_after_wait_s`` is the total time retries waited because a server sent ``Retry-After``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def _group(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: int(v) for k, v in sorted(stats.items()) if k.startswith(prefix)}


def build_run_stats(stats: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    """Build the run statistics from a Scrapy stats dict (``crawler.stats.get_stats()``)."""
    status_counts = _group(stats, "fh/status/")
    items = {kind: int(stats.get(f"fh/items/{kind}", 0)) for kind in ("facility", "unchanged", "gone")}
    errors = _group(stats, "fh/error/")
    forbidden = int(stats.get("robotstxt/forbidden", 0))
    if forbidden:
        errors["robots_forbidden"] = errors.get("robots_forbidden", 0) + forbidden
    spider_exc = sum(int(v) for k, v in stats.items() if k.startswith("spider_exceptions/"))
    if spider_exc:
        errors["parse_error"] = errors.get("parse_error", 0) + spider_exc
    start, finish = stats.get("start_time"), stats.get("finish_time")
    duration = (finish - start).total_seconds() if isinstance(start, datetime) and isinstance(finish, datetime) else 0.0
    pages = sum(status_counts.values())
    return {
        "pages": pages,
        "records": items["facility"] + items["unchanged"],
        "errors": errors,
        "status_counts": status_counts,
        "duration_s": round(duration, 3),
        "finish_reason": finish_reason or str(stats.get("finish_reason", "unknown")),
        "pages_per_s": round(pages / duration, 2) if duration > 0 else 0.0,
        "items": items,
        "failed_requests": _group(stats, "fh/failed/"),
        "retries": int(stats.get("retry/count", 0)),
        "retry_after_wait_s": round(float(stats.get("retry/retry_after_seconds", 0.0)), 3),
    }
