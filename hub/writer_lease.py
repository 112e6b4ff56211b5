"""One writer at a time per store: the writer lease.

Every entry point that writes the store — ``run``, ``crawl``, ``normalize``, ``dedupe``, ``index``, ``runs
accept``, each scheduled or requested run, a serving node's index rebuild — holds the database lease
``store:writer`` (a row of ``scheduler_leases``, see :mod:`hub.scheduler.leases`) while it works. A second
process waits and says so once (``another run (pid 1234 on host h, 'run') holds the store since 12:01:05 UTC;
waiting…``), or gives up after ``FACILITY_HUB_LEASE_WAIT`` seconds with the same words.

Inside one process the lease is shared: a thread of a process that already holds it (the scheduler's jobs,
``run``'s parallel crawls, the API's run-now beside the scheduler) goes on at once; the work inside is already
serialised where it must be (per-source leases, the post-crawl lease). The holder string (``host:pid:nonce``)
is written on every run row a holder starts, so that any later command can tell a live run from one whose
process died (:mod:`hub.recovery`).

A holder renews the lease every ``ttl / 3`` seconds. A holder killed on this host is noticed at once (its pid is
gone); one on another host after ``ttl`` seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from hub.errors import PipelineError
from hub.scheduler.leases import LeaseInfo, LeaseKeeper, LeaseManager

log = logging.getLogger(__name__)

WRITER_LEASE = "store:writer"
"""The lease name every writer takes."""
LEASE_TTL = 30.0
"""Seconds the writer lease lives without renewal."""
POLL_SECONDS = 0.5
"""How often a waiting process looks again."""

WaitNotice = Callable[[str], None]


class LeaseWaitTimeout(PipelineError):
    """Another process held the store for longer than this one was willing to wait."""

    transient = True


def describe_holder(info: LeaseInfo | None) -> str:
    """``another run (pid 1234 on host h, 'crawl makeall') holds the store since 12:01:05 UTC``."""
    if info is None or info.holder is None:
        return "another run holds the store"
    since = info.acquired_at.strftime("%H:%M:%S UTC") if isinstance(info.acquired_at, datetime) else "a moment ago"
    what = f", '{info.run_id}'" if info.run_id else ""
    return f"another run (pid {info.pid} on host {info.host}{what}) holds the store since {since}"


class WriterLease:
    """This process's share of one store's writer lease."""

    def __init__(self, manager: LeaseManager) -> None:
        self.manager = manager
        self._cond = threading.Condition()
        self._count = 0
        self._exclusive = False
        self._keeper: LeaseKeeper | None = None

    @property
    def holder(self) -> str:
        """This process's holder string."""
        return self.manager.holder

    @property
    def held(self) -> bool:
        """True while some thread of this process holds the lease."""
        return self._count > 0

    def _take(self, what: str, wait: float | None, on_wait: WaitNotice | None) -> None:
        started = time.monotonic()
        told = False
        while True:
            taken, info = self.manager.acquire_or_free(WRITER_LEASE, run_id=what[:64])
            if taken:
                if told:
                    log.warning("the store is free again; %s goes on", what)
                return
            message = describe_holder(info)
            waited = time.monotonic() - started
            if wait is not None and waited >= wait:
                raise LeaseWaitTimeout(
                    f"{message}; gave up after {waited:.0f} s (set FACILITY_HUB_LEASE_WAIT to wait longer)"
                )
            if not told:
                told = True
                notice = f"{message}; waiting…" + (f" (at most {wait:.0f} s)" if wait else "")
                (on_wait or log.warning)(notice)
            time.sleep(POLL_SECONDS if wait is None else max(0.01, min(POLL_SECONDS, wait - waited)))

    @contextmanager
    def hold(self, what: str, *, wait: float | None = None, on_wait: WaitNotice | None = None) -> Iterator[str]:
        """Hold the lease for ``what`` (waiting at most ``wait`` seconds, None: for ever); yields the holder."""
        with self._cond:
            while self._exclusive:
                self._cond.wait()
            if self._count == 0:
                self._take(what, wait, on_wait)
                self._keeper = self.manager.keep(WRITER_LEASE).__enter__()
            self._count += 1
        try:
            yield self.holder
        finally:
            self._leave()

    def _leave(self) -> None:
        with self._cond:
            self._count -= 1
            if self._count == 0 and self._keeper is not None:
                keeper, self._keeper = self._keeper, None
                if keeper.lost:
                    log.error("the writer lease was taken over while this process worked (it was not renewed)")
                keeper.__exit__(None, None, None)
            self._cond.notify_all()

    @contextmanager
    def try_exclusive(self, what: str) -> Iterator[bool]:
        """Hold the lease alone, without waiting: yields True when this process took it and no thread of it
        holds it; False (and nothing held) otherwise. Used for cleanup that must not race any writer."""
        with self._cond:
            if self._count or self._exclusive:
                ok = False
            else:
                ok = self.manager.acquire_or_free(WRITER_LEASE, run_id=what[:64])[0]
            if ok:
                self._exclusive = True
                self._count = 1
        try:
            yield ok
        finally:
            if ok:
                with self._cond:
                    self._exclusive = False
                    self._count = 0
                    self.manager.release(WRITER_LEASE)
                    self._cond.notify_all()


_leases: dict[str, WriterLease] = {}
_registry_lock = threading.Lock()
_notice: list[WaitNotice] = []


def default_wait() -> float | None:
    """Seconds a writer waits for the lease: ``FACILITY_HUB_LEASE_WAIT`` (default 3600; ``forever`` for no
    limit; 0 gives up at once)."""
    import os

    value = (os.environ.get("FACILITY_HUB_LEASE_WAIT") or "").strip().lower()
    if not value:
        return 3600.0
    if value in ("forever", "none", "inf"):
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from hub.errors import ConfigError

        raise ConfigError(f"FACILITY_HUB_LEASE_WAIT={value!r} is not a number of seconds (or 'forever')") from None


def set_wait_notice(notice: WaitNotice | None) -> None:
    """Where a waiting writer says that it waits (the CLI prints to stderr; the default is a log warning)."""
    _notice[:] = [notice] if notice is not None else []


def writer_lease(store: object) -> WriterLease:
    """This process's writer lease of the store's database (one per database URL)."""
    engine = store.engine  # type: ignore[attr-defined]
    key = engine.url.render_as_string(hide_password=False)
    with _registry_lock:
        lease = _leases.get(key)
        if lease is None:
            lease = _leases[key] = WriterLease(LeaseManager(engine, ttl=LEASE_TTL))
        return lease


def current_holder(store: object) -> str | None:
    """The holder string to write on a run row started now: this process's, when it holds the lease."""
    lease = writer_lease(store)
    return lease.holder if lease.held else None


@contextmanager
def writing(
    store: object, what: str, *, wait: float | None = None, on_wait: WaitNotice | None = None
) -> Iterator[str]:
    """Hold the store's writer lease while writing (see the module docstring); yields the holder string.

    ``wait`` defaults to :func:`default_wait`, ``on_wait`` to the notice set with :func:`set_wait_notice`."""
    lease = writer_lease(store)
    if wait is None:
        wait = default_wait()
    with lease.hold(what, wait=wait, on_wait=on_wait or (_notice[0] if _notice else None)) as holder:
        yield holder
