"""The HTTP API over the replica run: search, filters, geo, hostile input, entity detail, review decisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hub.settings import Settings


@pytest.fixture(scope="module")
def client(replica_run: dict, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    import shutil

    data_dir = tmp_path_factory.mktemp("api") / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    from hub.app import create_app

    settings = Settings.from_env().with_overrides(data_dir=Path(data_dir), steward_token="s3cret",
                                                  operator_token="op3r")
    with TestClient(create_app(settings)) as c:
        yield c


def test_search_returns_hits_with_version(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "3D프린터"}).json()
    assert body["total"] > 10
    assert body["index_version"]
    assert all(h["id"].startswith("ent-") and h["name"] for h in body["hits"])
    assert {"kind", "sido", "sigungu", "equipment"} <= set(body["facets"])


def test_filters_restrict_results(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "메이커", "sido": "서울특별시", "size": 100}).json()
    assert body["total"] > 0
    assert all(h["sido"] == "서울특별시" for h in body["hits"])
    facet_total = sum(body["facets"]["sido"].values())
    assert body["facets"]["sido"].get("서울특별시") == body["total"] or facet_total >= body["total"]


def test_near_and_radius_sort_by_distance(client: TestClient) -> None:
    body = client.get("/api/search", params={"near": "37.5665,126.9780", "radius_km": 15, "sort": "distance",
                                             "size": 50}).json()
    distances = [h["distance_km"] for h in body["hits"]]
    assert distances, body
    assert distances == sorted(distances)
    assert all(d <= 15 for d in distances)


@pytest.mark.parametrize("params, fragment", [
    ({"q": "x" * 10_000}, "q"),
    ({"q": "가" * 300}, "at most 200 characters"),
    ({"near": "37.5,abc"}, "near"),
    ({"near": "99,126"}, "near"),
    ({"page": -1}, "page"),
    ({"page": 101}, "page"),
    ({"size": 1000}, "size"),
    ({"radius_km": -3, "near": "37.5,127"}, "radius_km"),
])
def test_hostile_input_gets_a_clear_422(client: TestClient, params: dict, fragment: str) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    assert fragment in response.json()["detail"]


@pytest.mark.parametrize("params, note", [
    ({"sort": "distance"}, "sort=distance needs near=lat,lon: sorted by relevance"),
    ({"q": "메이커", "radius_km": 5}, "radius_km needs near=lat,lon: no radius applied"),
    ({"q": " ".join(["메이커"] * 14)}, "q has 14 words: the first 12 were searched"),
])
def test_what_a_search_cannot_do_is_said_in_notes(client: TestClient, params: dict, note: str) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    assert note in response.json()["notes"]
    assert "notes" not in client.get("/api/search", params={"q": "메이커"}).json()


@pytest.mark.parametrize("q", ['title:(a OR b)^3 AND *', '"unbalanced', "메이커 AND OR NOT", "\\", "*:*",
                               "name:과천", "a" * 199, "<script>alert(1)</script>", "'; DROP TABLE entities; --"])
def test_query_syntax_is_taken_literally(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    assert "hits" in response.json()


def test_query_syntax_does_not_widen_results(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "*"}).json()["total"]
    assert client.get("/api/search", params={"q": "*:*"}).json()["total"] <= everything


def test_suggest(client: TestClient) -> None:
    body = client.get("/api/suggest", params={"q": "과천"}).json()
    assert body["suggestions"] and any("과천" in s["name"] for s in body["suggestions"])
    assert client.get("/api/suggest", params={"q": ""}).status_code == 422


def test_entity_detail_has_members_and_provenance(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "창조경제혁신센터", "size": 50}).json()["hits"]
    multi = next(h for h in hits if h["member_count"] > 1)
    detail = client.get(f"/api/entities/{multi['id']}").json()
    assert len(detail["members"]) == multi["member_count"]
    assert all(m["url"].startswith("http") and m["fetched_at"] for m in detail["members"])
    for name in ("name", "address"):
        field = detail["fields"][name]
        assert field["source_id"] and field["facility_id"] in {m["facility_id"] for m in detail["members"]}
    assert detail["index_version"]
    assert client.get("/api/entities/ent-nope").status_code == 404


def test_openapi_and_health(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/search" in spec["paths"] and "/api/review/decisions" in spec["paths"]
    assert client.get("/healthz").json()["status"] == "ok"


def test_review_decisions_need_a_steward_token(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "무한상상실", "size": 20}).json()["hits"]
    a = client.get(f"/api/entities/{hits[0]['id']}").json()["members"][0]["facility_id"]
    b = client.get(f"/api/entities/{hits[1]['id']}").json()["members"][0]["facility_id"]
    body = {"kind": "keep_apart", "a": a, "b": b, "note": "다른 시설"}
    assert client.post("/api/review/decisions", json=body).status_code == 401
    assert client.post("/api/review/decisions", json=body,
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    created = client.post("/api/review/decisions", json=body, headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201
    decision = created.json()
    assert (decision["kind"], decision["a"], decision["b"]) == ("keep_apart", a, b)
    assert client.get("/api/review/decisions").status_code == 401  # stewards' names and notes need the token
    log = client.get("/api/review/decisions", headers={"Authorization": "Bearer s3cret"}).json()["decisions"]
    assert log[0]["id"] == decision["id"]
    unknown = client.post("/api/review/decisions", json={**body, "a": "nope:1"},
                          headers={"Authorization": "Bearer s3cret"})
    assert unknown.status_code == 404
    undo = client.post("/api/review/decisions", json={"kind": "undo", "decision_id": decision["id"]},
                       headers={"Authorization": "Bearer s3cret"})
    assert undo.status_code == 201 and undo.json()["undoes"] == decision["id"]
    assert client.get("/api/review").status_code == 401
    assert client.get("/api/review", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_search_says_what_it_understood(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "강원도 무한상상실", "size": 50}).json()
    understood = body["understood"]
    assert understood["sido"] == "강원특별자치도"
    assert set(understood["kind"]) == {"muhan_small", "muhan_hub"}
    assert understood["words"][0] == {"text": "강원도", "as": "region", "value": ["강원특별자치도"],
                                      "note": "강원도 → 강원특별자치도 (2023-06-11)"}
    assert body["total"] > 0 and all(h["sido"] == "강원특별자치도" for h in body["hits"])
    literal = client.get("/api/search", params={"q": "강원도 무한상상실", "understand": "false"}).json()
    assert literal["understood"] is None
    assert client.get("/api/search", params={"q": "3D프린터"}).json()["understood"]["equipment"][0] == "3D printer"


def test_understood_answers_match_the_openapi_schema(client: TestClient) -> None:
    from hub.api.search_schema import SearchResponse, SuggestResponse

    schema = client.get("/openapi.json").json()
    models = schema["components"]["schemas"]
    assert {"UnderstoodModel", "SearchResponse", "SuggestResponse"} <= set(models)
    answer = schema["paths"]["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/SearchResponse"}
    assert "understand" in {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    for q in ("부산 주말 레이저 커터", "인천 남구", "과천", "지금 영업 중"):
        SearchResponse.model_validate(client.get("/api/search", params={"q": q}).json())
    SuggestResponse.model_validate(client.get("/api/suggest", params={"q": "ㄱㄹ"}).json())


def test_suggest_reads_korean_typing_and_suggests_regions(client: TestClient) -> None:
    for typed in ("ㄱㄹㅈㅈㅅ", "강릉젲", "rkdfmdwpwkrth"):
        names = [s["name"] for s in client.get("/api/suggest", params={"q": typed}).json()["suggestions"]]
        assert "강릉제작소" in names[:5], (typed, names)
    body = client.get("/api/suggest", params={"q": "강릉"}).json()
    assert {"name": "강원특별자치도 강릉시", "value": "강원특별자치도 강릉시"} in body["regions"]
    assert client.get("/api/suggest", params={"q": "레이저"}).json()["equipment"][0]["value"] == "laser cutter"


def test_open_now_answers_are_never_cached(client: TestClient) -> None:
    st = client.app.state.hub
    before = len(st.search_cache)
    client.get("/api/search", params={"q": "지금 영업 중"})
    client.get("/api/search", params={"q": "지금 영업 중"})
    assert len(st.search_cache) == before
