"""What one scheduled (or requested) run of a source does, under its lease, with failures contained.

The work itself is a *runner*: a function of a :class:`JobContext` returning a summary dict. The default runner
crawls the source in its own process and then runs normalize → dedupe → index (serialised across processes by
the post-crawl lease). Tests replace it with a small real function.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from hub.scheduler.leases import LeaseManager, source_lease
from hub.settings import Settings
from hub.sources import Source
from hub.store import Store
from hub.store.schema import CrawlRun, SourceState
from hub.writer_lease import writing

log = logging.getLogger(__name__)


@dataclass
class JobContext:
    """Everything a runner needs for one run of one source."""

    store: Store
    settings: Settings
    source: Source
    sources: list[Source]
    """Every configured source (the post-crawl stages need them all)."""
    run_id: str
    trigger: str
    """``schedule`` or ``manual``."""
    leases: LeaseManager
    replica_urls: Mapping[str, str] | None = None
    """Site id → base URL when crawling the offline replicas instead of the live sites."""
    extra: dict[str, Any] = field(default_factory=dict)


Runner = Callable[[JobContext], dict[str, Any]]


def log_extra(ctx: JobContext) -> dict[str, Any]:
    """The structured-log fields of a run (``--log-json`` prints them)."""
    return {"run_id": ctx.run_id, "source_id": ctx.source.id}


def wait_for_lease(leases: LeaseManager, name: str, *, timeout: float = 3600.0, poll: float = 1.0) -> bool:
    """Take a lease, waiting (polling) while another process holds it; False after ``timeout`` seconds."""
    waited = threading.Event()
    remaining = timeout
    while True:
        if leases.acquire(name):
            return True
        if remaining <= 0:
            return False
        waited.wait(poll)
        remaining -= poll


def run_post_crawl(ctx: JobContext) -> dict[str, Any]:
    """normalize → dedupe → index through ``hub.pipeline.contract.run_stages`` (one process at a time, under the
    post-crawl lease); a failing stage leaves the served index as it was."""
    from hub.pipeline.contract import StageContext, post_crawl_stages, run_stages
    from hub.resources import Resources

    stage_ctx = StageContext(store=ctx.store, settings=ctx.settings, resources=Resources.from_settings(ctx.settings),
                             run_id=ctx.run_id, sources=ctx.sources)
    done = {r.name: r.stats for r in run_stages(stage_ctx, post_crawl_stages(), leases=ctx.leases)}
    normalized, deduped, indexed = done["normalize"], done["dedupe"], done["index"]
    return {
        "facilities": normalized.get("facilities"),
        "entities": deduped.get("entities"),
        "indexed": indexed.get("indexed"),
        "index_version": indexed.get("index_version"),
    }


def crawl_and_publish(ctx: JobContext) -> dict[str, Any]:
    """The default runner: crawl the source, then (unless the crawl failed) the post-crawl stages."""
    from hub.pipeline.crawl import CrawlStage

    stage = CrawlStage(ctx.store, ctx.settings.data_dir, config_dir=ctx.settings.config_dir)
    outcome = stage.crawl(ctx.source, replica_urls=ctx.replica_urls, trigger=ctx.trigger, run_id=ctx.run_id)
    result: dict[str, Any] = {"source_id": ctx.source.id, **outcome.summary()}
    if outcome.state in ("succeeded", "suspect"):
        result["stages"] = run_post_crawl(ctx)
    return result


def is_paused(store: Store, source_id: str) -> bool:
    """The operator's paused flag of a source (persisted in ``source_state``)."""
    with store.session() as session:
        row = session.get(SourceState, source_id)
        return bool(row and row.paused)


def mark_failed(store: Store, run_id: str, error: str) -> bool:  # kept for callers of older versions
    """Mark a run that is still ``running`` as failed with the error; True when it was."""
    with store.session() as session:
        run = session.get(CrawlRun, run_id)
        if run is None or run.state != "running":
            return False
        run.state = "failed"
        run.error = error[:2000]
        run.finished_at = datetime.now(UTC)
        return True


def record_failed_run(store: Store, ctx: JobContext, error: str) -> None:
    """Make sure a failed run is visible: mark its row failed, or add one when the runner never wrote it."""
    with store.session() as session:
        run = session.get(CrawlRun, ctx.run_id)
        if run is None:
            session.add(
                CrawlRun(
                    id=ctx.run_id,
                    source_id=ctx.source.id,
                    state="failed",
                    trigger=ctx.trigger,
                    error=error[:2000],
                    finished_at=datetime.now(UTC),
                    stats={},
                )
            )
        elif run.state == "running":
            run.state = "failed"
            run.error = error[:2000]
            run.finished_at = datetime.now(UTC)


def execute(ctx: JobContext, runner: Runner) -> dict[str, Any]:
    """Run one claimed job: the caller holds the source lease; it is renewed here and released at the end.

    Never raises: a failure is recorded on the run and returned as ``{"state": "failed", "error": ...}``.
    """
    name = source_lease(ctx.source.id)
    extra = log_extra(ctx)
    with ctx.leases.keep(name):
        if ctx.trigger == "schedule" and is_paused(ctx.store, ctx.source.id):
            log.info("source %s is paused; scheduled run skipped", ctx.source.id, extra=extra)
            return {"source_id": ctx.source.id, "run_id": ctx.run_id, "state": "skipped", "reason": "paused"}
        log.info("run %s of %s started (%s)", ctx.run_id, ctx.source.id, ctx.trigger, extra=extra)
        try:
            with writing(ctx.store, f"{ctx.trigger} run of {ctx.source.id}"):
                result = runner(ctx)
        except Exception as exc:  # noqa: BLE001 - one source failing never stops the others
            error = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            log.error("run %s of %s failed: %s", ctx.run_id, ctx.source.id, error, extra=extra, exc_info=True)
            try:
                record_failed_run(ctx.store, ctx, error)
            except Exception:  # noqa: BLE001 - the database itself may be the problem
                log.error("could not record the failure of run %s", ctx.run_id, extra=extra, exc_info=True)
            return {"source_id": ctx.source.id, "run_id": ctx.run_id, "state": "failed", "error": error}
    log.info("run %s of %s finished: %s", ctx.run_id, ctx.source.id, result.get("state"), extra=extra)
    return {"run_id": ctx.run_id, "source_id": ctx.source.id, **result}
