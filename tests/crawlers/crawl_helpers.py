"""Helpers for crawler tests: run the real entry point, ``python -m crawlers.run JOB.json``, in a subprocess exactly
as the hub does, and read back the items written and the statistics.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

#: Settings the hub should pass for replica crawls on loopback: no politeness delays, short timeouts.
REPLICA_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_TIMEOUT": 10,
    "RETRY_TIMES": 3,
}


@dataclass
class CrawlResult:
    """What one crawl process produced."""

    returncode: int
    records: list[dict[str, Any]]
    stats: dict[str, Any]
    stderr: str

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        """The output lines of one type (facility, unchanged, gone)."""
        return [r for r in self.records if r["type"] == kind]

    def keys(self, kind: str = "facility") -> set[str]:
        """The keys of the output lines of one type."""
        return {r["key"] for r in self.of_type(kind)}


def run_crawl_process(
    workdir: Path,
    source: dict[str, Any],
    known: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
    name: str = "run",
) -> CrawlResult:
    """Write a job file for ``source`` and run ``python -m crawlers.run`` on it."""
    workdir.mkdir(parents=True, exist_ok=True)
    known_path = None
    if known is not None:
        known_path = workdir / f"{name}.known.json"
        known_path.write_text(json.dumps(known), "utf-8")
    job = {
        "run_id": name,
        "source": source,
        "output": str(workdir / f"{name}.jsonl"),
        "stats": str(workdir / f"{name}.stats.json"),
        "known": str(known_path) if known_path else None,
        "settings": {**REPLICA_SETTINGS, **(settings or {})},
        "log_level": "WARNING",
    }
    job_path = workdir / f"{name}.job.json"
    job_path.write_text(json.dumps(job), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "crawlers.run", str(job_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    out = Path(job["output"])
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()] if out.exists() else []
    stats_path = Path(job["stats"])
    stats = json.loads(stats_path.read_text("utf-8")) if stats_path.exists() else {}
    return CrawlResult(proc.returncode, records, stats, proc.stderr)


def known_from(result: CrawlResult) -> dict[str, dict[str, Any]]:
    """The ``known`` mapping the hub would pass to the next run, built from a run's facility lines."""
    return {r["key"]: {"url": r["url"], "etag": r["etag"], "last_modified": r["last_modified"]}
            for r in result.records if r["type"] in ("facility", "unchanged")}


def source_for(site: Any, base_url: str, sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The source definition of a replica site (from ``crawlers/sources.example.yaml``) pointed at ``base_url``."""
    source = dict(sources[site.id])
    source["start_urls"] = [base_url + path for path in site.start_paths]
    for key in ("schedule", "priority", "enabled"):
        source.pop(key, None)
    return source
