"""Reports and the life cycle through the HTTP API and the pages (real store, real index): bad input → 422, too
many → 429, the same report stored once, CSRF required, a steward's decision closes a report."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
import webdata

from hub.store.schema import LifecycleDecision, ReportRow


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> webdata.Dataset:
    """A data set of its own (these tests add reports and decisions)."""
    return webdata.build_dataset(tmp_path_factory.mktemp("reports"))


def _client(settings) -> Iterator:
    from fastapi.testclient import TestClient

    from hub.app import create_app
    from hub.store import open_store

    store = open_store(settings.database_url)
    with TestClient(create_app(settings, store), base_url="http://testserver") as client:
        client.store = store  # type: ignore[attr-defined]
        yield client
    store.dispose()


@pytest.fixture
def visitor(fresh) -> Iterator:
    """An anonymous visitor with a session (opened the search page once)."""
    yield from _client(fresh.settings)


def _session(client) -> str:
    return webdata.csrf_of(client.get("/facilities/" + _entity(client)).text)


def _entity(client, name: str = "성수") -> str:
    html = client.get(f"/?q={name}").text
    return re.search(r'href="/facilities/([^"#?]+)"', html).group(1)


def _post(client, csrf: str | None, **body):
    headers = {"X-CSRF-Token": csrf} if csrf else {}
    return client.post("/api/reports", json=body, headers=headers)


def _reports(client) -> list[ReportRow]:
    with client.store.session() as s:
        return list(s.query(ReportRow).order_by(ReportRow.id))


def test_a_report_needs_the_session_and_its_csrf_token(visitor) -> None:
    eid = _entity(visitor)
    from fastapi.testclient import TestClient

    bare = TestClient(visitor.app)
    assert bare.post("/api/reports", json={"entity_id": eid, "kind": "closed"}).status_code == 403
    csrf = _session(visitor)
    assert _post(visitor, "wrong-token", entity_id=eid, kind="closed").status_code == 403
    assert _post(visitor, None, entity_id=eid, kind="closed").status_code == 403
    assert _post(visitor, csrf, entity_id=eid, kind="closed", note="문이 닫혀 있음").status_code == 201


@pytest.mark.parametrize("body", [
    {"kind": "gone"},
    {"kind": "duplicate"},
    {"kind": "duplicate", "other_entity_id": "no-such-entity"},
    {"kind": "wrong_field", "field": "colour", "value": "파랑"},
    {"kind": "wrong_field", "field": "phones"},
    {"kind": "note"},
    {"kind": "note", "note": "x" * 2001},
    {"kind": "closed", "entity_id": "no-such-entity"},
])
def test_bad_input_is_422_and_stores_nothing(visitor, body: dict) -> None:
    eid = _entity(visitor)
    csrf = _session(visitor)
    before = len(_reports(visitor))
    resp = _post(visitor, csrf, **{"entity_id": eid, **body})
    assert resp.status_code == 422, resp.text
    assert resp.json()["detail"]
    assert len(_reports(visitor)) == before


def test_the_same_report_is_stored_once(visitor) -> None:
    eid = _entity(visitor, "제주")
    csrf = _session(visitor)
    body = {"entity_id": eid, "kind": "wrong_field", "field": "phones", "value": "064-720-3001"}
    first = _post(visitor, csrf, **body)
    again = _post(visitor, csrf, **{**body, "value": " 064-720-3001 "})
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["report"]["id"] == again.json()["report"]["id"] and again.json()["created"] is False
    assert sum(1 for r in _reports(visitor) if r.entity_id == eid and r.kind == "wrong_field") == 1


def test_too_many_reports_from_one_client_is_429(fresh) -> None:
    limited = dataclasses.replace(fresh.settings, reports_per_hour=3)
    for client in _client(limited):
        eid = _entity(client, "대전")
        csrf = _session(client)
        with client.store.session() as s:  # earlier reports of this client count too
            s.query(ReportRow).delete()
        codes = [_post(client, csrf, entity_id=eid, kind="note", note=f"메모 {i}").status_code for i in range(4)]
        assert codes == [201, 201, 201, 429]
        blocked = _post(client, csrf, entity_id=eid, kind="note", note="메모 9")
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
        assert len(_reports(client)) == 3


def test_a_steward_decision_closes_the_report_and_records_what_it_implies(visitor) -> None:
    eid = _entity(visitor, "울산")
    csrf = _session(visitor)
    report = _post(visitor, csrf, entity_id=eid, kind="closed", note="2026년 폐관").json()["report"]
    auth = {"Authorization": f"Bearer {webdata.STEWARD_TOKEN}", "X-Actor": "park"}
    assert visitor.get("/api/reports").status_code == 401
    queue = visitor.get("/api/reports", headers=auth).json()["reports"]
    assert report["id"] in [r["id"] for r in queue]
    assert all("client" in r for r in queue)
    bad = visitor.post(f"/api/reports/{report['id']}/decision", json={"decision": "merge"}, headers=auth)
    assert bad.status_code == 422
    done = visitor.post(f"/api/reports/{report['id']}/decision", json={"decision": "confirm_closed"}, headers=auth)
    assert done.status_code == 200 and done.json()["status"] == "closed"
    assert done.json()["implied_decision"]["kind"] == "closed"
    again = visitor.post(f"/api/reports/{report['id']}/decision", json={"decision": "reject"}, headers=auth)
    assert again.status_code == 409
    assert report["id"] not in [r["id"] for r in visitor.get("/api/reports", headers=auth).json()["reports"]]
    life = visitor.get(f"/api/entities/{eid}/lifecycle").json()
    assert life["state"] == "closed" and life["evidence"][0]["actor"] == "park"
    with visitor.store.session() as s:
        assert s.query(LifecycleDecision).filter_by(report_id=report["id"]).count() == 1


def test_a_duplicate_report_merged_by_a_steward_becomes_a_merge_decision(visitor) -> None:
    a, b = _entity(visitor, "강남 창업 공작소"), _entity(visitor, "강남 창업공작소 2센터")
    csrf = _session(visitor)
    if a == b:
        pytest.skip("the two facilities are one entity already")
    report = _post(visitor, csrf, entity_id=a, kind="duplicate", other_entity_id=b).json()["report"]
    auth = {"Authorization": f"Bearer {webdata.STEWARD_TOKEN}"}
    done = visitor.post(f"/api/reports/{report['id']}/decision", json={"decision": "keep_apart"}, headers=auth).json()
    assert done["implied_decision"]["kind"] == "keep_apart"
    decisions = visitor.get("/api/review/decisions", headers=auth).json()["decisions"]
    assert decisions[0]["id"] == done["implied_decision"]["id"]


def test_the_report_form_works_without_javascript(visitor) -> None:
    eid = _entity(visitor, "부산")
    page = visitor.get(f"/facilities/{eid}?dup_q=대구")
    assert page.status_code == 200 and 'id="report-form"' in page.text
    assert 'name="other_entity_id"' in page.text, "the duplicate candidates found by the search"
    other = re.search(r'name="other_entity_id" value="([^"]+)"', page.text).group(1)
    resp = visitor.post(f"/facilities/{eid}/report", data={"csrf": webdata.csrf_of(page.text), "kind": "duplicate",
                                                           "other_entity_id": other}, follow_redirects=False)
    assert resp.status_code == 303 and "msg=" in resp.headers["location"]
    assert "접수" in visitor.get(resp.headers["location"]).text
    missing = visitor.post(f"/facilities/{eid}/report", data={"csrf": webdata.csrf_of(page.text), "kind": "note"})
    assert missing.status_code == 422
    forged = visitor.post(f"/facilities/{eid}/report", data={"csrf": "forged", "kind": "closed"})
    assert forged.status_code == 403


def test_entity_detail_and_search_carry_the_life_cycle(visitor) -> None:
    eid = _entity(visitor)
    assert visitor.get(f"/api/entities/{eid}").json()["lifecycle"]["state"] == "open"
    hits = visitor.get("/api/search", params={"lifecycle": "open", "size": 100}).json()
    assert hits["total"] >= 1 and {h["lifecycle"] for h in hits["hits"]} == {"open"}
    assert hits["facets"]["lifecycle"]["open"] == hits["total"]
    assert visitor.get("/api/search", params={"lifecycle": "gone"}).status_code == 422
    clusters = visitor.get("/api/map/clusters", params={"level": 1}).json()
    assert clusters["total"] == visitor.get("/api/search", params={"size": 1}).json()["total"]
    inverted = visitor.get("/api/map/clusters", params={"bbox": "38,126,37,127"})
    assert inverted.status_code == 200 and inverted.json()["total"] == 0  # an empty box, said so
    assert any("bbox" in n for n in inverted.json()["notes"])
    korea = visitor.get("/api/map/clusters", params={"bbox": "33,124,39,132", "level": 1}).json()
    assert korea["total"] == clusters["total"] and "notes" not in korea
    for broken in ("38,126,37", "91,126,92,127", "a,b,c,d"):
        assert visitor.get("/api/map/clusters", params={"bbox": broken}).status_code == 422, broken
