"""The crawl stage: one Scrapy process per source, its output ingested into the store under a run id."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from hub.errors import CrawlRunError
from hub.faults import fault_point
from hub.pipeline.ids import new_run_id
from hub.pipeline.ingest import (
    SUSPECT_RATIO,
    apply_disappearances,
    ingest_items,
    known_pages,
    last_healthy_records,
    read_items,
)
from hub.sources import Source
from hub.store import Store
from hub.store.schema import CrawlRun
from hub.writer_lease import current_holder, writing

log = logging.getLogger(__name__)

REPLICA_CRAWL_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_TIMEOUT": 10,
}
"""Loopback replicas need no politeness delay; live sites keep the project's polite defaults."""

Progress = Callable[[str, int], None]


@dataclass
class CrawlOutcome:
    """What one source's crawl did."""

    source_id: str
    run_id: str
    state: str
    pages: int = 0
    records: int = 0
    errors: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    gone: int = 0
    kept_after_error: int = 0
    """Known pages whose fetch failed: their last good record was kept."""
    seconds: float = 0.0
    error: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """The per-source object of the ``--json`` output."""
        return {
            "run_id": self.run_id,
            "state": self.state,
            "pages": self.pages,
            "records": self.records,
            "errors": self.errors,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "gone": self.gone,
            "kept_after_error": self.kept_after_error,
            "seconds": round(self.seconds, 2),
            "error_kinds": dict((self.stats or {}).get("errors") or {}),
            "outcomes": {k: v for k, v in ((self.stats or {}).get("outcomes") or {}).items() if v},
            "status_counts": dict((self.stats or {}).get("status_counts") or {}),
            **({"error": self.error} if self.error else {}),
        }


def rewrite_to_replica(url: str, replica_base: str) -> str:
    """The same path and query on the replica's scheme and host."""
    live, base = urlsplit(url), urlsplit(replica_base)
    return urlunsplit((base.scheme, base.netloc, live.path or "/", live.query, ""))


def replica_start_urls(source: Source, replica_urls: Mapping[str, str]) -> list[str]:
    """The source's start URLs pointed at its replica site (an opendata source without a replica keeps its file
    or API: a local file needs none)."""
    if source.family == "opendata" and source.replica is None:
        return list(source.start_urls)
    site = source.replica or source.id
    if site not in replica_urls:
        raise CrawlRunError(f"source {source.id}: no replica site {site!r} (replicas: {', '.join(replica_urls)})")
    return [rewrite_to_replica(u, replica_urls[site]) for u in source.start_urls]


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 16), b""))
    except FileNotFoundError:
        return 0


def _error_total(stats: Mapping[str, Any]) -> int:
    errors = stats.get("errors") or {}
    return int(sum(v for v in errors.values() if isinstance(v, int))) if isinstance(errors, dict) else 0


