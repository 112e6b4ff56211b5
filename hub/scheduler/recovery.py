"""On start: runs left ``running`` by a process that died are marked failed, and its leases freed.

A run started under a source lease is alive while that lease is (held, not expired, its process present when it
is on this host). A run without a lease (a one-off ``facility-hub crawl``) is alive while its recorded process
is. A crawl child orphaned by a killed scheduler is stopped, so that it cannot keep writing.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hub.scheduler.leases import LeaseInfo, LeaseManager, pid_alive
from hub.scheduler.runs import mark_failed
from hub.store import Store
from hub.store.schema import CrawlRun

log = logging.getLogger(__name__)


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


def recover_orphans(store: Store, leases: LeaseManager) -> list[dict[str, Any]]:
    """Mark dead ``running`` runs failed and free dead leases; returns what was done, one dict per run."""
    now = leases.clock()
    by_run: dict[str, LeaseInfo] = {}
    for info in leases.all():
        if info.holder is not None and not info.alive(now):
            leases.break_lease(info)
            log.warning("freed lease %s of dead holder %s", info.name, info.holder)
        if info.run_id:
            by_run[info.run_id] = info
    with store.session() as session:
        running = list(
            session.execute(select(CrawlRun.id, CrawlRun.source_id, CrawlRun.pid).where(CrawlRun.state == "running"))
        )
    recovered: list[dict[str, Any]] = []
    for run_id, source_id, pid in running:
        lease = by_run.get(run_id)
        if lease is not None:
            if lease.alive(now):
                continue
            reason = f"its scheduler process {lease.holder} stopped"
        else:
            if pid_alive(pid):
                continue  # a one-off 'facility-hub crawl' still working in another command
            reason = f"its process {pid} is gone"
        error = f"interrupted: {reason}; marked failed on restart — the next run crawls again"
        if mark_failed(store, run_id, error):
            stopped = stop_orphan(pid, run_id)
            log.warning("run %s of %s marked failed: %s", run_id, source_id, reason, extra={"run_id": run_id})
            recovered.append({"run_id": run_id, "source_id": source_id, "reason": reason, "stopped_child": stopped})
    return recovered
