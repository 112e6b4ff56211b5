"""Relevance rules both backends share: every member kind, partner company and industry, legal forms in queries,
English kind words and romanised names (``index.vocab``)."""

from __future__ import annotations

from collections import Counter

import pytest

from index.types import FacilityDocument, SearchBackend, SearchQuery


def _doc(id_: str, name: str, kind: str, **kw) -> FacilityDocument:
    return FacilityDocument(id=id_, name=name, kind=kind, kinds=kw.pop("kinds", [kind]), **kw)


def _extra() -> list[FacilityDocument]:
    return [
        _doc("x-gimcheon", "김천녹색미래과학관", "makerspace_general", kinds=["makerspace_general", "muhan_hub"],
             sido="경상북도", sigungu="김천시", operator="재단법인 김천시미래재단"),
        _doc("x-postech", "포스텍 무한상상실", "muhan_hub", sido="경상북도", sigungu="포항시"),
        _doc("x-ccei-busan", "부산창조경제혁신센터 메이커스페이스", "ccei", sido="부산광역시", sigungu="해운대구",
             partner_company="롯데", operator="부산창조경제혁신센터"),
        _doc("x-ccei-gwangju", "광주창조경제혁신센터", "ccei", sido="광주광역시", sigungu="북구",
             partner_company="현대자동차"),
        _doc("x-sogongin", "성수 수제화 소공인 복합지원센터", "sogongin_center", sido="서울특별시",
             sigungu="성동구", specialized_industry="수제화"),
        _doc("x-fablab-jinju", "팹랩 진주", "private_space", sido="경상남도", sigungu="진주시",
             operator="팹랩진주"),
        _doc("x-pangyo", "ICT 디바이스랩 판교", "ict_devicelab", sido="경기도", sigungu="성남시"),
        _doc("x-fablab-busan", "팹랩 부산", "private_space", sido="부산광역시", sigungu="남구"),
    ]


@pytest.fixture
def words_served(backend: SearchBackend) -> SearchBackend:
    docs = _extra()
    backend.activate(backend.build(docs, expected=len(docs)))
    return backend


def _ids(backend: SearchBackend, **kw) -> list[str]:
    return [h.document.id for h in backend.search(SearchQuery(size=50, **kw)).hits]


def test_kind_filter_and_facet_use_every_member_kind(words_served: SearchBackend) -> None:
    assert set(_ids(words_served, kind=("muhan_hub",))) == {"x-gimcheon", "x-postech"}
    assert set(_ids(words_served, kind=("makerspace_general",))) == {"x-gimcheon"}
    assert set(_ids(words_served, q="과학관", kind=("muhan_hub",), sido=("경상북도",))) == {"x-gimcheon"}
    facets = words_served.search(SearchQuery()).facets["kind"]
    expected = Counter(k for d in _extra() for k in d.kinds)
    assert facets == dict(expected)
    assert words_served.search(SearchQuery(kind=("muhan_hub",))).facets["kind"] == {
        "muhan_hub": 2, "makerspace_general": 1}


@pytest.mark.parametrize(("query", "expected"), [
    ("롯데 창조경제혁신센터", "x-ccei-busan"),
    ("롯데 혁신센터", "x-ccei-busan"),
    ("현대자동차", "x-ccei-gwangju"),
    ("수제화", "x-sogongin"),
])
def test_partner_company_and_industry_are_searchable(words_served: SearchBackend, query: str, expected: str) -> None:
    assert _ids(words_served, q=query)[:1] == [expected]


@pytest.mark.parametrize(("query", "expected"), [
    ("재단법인 부산창조경제혁신센터", "x-ccei-busan"),
    ("(재)부산창조경제혁신센터", "x-ccei-busan"),
    ("사단법인 팹랩진주", "x-fablab-jinju"),
    ("(사)팹랩진주", "x-fablab-jinju"),
    ("주식회사 팹랩진주", "x-fablab-jinju"),
    ("팹랩진주 주식회사", "x-fablab-jinju"),
    ("재단법인팹랩진주", "x-fablab-jinju"),
    ("(주)팹랩 진주", "x-fablab-jinju"),
])
def test_legal_forms_in_queries_are_not_required(words_served: SearchBackend, query: str, expected: str) -> None:
    assert expected in _ids(words_served, q=query)[:3]


def test_a_query_of_only_a_legal_form_is_still_literal(words_served: SearchBackend) -> None:
    assert _ids(words_served, q="재단법인") == ["x-gimcheon"]  # its operator's legal form


@pytest.mark.parametrize(("query", "expected"), [
    ("fablab busan", "x-fablab-busan"),
    ("fab lab jinju", "x-fablab-jinju"),
    ("ICT device lab pangyo", "x-pangyo"),
    ("devicelab", "x-pangyo"),
    ("creative economy innovation center gwangju", "x-ccei-gwangju"),
    ("makerspace gimcheon", "x-gimcheon"),
])
def test_english_kind_words_and_romanised_names(words_served: SearchBackend, query: str, expected: str) -> None:
    # first hit: words of 4+ letters tolerate one wrong letter (two bigrams), so others may follow
    assert _ids(words_served, q=query)[:1] == [expected]
