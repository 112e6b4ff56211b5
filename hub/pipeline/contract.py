"""The stage contract: what every post-crawl stage is given, what it gives back, and the one way they are run.

- :class:`StageContext` — the store, the settings, the :class:`~hub.resources.Resources` loaded from the config
  directory, the sources, one progress callback and the run id;
- :class:`StageReport` — a stage's name, its statistics (as the stage recorded them on its ``stage_runs`` row),
  how long it took and how many attempts it needed;
- :class:`Stage` — a ``name`` and ``run(ctx) -> dict``; a new stage is one class;
- :func:`run_stages` — the only caller of stages: it takes the post-crawl lease (one normalize → dedupe → index at
  a time across processes) and the store's writer lease, runs the stages in order (each records its stage run
  with ``hub.pipeline.stages.stage_run``), and retries a stage only when its error is marked ``transient``.

``hub.pipeline.runner`` (``facility-hub run``), ``hub.scheduler.runs`` (scheduled runs) and the API's run-now
(through the scheduler's runner) all call :func:`run_stages` with :func:`post_crawl_stages`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from hub.resources import Resources
from hub.settings import Settings
from hub.sources import Source
from hub.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None, str], None]
"""``progress(stage, done, total, step)``: the one progress callback type (total None: not known yet; step: what
the stage is doing now, e.g. dedupe's ``blocking``)."""


def no_progress(stage: str, done: int, total: int | None, step: str) -> None:
    """A progress callback that shows nothing."""


@dataclass
class StageContext:
    """Everything a stage may use."""

    store: Store
    """The store the stage reads its input from and writes its output to."""
    settings: Settings
    """The settings of this run."""
    resources: Resources
    """What the config directory holds (sources, tables, dedupe model, backend options)."""
    run_id: str
    """The run these stages belong to (a crawl run id, or ``run-…`` for a whole job)."""
    sources: list[Source] | None = None
    """The sources the stages work for (None: every source of the resources)."""
    progress: Progress = no_progress
    """Where stages report progress."""

    @property
    def stage_sources(self) -> list[Source]:
        """The sources of this run."""
        return self.sources if self.sources is not None else self.resources.sources


@dataclass
class StageReport:
    """What one stage did."""

    name: str
    stats: dict[str, Any] = field(default_factory=dict)
    """The statistics the stage recorded (``stage_run_id`` among them)."""
    seconds: float = 0.0
    attempts: int = 1


class Stage(Protocol):
    """One post-crawl stage."""

    name: str

    def run(self, ctx: StageContext) -> dict[str, Any]:
        """Do the work, reading from and writing to ``ctx.store``; return the statistics."""
        ...


class NormalizeStage:
    """Raw records → facilities (``hub.pipeline.normalize``)."""

    name = "normalize"

    def run(self, ctx: StageContext) -> dict[str, Any]:
        """Normalise new and changed raw records."""
        from hub.pipeline.normalize import run_normalize

        return run_normalize(ctx.store, ctx.stage_sources, ctx.resources.config_dir,
                             progress=lambda done, total: ctx.progress(self.name, done, total, ""))


class DedupeStage:
    """Facilities and decisions → entities and review pairs (``hub.pipeline.dedupe_stage``)."""

    name = "dedupe"

    def run(self, ctx: StageContext) -> dict[str, Any]:
        """Cluster with the model of the config directory."""
        from hub.pipeline.dedupe_stage import run_dedupe

        return run_dedupe(ctx.store, ctx.stage_sources, model=ctx.resources.model,
                          progress=lambda step, done, total: ctx.progress(self.name, done, total, step))


class IndexStage:
    """Entities → a new, verified, activated index version (``hub.pipeline.index_stage``)."""

    name = "index"

    def run(self, ctx: StageContext) -> dict[str, Any]:
        """Build and switch to a new version when the entities changed."""
        from hub.pipeline.index_stage import run_index

        return run_index(ctx.store, ctx.settings, progress=lambda done: ctx.progress(self.name, done, None, ""))


def post_crawl_stages() -> list[Stage]:
    """normalize → dedupe → index."""
    return [NormalizeStage(), DedupeStage(), IndexStage()]


def _take_post_crawl_lease(leases: Any, *, timeout: float, poll: float = 1.0) -> bool:
    """Take the post-crawl lease, freeing it from a holder whose process is gone; False after ``timeout``."""
    from hub.scheduler.leases import POST_CRAWL_LEASE

    waited = threading.Event()
    remaining = timeout
    while True:
        if leases.acquire_or_free(POST_CRAWL_LEASE)[0]:
            return True
        if remaining <= 0:
            return False
        waited.wait(poll)
        remaining -= poll


def run_stages(ctx: StageContext, stages: Sequence[Stage], *, leases: Any = None, attempts: int = 2,
               backoff: float = 1.0, lease_timeout: float = 3600.0) -> list[StageReport]:
    """Run the stages in order under the post-crawl lease and the writer lease; a stage whose error is marked
    ``transient`` is tried again (at most ``attempts`` times in all, ``backoff`` seconds apart, doubling); any
    other error stops the run at once (what is served stays as it was). ``leases``: the caller's
    ``LeaseManager`` (the scheduler's), else one of this process."""
    from hub.scheduler.leases import POST_CRAWL_LEASE, LeaseManager
    from hub.writer_lease import LeaseWaitTimeout, writing

    leases = leases if leases is not None else LeaseManager(ctx.store.engine)
    if not _take_post_crawl_lease(leases, timeout=lease_timeout):
        raise PostCrawlBusy("the post-crawl stages stayed busy for an hour; they will run after the next crawl")
    reports: list[StageReport] = []
    with leases.keep(POST_CRAWL_LEASE), writing(ctx.store, f"stages {ctx.run_id}"):
        for stage in stages:
            started = time.monotonic()
            for attempt in range(1, attempts + 1):
                try:
                    stats = stage.run(ctx)
                    break
                except (LeaseWaitTimeout, PostCrawlBusy):
                    raise  # it has waited already
                except Exception as exc:
                    if not getattr(exc, "transient", False) or attempt == attempts:
                        raise
                    delay = backoff * 2 ** (attempt - 1)
                    log.warning("stage %s of %s failed (%s); transient, trying again in %.1f s",
                                stage.name, ctx.run_id, exc, delay)
                    time.sleep(delay)
            reports.append(StageReport(stage.name, dict(stats or {}), time.monotonic() - started, attempt))
    return reports


class PostCrawlBusy(TimeoutError):
    """Another process ran the post-crawl stages for longer than this one would wait (worth trying later)."""

    transient = True
