"""Turn Scrapy's stats into the run statistics the hub stores (the ``stats`` file of a crawl job).

::

    {"pages": int, "records": int, "errors": {kind: count}, "status_counts": {"200": n, ...},
     "outcomes": {"facility": n, "unchanged": n, "gone": n, "listing": n, "no_facility": n, "robots": n,
                  "http_error": n, "download_error": n, "extraction_error": n},
     "duration_s": float, "finish_reason": str, "pages_per_s": float,
     "items": {"facility": n, "unchanged": n, "gone": n}, "failed_requests": {kind: n}, "retries": int,
     "retry_after_wait_s": float, "dropped": {reason: n}, "skipped": {reason: n}, "jsonld": {"repaired": n, …}}

``errors`` counts real errors only, every occurrence (a 503 retried into a 200 still counts one ``http_503``):
HTTP errors, network failures, pages that should hold a facility but gave none (``parse_error``). A page
without a facility, a request robots.txt forbids, a duplicate dropped are *outcomes*, not errors.
``outcomes`` counts each page (or request that never became one) once: ``facility`` (a record read),
``unchanged`` (304), ``gone`` (404/410 of a known page), ``listing`` (a page that led to others), ``no_facility``
(nothing to read, not an error), ``robots`` (forbidden by robots.txt, never requested), ``http_error`` and
``download_error`` (requests that finally failed), ``extraction_error`` (a facility page without a name or key).
``failed_requests`` counts only the requests that finally failed after their retries. ``pages`` counts responses
received. ``skipped`` counts rows a file source skipped, by reason (``no_key`` …); ``complete`` is false when
a source knows its read missed part of the listing (an OpenAPI page failed): then nothing may be marked gone.
``crawlers.run`` adds ``cpu_s``, the crawl process's CPU seconds from spider open to close.
``retry_after_wait_s`` is the total time retries waited because a server sent ``Retry-After``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

OUTCOMES = ("facility", "unchanged", "gone", "listing", "no_facility", "robots", "http_error", "download_error",
            "extraction_error")


def _group(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: int(v) for k, v in sorted(stats.items()) if k.startswith(prefix)}


def build_run_stats(stats: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    """Build the run statistics from a Scrapy stats dict (``crawler.stats.get_stats()``)."""
    status_counts = _group(stats, "fh/status/")
    items = {kind: int(stats.get(f"fh/items/{kind}", 0)) for kind in ("facility", "unchanged", "gone")}
    errors = _group(stats, "fh/error/")
    spider_exc = sum(int(v) for k, v in stats.items() if k.startswith("spider_exceptions/"))
    if spider_exc:
        errors["parse_error"] = errors.get("parse_error", 0) + spider_exc
    failed = _group(stats, "fh/failed/")
    outcomes = {name: 0 for name in OUTCOMES}
    outcomes.update(_group(stats, "fh/outcome/"))
    outcomes["robots"] = int(stats.get("robotstxt/forbidden", 0))
    outcomes["http_error"] = sum(n for kind, n in failed.items() if kind.startswith("http_"))
    outcomes["download_error"] = sum(n for kind, n in failed.items() if not kind.startswith("http_"))
    outcomes["extraction_error"] += spider_exc
    start, finish = stats.get("start_time"), stats.get("finish_time")
    duration = (finish - start).total_seconds() if isinstance(start, datetime) and isinstance(finish, datetime) else 0.0
    pages = sum(status_counts.values())
    return {
        "pages": pages,
        "records": items["facility"] + items["unchanged"],
        "errors": errors,
        "status_counts": status_counts,
        "outcomes": outcomes,
        "duration_s": round(duration, 3),
        "finish_reason": finish_reason or str(stats.get("finish_reason", "unknown")),
        "pages_per_s": round(pages / duration, 2) if duration > 0 else 0.0,
        "items": items,
        "failed_requests": failed,
        "dropped": _group(stats, "fh/dropped/"),
        "skipped": _group(stats, "fh/skipped/"),
        "jsonld": _group(stats, "fh/jsonld/"),
        "opendata": _group(stats, "fh/opendata/"),
        "complete": not stats.get("fh/incomplete"),
        "retries": int(stats.get("retry/count", 0)),
        "retry_after_wait_s": round(float(stats.get("retry/retry_after_seconds", 0.0)), 3),
    }