class CrawlStage:
    """Runs crawls of sources and ingests their output."""

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        *,
        settings: Mapping[str, Any] | None = None,
        config_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.work_dir = data_dir / "crawls"
        self.settings = dict(settings or {})
        self.config_dir = config_dir
        """Where the crawl process reads labels.yaml and opendata.yaml (None: its environment's)."""

    def crawl_many(
        self,
        sources: list[Source],
        *,
        replica_urls: Mapping[str, str] | None = None,
        processes: int = 2,
        progress: Progress | None = None,
        trigger: str = "manual",
    ) -> list[CrawlOutcome]:
        """Crawl sources, ``processes`` at a time; one failing source never stops the others."""
        with writing(self.store, "crawl"), ThreadPoolExecutor(max_workers=max(1, processes)) as pool:
            futures = [
                pool.submit(self.crawl, s, replica_urls=replica_urls, progress=progress, trigger=trigger)
                for s in sources
            ]
            return [f.result() for f in futures]

    def crawl(
        self,
        source: Source,
        *,
        replica_urls: Mapping[str, str] | None = None,
        progress: Progress | None = None,
        trigger: str = "manual",
        run_id: str | None = None,
    ) -> CrawlOutcome:
        """Crawl one source in its own process and store what it found (holding the store's writer lease)."""
        with writing(self.store, f"crawl {source.id}"):
            return self._crawl(source, replica_urls=replica_urls, progress=progress, trigger=trigger, run_id=run_id)

    def _crawl(
        self,
        source: Source,
        *,
        replica_urls: Mapping[str, str] | None,
        progress: Progress | None,
        trigger: str,
        run_id: str | None,
    ) -> CrawlOutcome:
        run_id = run_id or new_run_id("crawl")
        started = time.monotonic()
        with self.store.session() as session:
            session.add(
                CrawlRun(id=run_id, source_id=source.id, state="running", trigger=trigger, pid=os.getpid(), stats={},
                         holder=current_holder(self.store))
            )
        fault_point("crawl")
        outcome = CrawlOutcome(source_id=source.id, run_id=run_id, state="running")
        try:
            start_urls = (
                replica_start_urls(source, replica_urls) if replica_urls is not None else list(source.start_urls)
            )
            stats, output = self._run_process(
                source, run_id, start_urls, replica=replica_urls is not None, progress=progress
            )
            self.record_output(source, run_id, stats, output, outcome)
        except Exception as exc:  # noqa: BLE001 - a failing source is recorded, never raised to the others
            outcome.state = "failed"
            outcome.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            log.error("crawl of %s failed: %s", source.id, outcome.error)
            with self.store.session() as session:
                run = session.get(CrawlRun, run_id)
                if run is not None:
                    run.state = "failed"
                    run.error = outcome.error
                    run.finished_at = datetime.now(UTC)
        outcome.seconds = time.monotonic() - started
        return outcome

    def _run_process(
        self, source: Source, run_id: str, start_urls: list[str], *, replica: bool, progress: Progress | None
    ) -> tuple[dict[str, Any], Path]:
        run_dir = self.work_dir / run_id
        run_dir.mkdir(parents=True, exist_ok=True)
        with self.store.session() as session:
            known = known_pages(session, source.id)
        known_path = run_dir / "known.json"
        known_path.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")
        output, stats_path, log_path = run_dir / "items.jsonl", run_dir / "stats.json", run_dir / "crawl.log"
        settings = {**(REPLICA_CRAWL_SETTINGS if replica else {}), **self.settings}
        job = {
            "run_id": run_id,
            "source": source.job_dict(start_urls),
            "output": str(output),
            "stats": str(stats_path),
            "known": str(known_path),
            "settings": settings,
            "log_level": "INFO",
            "config_dir": str(self.config_dir) if self.config_dir else None,
        }
        job_path = run_dir / "job.json"
        job_path.write_text(json.dumps(job, ensure_ascii=False, indent=1), encoding="utf-8")
        with log_path.open("wb") as log_fh:
            proc = subprocess.Popen(
                [sys.executable, "-m", "crawlers.run", str(job_path)],
                stdout=log_fh,
                stderr=subprocess.STDOUT,
                cwd=str(run_dir),
            )
            with self.store.session() as session:
                run = session.get(CrawlRun, run_id)
                if run is not None:
                    run.pid = proc.pid
            while proc.poll() is None:
                if progress is not None:
                    progress(source.id, _count_lines(output))
                time.sleep(0.3)
        if progress is not None:
            progress(source.id, _count_lines(output))
        if proc.returncode != 0:
            tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            reason = tail[-1] if tail else f"exit code {proc.returncode}"
            raise CrawlRunError(f"crawl process for {source.id} exited with {proc.returncode}: {reason}")
        try:
            stats = json.loads(stats_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CrawlRunError(f"crawl of {source.id} wrote no readable stats ({exc}); see {log_path}") from None
        return stats, output

    def record_output(
        self, source: Source, run_id: str, stats: dict[str, Any], output: Path, outcome: CrawlOutcome
    ) -> None:
        """Ingest a finished crawl's output file and statistics into the store under its run."""
        with self.store.session() as session:
            run = session.get(CrawlRun, run_id)
            if run is None:
                raise CrawlRunError(f"no crawl run {run_id} to record output for")
            counts = ingest_items(session, run, read_items(output))
            baseline = last_healthy_records(session, source.id, before=run_id)
            suspect = baseline is not None and baseline > 0 and counts.records < SUSPECT_RATIO * baseline
            complete = stats.get("finish_reason") == "finished" and stats.get("complete", True) and not suspect
            gone = 0 if suspect else apply_disappearances(session, run, counts, complete=complete, stats=stats)
            run.kept_after_error = counts.kept_after_error
            run.state = "suspect" if suspect else "succeeded"
            run.pages = int(stats.get("pages") or 0)
            run.records = counts.records
            run.errors = _error_total(stats) + counts.bad_lines
            run.new, run.changed, run.unchanged, run.gone = counts.new, counts.changed, counts.unchanged, gone
            run.stats = {**stats, "baseline_records": baseline, "pending_gone": sorted(counts.gone_keys)[:1000],
                         "kept_after_error": counts.kept_after_error,
                         "failed_keys": dict(sorted(counts.failed.items())[:1000])}
            if suspect:
                run.error = (
                    f"{counts.records} records is below {int(SUSPECT_RATIO * 100)}% of the last healthy run "
                    f"({baseline}); disappearances not applied — accept with 'facility-hub runs accept {run_id}'"
                )
            run.finished_at = datetime.now(UTC)
            outcome.state, outcome.pages, outcome.records = run.state, run.pages, run.records
            outcome.errors, outcome.new, outcome.changed = run.errors, run.new, run.changed
            outcome.unchanged, outcome.gone, outcome.stats = run.unchanged, run.gone, dict(stats)
            outcome.kept_after_error = counts.kept_after_error
            outcome.error = run.error
