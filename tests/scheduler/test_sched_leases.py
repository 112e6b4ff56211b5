"""Leases on SQLite and PostgreSQL: one holder at a time, expiry, renewal, and each fire time claimed once."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from hub.scheduler.leases import LeaseManager, pid_alive


class Clock:
    """A controllable clock."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_one_holder_at_a_time_then_expiry(store) -> None:
    clock = Clock()
    a = LeaseManager(store.engine, ttl=60, clock=clock)
    b = LeaseManager(store.engine, ttl=60, clock=clock)
    assert a.acquire("source:x", run_id="r1")
    assert not b.acquire("source:x", run_id="r2")
    assert a.get("source:x").run_id == "r1"
    clock.now += timedelta(seconds=59)
    assert not b.acquire("source:x")
    clock.now += timedelta(seconds=2)
    assert b.acquire("source:x", run_id="r2")
    assert not a.renew("source:x")  # a lost it
    assert b.renew("source:x")
    assert not a.release("source:x")
    assert b.release("source:x")
    assert a.acquire("source:x")


def test_fire_time_is_claimed_once(store) -> None:
    clock = Clock()
    a = LeaseManager(store.engine, clock=clock)
    b = LeaseManager(store.engine, clock=clock)
    fire = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    assert a.acquire("source:x", fire_time=fire)
    a.release("source:x")
    assert not b.acquire("source:x", fire_time=fire)  # free, but that fire already ran
    assert b.acquire("source:x", fire_time=fire + timedelta(days=1))
    b.release("source:x")
    assert a.acquire("source:x")  # a run-now carries no fire time


def test_dead_holder_on_this_host_is_not_alive(store) -> None:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(proc.stdout)
    assert not pid_alive(dead_pid)
    ghost = LeaseManager(store.engine)
    ghost.pid = dead_pid
    assert ghost.acquire("source:y", run_id="r")
    info = ghost.get("source:y")
    assert not info.alive(datetime.now(UTC))
    me = LeaseManager(store.engine)
    assert not me.acquire("source:y")  # not expired yet: only recovery breaks it
    assert me.break_lease(info)
    assert me.acquire("source:y")
