"""The scheduler: APScheduler 3 with its job store in the project's database, one cron job per enabled source.

On start it marks runs left ``running`` by dead processes failed, then reconciles the stored jobs with the
config (adds new sources, drops removed or disabled ones, reschedules changed cron expressions, keeps each
source's paused state from ``source_state``). Missed runs are coalesced into one when they are within the grace
time. Several scheduler processes may share one database: before a due job runs, the executor claims the
source's lease together with the fire time, so each fire runs exactly once and a source never runs twice at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import select

from hub.errors import NotFoundError
from hub.pipeline.ids import new_run_id
from hub.scheduler.leases import LeaseManager, source_lease
from hub.scheduler.recovery import recover_orphans
from hub.scheduler.runs import JobContext, Runner, crawl_and_publish, execute
from hub.settings import Settings
from hub.sources import Source, load_sources
from hub.sources import cron_trigger as schedule_trigger
from hub.store import Store
from hub.store.schema import SourceState

log = logging.getLogger(__name__)

JOB_PREFIX = "source:"
SYNC_JOB_ID = "hub:sync"
_local = threading.local()


@dataclass(frozen=True)
class SchedulerOptions:
    """How the scheduler behaves."""

    misfire_grace_seconds: int = 6 * 3600
    """A run missed (the scheduler was down) still fires once when it is at most this old."""
    lease_ttl: float = 60.0
    """Seconds a lease lives without renewal; a dead holder's runs are recovered after this."""
    sync_seconds: float = 15.0
    """How often paused flags set by other processes are applied to the jobs."""
    max_workers: int | None = None
    """Sources crawled at once; None means ``Settings.crawl_concurrency``."""


def cron_trigger(source: Source) -> CronTrigger:
    """The source's schedule as an APScheduler trigger in its time zone."""
    return schedule_trigger(source.schedule, source.timezone)


def job_id(source_id: str) -> str:
    """The scheduler job id of a source."""
    return f"{JOB_PREFIX}{source_id}"


def scheduled_crawl(source_id: str) -> dict[str, Any]:
    """The stored job's callable: run the source claimed by this worker thread's scheduler."""
    service: SchedulerService | None = getattr(_local, "service", None)
    if service is None:
        raise RuntimeError("scheduled_crawl runs only in a facility-hub scheduler worker thread")
    return service.run_claimed(source_id)


def sync_tick() -> None:
    """The periodic in-memory job: apply paused flags changed by other processes."""
    service: SchedulerService | None = getattr(_local, "service", None)
    if service is not None:
        service.sync_paused()


def _bind(service: SchedulerService) -> None:
    _local.service = service


class HubScheduler(BackgroundScheduler):
    """APScheduler's background scheduler, shut down without a race: job processing stops (and any pass in
    progress finishes) before the executors are shut down, so a due fire is never half-submitted and lost."""

    _stopping = False

    def _process_jobs(self) -> float | None:
        if self._stopping:
            return None
        return super()._process_jobs()

    def shutdown(self, wait: bool = True) -> None:
        """Stop processing, wait for a pass in progress, then shut down as APScheduler does."""
        self._stopping = True
        with self._jobstores_lock:  # held by APScheduler for the whole of a processing pass
            pass
        super().shutdown(wait)


class ClaimingExecutor(ThreadPoolExecutor):
    """A thread pool that runs a source's due job only after claiming its lease for that fire time."""

    def __init__(self, service: SchedulerService, max_workers: int) -> None:
        super().__init__(max_workers, pool_kwargs={"initializer": _bind, "initargs": (service,)})
        self.service = service

    def submit_job(self, job: Any, run_times: list[datetime]) -> None:
        """Claim, then submit; a fire another process claimed (or a source still running) is skipped."""
        if not job.id.startswith(JOB_PREFIX) or not run_times:
            return super().submit_job(job, run_times)
        fire = run_times[-1]
        grace = job.misfire_grace_time
        if grace is not None and datetime.now(UTC) - fire > timedelta(seconds=grace):
            return super().submit_job(job, run_times)  # reported as missed by APScheduler, nothing claimed
        source_id = job.id[len(JOB_PREFIX) :]
        if not self.service.claim(source_id, fire):
            return None
        try:
            super().submit_job(job, run_times)
        except BaseException:
            self.service.unclaim(source_id)
            raise
        return None


