"""The whole job: crawl → normalize → dedupe → index, with progress for people and one summary."""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from hub.errors import ConfigError
from hub.pipeline.contract import StageContext, post_crawl_stages, run_stages
from hub.pipeline.crawl import CrawlOutcome, CrawlStage
from hub.resources import Resources
from hub.settings import Settings
from hub.sources import Source
from hub.store import Store

log = logging.getLogger(__name__)


@contextlib.contextmanager
def replica_sites(version: int = 1, faults: list[str] | None = None) -> Iterator[dict[str, str]]:
    """Serve the offline replica sites on free loopback ports for the duration; yields site id → base URL.

    ``faults`` names the misbehaviours to switch on (None: the replicas' defaults), e.g. ``["ratelimit"]``.
    """
    from sites.faults import FaultError
    from sites.server import ReplicaServer

    try:
        server = ReplicaServer(version=version, faults=faults)
    except FaultError as exc:
        raise ConfigError(f"replica faults: {exc}") from None
    server.start()
    try:
        yield dict(server.urls)
    finally:
        server.stop()


def make_progress(console: Console, enabled: bool) -> Progress:
    """A progress display on stderr (disabled for scripts)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )


@dataclass
class RunSummary:
    """The result of a whole run, in the shape the README documents."""

    crawls: list[CrawlOutcome] = field(default_factory=list)
    normalize: dict[str, Any] = field(default_factory=dict)
    dedupe: dict[str, Any] = field(default_factory=dict)
    index: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """``{"sources": {...}, "facilities", "entities", "review_pairs", "indexed", "index_version", "seconds"}``."""
        return {
            "sources": {c.source_id: c.summary() for c in self.crawls},
            "facilities": self.normalize.get("facilities", 0),
            "entities": self.dedupe.get("entities", 0),
            "review_pairs": self.dedupe.get("review_pairs", 0),
            "indexed": self.index.get("indexed", 0),
            "index_version": self.index.get("index_version"),
            "seconds": round(self.seconds, 2),
        }


def crawl_sources(
    store: Store,
    settings: Settings,
    sources: list[Source],
    *,
    replica_urls: dict[str, str] | None,
    progress: Progress,
    trigger: str = "manual",
) -> list[CrawlOutcome]:
    """Crawl the sources with a progress line each."""
    tasks = {s.id: progress.add_task(f"crawl {s.id}", total=None) for s in sources}

    def report(source_id: str, records: int) -> None:
        progress.update(tasks[source_id], completed=records)

    stage = CrawlStage(store, settings.data_dir, config_dir=settings.config_dir)
    outcomes = stage.crawl_many(
        sources, replica_urls=replica_urls, processes=settings.crawl_concurrency, progress=report, trigger=trigger
    )
    for o in outcomes:
        progress.update(
            tasks[o.source_id],
            total=o.records or 1,
            completed=o.records or 1,
            description=f"crawl {o.source_id} [{o.state}]",
        )
    return outcomes


def run_after_crawl(
    store: Store, settings: Settings, sources: list[Source], progress: Progress, summary: RunSummary,
    *, resources: Resources | None = None, run_id: str | None = None,
) -> RunSummary:
    """normalize → dedupe → index through ``hub.pipeline.contract.run_stages``, a progress line each."""
    tasks: dict[str, Any] = {}

    def report(stage: str, done: int, total: int | None, step: str) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=None)
        if stage == "index" and total is None:
            total = summary.dedupe.get("entities") or None
        progress.update(tasks[stage], completed=done, total=total, description=f"{stage}: {step}" if step else stage)

    ctx = StageContext(store=store, settings=settings, resources=resources or Resources.from_settings(settings),
                       run_id=run_id or f"run-{uuid.uuid4().hex[:8]}", sources=sources, progress=report)
    for stage_report in run_stages(ctx, post_crawl_stages()):
        setattr(summary, stage_report.name, stage_report.stats)
        if stage_report.name in tasks:
            progress.update(tasks[stage_report.name], description=stage_report.name)
    indexed = summary.index.get("indexed", 0)
    if "index" in tasks:
        progress.update(tasks["index"], completed=indexed, total=indexed or 1)
    return summary


def run_all(
    store: Store,
    settings: Settings,
    sources: list[Source],
    *,
    replica_urls: dict[str, str] | None,
    console: Console,
    show_progress: bool,
) -> RunSummary:
    """Every stage once against the given sources (crawling the replicas when their URLs are given)."""
    started = time.monotonic()
    summary = RunSummary()
    with make_progress(console, show_progress) as progress:
        summary.crawls = crawl_sources(store, settings, sources, replica_urls=replica_urls, progress=progress)
        run_after_crawl(store, settings, sources, progress, summary)
    summary.seconds = time.monotonic() - started
    return summary
