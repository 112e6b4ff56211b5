"""Query understanding every backend must share: region, kind, equipment and opening words become filters, the
answer says what was understood, and autocomplete reads Korean typing (초성, half-typed, layout, typos).

The vocabulary is the real one, built by ``hub.search_vocabulary`` from the normaliser tables.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import get_backend
from index.opening import SEOUL
from index.types import FacilityDocument, SearchBackend, SearchQuery

ES_URL = os.environ.get("ELASTICSEARCH_URL")
WEEKDAYS = {d: [["10:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
EVENINGS = {d: [["13:00", "21:30"]] for d in ("mon", "tue", "wed", "thu", "fri")}
SATURDAY = {**WEEKDAYS, "sat": [["10:00", "17:00"]]}


def _doc(id: str, name: str, sido: str, sigungu: str | None, kind: str, equipment: list[str] | None = None,
         hours: dict | None = None, closed_on_holidays: bool | None = None, address: str | None = None,
         ) -> FacilityDocument:
    return FacilityDocument(id=id, name=name, kind=kind, kinds=[kind], sido=sido, sigungu=sigungu,
                            equipment=equipment or [], hours=hours or WEEKDAYS,
                            open_weekends=bool((hours or {}).get("sat") or (hours or {}).get("sun")),
                            closed_on_holidays=closed_on_holidays,
                            address=address or f"{sido} {sigungu or ''} 어딘가로 1")


DOCS = [
    _doc("gn-muhan", "강릉시립도서관 무한상상실", "강원특별자치도", "강릉시", "muhan_small", ["3D printer"]),
    _doc("cc-muhan", "춘천 무한상상실", "강원특별자치도", "춘천시", "muhan_hub", hours=SATURDAY),
    _doc("gn-maker", "강릉제작소", "강원특별자치도", "강릉시", "makerspace_general", ["laser cutter"]),
    _doc("ic-michu", "미추홀 다락공작소", "인천광역시", "미추홀구", "makerspace_general", ["3D printer"]),
    _doc("ic-yeonsu", "연수 한울공작소", "인천광역시", "연수구", "makerspace_general", ["sewing machine"]),
    _doc("bs-laser-weekend", "팹랩 부산", "부산광역시", "남구", "private_space", ["laser cutter"], SATURDAY),
    _doc("bs-laser-weekday", "부산 메이커 스페이스", "부산광역시", "해운대구", "makerspace_general", ["laser cutter"]),
    _doc("bs-sewing", "부산 봉제 소공인센터", "부산광역시", "동구", "sogongin_center", ["sewing machine"], EVENINGS),
    _doc("as-maker", "안산 메이커스페이스", "경기도", "안산시", "makerspace_general", ["3D printer"]),
    _doc("ys-maker", "여수 메이커스페이스 안산점", "전라남도", "여수시", "makerspace_general"),
    _doc("hs-bongdam", "봉담 메이커랩", "경기도", "화성시 효행구", "makerspace_general", hours=EVENINGS,
         closed_on_holidays=True),
    _doc("dg-gunwi", "군위 공방", "대구광역시", "군위군", "private_space", ["sewing machine"], SATURDAY),
    _doc("gj-sogongin", "공주 섬유 소공인 복합지원센터", "충청남도", "공주시", "sogongin_center",
         address="충청남도 공주시 웅진로 233"),
    _doc("gj-yugu", "채움 메이커랩", "충청남도", "공주시", "makerspace_general",
         address="충청남도 공주시 유구읍 유구로 274"),
    _doc("cj-ochang", "오창 프로 메이커센터", "충청북도", "청주시 청원구", "makerspace_specialized",
         address="충청북도 청주시 청원구 오창읍 중심상업로 189"),
    _doc("gj-maker", "빛고을 메이커스페이스", "광주광역시", "북구", "makerspace_general"),
    _doc("gg-gwangju", "곤지암 메이커스페이스", "경기도", "광주시", "makerspace_general"),
    _doc("dg-school", "대건고 메이커스페이스", "대구광역시", "중구", "makerspace_general"),
]


def _make(name: str, data_dir: Path, clock) -> SearchBackend:
    from hub.search_vocabulary import query_vocabulary

    if name == "embedded":
        return get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1,
                           vocabulary=query_vocabulary(), clock=clock)
    if not ES_URL:
        pytest.skip("ELASTICSEARCH_URL is not set; start a cluster with deploy/elasticsearch/README.md")
    return get_backend("elasticsearch", data_dir=data_dir, url=ES_URL, alias=f"fh-test-{secrets.token_hex(4)}",
                       vocabulary=query_vocabulary(), clock=clock)


class Clock:
    """A settable clock (Asia/Seoul)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 2, 15, 0, tzinfo=SEOUL)  # a Wednesday afternoon

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[SearchBackend, Clock]]:
    clock = Clock()
    backend = _make(request.param, tmp_path, clock)
    backend.activate(backend.build(DOCS, expected=len(DOCS)))
    yield backend, clock
    if request.param == "elasticsearch":
        backend.delete_everything()  # type: ignore[attr-defined]


