"""The pipeline tests run the whole job a second time on a copy of the shared replica run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="session")
def pipeline_runs(replica_run: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The shared first run and a second ``run --replicas --no-serve --json`` on a copy of its data."""
    from hub.store import open_store
    from hub.store.schema import EntityMember

    data_dir = tmp_path_factory.mktemp("pipeline") / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    store = open_store(f"sqlite:///{data_dir / 'facility-hub.db'}")
    with store.session() as s:
        members_1 = sorted(s.query(EntityMember.facility_id, EntityMember.entity_id).all())
    second = run_cli(data_dir, "run", "--replicas", "--no-serve", "--json")
    assert second.returncode == 0, second.stderr[-3000:]
    with store.session() as s:
        members_2 = sorted(s.query(EntityMember.facility_id, EntityMember.entity_id).all())
    store.dispose()
    return {"data_dir": Path(data_dir), "first": replica_run["result"], "second": json.loads(second.stdout),
            "members_1": members_1, "members_2": members_2}
