"""Runs left ``running`` by a dead process are marked interrupted on start; live ones are left alone."""

from __future__ import annotations

import os
import subprocess
import sys

from hub.scheduler.leases import LeaseManager, source_lease
from hub.scheduler.recovery import recover_orphans
from hub.store.schema import CrawlRun


def _dead_pid() -> int:
    out = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(out.stdout)


def test_dead_runs_failed_live_runs_kept(sqlite_store) -> None:
    dead = _dead_pid()
    ghost = LeaseManager(sqlite_store.engine, ttl=600)
    ghost.pid = dead  # a scheduler that was killed while holding the lease
    assert ghost.acquire(source_lease("a"), run_id="run-a")
    alive = LeaseManager(sqlite_store.engine, ttl=600)
    assert alive.acquire(source_lease("b"), run_id="run-b")
    with sqlite_store.session() as session:
        session.add_all([
            CrawlRun(id="run-a", source_id="a", state="running", pid=dead, stats={}),
            CrawlRun(id="run-b", source_id="b", state="running", pid=os.getpid(), stats={}),
            CrawlRun(id="run-c", source_id="c", state="running", pid=dead, stats={}),  # a one-off crawl, gone
            CrawlRun(id="run-d", source_id="d", state="running", pid=os.getpid(), stats={}),  # one-off, alive
        ])
    me = LeaseManager(sqlite_store.engine)
    recovered = recover_orphans(sqlite_store, me)
    assert sorted(r["run_id"] for r in recovered) == ["run-a", "run-c"]
    with sqlite_store.session() as session:
        states = {r.id: (r.state, r.error) for r in session.query(CrawlRun)}
    assert states["run-a"][0] == "interrupted" and "interrupted" in states["run-a"][1]
    assert states["run-b"][0] == "running" and states["run-d"][0] == "running"
    assert me.acquire(source_lease("a"))  # the dead holder's lease was freed
    assert not me.acquire(source_lease("b"))