def _ids(backend: SearchBackend, q: str, **kw) -> list[str]:
    return [h.document.id for h in backend.search(SearchQuery(q=q, size=50, **kw)).hits]


def test_old_region_name_and_kind_word_become_filters(served) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q="강원도 무한상상실"))
    assert {h.document.id for h in result.hits} == {"gn-muhan", "cc-muhan"}
    understood = result.understood.as_json()
    assert understood["sido"] == "강원특별자치도"
    assert understood["kind"] == ["muhan_small", "muhan_hub"]
    assert understood["words"][0]["note"].startswith("강원도 → 강원특별자치도")
    assert understood["relaxed"] is False


@pytest.mark.parametrize(("q", "expected"), [
    ("인천 남구", {"ic-michu"}),  # 미추홀구 since 2018
    ("경북 군위", {"dg-gunwi"}),  # 대구 since 2023
    ("화성 봉담", {"hs-bongdam"}),  # 효행구 since 2026
    ("봉담 메이커스페이스", {"hs-bongdam"}),
    ("안산 메이커스페이스", {"as-maker"}),  # restricts: not the 여수 one named after 안산
    ("강원 강릉", {"gn-muhan", "gn-maker"}),
])
def test_region_words_restrict(served, q: str, expected: set[str]) -> None:
    backend, _ = served
    assert set(_ids(backend, q)) == expected


@pytest.mark.parametrize(("q", "expected", "place"), [
    ("공주 소공인", {"gj-sogongin"}, "충청남도 공주시"),  # 공주 (also "princess") leads a kind word
    ("유구읍 메이커스페이스", {"gj-yugu"}, "충청남도 공주시"),  # a 읍 of a 군/시 without 일반구, from the code lists
    ("유구 메이커스페이스", {"gj-yugu"}, "충청남도 공주시"),
    ("청원 오창 전문랩", {"cj-ochang"}, "충청북도 청주시 청원구"),  # 청원 (also "petition") confirmed by 오창
])
def test_ordinary_word_region_forms_are_read_in_context(served, q: str, expected: set[str], place: str) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q=q, size=50))
    assert {h.document.id for h in result.hits} == expected
    understood = result.understood.as_json()
    assert understood["text"] == ""
    assert place in understood["region"]


def test_an_ordinary_word_region_form_after_other_words_stays_text(served) -> None:
    backend, _ = served
    understood = backend.search(SearchQuery(q="3D프린터 연수", size=50)).understood.as_json()
    assert "region" not in understood and understood["text"] == "연수"  # training, not 인천 연수구


def test_words_saying_both_days_are_fillers(served) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q="토요일 일요일 다 여는 공방", size=50))
    assert result.understood.as_json()["text"] == ""


def test_equipment_synonyms_find_the_canonical_equipment(served) -> None:
    backend, _ = served
    assert set(_ids(backend, "재봉틀")) == {"ic-yeonsu", "bs-sewing", "dg-gunwi"}
    assert set(_ids(backend, "미싱 부산")) == {"bs-sewing"}
    result = backend.search(SearchQuery(q="레이저 커팅기"))
    assert {h.document.id for h in result.hits} == {"gn-maker", "bs-laser-weekend", "bs-laser-weekday"}
    assert result.understood.as_json()["equipment"] == ["laser cutter"]