class SchedulerService:
    """One scheduler process's view: the APScheduler instance, its leases, and the runner it calls."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None = None,
        *,
        sources: list[Source] | None = None,
        runner: Runner | None = None,
        options: SchedulerOptions | None = None,
        replica_urls: Mapping[str, str] | None = None,
    ) -> None:
        if store is None:
            from hub.store import open_store

            store = open_store(settings.database_url)
        self.settings = settings
        self.store = store
        self.sources = sources if sources is not None else load_sources(settings.config_dir)
        self.runner: Runner = runner or crawl_and_publish
        self.options = options or SchedulerOptions()
        self.replica_urls = dict(replica_urls) if replica_urls is not None else None
        self.leases = LeaseManager(store.engine, ttl=self.options.lease_ttl)
        self.scheduler: HubScheduler | None = None
        self.recovered: list[dict[str, Any]] = []
        self.results: list[dict[str, Any]] = []
        self.skipped: list[dict[str, Any]] = []
        self._claims: dict[str, str] = {}
        self._fires: dict[str, tuple[datetime, datetime | None]] = {}
        self._lock = threading.Lock()

    # lifecycle -------------------------------------------------------------------------------------------------
    def start(self, *, paused: bool = False) -> SchedulerService:
        """Recover dead runs, reconcile jobs with config, and start firing (``paused``: not yet)."""
        self.recovered = recover_orphans(self.store, self.leases)
        workers = self.options.max_workers or max(1, self.settings.crawl_concurrency)
        self.scheduler = HubScheduler(
            jobstores={
                "default": SQLAlchemyJobStore(engine=self.store.engine, tablename="apscheduler_jobs"),
                "local": MemoryJobStore(),
            },
            executors={"default": ClaimingExecutor(self, workers + 1)},
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": self.options.misfire_grace_seconds,
            },
            timezone=UTC,
        )
        self.scheduler.start(paused=True)
        self.reconcile()
        self.scheduler.add_job(
            sync_tick, "interval", seconds=self.options.sync_seconds, id=SYNC_JOB_ID, jobstore="local"
        )
        if not paused:
            self.scheduler.resume()
        log.info("scheduler started with %d source job(s)", len(self.source_jobs()))
        return self

    def shutdown(self, wait: bool = False) -> None:
        """Stop firing; with ``wait`` also wait for running jobs to finish."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=wait)

    # config ----------------------------------------------------------------------------------------------------
    def _paused_ids(self) -> set[str]:
        with self.store.session() as session:
            return set(session.scalars(select(SourceState.source_id).where(SourceState.paused.is_(True))))

    def reconcile(self) -> dict[str, list[str]]:
        """Make the stored jobs match the enabled sources; returns the ids added, updated, removed and paused."""
        assert self.scheduler is not None
        wanted = {s.id: s for s in self.sources if s.enabled}
        existing = {j.id[len(JOB_PREFIX) :]: j for j in self.source_jobs()}
        done: dict[str, list[str]] = {"added": [], "updated": [], "removed": [], "paused": []}
        for sid, job in existing.items():
            if sid not in wanted:
                self.scheduler.remove_job(job.id)
                done["removed"].append(sid)
        for sid, source in wanted.items():
            trigger = cron_trigger(source)
            job = existing.get(sid)
            if job is None:
                self.scheduler.add_job(
                    scheduled_crawl, trigger, args=[sid], id=job_id(sid), name=source.name, jobstore="default"
                )
                done["added"].append(sid)
            elif str(job.trigger) != str(trigger) or str(job.trigger.timezone) != str(trigger.timezone):
                self.scheduler.reschedule_job(job.id, trigger=trigger)
                done["updated"].append(sid)
        done["paused"] = self.sync_paused()
        if any(done[k] for k in ("added", "updated", "removed")):
            log.info("schedule reconciled with config: %s", {k: v for k, v in done.items() if v})
        return done

    def sync_paused(self) -> list[str]:
        """Pause jobs of paused sources and resume the others; returns the paused source ids."""
        if self.scheduler is None:
            return []
        paused = self._paused_ids()
        for job in self.source_jobs():
            sid = job.id[len(JOB_PREFIX) :]
            if sid in paused and job.next_run_time is not None:
                self.scheduler.pause_job(job.id)
            elif sid not in paused and job.next_run_time is None:
                self.scheduler.resume_job(job.id)
        return sorted(paused & {j.id[len(JOB_PREFIX) :] for j in self.source_jobs()})

    def source_jobs(self) -> list[Any]:
        """The stored jobs of sources."""
        assert self.scheduler is not None
        return [j for j in self.scheduler.get_jobs(jobstore="default") if j.id.startswith(JOB_PREFIX)]

    def jobs(self) -> list[dict[str, Any]]:
        """Each source job: id, schedule, time zone, next run (None when paused)."""
        return [
            {
                "source_id": j.id[len(JOB_PREFIX) :],
                "trigger": str(j.trigger),
                "timezone": str(j.trigger.timezone),
                "next_run": j.next_run_time,
            }
            for j in self.source_jobs()
        ]

    # running ---------------------------------------------------------------------------------------------------
    def claim(self, source_id: str, fire_time: datetime | None) -> bool:
        """Take the source's lease for this fire (called from the scheduler thread)."""
        run_id = new_run_id("crawl")
        try:
            before = self.leases.get(source_lease(source_id))
            taken = self.leases.acquire(source_lease(source_id), run_id=run_id, fire_time=fire_time)
        except Exception:  # noqa: BLE001 - the database is down: skip this fire, the next one retries
            log.error("could not claim %s for %s", source_id, fire_time, exc_info=True)
            taken = False
        if not taken:
            info = {"source_id": source_id, "fire_time": fire_time, "reason": "already running or claimed elsewhere"}
            with self._lock:
                self.skipped.append(info)
            log.info("fire of %s at %s skipped: %s", source_id, fire_time, info["reason"])
            return False
        with self._lock:
            self._claims[source_id] = run_id
            if fire_time is not None:
                self._fires[source_id] = (fire_time, before.last_fire_time if before else None)
        return True

    def unclaim(self, source_id: str) -> None:
        """Give back a claim that could not be submitted (its fire stays runnable)."""
        with self._lock:
            self._claims.pop(source_id, None)
            fire = self._fires.pop(source_id, None)
        self.leases.release(source_lease(source_id), unclaim=fire)

    def run_claimed(self, source_id: str) -> dict[str, Any]:
        """Run a claimed source (in a worker thread); never raises."""
        with self._lock:
            run_id = self._claims.pop(source_id, None)
            self._fires.pop(source_id, None)
        if run_id is None:
            return {"source_id": source_id, "state": "skipped", "reason": "not claimed"}
        source = next((s for s in self.sources if s.id == source_id), None)
        if source is None:
            self.leases.release(source_lease(source_id))
            return {"source_id": source_id, "state": "skipped", "reason": "no longer configured"}
        ctx = JobContext(
            store=self.store,
            settings=self.settings,
            source=source,
            sources=self.sources,
            run_id=run_id,
            trigger="schedule",
            leases=self.leases,
            replica_urls=self.replica_urls,
        )
        result = execute(ctx, self.runner)
        with self._lock:
            self.results.append(result)
        return result

    def fire_now(self, source_id: str) -> None:
        """Make a source's job due now (it runs through the normal claim path)."""
        assert self.scheduler is not None
        if not any(j.id == job_id(source_id) for j in self.source_jobs()):
            raise NotFoundError(f"no scheduled job for source {source_id}")
        self.scheduler.modify_job(job_id(source_id), next_run_time=datetime.now(UTC))


def start_background_scheduler(settings: Settings, **kwargs: Any) -> SchedulerService:
    """Start the scheduler in background threads of this process (``serve`` calls this); ``.shutdown()`` stops."""
    return SchedulerService(settings, **kwargs).start()
