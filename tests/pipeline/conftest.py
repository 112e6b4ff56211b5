"""One real end-to-end run of the whole job on the replica sites, shared by the pipeline tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(data_dir: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """Run ``facility-hub`` in a subprocess against the given data directory."""
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir)}
    env.pop("FACILITY_HUB_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "hub.cli.main", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


@pytest.fixture(scope="session")
def pipeline_runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two consecutive ``run --replicas --no-serve --json`` on one data directory, with their outputs."""
    data_dir = tmp_path_factory.mktemp("pipeline") / "var"
    first = run_cli(data_dir, "run", "--replicas", "--no-serve", "--json")
    assert first.returncode == 0, first.stderr[-3000:]
    from hub.store import open_store
    from hub.store.schema import EntityMember

    store = open_store(f"sqlite:///{data_dir / 'facility-hub.db'}")
    with store.session() as s:
        members_1 = sorted(s.query(EntityMember.facility_id, EntityMember.entity_id).all())
    second = run_cli(data_dir, "run", "--replicas", "--no-serve", "--json")
    assert second.returncode == 0, second.stderr[-3000:]
    with store.session() as s:
        members_2 = sorted(s.query(EntityMember.facility_id, EntityMember.entity_id).all())
    store.dispose()
    return {"data_dir": data_dir, "first": json.loads(first.stdout), "second": json.loads(second.stdout),
            "members_1": members_1, "members_2": members_2}
