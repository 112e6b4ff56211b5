"""The operator API over real HTTP, and the operations it calls."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from hub import ops
from hub.errors import NotFoundError
from hub.store.schema import CrawlRun, RawRecord

AUTH = {"Authorization": "Bearer op-secret"}


def _raw(store, keys: list[str], run_id: str) -> None:
    now = datetime.now(UTC)
    with store.session() as session:
        for k in keys:
            session.add(RawRecord(source_id="alpha", key=k, url=f"https://alpha.example/{k}", content_hash=k,
                                  fields={"name": k}, fetched_at=now, first_run_id="r0", last_run_id=run_id,
                                  changed_run_id="r0"))


def _run(store, run_id: str, state: str, records: int, minutes_ago: int) -> None:
    started = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    with store.session() as session:
        session.add(CrawlRun(id=run_id, source_id="alpha", state=state, records=records, started_at=started,
                             finished_at=started + timedelta(seconds=30), trigger="schedule", stats={}))


def test_accept_suspect_run_applies_disappearances(ops_store) -> None:
    _run(ops_store, "r1", "succeeded", 4, 30)
    _run(ops_store, "r2", "suspect", 2, 10)
    _raw(ops_store, ["k1", "k2"], "r2")
    _raw(ops_store, ["k3", "k4"], "r1")
    with pytest.raises(ops.RunStateError, match="not suspect"):
        ops.accept_run(ops_store, "r1", "op")
    with pytest.raises(NotFoundError, match="unknown run"):
        ops.accept_run(ops_store, "nope", "op")
    result = ops.accept_run(ops_store, "r2", "op")
    assert result["state"] == "accepted" and result["gone"] == 2
    with ops_store.session() as session:
        gone = {r.key: r.gone_run_id for r in session.scalars(select(RawRecord))}
    assert gone == {"k1": None, "k2": None, "k3": "r2", "k4": "r2"}


def test_api_reads_and_actions(api, ops_settings, ops_store) -> None:
    base, app = api
    _run(ops_store, "r1", "succeeded", 4, 30)
    _run(ops_store, "r2", "suspect", 2, 10)
    _raw(ops_store, ["k1"], "r2")
    with httpx.Client(base_url=base, timeout=30) as client:
        sources = {s["id"]: s for s in client.get("/api/sources").json()["sources"]}
        assert sources["alpha"]["suspect"] and sources["alpha"]["last_records"] == 4
        assert sources["alpha"]["trend"] == [4, 2] and sources["alpha"]["trend_direction"] == "down"
        assert [r["id"] for r in client.get("/api/runs", params={"source": "alpha"}).json()["runs"]] == ["r2", "r1"]
        assert client.get("/api/runs/r2").json()["state"] == "suspect"
        assert client.get("/api/runs/zzz").status_code == 404
        assert client.post("/api/sources/alpha/pause").status_code == 401
        assert client.post("/api/sources/alpha/pause", headers=AUTH).json()["paused"] is True
        assert client.get("/api/sources").json()["sources"][0]["paused"] is True
        assert client.post("/api/sources/alpha/resume", headers=AUTH).json()["paused"] is False
        assert client.post("/api/sources/nope/pause", headers=AUTH).status_code == 404
        assert client.post("/api/runs/r1/accept", headers=AUTH).status_code == 409
        assert client.post("/api/runs/r2/accept", headers=AUTH).json()["state"] == "accepted"

        gate, seen = threading.Event(), []

        def runner(ctx):
            seen.append(ctx.run_id)
            gate.wait(30)
            return {"state": "succeeded"}

        app.state.ops_runner = runner
        started = client.post("/api/sources/beta/run", headers=AUTH)
        assert started.status_code == 202 and started.json()["state"] == "started"
        again = client.post("/api/sources/beta/run", headers=AUTH)
        assert again.status_code == 409 and again.json()["run_id"] == started.json()["run_id"]
        gate.set()

        text = client.get("/metrics").text
        assert 'facility_hub_crawl_runs{source="alpha",state="accepted"} 1' in text
        assert 'facility_hub_source_records{source="alpha"} 1' in text
        assert "facility_hub_source_last_success_timestamp_seconds{" in text
        assert 'facility_hub_search_latency_seconds_bucket{le="+Inf"}' in text
