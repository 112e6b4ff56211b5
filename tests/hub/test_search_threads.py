"""How many searches a serving process runs at once (``FACILITY_HUB_SEARCH_THREADS``)."""

from __future__ import annotations

import os
import threading
import time

import anyio

from hub.api.deps import ApiState
from hub.settings import Settings


def _run(main):
    """``anyio.run(main)`` in a thread of its own: another test of the suite may leave an event loop running in
    this one (a browser driver's)."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(anyio.run(main)))
    worker.start()
    worker.join()
    assert out, "the event loop raised"
    return out[0]


def test_the_setting_is_read_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("FACILITY_HUB_SEARCH_THREADS", "3")
    assert Settings.from_env().search_threads == 3
    monkeypatch.delenv("FACILITY_HUB_SEARCH_THREADS")
    assert Settings.from_env().search_threads == 0


def test_no_more_searches_run_at_once_than_the_limit() -> None:
    state = ApiState(settings=Settings(search_threads=2), store=None)
    running, most = [0], [0]
    lock = threading.Lock()

    def search() -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1

    async def main() -> None:
        assert state.search_limiter.total_tokens == 2
        async with anyio.create_task_group() as tg:
            for _ in range(12):
                tg.start_soon(lambda: anyio.to_thread.run_sync(search, limiter=state.search_limiter))

    _run(main)
    assert most[0] == 2


def test_the_default_is_twice_the_cores() -> None:
    async def main() -> int:
        return ApiState(settings=Settings(), store=None).search_limiter.total_tokens

    assert _run(main) == 2 * (os.cpu_count() or 1)


def test_elasticsearch_searches_wait_on_the_cluster_so_more_run_at_once() -> None:
    async def main() -> int:
        return ApiState(settings=Settings(index_backend="elasticsearch"), store=None).search_limiter.total_tokens

    assert _run(main) == 40
