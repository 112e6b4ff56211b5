"""Two scheduler processes on one PostgreSQL database run each due job exactly once."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sched_helpers import wait_until
from sqlalchemy import select

from hub import ops
from hub.scheduler.service import SchedulerOptions, SchedulerService, job_id
from hub.settings import Settings
from hub.store import open_store
from hub.store.schema import CrawlRun

HERE = Path(__file__).resolve().parent


@pytest.mark.postgres
def test_two_schedulers_run_each_due_job_once(pg_url: str, tmp_path: Path) -> None:
    sys.path.insert(0, str(HERE))
    from sched_proc import SOURCES

    store = open_store(pg_url)
    settings = Settings(data_dir=tmp_path, db_url=pg_url)
    setup = SchedulerService(settings, store, sources=SOURCES, options=SchedulerOptions()).start(paused=True)
    due = datetime.now(UTC) - timedelta(minutes=1)
    for s in SOURCES:
        setup.scheduler.modify_job(job_id(s.id), next_run_time=due)
    setup.shutdown()
    procs = [
        subprocess.Popen([sys.executable, str(HERE / "sched_proc.py"), pg_url, str(tmp_path)], stdout=subprocess.PIPE)
        for _ in range(2)
    ]
    try:
        def all_done() -> bool:
            with store.session() as session:
                states = list(session.scalars(select(CrawlRun.state)))
            nexts = ops.next_runs(store)
            return (
                len(states) >= 3
                and all(s == "succeeded" for s in states)
                and all(nexts.get(s.id) and nexts[s.id] > datetime.now(UTC) for s in SOURCES)
            )

        wait_until(all_done, timeout=90, what="every due job to run and be rescheduled")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=60)
    with store.session() as session:
        runs = list(session.execute(select(CrawlRun.source_id, CrawlRun.pid)))
    assert sorted(r.source_id for r in runs) == ["s1", "s2", "s3"]
    store.dispose()
