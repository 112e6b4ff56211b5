"""``sources check``: crawl a source's first list page and one detail page into a temporary directory (nothing is
stored), and report what was extracted, with a warning for each empty field."""

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
    "CLOSESPIDER_ITEMCOUNT": 1,
    "CONCURRENT_REQUESTS": 1,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "HTTPCACHE_ENABLED": False,
}


def _empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict, tuple)):
        return not value
    return value is None


def check_source(
    source: Source, *, replica_urls: Mapping[str, str] | None = None, timeout: float = 180.0
) -> dict[str, Any]:
    """Run a one-item crawl of the source and describe the first facility found."""
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
            "settings": {**(REPLICA_CRAWL_SETTINGS if replica_urls is not None else {}), **CHECK_SETTINGS},
            "log_level": "INFO",
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
        items = [i for i in read_items(output) if i.get("type") == "facility"]
    result: dict[str, Any] = {
        "source_id": source.id,
        "start_urls": start_urls,
        "pages": stats.get("pages"),
        "errors": stats.get("errors") or {},
        "items": len(items),
        "warnings": [],
    }
    if not items:
        result["warnings"].append("no facility was extracted from the first list page and its first detail page")
        return result
    item = items[0]
    fields = item.get("fields") or {}
    result.update(key=item.get("key"), url=item.get("url"), fields=fields)
    result["warnings"] += [f"field {name!r} is empty" for name, value in sorted(fields.items()) if _empty(value)]
    return result
