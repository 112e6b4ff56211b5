"""Stewards' decisions through the real dedupe stage on the replica data: applied, undone, never lost."""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from hub import review
from hub.pipeline.dedupe_stage import run_dedupe
from hub.settings import Settings
from hub.sources import load_sources
from hub.store import open_store
from hub.store.schema import DecisionRow, EntityMember, FacilityRow


@pytest.fixture
def env(replica_run: dict, tmp_path: Path):
    data_dir = tmp_path / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    store = open_store(f"sqlite:///{data_dir / 'facility-hub.db'}")
    sources = load_sources(Settings.from_env().config_dir)
    yield store, sources
    store.dispose()


def membership(store) -> dict[str, str]:
    with store.session() as s:
        return dict(s.execute(select(EntityMember.facility_id, EntityMember.entity_id)).all())


def groups(store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for fid, eid in membership(store).items():
        out[eid].append(fid)
    return out


def test_keep_apart_merge_undo_cycle(env) -> None:
    store, sources = env
    before = membership(store)
    merged = next(sorted(m) for m in groups(store).values() if len(m) == 2)
    a, b = merged
    kept = review.record_decision(store, "keep_apart", a, b, actor="kim", note="different rooms")
    run_dedupe(store, sources)
    after = membership(store)
    assert after[a] != after[b]
    assert before[a] in (after[a], after[b])  # the old id stays with one part
    singles = sorted(fid for fid, eid in after.items() if list(after.values()).count(eid) == 1)
    x, y = next((p, q) for p, q in zip(singles, singles[1:], strict=False) if p.split(":")[0] != q.split(":")[0])
    review.record_decision(store, "merge", x, y, actor="lee")
    run_dedupe(store, sources)
    joined = membership(store)
    assert joined[x] == joined[y]
    assert joined[a] != joined[b]
    review.undo_decision(store, kept["id"], actor="kim")
    run_dedupe(store, sources)
    restored = membership(store)
    assert restored[a] == restored[b] == before[a]
    assert restored[x] == restored[y]


def test_entity_ids_stable_across_reruns(env) -> None:
    store, sources = env
    before = membership(store)
    run_dedupe(store, sources)
    assert membership(store) == before


def test_failed_dedupe_loses_nothing(env) -> None:
    store, sources = env
    before = membership(store)
    a, b = sorted(before)[:2]
    review.record_decision(store, "keep_apart", a, b, actor="park")
    with store.session() as s:  # corrupt one facility so that the run fails half-way
        row = s.scalars(select(FacilityRow).limit(1)).one()
        row.data = {**row.data, "address": {"not": "an address"}}
    with pytest.raises(Exception):  # noqa: B017 - any failure will do; what matters is what it leaves
        run_dedupe(store, sources)
    assert membership(store) == before
    with store.session() as s:
        assert [(d.kind, d.facility_a, d.facility_b) for d in s.scalars(select(DecisionRow))] == [
            ("keep_apart", a, b)]
