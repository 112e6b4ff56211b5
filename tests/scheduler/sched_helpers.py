"""Small real runners and helpers for scheduler tests (no crawl, no pipeline)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from hub.scheduler.runs import JobContext
from hub.sources import Source
from hub.store.schema import CrawlRun


def make_source(sid: str, schedule: str = "0 3 * * *", *, enabled: bool = True) -> Source:
    """A source that is never crawled for real."""
    return Source(
        id=sid,
        family="generic",
        start_urls=(f"https://{sid}.example/list",),
        kind="private",
        schedule=schedule,
        priority=1,
        enabled=enabled,
        name=sid,
        extract="jsonld",
    )


def wait_until(condition: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
    """Poll until the condition is truthy (generous timeout; never asserts a duration)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class RecordingRunner:
    """Writes a CrawlRun row like a crawl does, optionally blocks on a gate, fails for chosen sources."""

    def __init__(self, fail: set[str] | None = None, gates: dict[str, threading.Event] | None = None) -> None:
        self.fail = fail or set()
        self.gates = gates or {}
        self.calls: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, ctx: JobContext) -> dict[str, Any]:
        with self.lock:
            self.calls.append(ctx.source.id)
        with ctx.store.session() as session:
            session.add(
                CrawlRun(
                    id=ctx.run_id,
                    source_id=ctx.source.id,
                    state="running",
                    trigger=ctx.trigger,
                    pid=os.getpid(),
                    stats={},
                )
            )
        gate = self.gates.get(ctx.source.id)
        if gate is not None and not gate.wait(60):
            raise TimeoutError("gate never opened")
        if ctx.source.id in self.fail:
            raise RuntimeError(f"site {ctx.source.id} is down")
        with ctx.store.session() as session:
            run = session.get(CrawlRun, ctx.run_id)
            run.state, run.records, run.finished_at = "succeeded", 3, datetime.now(UTC)
        return {"state": "succeeded", "records": 3}
