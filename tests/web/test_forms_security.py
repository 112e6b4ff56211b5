"""Every form needs a valid session and its CSRF token; roles are checked; tokens are compared, not trusted."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from webdata import csrf_of, login

from hub.store.schema import DecisionRow, SourceState

PAIR = {"kind": "merge", "a": "makeall:ms-400", "b": "muhan:gn-1"}


def _decisions(dataset) -> int:
    from hub.store import open_store

    store = open_store(dataset.settings.database_url)
    try:
        with store.session() as s:
            return s.scalar(select(func.count()).select_from(DecisionRow))
    finally:
        store.dispose()


def test_login_with_a_wrong_token_is_refused(client) -> None:
    csrf = csrf_of(client.get("/login").text)
    resp = client.post("/login", data={"token": "nope", "csrf": csrf, "role": "steward"}, follow_redirects=False)
    assert resp.status_code == 401
    assert "토큰이 맞지 않습니다" in resp.text
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_login_without_csrf_is_refused(client) -> None:
    import webdata

    client.get("/login")
    resp = client.post("/login", data={"token": webdata.STEWARD_TOKEN, "role": "steward"}, follow_redirects=False)
    assert resp.status_code == 403
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_login_without_a_session_cookie_is_refused(client) -> None:
    import webdata

    csrf = csrf_of(client.get("/login").text)
    client.cookies.clear()
    resp = client.post("/login", data={"token": webdata.STEWARD_TOKEN, "csrf": csrf}, follow_redirects=False)
    assert resp.status_code == 403


def test_decision_without_session_is_refused_and_nothing_stored(client, dataset) -> None:
    before = _decisions(dataset)
    resp = client.post("/review/decide", data={**PAIR, "csrf": "forged"}, follow_redirects=False)
    assert resp.status_code == 403
    assert _decisions(dataset) == before


def test_decision_with_session_but_without_csrf_is_refused(client, dataset) -> None:
    login(client, "steward")
    before = _decisions(dataset)
    for data in (PAIR, {**PAIR, "csrf": "wrong-token"}):
        resp = client.post("/review/decide", data=data, follow_redirects=False)
        assert resp.status_code == 403
        assert "CSRF" in resp.text
    assert _decisions(dataset) == before


def test_decision_with_an_anonymous_session_is_refused(client, dataset) -> None:
    csrf = csrf_of(client.get("/login").text)  # a real session and token, but not logged in
    before = _decisions(dataset)
    resp = client.post("/review/decide", data={**PAIR, "csrf": csrf}, follow_redirects=False)
    assert resp.status_code == 401
    assert _decisions(dataset) == before


def test_operator_session_cannot_record_decisions(client, dataset) -> None:
    csrf = login(client, "operator")
    resp = client.post("/review/decide", data={**PAIR, "csrf": csrf}, follow_redirects=False)
    assert resp.status_code == 401


def test_a_forged_cookie_is_ignored(client) -> None:
    from hub import sessions

    forged = sessions.Session(csrf="x", roles=["steward", "operator"])
    client.cookies.set(sessions.COOKIE, sessions.encode(forged, b"not the key"))
    assert client.get("/review", follow_redirects=False).status_code == 303
    resp = client.post("/ops/sources/makeall/pause", data={"csrf": "x"}, follow_redirects=False)
    assert resp.status_code == 403


def test_pause_needs_operator_session_and_csrf(client, dataset) -> None:
    from hub.store import open_store

    resp = client.post("/ops/sources/muhan/pause", data={}, follow_redirects=False)
    assert resp.status_code == 403
    csrf = login(client, "operator")
    assert client.post("/ops/sources/muhan/pause", data={"csrf": "bad"}, follow_redirects=False).status_code == 403
    ok = client.post("/ops/sources/muhan/pause", data={"csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    store = open_store(dataset.settings.database_url)
    try:
        with store.session() as s:
            state = s.get(SourceState, "muhan")
            assert state.paused and state.updated_by == "operator"
    finally:
        store.dispose()
    assert client.post("/ops/sources/muhan/resume", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert client.post("/ops/sources/nosuch/pause", data={"csrf": csrf}, follow_redirects=False).status_code == 404


@pytest.mark.parametrize("path", ["/ops/index/rollback", "/ops/runs/crawl-ccei-0/accept", "/review/undo", "/logout"])
def test_every_other_form_refuses_requests_without_csrf(client, path: str) -> None:
    login(client, "operator")
    login(client, "steward")
    resp = client.post(path, data={"decision_id": "1"}, follow_redirects=False)
    assert resp.status_code == 403


def test_steward_decision_is_stored_and_shown_pending(client, dataset) -> None:
    csrf = login(client, "steward")
    resp = client.post("/review/decide", data={**PAIR, "kind": "skip", "csrf": csrf}, follow_redirects=False)
    assert resp.status_code == 303
    page = client.get(resp.headers["location"])
    assert "건너뜀" in page.text and "대기 중" in page.text
    row_id = max(int(x) for x in page.text.split('data-decision="')[1:2][0].split('"')[:1])
    undo = client.post("/review/undo", data={"decision_id": str(row_id), "csrf": csrf}, follow_redirects=False)
    assert undo.status_code == 303
    assert "되돌려짐" in client.get("/review/log").text


def test_login_redirects_only_to_local_paths(client) -> None:
    import webdata

    csrf = csrf_of(client.get("/login").text)
    resp = client.post("/login", data={"token": webdata.STEWARD_TOKEN, "csrf": csrf, "role": "steward",
                                       "next": "https://evil.example/x"}, follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/")
