"""Search behaviour every backend must share: Korean matching, filters, facets, geo, sorting, paging, suggest."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from index.errors import QueryError
from index.text import compact
from index.types import FacilityDocument, SearchBackend, SearchQuery


def _ids(backend: SearchBackend, **kw) -> list[str]:
    return [h.document.id for h in backend.search(SearchQuery(size=100, **kw)).hits]


def _mentions(doc: FacilityDocument, word: str) -> bool:
    """Whether any searchable field contains the word, compared the way users type (spaces ignored)."""
    values = [doc.name, *doc.alt_names, doc.operator, doc.ministry, doc.kind_label, doc.address,
              *doc.equipment_text, *doc.equipment, *doc.programmes, *doc.phones, doc.description]
    return any(compact(word) in compact(v) for v in values if v)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(("query", "expected"), [
    ("과천", {"e-gwacheon", "e-gwacheon-library"}),  # a 2-syllable place inside compound names
    ("국립과천과학관", {"e-gwacheon"}),
    ("과천과학관", {"e-gwacheon"}),
    ("메이커스페이스", {"e-seoul-hub", "e-cheongju-maker", "e-suwon-maker"}),  # typed without the space
    ("메이커 스페이스", {"e-incheon-maker", "e-pohang-maker"}),  # typed with it; names without
    ("3D프린터", {"e-fablab-seoul", "e-gwacheon"}),  # printed as "3D 프린터"
    ("3D 프린터", {"e-seoul-hub", "e-cheongju-maker"}),  # printed as "3D프린터"
    ("마포", {"e-mapo-sogong", "e-seoul-hub"}),
    ("영주", {"e-yeongju-sogong"}),
    ("창원", {"e-ccei-gyeongnam", "e-changwon-sogong"}),
    ("ＦａｂＬａｂ", {"e-fablab-seoul"}),  # full-width Latin
    ("fab lab", {"e-fablab-seoul"}),
    ("오실로스코프 부산", {"e-busan-ict"}),
    ("인삼", {"e-yeongju-sogong"}),
    ("디바이스랩", {"e-pangyo-ict", "e-busan-ict", "e-daegu-ict", "e-chuncheon-ict"}),
    ("과친과학관", {"e-gwacheon"}),  # one wrong syllable inside a word
    ("02 3677 1500", {"e-gwacheon"}),  # a phone number, spaced differently
])
def test_korean_text_matches_the_way_users_type(served: SearchBackend, query: str, expected: set[str]) -> None:
    found = set(_ids(served, q=query))
    assert expected <= found, f"{query!r} missed {expected - found}"


def test_exact_name_ranks_first(served: SearchBackend) -> None:
    assert _ids(served, q="서울창조경제혁신센터")[0] == "e-ccei-seoul"
    assert _ids(served, q="포항 메이커스페이스")[0] == "e-pohang-maker"


def test_every_word_must_match(served: SearchBackend, docs: list[FacilityDocument]) -> None:
    found = set(_ids(served, q="부산 레이저"))
    assert "e-busan-ict" not in found  # 부산 matches, 레이저 does not


@pytest.mark.parametrize(("name", "query_kw", "predicate"), [
    ("kind", {"kind": ("ccei",)}, lambda d: d.kind == "ccei"),
    ("kinds", {"kind": ("ccei", "ict_device_lab")}, lambda d: d.kind in ("ccei", "ict_device_lab")),
    ("sido", {"sido": ("경기도",)}, lambda d: d.sido == "경기도"),
    ("sigungu", {"sigungu": ("마포구",)}, lambda d: d.sigungu == "마포구"),
    ("equipment", {"equipment": ("cnc",)}, lambda d: "cnc" in d.equipment),
    ("programme", {"programme": "도서관 메이커 교실"}, lambda d: "도서관 메이커 교실" in d.programmes),
    ("evenings", {"open_evenings": True}, lambda d: d.open_evenings),
    ("weekends", {"open_weekends": True}, lambda d: d.open_weekends),
    ("not weekends", {"open_weekends": False}, lambda d: not d.open_weekends),
    ("ministry", {"ministry": "과학기술정보통신부"}, lambda d: d.ministry == "과학기술정보통신부"),
    ("combined", {"sido": ("서울특별시",), "equipment": ("3d_printer",)},
     lambda d: d.sido == "서울특별시" and "3d_printer" in d.equipment),
])
def test_filters(served: SearchBackend, docs: list[FacilityDocument], name: str, query_kw: dict,
                 predicate) -> None:
    expected = {d.id for d in docs if predicate(d)}
    assert expected, f"fixture has no case for {name}"
    result = served.search(SearchQuery(size=100, **query_kw))
    assert {h.document.id for h in result.hits} == expected
    assert result.total == len(expected)


def test_filter_with_text(served: SearchBackend, docs: list[FacilityDocument]) -> None:
    expected = {d.id for d in docs if d.sido == "경기도" and _mentions(d, "메이커")}
    assert {"e-suwon-maker", "e-gwacheon-library"} <= expected
    assert set(_ids(served, q="메이커", sido=("경기도",))) == expected


def test_facets_count_the_matching_documents(served: SearchBackend, docs: list[FacilityDocument]) -> None:
    result = served.search(SearchQuery())
    assert result.facets["kind"] == dict(Counter(d.kind for d in docs if d.kind))
    assert result.facets["sido"] == dict(Counter(d.sido for d in docs if d.sido))
    assert result.facets["sigungu"] == dict(Counter(d.sigungu for d in docs if d.sigungu))
    assert result.facets["equipment"] == dict(Counter(e for d in docs for e in d.equipment))
    narrowed = served.search(SearchQuery(kind=("ccei",)))
    assert narrowed.facets["kind"] == {"ccei": 4}
    assert served.search(SearchQuery(facets=False)).facets == {}


@pytest.mark.parametrize(("center", "radius"), [((37.5665, 126.9780), 10.0), ((37.43, 126.99), 3.0),
                                                ((35.2, 128.6), 60.0), ((36.5, 127.5), 400.0)])
def test_geo_radius_and_distance_sort(served: SearchBackend, docs: list[FacilityDocument],
                                      center: tuple[float, float], radius: float) -> None:
    expected = sorted((_km(center, (d.lat, d.lon)), d.id) for d in docs
                      if d.lat is not None and _km(center, (d.lat, d.lon)) <= radius)
    result = served.search(SearchQuery(near=center, radius_km=radius, sort="distance", size=100))
    assert [h.document.id for h in result.hits] == [i for _, i in expected]
    assert result.total == len(expected)
    for hit, (km, _) in zip(result.hits, expected, strict=True):
        assert hit.distance_km == pytest.approx(km, rel=1e-3, abs=0.01)


def test_near_without_radius_sorts_everything_with_coordinates(served: SearchBackend,
                                                               docs: list[FacilityDocument]) -> None:
    center = (35.17, 129.12)
    result = served.search(SearchQuery(near=center, sort="distance", size=5))
    with_geo = sorted((_km(center, (d.lat, d.lon)), d.id) for d in docs if d.lat is not None)
    assert [h.document.id for h in result.hits] == [i for _, i in with_geo[:5]]
    assert result.total == len(with_geo)


def test_geo_with_text_and_relevance(served: SearchBackend, docs: list[FacilityDocument]) -> None:
    center = (37.5665, 126.978)
    expected = {d.id for d in docs if d.lat is not None and _km(center, (d.lat, d.lon)) <= 15
                and _mentions(d, "메이커")}
    assert len(expected) >= 4
    assert set(_ids(served, q="메이커", near=center, radius_km=15)) == expected


def test_sort_by_name_and_pagination(served: SearchBackend, docs: list[FacilityDocument]) -> None:
    expected = [d.id for d in sorted(docs, key=lambda d: compact(d.name))]
    pages = []
    for page in range(1, 6):
        result = served.search(SearchQuery(sort="name", page=page, size=7))
        assert result.total == len(docs)
        pages.extend(h.document.id for h in result.hits)
    assert pages == expected
    assert served.search(SearchQuery(page=100, size=10)).hits == []


def test_relevance_pages_do_not_overlap(served: SearchBackend) -> None:
    full = _ids(served, q="메이커")
    paged = [h.document.id for p in (1, 2, 3) for h in served.search(SearchQuery(q="메이커", page=p, size=4)).hits]
    assert paged == full[:12]


def test_suggest(served: SearchBackend) -> None:
    names = [s["name"] for s in served.suggest("서울창")]
    assert set(names[:2]) == {"서울창업허브 메이커 스페이스", "서울창조경제혁신센터"}
    assert {s["id"] for s in served.suggest("과천")} >= {"e-gwacheon", "e-gwacheon-library"}
    first = served.suggest("팹랩")[0]
    assert first == {"id": "e-fablab-seoul", "name": "팹랩서울", "sido": "서울특별시", "sigungu": "종로구"}
    assert len(served.suggest("메이커", size=3)) == 3
    assert served.suggest("") == []
    assert served.suggest("*:)") == []


def test_get(served: SearchBackend, docs: list[FacilityDocument]) -> None:
    by_id = {d.id: d for d in docs}
    assert served.get("e-gwacheon") == by_id["e-gwacheon"]
    assert served.get("e-no-coords") == by_id["e-no-coords"]
    assert served.get("missing") is None
    assert served.get('"*') is None


@pytest.mark.parametrize("q", ['"*:(', "과천 AND OR NOT", "name:과천", "과천~2^3", "(((", "\\", "' OR 1=1 --",
                               "{\"match_all\":{}}", "*", "과천*", '"과천"', "(과천)", "과천\x00\x1f", "+과천 -서울"])
def test_hostile_text_is_literal(served: SearchBackend, q: str) -> None:
    result = served.search(SearchQuery(q=q))
    assert result.total <= 30
    if q.strip("*\"()\x00\x1f") == "과천":  # syntax characters around a word are ignored, never interpreted
        assert {h.document.id for h in result.hits} == {"e-gwacheon", "e-gwacheon-library"}
    if q in ("과천 AND OR NOT", "+과천 -서울"):  # operators are words to match, not operators
        assert result.total == 0
    if not any(ch.isalnum() for ch in q):
        assert result.total == 0


@pytest.mark.parametrize("kw", [
    {"q": "가" * 10_000}, {"q": " ".join(["과천"] * 40)}, {"near": (200.0, 0.0)}, {"near": (37.0, float("nan"))},
    {"near": (37.0, 127.0), "radius_km": -1.0}, {"radius_km": 5.0}, {"page": -1}, {"page": 0}, {"size": 1000},
    {"size": 0}, {"sort": "distance"}, {"sort": "random"}, {"page": 10_000, "size": 100},
    {"kind": tuple(f"k{i}" for i in range(50))},
])
def test_bad_queries_raise_query_error(served: SearchBackend, kw: dict) -> None:
    with pytest.raises(QueryError):
        served.search(SearchQuery(**kw))


def test_bad_suggest_raises_query_error(served: SearchBackend) -> None:
    with pytest.raises(QueryError):
        served.suggest("가" * 1000)
    with pytest.raises(QueryError):
        served.suggest("과천", size=0)


def test_geo_facets_count_only_documents_inside_the_radius(served: SearchBackend,
                                                           docs: list[FacilityDocument]) -> None:
    center = (37.5665, 126.978)
    inside = [d for d in docs if d.lat is not None and _km(center, (d.lat, d.lon)) <= 12]
    for sort in ("distance", "relevance"):
        result = served.search(SearchQuery(near=center, radius_km=12, sort=sort))
        assert result.total == len(inside)
        assert result.facets["sido"] == dict(Counter(d.sido for d in inside if d.sido))
        assert result.facets["equipment"] == dict(Counter(e for d in inside for e in d.equipment))


def test_many_equipment_values_are_all_counted(backend: SearchBackend, docs: list[FacilityDocument]) -> None:
    many = [f"tool_{i:02d}" for i in range(20)]
    docs[0].equipment = many
    docs[1].equipment = many[5:]
    backend.activate(backend.build(docs))
    facets = backend.search(SearchQuery(size=1)).facets["equipment"]
    assert facets == dict(Counter(e for d in docs for e in d.equipment))
    assert {h.document.id for h in backend.search(SearchQuery(equipment=("tool_19",))).hits} == {d.id for d in
                                                                                                 docs[:2]}
