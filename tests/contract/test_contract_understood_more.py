"""Query understanding on forms a fourth independent query set showed (holdout4): the 시 and 군 abolished in the
1990s mergers (from the official code lists), question endings, the spellings names use for a sort-of-place word,
a machine beside such a word, and a relaxed reading that keeps the place first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from index.types import FacilityDocument, SearchBackend, SearchQuery
from tests.contract.test_contract_understood import Clock, _doc, _make

SUNDAY = {d: [["10:00", "18:00"]] for d in ("tue", "wed", "thu", "fri", "sat", "sun")}
DOCS: list[FacilityDocument] = [
    _doc("ik-maker", "익산 메이커스페이스", "전북특별자치도", "익산시", "makerspace_general"),
    _doc("ph-muhan", "포항 무한상상실", "경상북도", "포항시 남구", "muhan_small"),
    _doc("as-maker", "온양온천 메이커스페이스", "충청남도", "아산시", "makerspace_general"),
    _doc("uj-gongjak", "울주 시민공작소", "울산광역시", "울주군", "makerspace_general"),
    _doc("uj-youth", "울주청소년수련관 메이커 스페이스", "울산광역시", "울주군", "makerspace_general"),
    _doc("gn-gongbang", "모락 공방", "강원특별자치도", "강릉시", "private_space"),
    _doc("dj-cafe", "메이커스 카페 대전", "대전광역시", "유성구", "private_space"),
    _doc("sj-maker", "세종 이음공작소", "세종특별자치시", None, "makerspace_general"),
    _doc("gb-kiln", "도담 도예공방", "서울특별시", "강북구", "private_space", ["kiln"]),
    _doc("gb-kiln2", "강북 생활문화센터 메이커실", "서울특별시", "강북구", "makerspace_general", ["kiln"]),
    _doc("sw-sun", "한올 수선실", "서울특별시", "마포구", "makerspace_general", ["sewing machine"], SUNDAY),
    _doc("jb-ccei", "전북창조경제혁신센터", "전북특별자치도", "전주시 덕진구", "ccei"),
    _doc("ict-songdo", "ICT 디바이스랩 송도", "인천광역시", "연수구", "ict_devicelab"),
]


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchBackend]:
    backend = _make(request.param, tmp_path, Clock())
    backend.activate(backend.build(DOCS, expected=len(DOCS)))
    yield backend
    if request.param == "elasticsearch":
        backend.delete_everything()  # type: ignore[attr-defined]


def _ids(backend: SearchBackend, q: str) -> list[str]:
    return [h.document.id for h in backend.search(SearchQuery(q=q, size=50)).hits]


@pytest.mark.parametrize(("q", "expected", "note"), [
    ("이리 메이커스페이스", {"ik-maker"}, "이리시 → 전북특별자치도 익산시"),  # 이리시 + 익산군 → 익산시 (1995)
    ("영일군 무한상상실", {"ph-muhan"}, "영일군 → 경상북도 포항시"),
    ("경남 울주군 메이커스페이스", {"uj-gongjak", "uj-youth"}, "울주군 → 울산광역시 울주군"),  # moved (1997)
    ("온양 메이커스페이스", {"as-maker"}, "온양시 → 충청남도 아산시"),  # not 울주군 온양읍
])
def test_the_abolished_cities_and_counties_of_the_code_lists_are_read(served, q, expected, note) -> None:
    result = served.search(SearchQuery(q=q, size=50))
    assert {h.document.id for h in result.hits} == expected
    notes = [w.get("note") or "" for w in result.understood.as_json()["words"]]
    assert any(note in n for n in notes), notes


def test_a_question_ending_is_no_text_a_name_must_hold(served) -> None:
    assert _ids(served, "세종 메이커스페이스 어디 있어") == ["sj-maker"]


def test_a_sort_of_place_word_meets_the_names_that_spell_it_otherwise(served) -> None:
    assert _ids(served, "대전 메이커카페") == ["dj-cafe"]  # 메이커스 카페


def test_with_a_machine_named_a_sort_of_place_word_ranks_but_does_not_filter(served) -> None:
    found = _ids(served, "강북구 가마 있는 공방")
    assert set(found) == {"gb-kiln", "gb-kiln2"} and found[0] == "gb-kiln"  # the 공방 first
    words = served.search(SearchQuery(q="강북구 가마 있는 공방")).understood.as_json()["words"]
    assert [w.get("note", "") for w in words if w["text"] == "공방"][0].startswith("ranks the names")
    assert "name" not in served.search(SearchQuery(q="강북구 가마 있는 공방")).understood.as_json()
    assert _ids(served, "일요일 여는 미싱 공방") == ["sw-sun"]
    assert _ids(served, "강북구 공방") == ["gb-kiln"]  # alone with a region, the word still filters


def test_a_relaxed_reading_puts_the_place_typed_before_the_word_met_elsewhere(served) -> None:
    # no 공방 in 울주군: its spaces come before a 공방 of 강릉
    result = served.search(SearchQuery(q="울주군 공방", size=50))
    found = [h.document.id for h in result.hits]
    assert result.understood.relaxed
    assert set(found[:2]) == {"uj-gongjak", "uj-youth"}
    assert "gn-gongbang" in found[2:]
    assert "sj-maker" not in found and result.total == len(found)  # meets neither: not a match at all


def test_a_place_where_nothing_lies_leaves_the_other_words_to_decide(served) -> None:
    # no document in 제주: the relaxed reading is the 공방 of anywhere, ranked as the word alone ranks them
    result = served.search(SearchQuery(q="제주 공방", size=50))
    assert result.understood.relaxed
    assert {h.document.id for h in result.hits} == {"gn-gongbang", "gb-kiln"} and result.total == 2


def test_a_place_alone_where_nothing_lies_finds_nothing(served) -> None:
    result = served.search(SearchQuery(q="제주 서귀포", size=50))
    assert result.total == 0 and result.hits == []


def test_a_region_word_with_an_ending_that_says_around_there(served) -> None:
    assert _ids(served, "메이커카페 대전쪽") == ["dj-cafe"]
    assert _ids(served, "세종 근처 메이커스페이스") == ["sj-maker"]


def test_of_two_kind_words_the_last_names_the_kind(served) -> None:
    # Korean puts the head noun last: the centre's maker space is a maker space, the centre's word only ranks
    result = served.search(SearchQuery(q="전북 창조경제혁신센터 메이커스페이스", size=50))
    assert [h.document.id for h in result.hits] == ["ik-maker"]
    notes = {w["text"]: w.get("note") for w in result.understood.as_json()["words"]}
    assert notes["창조경제혁신센터"] and notes["메이커스페이스"] is None
    assert _ids(served, "전북 창조경제혁신센터") == ["jb-ccei"]


def test_an_acronym_typed_in_capitals_stays_latin_on_the_other_layout(served) -> None:
    # `ICT` typed in Latin, the rest on the English layout: 디바이스랩 송도
    assert "ICT 디바이스랩 송도" in [s["name"] for s in served.suggest("ICT elqkdltmfoq thdeh", 5)]


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def many(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchBackend]:
    """DOCS and 1,000 spaces elsewhere, so that a word in few names weighs as it does in a real index."""
    backend = _make(request.param, tmp_path, Clock())
    filler = [_doc(f"f{k}", f"누리 공작소 {k}호", "서울특별시", "종로구", "makerspace_general") for k in range(1000)]
    docs = [*DOCS, *filler,
            # 경남: a centre named by its region whose text only mentions 3D printers, and a space that has one
            replace(_doc("gn-ccei", "경남센터", "경상남도", "창원시 의창구", "ccei"),
                    description="3D프린터 교육 프로그램을 협력 기관과 운영합니다"),
            _doc("gh-maker", "가야 공작소", "경상남도", "김해시", "makerspace_general", ["3D printer"])]
    backend.activate(backend.build(docs, expected=len(docs)))
    yield backend
    if request.param == "elasticsearch":
        backend.delete_everything()  # type: ignore[attr-defined]


def test_a_space_with_the_machine_ranks_above_a_text_that_mentions_it(many) -> None:
    # the region word in the centre's name ranks it, but the machine asked for ranks more
    assert _ids(many, "경남 3D프린터") == ["gh-maker", "gn-ccei"]
