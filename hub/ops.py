"""Operations shared by the CLI, the operator API and the operations page: source health, run history,
accepting suspect runs, pausing sources and starting a run now.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Float, MetaData, Table, Unicode, func, or_, select, update

from hub.errors import NotFoundError, PipelineError
from hub.pipeline.ids import new_run_id
from hub.scheduler.describe import describe_cron
from hub.scheduler.describe import next_runs as cron_next_runs
from hub.settings import Settings
from hub.sources import Source
from hub.store import Store
from hub.store.queries import live_records_by_source
from hub.store.schema import CrawlRun, RawRecord, SourceState
from hub.writer_lease import writing

log = logging.getLogger(__name__)

FINISHED = ("succeeded", "failed", "suspect", "accepted", "interrupted")
HEALTHY = ("succeeded", "accepted")
TREND_RUNS = 5

_jobs_t = Table(
    "apscheduler_jobs", MetaData(), Column("id", Unicode(191), primary_key=True), Column("next_run_time", Float)
)


class RunStateError(PipelineError):
    """An operation does not fit the run's state (e.g. accepting a run that is not suspect)."""


def recover_interrupted(store: Store, *, by: str) -> None:
    """Mark runs whose process died ``interrupted`` (cheap when nothing is running; see ``hub.recovery``)."""
    from hub.recovery import recover_interrupted as recover

    try:
        recover(store, by=by, free_leases=False)
    except Exception:  # noqa: BLE001 - a look at the runs must answer even when this cannot write
        log.warning("could not check for interrupted runs", exc_info=True)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def run_summary(run: CrawlRun) -> dict[str, Any]:
    """A run as the API and ``--json`` show it."""
    duration = (run.finished_at - run.started_at).total_seconds() if run.finished_at and run.started_at else None
    return {
        "id": run.id,
        "source_id": run.source_id,
        "state": run.state,
        "trigger": run.trigger,
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
        "duration_seconds": round(duration, 2) if duration is not None else None,
        "pages": run.pages,
        "records": run.records,
        "errors": run.errors,
        "new": run.new,
        "changed": run.changed,
        "unchanged": run.unchanged,
        "gone": run.gone,
        "kept_after_error": run.kept_after_error or 0,
        "suspect": run.state == "suspect",
        "error": run.error,
    }


def next_runs(store: Store) -> dict[str, datetime | None]:
    """Source id → next scheduled fire from the scheduler's job store (None when paused)."""
    try:
        with store.engine.connect() as conn:
            rows = list(conn.execute(select(_jobs_t.c.id, _jobs_t.c.next_run_time)))
    except Exception:  # noqa: BLE001 - no scheduler has started on this database yet
        return {}
    out: dict[str, datetime | None] = {}
    for job_id, ts in rows:
        if job_id.startswith("source:"):
            out[job_id[len("source:") :]] = datetime.fromtimestamp(ts, UTC) if ts is not None else None
    return out


def next_due(source: Source, now: datetime | None = None) -> datetime | None:
    """When the source's cron schedule next falls due, from config alone (for when no scheduler has run yet)."""
    if not source.enabled:
        return None
    now = now or datetime.now(UTC)
    return _trigger(source.schedule, source.timezone).get_next_fire_time(None, now)


@functools.lru_cache(maxsize=256)
def _trigger(expr: str, timezone: str) -> Any:
    """A source's cron trigger (built once per expression: building one costs about a millisecond)."""
    from hub.sources import cron_trigger

    return cron_trigger(expr, timezone)


def _trend(counts: list[int]) -> str:
    if len(counts) < 2:
        return "new" if counts else "none"
    last, prev = counts[-1], counts[-2]
    return "up" if last > prev else "down" if last < prev else "flat"


