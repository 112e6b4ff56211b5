"""Golden tests: the exact requests the Elasticsearch backend sends, captured from the real client.

The real ``elasticsearch.Elasticsearch`` client talks to ``fake_elasticsearch`` on 127.0.0.1; every request is
recorded, version ids and timestamps are replaced by placeholders, and the result must equal
``golden/<name>.json``. Each body is also checked against the query DSL (``es_dsl``). After an intended change,
regenerate with ``FACILITY_HUB_UPDATE_GOLDEN=1 pytest tests/index/test_index_elastic_golden.py`` and review
the diff.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from es_dsl import check_index_body, check_search  # noqa: E402
from fake_elasticsearch import FakeState, Recorded, fake_elasticsearch  # noqa: E402

from index import get_backend  # noqa: E402
from index.errors import SearchIndexError  # noqa: E402
from index.types import FacilityDocument, SearchQuery  # noqa: E402

GOLDEN = Path(__file__).with_name("golden")
FIXTURE = Path(__file__).parents[1] / "contract" / "facilities.json"
UPDATE = os.environ.get("FACILITY_HUB_UPDATE_GOLDEN") == "1"
_VERSION = re.compile(r"v\d{8}-\d{6}-\d{6}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


def _docs(n: int = 3) -> list[FacilityDocument]:
    return [FacilityDocument(**row) for row in json.loads(FIXTURE.read_text(encoding="utf-8"))[:n]]


def _normalise(value: Any) -> Any:
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return json.loads(_STAMP.sub("<created_at>", _VERSION.sub("<version>", text)))


def _as_json(requests: list[Recorded]) -> list[dict[str, Any]]:
    return [_normalise({"method": r.method, "path": r.path, "params": r.params, "body": r.body})
            for r in requests]


def _assert_golden(name: str, requests: list[Recorded]) -> None:
    path = GOLDEN / f"{name}.json"
    actual = _as_json(requests)
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path} is missing; create it with FACILITY_HUB_UPDATE_GOLDEN=1")
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def es():
    """A fake node with the nori plugin and a backend (no retry back-off) talking to it."""
    with fake_elasticsearch() as (url, state):
        backend = get_backend("elasticsearch", data_dir=Path("."), url=url, alias="facilities",
                              retry_backoff=0.0, bulk_chunk=2)
        yield backend, state


@pytest.fixture
def active(es):
    backend, state = es
    v = backend.build(_docs(), expected=3)
    backend.activate(v)
    state.requests.clear()
    return backend, state


def test_build_requests(es) -> None:
    backend, state = es
    version = backend.build(_docs(), expected=3)
    assert _VERSION.fullmatch(version)
    create = state.requests[1]
    assert create.method == "PUT" and create.path == f"/facilities-{version}"
    assert check_index_body(create.body) == []
    assert create.body["mappings"]["properties"]["name"]["analyzer"] == "korean_nori"
    _assert_golden("build_nori", state.requests)


def test_build_without_nori_uses_cjk() -> None:
    with fake_elasticsearch(FakeState(plugins=[])) as (url, state):
        backend = get_backend("elasticsearch", data_dir=Path("."), url=url, alias="facilities")
        backend.build(_docs(1))
        create = state.requests[1].body
        assert check_index_body(create) == []
        assert "nori_mixed" not in json.dumps(create)
        assert create["mappings"]["properties"]["description"]["analyzer"] == "korean_cjk"
        _assert_golden("create_index_cjk", [state.requests[1]])


def test_activate_switches_the_alias_in_one_request(active) -> None:
    backend, state = active
    v2 = backend.build(_docs(2))
    state.requests.clear()
    backend.activate(v2)
    switches = [r for r in state.requests if r.path == "/_aliases"]
    assert len(switches) == 1
    actions = switches[0].body["actions"]
    assert [next(iter(a)) for a in actions] == ["remove", "add"]
    assert actions[1]["add"]["index"] == f"facilities-{v2}"
    _assert_golden("activate", switches)
    state.requests.clear()
    backend.rollback()
    _assert_golden("rollback", [r for r in state.requests if r.path == "/_aliases"])


QUERIES = {
    "search_text": SearchQuery(q="과천 3D프린터"),
    "search_filters": SearchQuery(q="메이커", kind=("maker_space_pro", "ccei"), sido=("서울특별시",),
                                  equipment=("cnc",), programme="장비 교육", ministry="중소벤처기업부",
                                  open_evenings=True, open_weekends=False),
    "search_geo_distance": SearchQuery(near=(37.5665, 126.978), radius_km=5.0, sort="distance", kind=("ccei",)),
    "search_name_page": SearchQuery(sort="name", page=3, size=10, facets=False),
    "search_single_char": SearchQuery(q="랩 과천"),
    "search_punctuation_only": SearchQuery(q='"*:('),
    "search_lifecycle": SearchQuery(q="메이커", lifecycle=("possibly_closed", "closed")),
}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_search_requests(active, name: str) -> None:
    backend, state = active
    result = backend.search(QUERIES[name])
    assert result.version and result.total >= 0
    (request,) = [r for r in state.requests if r.path.endswith("/_search")]
    assert (request.method, request.path) == ("POST", "/facilities/_search")
    assert check_search(request.body) == []
    _assert_golden(name, [request])


def test_suggest_and_get_requests(active) -> None:
    backend, state = active
    assert backend.suggest("과천")[0]["id"] == "e-gwacheon"
    assert backend.get("e-fablab-seoul").name == "팹랩서울"
    for r in state.requests:
        assert check_search(r.body) == []
    _assert_golden("suggest_get", state.requests)


def test_map_cluster_requests(active) -> None:
    backend, state = active
    clusters = backend.map_clusters(SearchQuery(q="메이커", kind=("ccei",)), 1, bbox=(35.0, 126.0, 38.0, 130.0))
    (request,) = [r for r in state.requests if r.path.endswith("/_search")]
    assert check_search(request.body) == []
    assert request.body["aggs"]["clusters"]["geotile_grid"]["precision"] == 11
    assert sum(c.count for c in clusters) == sum(1 for d in _docs() if d.lat is not None)
    assert all(c.id and c.name for c in clusters if c.count == 1)
    _assert_golden("map_clusters", [request])


def test_rejected_documents_are_reported_and_the_version_discarded() -> None:
    state = FakeState(reject_ids={"e-fablab-seoul"})
    with fake_elasticsearch(state) as (url, _):
        backend = get_backend("elasticsearch", data_dir=Path("."), url=url, alias="facilities", retry_backoff=0.0)
        with pytest.raises(SearchIndexError, match=r"rejected 1 of 3 documents.*e-fablab-seoul: "
                                                   r"document_parsing_exception"):
            backend.build(_docs())
        assert state.indices == {}
        assert state.requests[-1].method == "DELETE"
        assert backend.list_versions() == []


def test_throttled_documents_are_retried() -> None:
    state = FakeState(throttle_once={"e-seoul-hub"})
    with fake_elasticsearch(state) as (url, _):
        backend = get_backend("elasticsearch", data_dir=Path("."), url=url, alias="facilities", retry_backoff=0.0)
        v = backend.build(_docs(), expected=3)
        backend.verify(v, expected=3)
        bulks = [r for r in state.requests if r.path == "/_bulk"]
        assert len(bulks) == 2
        assert [line["index"]["_id"] for line in bulks[1].body[::2]] == ["e-seoul-hub"]


def test_unreachable_cluster_is_a_clear_transient_error() -> None:
    from index.errors import BackendUnavailableError

    backend = get_backend("elasticsearch", data_dir=Path("."), url="http://127.0.0.1:9", request_timeout=1.0)
    backend.client = backend.client.options(max_retries=0)
    with pytest.raises(BackendUnavailableError, match="unreachable") as info:
        backend.search(SearchQuery(q="과천"))
    assert info.value.transient


# -- query understanding, synonyms and autocomplete ------------------------------------------------------------
def _vocabulary():
    """A small fixed vocabulary (the real one follows the tables; goldens must not)."""
    from index.query_vocabulary import EquipmentWord, KindWord, Place, QueryVocabulary, RegionName

    gangwon, busan = Place("강원특별자치도"), Place("부산광역시")
    return QueryVocabulary(
        regions=(RegionName("강원", gangwon, "sido"), RegionName("강원특별자치도", gangwon, "sido"),
                 RegionName("강원도", gangwon, "sido", current=False, note="강원도 → 강원특별자치도 (2023-06-11)"),
                 RegionName("부산", busan, "sido"),
                 RegionName("분당", Place("경기도", "성남시 분당구"), "gu", mentions=("분당", "야탑동")),
                 RegionName("센텀시티", Place("부산광역시", "해운대구"), "dong", mentions=("센텀", "우동"),
                            mention_required=True)),
        kinds=(KindWord("무한상상실", ("muhan_small", "muhan_hub")), KindWord("팹랩", ("private_space",), by_name=True),
               KindWord("메이커스페이스", ("makerspace_general", "makerspace_specialized"))),
        equipment=(EquipmentWord("레이저커터", ("laser cutter",)), EquipmentWord("재봉틀", ("sewing machine",)),
                   EquipmentWord("미싱", ("sewing machine",))),
        kind_labels={"muhan_small": "무한상상실 소규모"}, equipment_labels={"laser cutter": "레이저 커터",
                                                                       "sewing machine": "재봉틀"},
        compounds={"메이커스페이스": "메이커 스페이스", "레이저커터": "레이저 커터"}, version="test")


@pytest.fixture
def understanding():
    """A fake node with nori, a backend with the small vocabulary and a fixed clock (a Saturday that is a
    public holiday: 2026-10-03, 개천절), serving three documents."""
    import datetime as dt

    from index.opening import SEOUL

    with fake_elasticsearch() as (url, state):
        backend = get_backend("elasticsearch", data_dir=Path("."), url=url, alias="facilities", retry_backoff=0.0,
                              vocabulary=_vocabulary(), clock=lambda: dt.datetime(2026, 10, 3, 14, 30, tzinfo=SEOUL))
        backend.activate(backend.build(_docs(), expected=3))
        state.requests.clear()
        yield backend, state


def test_build_with_vocabulary_stores_synonyms_and_the_user_dictionary() -> None:
    with fake_elasticsearch() as (url, state):
        backend = get_backend("elasticsearch", data_dir=Path("."), url=url, alias="facilities",
                              vocabulary=_vocabulary())
        backend.build(_docs(1))
        put_set, create = state.requests[1], state.requests[2]
        assert (put_set.method, put_set.path) == ("PUT", "/_synonyms/facilities-synonyms")
        assert {"id": "sido:강원특별자치도", "synonyms": "강원, 강원특별자치도, 강원도"} in put_set.body["synonyms_set"]
        assert check_index_body(create.body) == []
        analysis = create.body["settings"]["analysis"]
        assert analysis["tokenizer"]["nori_mixed"]["decompound_mode"] == "mixed"
        assert "메이커스페이스 메이커 스페이스" in analysis["tokenizer"]["nori_mixed"]["user_dictionary_rules"]
        assert analysis["filter"]["fh_synonyms"] == {"type": "synonym_graph", "synonyms_set": "facilities-synonyms",
                                                     "updateable": True}
        name = create.body["mappings"]["properties"]["name"]
        assert (name["analyzer"], name["search_analyzer"]) == ("korean_nori", "korean_search")
        source = state.requests[3].body[1]
        assert source["name_chosung"][0] == "ㄱㄹㄱㅊㄱㅎㄱㅁㅎㅅㅅㅅ"
        assert source["place"] == ["경기도", "경기도 과천시", "경기도 과천시 ."]
        _assert_golden("build_vocabulary", [put_set, create])


UNDERSTOOD = {
    "search_understood_region_kind": ("강원도 무한상상실", {"sido": "강원특별자치도",
                                                      "kind": ["muhan_small", "muhan_hub"]}),
    "search_understood_equipment_opening": ("부산 주말 레이저커터", {"sido": "부산광역시", "open_weekends": True,
                                                           "equipment": ["laser cutter"]}),
    "search_understood_now": ("지금 영업 중 팹랩", {"open_now": True, "name": ["팹랩"]}),
    "search_understood_area": ("센텀시티 미싱", {"region": ["부산광역시 해운대구"], "equipment": ["sewing machine"]}),
}


@pytest.mark.parametrize("name", sorted(UNDERSTOOD))
def test_understood_search_requests(understanding, name: str) -> None:
    backend, state = understanding
    text, expected = UNDERSTOOD[name]
    result = backend.search(SearchQuery(q=text))
    assert expected.items() <= result.understood.as_json().items()
    (request,) = [r for r in state.requests if r.path.endswith("/_search")]
    assert check_search(request.body) == []
    _assert_golden(name, [request])


def test_empty_understood_filters_are_widened_then_relaxed(understanding) -> None:
    backend, state = understanding
    state.empty_searches = 2
    result = backend.search(SearchQuery(q="분당 메이커스페이스"))
    searches = [r for r in state.requests if r.path.endswith("/_search")]
    assert len(searches) == 3  # strict, the 일반구 widened to its city, relaxed
    assert result.understood.widened and result.understood.relaxed
    for r in searches:
        assert check_search(r.body) == []
    _assert_golden("search_understood_widened_relaxed", searches)


def test_a_machine_at_an_hour_none_is_open_is_asked_again_without_the_hour(understanding) -> None:
    backend, state = understanding
    state.empty_searches = 1
    result = backend.search(SearchQuery(q="부산 주말 레이저 커터"))
    searches = [r for r in state.requests if r.path.endswith("/_search")]
    assert len(searches) == 2  # strict, then without the hour (place and machine still filter)
    assert result.understood.unmet == ("weekend",) and not result.understood.relaxed
    assert "open_ranges" in json.dumps(searches[0].body) and "open_ranges" not in json.dumps(searches[1].body)
    for r in searches:
        assert check_search(r.body) == []
    _assert_golden("search_understood_without_opening", searches)


def test_literal_search_understands_nothing(understanding) -> None:
    backend, state = understanding
    assert backend.search(SearchQuery(q="강원도 무한상상실", understand=False)).understood is None
    (request,) = [r for r in state.requests if r.path.endswith("/_search")]
    assert "place" not in json.dumps(request.body)


@pytest.mark.parametrize(("name", "prefix"), [("suggest_chosung", "ㄱㄹㄱㅊ"), ("suggest_partial", "국립과천과햑"),
                                              ("suggest_layout", "rnrflqrhkcjs"), ("suggest_typo", "국립과천가학관")])
def test_suggest_requests(understanding, name: str, prefix: str) -> None:
    backend, state = understanding
    backend.suggest(prefix)
    searches = [r for r in state.requests if r.path.endswith("/_search")]
    for r in searches:
        assert check_search(r.body) == []
    _assert_golden(name, searches)
