"""A steward's decision made while dedupe runs is in the entities it publishes (defect 4); a serving node whose
index predates the store's entities rebuilds, and says so until then in /healthz and /metrics (defect 5)."""

from __future__ import annotations

import json
import socket
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from hub.settings import Settings
from tests.faults.conftest import start_cli, wait_until

pytestmark = pytest.mark.faults


def _seed(store, replica_run: dict) -> None:
    """The replica run's facilities (and nothing else) in this store."""
    from hub.store import open_store
    from hub.store.schema import FacilityRow

    source = open_store(f"sqlite:///{Path(replica_run['data_dir']) / 'facility-hub.db'}")
    with source.session() as s:
        rows = [{c: getattr(r, c) for c in ("id", "source_id", "key", "raw_hash", "normalizer_version", "data",
                                           "active", "problems")} for r in s.scalars(select(FacilityRow))]
    source.dispose()
    with store.session() as s:
        s.add_all(FacilityRow(**r) for r in rows)


def _entity_of(store, facility_id: str) -> str:
    from hub.store.schema import EntityMember

    with store.session() as s:
        return s.get(EntityMember, facility_id).entity_id


def _two_apart(store) -> tuple[str, str]:
    """Two facilities of one source in different single-member entities."""
    from hub.store.schema import EntityRow, FacilityRow

    with store.session() as s:
        singles = {e.id for e in s.scalars(select(EntityRow).where(EntityRow.member_count == 1))}
        ids = sorted(f.id for f in s.scalars(select(FacilityRow).where(FacilityRow.source_id == "makeall")))
    chosen = [f for f in ids if _entity_of(store, f) in singles][:2]
    assert len(chosen) == 2
    return chosen[0], chosen[1]


def test_a_decision_made_while_dedupe_runs_is_in_the_published_entities(store, replica_run: dict) -> None:
    from hub import review
    from hub.pipeline.dedupe_stage import run_dedupe
    from hub.sources import load_sources
    from hub.store.schema import EntityMember

    sources = load_sources(Settings.from_env().config_dir)
    _seed(store, replica_run)
    run_dedupe(store, sources)
    a, b = _two_apart(store)
    assert _entity_of(store, a) != _entity_of(store, b)

    def steward_decides(round_no: int) -> None:  # dedupe has read the decisions and clustered: now a steward
        if round_no == 1:
            review.record_decision(store, "merge", a, b, actor="steward during dedupe", note="같은 시설")

    stats = run_dedupe(store, sources, before_publish=steward_decides)
    assert stats["decision_rounds"] == 2
    assert _entity_of(store, a) == _entity_of(store, b)
    with store.session() as s:
        members = set(s.scalars(select(EntityMember.facility_id).where(EntityMember.entity_id == _entity_of(store, a))))
    assert {a, b} <= members


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy


def _get(url: str) -> tuple[int, bytes]:
    try:
        with _OPENER.open(url, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def test_a_node_behind_the_store_says_so_and_rebuilds(pg_url: str, replica_run: dict, tmp_path: Path) -> None:
    from hub import review
    from hub.pipeline.dedupe_stage import run_dedupe
    from hub.pipeline.index_stage import open_backend, run_index
    from hub.sources import load_sources
    from hub.store import open_store

    store = open_store(pg_url)
    node_a = Settings.from_env().with_overrides(data_dir=tmp_path / "node-a", db_url=pg_url)
    node_b = Settings.from_env().with_overrides(data_dir=tmp_path / "node-b", db_url=pg_url)
    sources = load_sources(node_a.config_dir)
    _seed(store, replica_run)
    run_dedupe(store, sources)
    assert not run_index(store, node_a)["skipped"]
    assert not run_index(store, node_b)["skipped"]  # B's own index: A's build is no reason to skip
    before_b = open_backend(node_b).active_version()

    a, b = _two_apart(store)
    review.record_decision(store, "merge", a, b, actor="steward", note="같은 시설")
    run_dedupe(store, sources)
    merged = _entity_of(store, a)
    assert not run_index(store, node_a)["skipped"]  # node A follows at once; B is now behind
    store.dispose()

    port = _free_port()
    env = {"FACILITY_HUB_FOLLOW_SECONDS": "0"}
    proc = start_cli(node_b.data_dir, "serve", "--no-scheduler", "--port", str(port), db_url=pg_url, **env)
    try:
        wait_until(lambda: _get(f"http://127.0.0.1:{port}/healthz")[0] in (200, 503), timeout=120, what="serve")
        status, body = _get(f"http://127.0.0.1:{port}/healthz")
        health = json.loads(body)
        assert health["index_behind"] is True and health["status"] == "behind", health
        assert health["index_version"] == before_b
        metrics = _get(f"http://127.0.0.1:{port}/metrics")[1].decode()
        assert "facility_hub_index_behind 1" in metrics
    finally:
        proc.terminate()
        proc.communicate(timeout=60)

    port = _free_port()
    proc = start_cli(node_b.data_dir, "serve", "--no-scheduler", "--port", str(port), db_url=pg_url,
                     FACILITY_HUB_FOLLOW_SECONDS="0.5")
    try:
        def caught_up() -> dict | None:
            code, body = _get(f"http://127.0.0.1:{port}/healthz")
            data = json.loads(body) if code in (200, 503) else {}
            return data if data.get("index_behind") is False else None

        health = wait_until(caught_up, timeout=300, what="node B to rebuild")
        assert health["status"] == "ok" and health["index_version"] != before_b
        assert health["index_entities_revision"] == health["entities_revision"]
        assert "facility_hub_index_behind 0" in _get(f"http://127.0.0.1:{port}/metrics")[1].decode()
        code, body = _get(f"http://127.0.0.1:{port}/api/entities/{merged}")
        assert code == 200
        detail = json.loads(body)
        assert {a, b} <= {m["facility_id"] for m in detail["members"]}
        assert detail["index_version"] == health["index_version"]
    finally:
        proc.terminate()
        proc.communicate(timeout=60)
    time.sleep(0)  # nothing timed: every wait above is on a condition
