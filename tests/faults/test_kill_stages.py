"""Recovery on every start (issue 16, defect 3): ``kill -9`` during each stage leaves no ``running`` row after
the next command, the served index unchanged, and no leftovers of an interrupted index build."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.faults.conftest import run, running_rows, start_cli, wait_until

pytestmark = pytest.mark.faults

CASES = {
    "crawl": ("crawl", ["crawl", "makeall", "--replicas"]),
    "normalize": ("normalize", ["normalize"]),
    "dedupe": ("dedupe", ["dedupe"]),
    "index": ("index", ["index", "--force"]),
    "index-build": ("index-build", ["index", "--force"]),
    "run (dedupe)": ("dedupe", ["run", "--replicas", "--no-serve"]),
}


def _active(data_dir: Path) -> str:
    return (data_dir / "index" / "ACTIVE").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("case", list(CASES))
def test_kill_9_during_a_stage_then_the_next_command_recovers(case: str, replica_copy: Path, tmp_path: Path) -> None:
    point, args = CASES[case]
    data_dir = replica_copy
    url = f"sqlite:///{data_dir / 'facility-hub.db'}"
    served = _active(data_dir)
    mark = tmp_path / "at-fault-point"
    proc = start_cli(data_dir, *args, FACILITY_HUB_FAULT_PAUSE=point, FACILITY_HUB_FAULT_MARK=str(mark))
    try:
        wait_until(mark.exists, timeout=300, what=f"the process to reach {point}")
        assert int(mark.read_text()) == proc.pid
        left = running_rows(url)
        assert left, "the stage wrote its running row before the fault point"
        if point == "index-build":
            assert list((data_dir / "index" / "building").iterdir()), "a build was under way"
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # our own child, by its id
        proc.wait(timeout=60)

    nxt = run(data_dir, "status", "--json")
    assert nxt.returncode == 0, nxt.stderr[-2000:]
    assert "interrupted" in nxt.stderr
    assert running_rows(url) == []
    assert _active(data_dir) == served
    assert not list((data_dir / "index" / "building").iterdir())

    from hub.store import open_store
    from hub.store.schema import CrawlRun, StageRun

    store = open_store(url)
    with store.session() as s:
        states = {("crawl", r.id): r.state for r in s.scalars(select(CrawlRun))}
        states.update({("stage", str(r.id)): r.state for r in s.scalars(select(StageRun))})
    store.dispose()
    assert all(states[row] == "interrupted" for row in left)

    again = run(data_dir, "index", "--json", FACILITY_HUB_LEASE_WAIT="0")  # the dead holder's lease is free
    assert again.returncode == 0, again.stderr[-2000:]
    assert json.loads(again.stdout)["index_version"]