def source_health(store: Store, sources: list[Source]) -> list[dict[str, Any]]:
    """Each configured source with its health: last run, last success, record counts and trend, suspect, paused,
    next scheduled run."""
    recover_interrupted(store, by="a look at the sources")
    nexts = next_runs(store)
    out: list[dict[str, Any]] = []
    with store.session() as session:
        paused = {r.source_id: r for r in session.scalars(select(SourceState))}
        current = live_records_by_source(session)
        recent = _recent_runs(session, [s.id for s in sources])
        for source in sources:
            runs = recent.get(source.id, [])
            finished = [r for r in runs if r.state in FINISHED]
            healthy = [r for r in runs if r.state in HEALTHY]
            counts = [r.records for r in reversed([r for r in finished if r.state != "failed"][:TREND_RUNS])]
            state = paused.get(source.id)
            out.append(
                {
                    "id": source.id,
                    "name": source.name,
                    "family": source.family,
                    "enabled": source.enabled,
                    "schedule": source.schedule,
                    "schedule_words": describe_cron(source.schedule, source.timezone),
                    "next_runs_kst": [t.isoformat() for t in cron_next_runs(source.schedule, source.timezone)]
                    if source.enabled else [],
                    "timezone": source.timezone,
                    "paused": bool(state and state.paused),
                    "paused_by": state.updated_by if state and state.paused else None,
                    "next_run": _iso(nexts.get(source.id)),
                    "scheduled": source.id in nexts,
                    "next_due": _iso(next_due(source)),
                    "running": any(r.state == "running" for r in runs),
                    "last_run": run_summary(runs[0]) if runs else None,
                    "last_success": _iso(healthy[0].finished_at) if healthy else None,
                    "last_records": healthy[0].records if healthy else None,
                    "current_records": int(current.get(source.id, 0)),
                    "trend": counts,
                    "trend_direction": _trend(counts),
                    "suspect": bool(finished and finished[0].state == "suspect"),
                    "last_error": finished[0].error
                    if finished and finished[0].state in ("failed", "interrupted")
                    else None,
                }
            )
    return out


def _recent_runs(session: Any, source_ids: list[str], per_source: int = 20) -> dict[str, list[CrawlRun]]:
    """The newest ``per_source`` runs of each source, newest first, in one query (a window function)."""
    rank = func.row_number().over(partition_by=CrawlRun.source_id, order_by=CrawlRun.started_at.desc()).label("rank")
    ranked = select(CrawlRun.id, rank).where(CrawlRun.source_id.in_(source_ids)).subquery()
    rows = session.scalars(
        select(CrawlRun)
        .join(ranked, ranked.c.id == CrawlRun.id)
        .where(ranked.c.rank <= per_source)
        .order_by(CrawlRun.source_id, CrawlRun.started_at.desc())
    ).all()
    out: dict[str, list[CrawlRun]] = {}
    for run in rows:
        out.setdefault(run.source_id, []).append(run)
    return out