def test_opening_words_use_the_weekly_hours(served) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q="부산 주말 레이저 커터"))
    assert [h.document.id for h in result.hits] == ["bs-laser-weekend"]
    assert {"sido": "부산광역시", "equipment": ["laser cutter"], "open_weekends": True}.items() \
        <= result.understood.as_json().items()
    assert set(_ids(backend, "토요일")) == {"cc-muhan", "bs-laser-weekend", "dg-gunwi"}
    assert set(_ids(backend, "평일 저녁")) == {"bs-sewing", "hs-bongdam"}
    assert set(_ids(backend, "야간 소공인센터")) == {"bs-sewing"}


def test_after_an_hour_and_public_holiday_words(served) -> None:
    backend, _ = served
    assert set(_ids(backend, "밤 9시 이후 소공인센터")) == {"bs-sewing"}  # 21:30 on weekdays
    assert set(_ids(backend, "9시 넘어서 여는 곳")) == {"bs-sewing", "hs-bongdam"}  # both until 21:30
    understood = backend.search(SearchQuery(q="공휴일에도 여는 메이커랩", size=50)).understood.as_json()
    assert understood["open"] == ["holiday"] and understood["text"] == "메이커랩"
    ids = _ids(backend, "공휴일에도 여는 메이커랩")
    assert "hs-bongdam" not in ids  # its hours say it closes on public holidays
    assert "hs-bongdam" in _ids(backend, "메이커랩")


@pytest.mark.parametrize(("q", "label", "expected"), [
    ("매일 여는 공방", "every_day", set()),  # 군위 공방 is open Monday to Saturday only
    ("토요일 오전 공방", "saturday_morning", {"dg-gunwi"}),
    ("밤 9시 소공인센터", "until_21", {"bs-sewing"}),
    ("오전 9시부터 여는 무한상상실", "from_9", set()),  # both open at 10:00
    ("아침 일찍 여는 무한상상실", "early", set()),
])
def test_more_opening_phrases(served, q: str, label: str, expected: set[str]) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q=q, size=50))
    understood = result.understood.as_json()
    if expected:
        assert understood["open"] == [label]
        assert {h.document.id for h in result.hits} == expected
    else:
        # nothing of the kind asked for opens then: the kind is searched without the hour, which is named unmet
        assert understood["unmet_open"] == [label] and "open" not in understood
        assert understood["relaxed"] is False and result.total > 0
        strict = backend.search(SearchQuery(q=q.split()[-1], size=50))
        assert {h.document.id for h in result.hits} == {h.document.id for h in strict.hits}


def test_a_closed_day_is_no_opening_condition(served) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q="월요일 휴관 메이커스페이스", size=50))
    understood = result.understood.as_json()
    assert "open" not in understood and understood["text"] == ""
    assert set(_ids(backend, "메이커스페이스")) == {h.document.id for h in result.hits}


def test_open_now_follows_the_clock_and_public_holidays(served) -> None:
    backend, clock = served
    clock.now = dt.datetime(2026, 12, 2, 20, 0, tzinfo=SEOUL)  # Wednesday 20:00
    assert set(_ids(backend, "지금 영업 중")) == {"bs-sewing", "hs-bongdam"}
    clock.now = dt.datetime(2026, 10, 5, 20, 0, tzinfo=SEOUL)  # Monday, 개천절 대체공휴일
    assert set(_ids(backend, "지금 영업 중")) == {"bs-sewing"}  # 봉담 closes on public holidays


def test_filters_that_find_nothing_become_boosts(served) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q="춘천 재봉틀"))
    assert result.understood.relaxed and result.total > 0
    assert result.hits[0].document.id in {"cc-muhan", "ic-yeonsu", "bs-sewing", "dg-gunwi"}


