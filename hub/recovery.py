"""Recovery on every start: runs left ``running`` by a process that died are marked ``interrupted``, and the
leftovers of an interrupted index build are removed.

Whichever command opens the store next does this (the CLI when it opens the store, the API when it starts and
when it lists runs, the scheduler when it starts). A run row carries the writer-lease holder of the process that
runs it (:mod:`hub.writer_lease`); the run is alive while that holder still holds the lease. Rows written
before holders were recorded fall back to their scheduler's source lease or their recorded process id.
"""

from __future__ import annotations

import logging
import os
import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from hub.scheduler.leases import LeaseInfo, pid_alive
from hub.store import Store
from hub.store.schema import CrawlRun, StageRun
from hub.writer_lease import WRITER_LEASE, writer_lease

log = logging.getLogger(__name__)

INTERRUPTED = "interrupted"


def _is_crawl_child(pid: int, run_id: str) -> bool:
    """True when the process is a ``crawlers.run`` child working on this run (read from /proc)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    args = [a.decode(errors="replace") for a in cmdline]
    return "crawlers.run" in args and any(run_id in a for a in args)


def stop_orphan(pid: int | None, run_id: str) -> bool:
    """Stop the crawl child of a dead run (only if it is provably that run's child); True when signalled."""
    if pid and pid != os.getpid() and pid_alive(pid) and _is_crawl_child(pid, run_id):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return False
        log.warning("stopped orphaned crawl process %s of run %s", pid, run_id, extra={"run_id": run_id})
        return True
    return False


def live_holders(store: Store) -> set[str]:
    """Holder strings of writers alive now: the lease's holder when alive, and this process's while it holds."""
    lease = writer_lease(store)
    holders = {lease.holder} if lease.held else set()
    info = lease.manager.get(WRITER_LEASE)
    if info is not None and info.holder is not None and info.alive(lease.manager.clock()):
        holders.add(info.holder)
    return holders


def _mark(store: Store, table: Any, key: Any, holder: str | None, error: str) -> bool:
    with store.session() as session:
        condition = [table.id == key, table.state == "running"]
        condition.append(table.holder.is_(None) if holder is None else table.holder == holder)
        result = session.execute(
            update(table).where(*condition).values(state=INTERRUPTED, error=error[:2000], finished_at=datetime.now(UTC))
        )
        return result.rowcount == 1


def free_dead_leases(store: Store) -> dict[str, LeaseInfo]:
    """Free every lease whose holder is dead (expired, or its process gone on this host); returns the leases by
    the run id they name (a scheduler's source leases name the run they guard)."""
    manager = writer_lease(store).manager
    now = manager.clock()
    by_run: dict[str, LeaseInfo] = {}
    for info in manager.all():
        if info.holder is not None and not info.alive(now) and info.holder != writer_lease(store).holder:
            if manager.break_lease(info):
                log.warning("freed lease %s of dead holder %s", info.name, info.holder)
        if info.run_id:
            by_run[info.run_id] = info
    return by_run


def recover_interrupted(
    store: Store, *, by_run: dict[str, LeaseInfo] | None = None, by: str = "the next command",
    free_leases: bool = True,
) -> list[dict[str, Any]]:
    """Free dead leases, then mark crawl and stage runs whose process is gone ``interrupted``; returns one dict
    per run marked.

    ``by_run`` maps run ids to the scheduler's source leases (runs recorded before holders were written); by
    default it is read while freeing the dead leases. With ``free_leases`` False (a look at the runs) leases are
    only looked at when some run is ``running``: nothing but two reads when none is.
    """
    with store.session() as session:
        crawls = list(
            session.execute(
                select(CrawlRun.id, CrawlRun.source_id, CrawlRun.pid, CrawlRun.holder).where(
                    CrawlRun.state == "running"
                )
            )
        )
        stages = list(
            session.execute(
                select(StageRun.id, StageRun.stage, StageRun.pid, StageRun.holder).where(StageRun.state == "running")
            )
        )
    if by_run is None and (free_leases or crawls or stages):
        by_run = free_dead_leases(store)
    if not crawls and not stages:
        return []
    alive = live_holders(store)  # read after the rows: a row seen running was written under a lease held then
    now = writer_lease(store).manager.clock()
    recovered: list[dict[str, Any]] = []
    for kind, table, rows in (("crawl", CrawlRun, crawls), ("stage", StageRun, stages)):
        for run_id, what, pid, holder in rows:
            if holder is not None:
                if holder in alive:
                    continue
                reason = f"its process ({holder}) is gone"
            else:
                lease = (by_run or {}).get(str(run_id))
                if lease is not None:
                    if lease.alive(now):
                        continue
                    reason = f"its scheduler process {lease.holder} stopped"
                elif kind == "crawl" and pid_alive(pid):
                    continue  # a crawl started outside any lease (an older version), still working
                else:
                    reason = f"its process {pid} is gone" if pid else "its process is gone"
            error = f"interrupted: {reason}; marked by {by} — the next run does this work again"
            if _mark(store, table, run_id, holder, error):
                stopped = stop_orphan(pid, str(run_id)) if kind == "crawl" else False
                log.warning("%s run %s (%s) marked interrupted: %s", kind, run_id, what, reason)
                entry = {"kind": kind, "run_id": run_id, "reason": reason, "stopped_child": stopped}
                entry["source_id" if kind == "crawl" else "stage"] = what
                recovered.append(entry)
    return recovered


def discard_unfinished_builds(store: Store, settings: Any) -> list[str]:
    """Remove the directories of index builds that never finished (only while no writer is at work)."""
    if getattr(settings, "index_backend", "embedded") != "embedded":
        return []
    from hub.resources import open_backend

    backend = open_backend(settings)
    if not getattr(backend, "unfinished_builds", lambda: [])():
        return []
    with writer_lease(store).try_exclusive("recovery") as alone:
        if not alone:
            return []  # a writer is at work (maybe building): the next command looks again
        removed = list(backend.discard_unfinished())
    for name in removed:
        log.warning("removed the leftovers of an interrupted index build: %s", name)
    return removed


def recover(store: Store, settings: Any = None, *, by: str = "the next command") -> dict[str, Any]:
    """Everything recovery does on start: interrupted runs, and (with settings) unfinished index builds."""
    runs = recover_interrupted(store, by=by)
    builds = discard_unfinished_builds(store, settings) if settings is not None else []
    return {"runs": runs, "builds": builds}