def list_runs(store: Store, source_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Runs, newest first, optionally of one source (runs whose process died are marked interrupted first)."""
    recover_interrupted(store, by="a look at the runs")
    query = select(CrawlRun).order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc()).limit(limit)
    if source_id:
        query = query.where(CrawlRun.source_id == source_id)
    with store.session() as session:
        return [run_summary(r) for r in session.scalars(query)]


def _get_run(session: Any, run_id: str) -> CrawlRun:
    run = session.get(CrawlRun, run_id)
    if run is None:
        raise NotFoundError(f"unknown run {run_id}; list runs with 'facility-hub runs'")
    return run


def run_detail(store: Store, run_id: str) -> dict[str, Any]:
    """One run with its statistics; NotFoundError for an unknown id."""
    with store.session() as session:
        run = _get_run(session, run_id)
        return {**run_summary(run), "stats": run.stats or {}, "pid": run.pid}


def accept_run(store: Store, run_id: str, actor: str) -> dict[str, Any]:
    """Accept a suspect run: mark it accepted and apply its disappearances (the source's current pages it did
    not see, and whose fetch did not fail in it, are marked gone by it). Only the source's latest run can be
    accepted."""
    with writing(store, f"accept {run_id}"), store.session() as session:
        run = _get_run(session, run_id)
        if run.state != "suspect":
            raise RunStateError(f"run {run_id} is {run.state}, not suspect; only suspect runs can be accepted")
        later = session.scalar(
            select(CrawlRun.id)
            .where(CrawlRun.source_id == run.source_id, CrawlRun.started_at > run.started_at, CrawlRun.id != run.id)
            .where(CrawlRun.state.in_(("succeeded", "suspect", "accepted", "running")))
            .limit(1)
        )
        if later is not None:
            raise RunStateError(f"run {run_id} was superseded by run {later} of {run.source_id}; accept that one")
        gone = session.execute(
            update(RawRecord)
            .where(
                RawRecord.source_id == run.source_id,
                RawRecord.last_run_id != run.id,
                RawRecord.gone_run_id.is_(None),
                or_(RawRecord.failed_run_id.is_(None), RawRecord.failed_run_id != run.id),
            )
            .values(gone_run_id=run.id, gone_at=datetime.now(UTC), gone_reason="accepted_run")
        ).rowcount
        run.state = "accepted"
        run.gone = int(gone or 0)
        run.stats = {**(run.stats or {}), "accepted_by": actor, "accepted_at": datetime.now(UTC).isoformat()}
        log.info("run %s accepted by %s: %d page(s) gone", run_id, actor, run.gone, extra={"run_id": run_id})
        return {**run_summary(run), "accepted_by": actor}


def set_paused(
    store: Store, source_id: str, paused: bool, actor: str, *, sources: list[Source] | None = None
) -> dict[str, Any]:
    """Pause or resume a source's scheduled runs (kept across restarts); with ``sources`` the id is checked."""
    if sources is not None and source_id not in {s.id for s in sources}:
        known = ", ".join(sorted(s.id for s in sources)) or "none"
        raise NotFoundError(f"unknown source {source_id}; configured: {known}")
    with store.session() as session:
        row = session.get(SourceState, source_id)
        if row is None:
            row = SourceState(source_id=source_id)
            session.add(row)
        row.paused = paused
        row.updated_at = datetime.now(UTC)
        row.updated_by = actor
    log.info("source %s %s by %s", source_id, "paused" if paused else "resumed", actor)
    return {"source_id": source_id, "paused": paused, "updated_by": actor}


def request_run_now(
    settings: Settings,
    source_id: str,
    *,
    store: Store | None = None,
    sources: list[Source] | None = None,
    runner: Any = None,
    replica_urls: Mapping[str, str] | None = None,
    wait: bool = False,
) -> dict[str, Any]:
    """Start a run of the source (crawl, then normalize → dedupe → index) in a background thread and return at
    once with its run id — or ``{"state": "already_running", "run_id": ...}`` when it is running anywhere.
    With ``wait`` the run happens in this thread and its result is returned."""
    from hub.scheduler.leases import LeaseManager, source_lease
    from hub.scheduler.runs import JobContext, crawl_and_publish, execute
    from hub.sources import load_sources

    if store is None:
        from hub.store import open_store

        store = open_store(settings.database_url)
    sources = sources if sources is not None else load_sources(settings.config_dir)
    source = next((s for s in sources if s.id == source_id), None)
    if source is None:
        known = ", ".join(sorted(s.id for s in sources)) or "none"
        raise NotFoundError(f"unknown source {source_id}; configured: {known}")
    leases = LeaseManager(store.engine)
    run_id = new_run_id("crawl")
    if not leases.acquire(source_lease(source_id), run_id=run_id):
        info = leases.get(source_lease(source_id))
        return {"source_id": source_id, "state": "already_running", "run_id": info.run_id if info else None}
    ctx = JobContext(
        store=store,
        settings=settings,
        source=source,
        sources=sources,
        run_id=run_id,
        trigger="manual",
        leases=leases,
        replica_urls=replica_urls,
    )
    if wait:
        return execute(ctx, runner or crawl_and_publish)
    threading.Thread(target=execute, args=(ctx, runner or crawl_and_publish), name=f"run-{run_id}", daemon=True).start()
    return {"source_id": source_id, "state": "started", "run_id": run_id}
