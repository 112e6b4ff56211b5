"""The whole job end to end on the replicas: counts, idempotency, and search over the result."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from hub.settings import Settings
from sites.manifest import load_manifest, load_private_manifest


def test_run_reports_every_source_with_records(pipeline_runs: dict) -> None:
    result = pipeline_runs["first"]
    manifest = {**load_manifest(1), **load_private_manifest(1)}
    assert set(result) >= {"sources", "facilities", "entities", "review_pairs", "indexed", "index_version",
                           "seconds"}
    for source_id, counts in result["sources"].items():
        assert counts["state"] == "succeeded", (source_id, counts)
        assert counts["pages"] > 0 and counts["records"] > 0
    expected = sum(len(manifest[s]) for s in result["sources"] if s in manifest)
    assert result["facilities"] == expected
    assert 0 < result["entities"] < result["facilities"]
    assert result["indexed"] == result["entities"]
    assert result["index_version"]


def test_second_run_is_idempotent(pipeline_runs: dict) -> None:
    first, second = pipeline_runs["first"], pipeline_runs["second"]
    for key in ("facilities", "entities", "review_pairs", "indexed"):
        assert first[key] == second[key], key
    assert second["index_version"] == first["index_version"]
    assert pipeline_runs["members_1"] == pipeline_runs["members_2"]
    for counts in second["sources"].values():
        assert counts["new"] == 0 and counts["changed"] == 0 and counts["gone"] == 0


def test_no_duplicate_rows(pipeline_runs: dict) -> None:
    from hub.store import open_store
    from hub.store.schema import FacilityRow, RawRecord, RawRecordVersion

    store = open_store(f"sqlite:///{Path(pipeline_runs['data_dir']) / 'facility-hub.db'}")
    with store.session() as s:
        raw = s.scalar(select(func.count()).select_from(RawRecord))
        versions = s.scalar(select(func.count()).select_from(RawRecordVersion))
        facilities = s.scalar(select(func.count()).select_from(FacilityRow))
    store.dispose()
    assert raw == versions == facilities == pipeline_runs["first"]["facilities"]


def test_search_api_over_the_run(pipeline_runs: dict) -> None:
    from hub.app import create_app

    settings = Settings.from_env().with_overrides(data_dir=Path(pipeline_runs["data_dir"]))
    with TestClient(create_app(settings)) as client:
        response = client.get("/api/search", params={"q": "3D프린터"})
        assert response.status_code == 200
        body = response.json()
        assert body["total"] > 0 and body["index_version"] == pipeline_runs["first"]["index_version"]
        hit = body["hits"][0]
        assert hit["id"] and hit["name"] and hit["address"]
        detail = client.get(f"/api/entities/{hit['id']}").json()
        assert detail["members"] and all(m["url"] for m in detail["members"])
        assert detail["fields"]["name"]["source_id"]
        assert client.get("/healthz").json()["status"] == "ok"
