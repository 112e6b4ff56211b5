"""``sources check``: crawl a source until it yields its first few records, into a temporary directory (nothing is
stored), and report what was extracted, how every page turned out, and what is missing.

A check passes when the crawl ran, found at least one facility record, and counted no error.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hub.errors import CrawlRunError
from hub.pipeline.crawl import REPLICA_CRAWL_SETTINGS, replica_start_urls
from hub.pipeline.ingest import read_items
from hub.sources import Source

CHECK_SETTINGS: dict[str, Any] = {
    "CONCURRENT_REQUESTS": 4,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "HTTPCACHE_ENABLED": False,
}


def _empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict, tuple)):
        return not value
    return value is None


def check_source(
    source: Source,
    *,
    replica_urls: Mapping[str, str] | None = None,
    timeout: float = 180.0,
    records: int = 5,
    config_dir: Path | None = None,
) -> dict[str, Any]:
    """Crawl the source until ``records`` facility records (or the end of the site) and describe them."""
    start_urls = replica_start_urls(source, replica_urls) if replica_urls is not None else list(source.start_urls)
    with tempfile.TemporaryDirectory(prefix="fh-check-") as tmp:
        run_dir = Path(tmp)
        output, stats_path, log_path = run_dir / "items.jsonl", run_dir / "stats.json", run_dir / "crawl.log"
        job = {
            "run_id": f"check-{source.id}",
            "source": source.job_dict(start_urls),
            "output": str(output),
            "stats": str(stats_path),
            "known": None,
            "settings": {**(REPLICA_CRAWL_SETTINGS if replica_urls is not None else {}), **CHECK_SETTINGS,
                         "CLOSESPIDER_ITEMCOUNT": max(1, records)},
            "log_level": "INFO",
            "config_dir": str(config_dir) if config_dir else None,
        }
        job_path = run_dir / "job.json"
        job_path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        with log_path.open("wb") as log_fh:
            try:
                proc = subprocess.run(
                    [sys.executable, "-m", "crawlers.run", str(job_path)],
                    stdout=log_fh, stderr=subprocess.STDOUT, cwd=tmp, timeout=timeout, check=False,
                )
            except subprocess.TimeoutExpired:
                raise CrawlRunError(f"checking {source.id} took longer than {timeout:.0f} s") from None
        if proc.returncode != 0:
            tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise CrawlRunError(f"checking {source.id} failed: {tail[-1] if tail else proc.returncode}")
        try:
            stats = json.loads(stats_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stats = {}
        items = [i for i in read_items(output) if i.get("type") == "facility"][:max(1, records)]
    errors = stats.get("errors") or {}
    result: dict[str, Any] = {
        "source_id": source.id,
        "start_urls": start_urls,
        "pages": stats.get("pages"),
        "errors": errors,
        "outcomes": stats.get("outcomes") or {},
        "items": len(items),
        "records": items,
        "warnings": [],
    }
    if not items:
        result["warnings"].append("no facility was extracted: check start_urls, detail_url and the pages' content")
    if errors:
        result["warnings"].append("errors were counted: " + ", ".join(f"{k} {v}" for k, v in sorted(errors.items())))
    if items:
        first = items[0]
        result.update(key=first.get("key"), url=first.get("url"), fields=first.get("fields") or {})
        result["warnings"] += [f"field {name!r} is empty" for name, value in sorted(result["fields"].items())
                               if _empty(value)]
    result["ok"] = bool(items) and not errors
    return result
