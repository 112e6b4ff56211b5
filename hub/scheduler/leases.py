"""Database leases: at most one holder of a named lease at a time, across processes and hosts.

A lease is one row of ``scheduler_leases``. It is taken with a single guarded UPDATE (``… WHERE holder IS NULL
OR expires_at < now``), which both SQLite (serialised writers) and PostgreSQL (row locks, re-checked WHERE
under READ COMMITTED) make atomic. A scheduled fire also records its fire time in the same statement, so two
schedulers that see the same due job run it exactly once: the second one finds ``last_fire_time`` already at
that time. A holder renews its lease while it works (:class:`LeaseKeeper`); a holder that dies stops renewing
and the lease expires after ``ttl`` seconds (sooner on the same host, where a dead pid is noticed).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Column, Integer, MetaData, String, Table, and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from hub.store.schema import UTCDateTime

log = logging.getLogger(__name__)

metadata = MetaData()
leases_t = Table(
    "scheduler_leases",
    metadata,
    Column("name", String(150), primary_key=True),
    Column("holder", String(200), nullable=True),
    Column("host", String(200), nullable=True),
    Column("pid", Integer, nullable=True),
    Column("run_id", String(64), nullable=True),
    Column("acquired_at", UTCDateTime, nullable=True),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("last_fire_time", UTCDateTime, nullable=True),
)
"""Created by migration 0003."""

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


def source_lease(source_id: str) -> str:
    """The lease name that guards crawls of one source."""
    return f"source:{source_id}"


POST_CRAWL_LEASE = "stages:post-crawl"
"""The lease that serialises normalize → dedupe → index after crawls."""


def pid_alive(pid: int | None) -> bool:
    """True when a process with this id exists on this host."""
    if not pid or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LeaseInfo:
    """One lease row as read."""

    name: str
    holder: str | None
    host: str | None
    pid: int | None
    run_id: str | None
    acquired_at: datetime | None
    expires_at: datetime
    last_fire_time: datetime | None

    def alive(self, now: datetime) -> bool:
        """Held, not expired, and (on this host) its process still exists."""
        if self.holder is None or self.expires_at <= now:
            return False
        return not (self.host == socket.gethostname() and not pid_alive(self.pid))


class LeaseManager:
    """Takes, renews and releases leases in the store's database on behalf of one process."""

    def __init__(self, engine: Engine, *, ttl: float = 60.0, clock: Clock = utc_now, holder: str | None = None):
        self.engine = engine
        self.ttl = ttl
        self.clock = clock
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.holder = holder or f"{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"

    def _ensure_row(self, conn: object, name: str) -> None:
        dialect = self.engine.dialect.name
        values = {"name": name, "expires_at": EPOCH}
        if dialect == "postgresql":
            stmt = postgresql.insert(leases_t).values(**values).on_conflict_do_nothing(index_elements=["name"])
        elif dialect == "sqlite":
            stmt = sqlite.insert(leases_t).values(**values).on_conflict_do_nothing(index_elements=["name"])
        else:  # pragma: no cover - other databases: insert when missing, tolerate a racing insert
            stmt = leases_t.insert().values(**values).prefix_with("IGNORE")
        conn.execute(stmt)  # type: ignore[attr-defined]

    def acquire(self, name: str, *, run_id: str | None = None, fire_time: datetime | None = None) -> bool:
        """Take the lease if nobody holds it (or the holder's lease expired); with ``fire_time`` also only when
        that fire time (or a later one) has not been claimed before. True when taken."""
        now = self.clock()
        with self.engine.begin() as conn:
            self._ensure_row(conn, name)
        condition = and_(leases_t.c.name == name, or_(leases_t.c.holder.is_(None), leases_t.c.expires_at < now))
        values: dict[str, object] = {
            "holder": self.holder,
            "host": self.host,
            "pid": self.pid,
            "run_id": run_id,
            "acquired_at": now,
            "expires_at": now + timedelta(seconds=self.ttl),
        }
        if fire_time is not None:
            condition = and_(condition, or_(leases_t.c.last_fire_time.is_(None), leases_t.c.last_fire_time < fire_time))
            values["last_fire_time"] = fire_time
        with self.engine.begin() as conn:
            taken = conn.execute(update(leases_t).where(condition).values(**values)).rowcount == 1
        log.debug("lease %s %s by %s", name, "taken" if taken else "not taken", self.holder)
        return taken

    def renew(self, name: str) -> bool:
        """Push this holder's lease expiry ``ttl`` seconds ahead; False when the lease is no longer ours."""
        now = self.clock()
        with self.engine.begin() as conn:
            result = conn.execute(
                update(leases_t)
                .where(leases_t.c.name == name, leases_t.c.holder == self.holder)
                .values(expires_at=now + timedelta(seconds=self.ttl))
            )
        return result.rowcount == 1

    def release(self, name: str, *, unclaim: tuple[datetime, datetime | None] | None = None) -> bool:
        """Give the lease back (only when this holder has it). ``unclaim=(fire_time, previous)`` also forgets a
        fire that was claimed but never run, so that it can still run."""
        condition = and_(leases_t.c.name == name, leases_t.c.holder == self.holder)
        values: dict[str, object] = {"holder": None, "expires_at": self.clock()}
        if unclaim is not None:
            condition = and_(condition, leases_t.c.last_fire_time == unclaim[0])
            values["last_fire_time"] = unclaim[1]
        with self.engine.begin() as conn:
            result = conn.execute(update(leases_t).where(condition).values(**values))
        return result.rowcount == 1

    def break_lease(self, info: LeaseInfo) -> bool:
        """Free a lease whose holder is dead (only if it is still that holder's)."""
        with self.engine.begin() as conn:
            result = conn.execute(
                update(leases_t)
                .where(leases_t.c.name == info.name, leases_t.c.holder == info.holder)
                .values(holder=None, expires_at=self.clock())
            )
        return result.rowcount == 1

    def acquire_or_free(self, name: str, *, run_id: str | None = None) -> tuple[bool, LeaseInfo | None]:
        """``acquire``, freeing the lease first when its holder is dead (expired, or its process gone on this
        host); returns (taken, the lease row as it stood when it was not taken)."""
        if self.acquire(name, run_id=run_id):
            return True, None
        info = self.get(name)
        if info is not None and info.holder is not None and not info.alive(self.clock()):
            if self.break_lease(info):
                log.warning("freed the %s lease of %s (its process is gone)", name, info.holder)
            if self.acquire(name, run_id=run_id):
                return True, None
            info = self.get(name)
        return False, info

    def get(self, name: str) -> LeaseInfo | None:
        """The lease row, or None when it was never taken."""
        with self.engine.connect() as conn:
            row = conn.execute(select(leases_t).where(leases_t.c.name == name)).mappings().first()
        return None if row is None else LeaseInfo(**row)

    def all(self) -> list[LeaseInfo]:
        """Every lease row."""
        with self.engine.connect() as conn:
            return [LeaseInfo(**r) for r in conn.execute(select(leases_t)).mappings()]

    def keep(self, name: str) -> LeaseKeeper:
        """A context manager that renews this lease in the background and releases it at the end."""
        return LeaseKeeper(self, name)


class LeaseKeeper:
    """Renews one held lease every ``ttl / 3`` seconds until closed, then releases it."""

    def __init__(self, manager: LeaseManager, name: str) -> None:
        self.manager = manager
        self.name = name
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"lease-{name}", daemon=True)
        self.lost = False

    def _loop(self) -> None:
        interval = max(0.05, self.manager.ttl / 3)
        while not self._stop.wait(interval):
            try:
                if not self.manager.renew(self.name):
                    self.lost = True
                    log.warning("lease %s was lost (another process took it over)", self.name)
                    return
            except Exception:  # noqa: BLE001 - a database hiccup: try again next time
                log.warning("could not renew lease %s", self.name, exc_info=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        try:
            self.manager.release(self.name)
        except Exception:  # noqa: BLE001 - the lease expires on its own
            log.warning("could not release lease %s", self.name, exc_info=True)
