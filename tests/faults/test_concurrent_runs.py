"""One run at a time per store (issue 16, defect 2): two ``facility-hub run`` on one data directory, or on one
PostgreSQL database, both finish — the second waits, says so, and then finds nothing to change — with the same
entities as a single run; processes that start together on a fresh database take turns at the migrations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.conftest import membership, run, start_cli

pytestmark = pytest.mark.faults


def _two_runs(data_dir: Path, db_url: str | None) -> list[tuple[int, dict, str]]:
    procs = [start_cli(data_dir, "run", "--replicas", "--no-serve", "--json", db_url=db_url) for _ in range(2)]
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=900)
        out.append((proc.returncode, json.loads(stdout) if proc.returncode == 0 else {}, stderr))
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_runs_at_once_both_finish_like_one(backend: str, replica_run: dict, tmp_path: Path,
                                               request: pytest.FixtureRequest) -> None:
    data_dir = tmp_path / "var"
    db_url = request.getfixturevalue("fresh_pg_db") if backend == "postgresql" else None
    results = _two_runs(data_dir, db_url)
    for code, _, stderr in results:
        assert code == 0, stderr[-3000:]
        assert "UNIQUE constraint" not in stderr and "autoflush" not in stderr and "duplicate key" not in stderr
    waited = [r for r in results if "holds the store since" in r[2]]
    assert len(waited) == 1, [r[2][-500:] for r in results]
    assert "waiting" in waited[0][2] and "pid " in waited[0][2]
    first, second = (results[1], results[0]) if waited[0] is results[0] else (results[0], results[1])
    single = replica_run["result"]
    for key in ("facilities", "entities", "review_pairs", "indexed"):
        assert first[1][key] == second[1][key] == single[key], key
    for source, counts in second[1]["sources"].items():
        assert counts["state"] == "succeeded", (source, counts)
        assert (counts["new"], counts["changed"], counts["gone"]) == (0, 0, 0), (source, counts)
    assert second[1]["index_version"] == first[1]["index_version"]
    url = db_url or f"sqlite:///{data_dir / 'facility-hub.db'}"
    assert membership(url) == membership(f"sqlite:///{Path(replica_run['data_dir']) / 'facility-hub.db'}")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_processes_starting_together_on_a_fresh_database_take_turns_at_migrating(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    db_url = request.getfixturevalue("fresh_pg_db") if backend == "postgresql" else None
    data_dir = tmp_path / "var"
    procs = [start_cli(data_dir, "status", "--json", db_url=db_url) for _ in range(6)]
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr[-2000:]
        assert "pg_type_typname_nsp_index" not in stderr and "already exists" not in stderr
        json.loads(stdout)
    again = run(data_dir, "status", "--json", db_url=db_url)
    assert again.returncode == 0, again.stderr


def test_a_writer_that_will_not_wait_gives_up_with_the_holder_named(replica_copy: Path) -> None:
    from hub.store import open_store
    from hub.writer_lease import writing

    store = open_store(f"sqlite:///{replica_copy / 'facility-hub.db'}")
    try:
        with writing(store, "a steward's test"):
            proc = run(replica_copy, "normalize", FACILITY_HUB_LEASE_WAIT="0")
    finally:
        store.dispose()
    assert proc.returncode == 1
    line = proc.stderr.strip().splitlines()[-1]
    assert "holds the store since" in line and "gave up" in line and "a steward's test" in line
