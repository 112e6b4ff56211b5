"""The API's cache of search responses: exact per index version, bounded, never serving an old version."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hub.api.search_cache import CachedResponse, ResponseCache
from hub.settings import Settings
from index import get_backend
from index.types import FacilityDocument
from tests.conftest import serve_in_thread

FIXTURE = Path(__file__).parents[1] / "contract" / "facilities.json"


def _docs() -> list[FacilityDocument]:
    return [FacilityDocument(**row) for row in json.loads(FIXTURE.read_text(encoding="utf-8"))]


def _entry(body: bytes) -> CachedResponse:
    return CachedResponse(body=body, hit_ids=("ent-1",), first_page=True)


def test_cache_returns_only_what_was_stored_for_the_same_version() -> None:
    cache = ResponseCache(1 << 20)
    assert cache.get("v1", "q") is None
    cache.put("v1", "q", _entry(b"one"))
    assert cache.get("v1", "q").body == b"one"
    assert cache.get("v2", "q") is None  # another version never answers from the old one
    assert cache.get(None, "q") is None  # a backend that cannot say its version is not cached
    assert (cache.hits, cache.misses) == (1, 2)


def test_a_new_version_empties_the_cache() -> None:
    cache = ResponseCache(1 << 20)
    cache.put("v1", "a", _entry(b"a1"))
    cache.put("v2", "b", _entry(b"b2"))
    assert cache.get("v2", "a") is None
    assert len(cache) == 1 and cache.size_bytes == 2


def test_least_recently_used_bodies_go_first_beyond_the_byte_budget() -> None:
    cache = ResponseCache(800)
    for name in "abcdefgh":
        cache.put("v1", name, _entry(name.encode() * 100))
    assert cache.size_bytes == 800 and len(cache) == 8
    cache.get("v1", "a")  # a is now the most recently used
    cache.put("v1", "i", _entry(b"i" * 100))
    assert cache.get("v1", "b") is None
    assert cache.get("v1", "a") is not None and cache.get("v1", "i") is not None
    cache.put("v1", "huge", _entry(b"x" * 101))  # more than an eighth of the budget: not kept
    assert cache.get("v1", "huge") is None and cache.size_bytes <= 800


def test_a_zero_budget_turns_the_cache_off() -> None:
    cache = ResponseCache(0)
    cache.put("v1", "q", _entry(b"one"))
    assert not cache.enabled and cache.get("v1", "q") is None and len(cache) == 0


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[TestClient, object]]:
    from hub.app import create_app

    data_dir = tmp_path / "var"
    backend = get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1)
    backend.activate(backend.build(_docs()))
    settings = Settings.from_env().with_overrides(data_dir=data_dir)
    app = create_app(settings)
    with TestClient(app) as client:
        yield client, app.state.hub


def test_a_repeated_query_is_answered_from_the_cache_with_the_same_bytes(served) -> None:
    client, st = served
    params = {"q": "메이커", "size": 5}
    first = client.get("/api/search", params=params)
    second = client.get("/api/search", params=params)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert (st.search_cache.hits, st.search_cache.misses) == (1, 1)
    assert client.get("/api/search", params={**params, "page": 2}).status_code == 200
    assert st.search_cache.misses == 2  # another page is another answer
    counts = st.impressions._counts
    assert all(counts[h["id"]] == 2 for h in first.json()["hits"])  # a cached first page still counts


def test_after_a_switch_the_cache_never_answers_from_the_old_version(served, tmp_path: Path) -> None:
    client, st = served
    params = {"q": "메이커", "size": 100}
    before = client.get("/api/search", params=params).json()
    writer = get_backend("embedded", data_dir=tmp_path / "var", writer_heap_bytes=30_000_000, writer_threads=1)
    docs = _docs()
    extra = FacilityDocument(id="ent-new-maker", name="새로 연 메이커 공작소", sido="서울특별시")
    new_version = writer.build([*docs, extra])
    writer.activate(new_version)
    after = client.get("/api/search", params=params).json()
    assert after["index_version"] == new_version != before["index_version"]
    assert after["total"] == before["total"] + 1
    assert "ent-new-maker" in {h["id"] for h in after["hits"]}


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    from hub.app import create_app

    data_dir = tmp_path / "var"
    backend = get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1)
    backend.activate(backend.build(_docs()))
    app = create_app(Settings.from_env().with_overrides(data_dir=data_dir, search_cache_mb=0))
    with TestClient(app) as client:
        for _ in range(2):
            assert client.get("/api/search", params={"q": "메이커"}).status_code == 200
    assert app.state.hub.search_cache.hits == 0 and len(app.state.hub.search_cache) == 0


def test_metrics_show_cache_hits_and_misses(served) -> None:
    client, _ = served
    for _ in range(3):
        client.get("/api/search", params={"q": "팹랩"})
    text = client.get("/metrics").text
    assert 'facility_hub_search_cache_lookups_total{result="hit"} 2' in text
    assert 'facility_hub_search_cache_lookups_total{result="miss"} 1' in text


def test_suggestions_are_cached_per_version_too(served) -> None:
    client, st = served
    first = client.get("/api/suggest", params={"q": "과천"})
    again = client.get("/api/suggest", params={"q": "과천"})
    assert first.status_code == 200 and first.content == again.content
    assert first.json()["suggestions"], first.json()
    assert st.search_cache.hits == 1


def test_clients_during_a_switch_always_get_a_complete_version(tmp_path: Path) -> None:
    """Concurrent HTTP clients repeat the same searches (so the cache answers most of them) while a new version
    is built and activated: every answer's total is the document count of the version it names, and after the
    switch the new version is served."""
    from hub.app import create_app

    data_dir = tmp_path / "var"
    writer = get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1)
    docs = _docs()
    v1 = writer.build(docs)
    writer.activate(v1)
    counts = {v1: len(docs)}
    app = create_app(Settings.from_env().with_overrides(data_dir=data_dir))
    with serve_in_thread(app) as port:
        answers = _during_a_switch(port, writer, docs, v1, counts)
    v2 = next(v for v in counts if v != v1)
    assert len(answers) > 8
    assert all(total == counts[version] for version, total in answers), answers
    assert {version for version, _ in answers} == {v1, v2}


def _during_a_switch(port: int, writer, docs: list[FacilityDocument], v1: str, counts: dict[str, int]
                     ) -> list[tuple[str, int]]:
    """Four clients search until each has seen the new version; returns (version, total) of every answer."""
    import threading
    import urllib.parse
    import urllib.request

    answers: list[tuple[str, int]] = []
    errors: list[BaseException] = []
    switched = threading.Event()
    done = threading.Event()

    def client(size: int) -> None:
        url = f"http://127.0.0.1:{port}/api/search?" + urllib.parse.urlencode({"size": size, "facets": "false"})
        try:
            while not done.is_set():
                with urllib.request.urlopen(url, timeout=30) as response:
                    body = json.loads(response.read())
                answers.append((body["index_version"], body["total"]))
                if switched.is_set() and body["index_version"] != v1:
                    return
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(size,)) for size in (1, 2, 3, 1)]
    for t in threads:
        t.start()
    extra = [FacilityDocument(id=f"ent-extra-{i}", name=f"새 공작소 {i}", sido="서울특별시") for i in range(5)]
    v2 = writer.build([*docs, *extra])
    counts[v2] = len(docs) + 5
    writer.activate(v2)
    switched.set()
    for t in threads:
        t.join(timeout=60)
    done.set()
    assert not errors, errors
    return answers


def test_a_repeated_query_string_is_answered_before_validation(served, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same raw query string again is answered by the middleware (the endpoint does not run); another
    spelling of the same query runs the endpoint and finds the answer by the validated query."""
    import hub.api.search_routes as routes

    client, st = served
    calls = []
    real = routes.build_query
    monkeypatch.setattr(routes, "build_query", lambda *a: calls.append(a) or real(*a))
    first = client.get("/api/search?q=%EB%A9%94%EC%9D%B4%EC%BB%A4&size=4")
    again = client.get("/api/search?q=%EB%A9%94%EC%9D%B4%EC%BB%A4&size=4")
    other_spelling = client.get("/api/search?size=4&q=%EB%A9%94%EC%9D%B4%EC%BB%A4")
    assert first.content == again.content == other_spelling.content
    assert len(calls) == 2  # the first request and the other spelling; the repeat never reached the endpoint
    assert (st.search_cache.hits, st.search_cache.misses) == (2, 1)
    assert again.headers["content-type"] == "application/json"
    assert int(again.headers["content-length"]) == len(again.content)


def test_refused_queries_are_never_cached(served) -> None:
    client, st = served
    for _ in range(2):
        response = client.get("/api/search", params={"near": "99,126"})
        assert response.status_code == 422 and "near" in response.json()["detail"]
    assert len(st.search_cache) == 0