def test_a_place_outside_the_chosen_province_gives_way_to_the_filter_the_same_every_time(served) -> None:
    # 춘천 with 부산 chosen: the 시도 chosen wins, 춘천 is shown as outside it, the machine still filters; asked
    # again (the match set now known), the same answer
    backend, _ = served
    q = SearchQuery(q="춘천 재봉틀", sido=("부산광역시",))
    first, again = backend.search(q), backend.search(q)
    assert not first.understood.relaxed and not again.understood.relaxed and not first.understood.places
    assert [w.note for w in first.understood.words if w.text == "춘천"] == ["outside the 시도 filter"]
    assert [h.document.id for h in first.hits] == [h.document.id for h in again.hits] == ["bs-sewing"]
    assert first.total == again.total == 1
    # a place typed alone outside the filter still finds nothing there (nothing else was asked for)
    assert backend.search(SearchQuery(q="춘천", sido=("부산광역시",))).total == 0


def test_a_machine_asked_for_at_an_hour_none_is_open_is_found_without_the_hour(served) -> None:
    # 강원's laser cutter opens on weekdays only, its weekend space has none: the machine comes first
    backend, _ = served
    result = backend.search(SearchQuery(q="강원 주말 레이저 커터"))
    assert [h.document.id for h in result.hits] == ["gn-maker"]
    assert result.understood.unmet == ("weekend",) and not result.understood.relaxed
    assert result.understood.as_json()["unmet_open"] == ["weekend"]
    # with nothing but the hour asked for, there is nothing to drop it for
    assert backend.search(SearchQuery(q="일요일")).understood.unmet == ()


def test_literal_search_and_plain_text_are_untouched(served) -> None:
    backend, _ = served
    assert backend.search(SearchQuery(q="강원도 무한상상실", understand=False)).total == 0
    plain = backend.search(SearchQuery(q="강릉제작소"))
    assert plain.understood is None and plain.hits[0].document.id == "gn-maker"


@pytest.mark.parametrize("prefix", ["ㄱㄹㅈㅈㅅ", "강ㄹ제", "강릉제ㅈ", "강릉젲", "강릉제자", "rkdfmdwpwkrth",
                                    "강릉재작소"])
def test_suggest_reads_korean_typing(served, prefix: str) -> None:
    backend, _ = served
    assert "강릉제작소" in [s["name"] for s in backend.suggest(prefix, 5)]


def test_exact_prefix_ranks_above_typo_tolerance(served) -> None:
    backend, _ = served
    names = [s["name"] for s in backend.suggest("부산 메이커", 5)]
    assert names[0] == "부산 메이커 스페이스"


def test_a_machine_is_found_by_the_work_it_does(served) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q="강릉 레이저 각인"))  # a laser cutter engraves too (taxonomy done_by)
    assert [h.document.id for h in result.hits] == ["gn-maker"]
    assert "laser cutter" in result.understood.as_json()["equipment"]


@pytest.mark.parametrize(("q", "expected"), [
    ("광주시 메이커스페이스", {"gj-maker", "gg-gwangju"}),  # what people call 광주광역시, and 경기도 광주시's name
    ("광주 메이커스페이스", {"gj-maker"}),  # the stem alone is the 광역시
])
def test_gwangju_si_is_both_cities(served, q: str, expected: set[str]) -> None:
    backend, _ = served
    assert set(_ids(backend, q)) == expected


@pytest.mark.parametrize(("q", "expected"), [
    ("퇴근하고 갈 수 있는 소공인센터", {"bs-sewing"}),  # after work: a weekday evening
    ("주말에 가는 무한상상실 강원", {"cc-muhan"}),  # 가는: what the user will do, not a word a document holds
    ("강릉 레이저 가공", {"gn-maker"}),  # the work a machine does, beside the machine
])
def test_words_of_what_the_user_will_do_are_fillers(served, q: str, expected: set[str]) -> None:
    backend, _ = served
    result = backend.search(SearchQuery(q=q, size=50))
    assert result.understood.as_json()["text"] == "" and not result.understood.relaxed
    assert {h.document.id for h in result.hits} == expected


def test_a_school_written_out_finds_its_short_name(served) -> None:
    backend, _ = served
    assert _ids(backend, "대건고등학교 메이커스페이스") == ["dg-school"]
    assert _ids(backend, "대건고등학교") == ["dg-school"]
