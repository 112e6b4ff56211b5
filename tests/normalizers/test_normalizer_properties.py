"""Property tests: every normaliser never raises on arbitrary text, is deterministic, and is idempotent on its
own printed output."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.address import format_address, parse_address
from normalizers.coords import parse_coordinates
from normalizers.equipment import format_equipment, parse_equipment
from normalizers.hours import format_hours, parse_hours
from normalizers.kind import classify_kind
from normalizers.names import name_key, normalize_name
from normalizers.phone import format_phones, parse_phones

DAY = dt.date(2026, 11, 22)
KOREAN_CHARS = "서울경기강원도시군구동읍면리로길대번지층호" "()[],.-~:/ 0123456789" "평일토일월화수목금시분오전후휴관"
KOREAN = st.text(alphabet=st.sampled_from(list(KOREAN_CHARS)), max_size=60)
ANY_TEXT = st.one_of(st.text(max_size=80), KOREAN)
SIDO = st.sampled_from(
    ["서울", "서울특별시", "부산시", "경기도", "강원도", "전라북도", "충남", "경북", "세종시", "제주"]
)
UNIT = st.sampled_from(
    ["종로구", "해운대구", "수원시 영통구", "춘천시", "전주시 덕진구", "천안시", "포항시 남구", "", "군위군"]
)
ROAD = st.sampled_from(["중앙로", "세종대로", "동일로192길", "판교로289번길", "테헤란로", "시청로"])
ADDRESS = st.builds(
    lambda s, u, r, n, d, p: f"{p}{s} {u} {r} {n}{d}",
    SIDO, UNIT, ROAD, st.integers(1, 999).map(str),
    st.sampled_from(["", ", 2층", ", 3층 301호", " (중앙동)", ", B동 1층 (OO빌딩)"]),
    st.sampled_from(["", "[03154] ", "(우)12345 "]),
)
TIME = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(6, 12), st.sampled_from([0, 30]))
END = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(13, 23), st.sampled_from([0, 30]))
HOURS = st.lists(
    st.builds(
        lambda d, a, b: f"{d} {a}-{b}",
        st.sampled_from(["평일", "토", "일", "화~금", "주말", "월·수", "매일"]),
        TIME,
        END,
    ),
    min_size=1, max_size=3,
).map(" / ".join)
PHONES = st.lists(
    st.sampled_from(["02-3677-1349", "031)123-4567", "010 1234 5678", "1588-1234", "(055) 260-1140 내선 12",
                     "02-389-7512~3", "070.4000.1234"]), min_size=1, max_size=3,
).map(", ".join)
EQUIPMENT = st.lists(
    st.builds(lambda n, c: f"{n}{c}", st.sampled_from(["3D프린터", "레이저 커터", "UV 평판 프린터",
                                                     "CNC 라우터", "비닐커터", "머시닝센터", "Leap Motion",
                                                     "3D프린터 | Ultimaker S5"]),
              st.sampled_from(["", " 2대", "(3)", " x4", " | 5대"])),
    min_size=1, max_size=4,
)


def _same(a: object, b: object) -> bool:
    if dataclasses.is_dataclass(a) and dataclasses.is_dataclass(b) and hasattr(a, "original"):
        return dataclasses.replace(a, original="") == dataclasses.replace(b, original="")  # type: ignore[arg-type]
    return a == b


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_never_raises_and_is_deterministic(text: str) -> None:
    for fn in (lambda t: parse_address(t, on_date=DAY), parse_phones, parse_hours, parse_equipment, normalize_name,
               lambda t: classify_kind(None, t), lambda t: classify_kind("muhan", t),
               lambda t: parse_coordinates(t, t)):
        first, second = fn(text), fn(text)
        assert first == second
        assert (first.value is None) == (first.reason is not None)
    assert name_key(text) == name_key(text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(ADDRESS, ANY_TEXT))
def test_address_is_idempotent(text: str) -> None:
    parsed = parse_address(text, on_date=DAY)
    if parsed.value is not None:
        again = parse_address(format_address(parsed.value), on_date=DAY)
        assert again.value is not None and _same(again.value, parsed.value)


@settings(max_examples=150, deadline=None)
@given(st.one_of(HOURS, ANY_TEXT))
def test_hours_are_idempotent(text: str) -> None:
    parsed = parse_hours(text)
    if parsed.value is not None:
        again = parse_hours(format_hours(parsed.value))
        assert again.value is not None and _same(again.value, parsed.value)


@settings(max_examples=150, deadline=None)
@given(st.one_of(PHONES, ANY_TEXT))
def test_phones_are_idempotent(text: str) -> None:
    parsed = parse_phones(text)
    if parsed.value is not None:
        assert parse_phones(format_phones(parsed.value)).value == parsed.value


def _eq_parts(items: list) -> list[tuple]:
    return [(e.canonical, e.category, e.count, e.model) for e in items]


@settings(max_examples=150, deadline=None)
@given(st.one_of(EQUIPMENT, ANY_TEXT.map(lambda t: [t])))
def test_equipment_is_idempotent(lines: list[str]) -> None:
    parsed = parse_equipment(lines)
    if parsed.value is not None:
        again = parse_equipment(format_equipment(parsed.value))
        assert again.value is not None and _eq_parts(again.value) == _eq_parts(parsed.value)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, st.booleans())
def test_names_and_keys_are_idempotent(text: str, strip: bool) -> None:
    parsed = normalize_name(text)
    if parsed.value is not None:
        assert normalize_name(parsed.value).value == parsed.value
    key = name_key(text, strip)
    assert name_key(key, strip) == key


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT, st.sampled_from([None, "makerspace", "muhan", "ccei", "private", "unknown"]))
def test_kind_is_idempotent(text: str, source_kind: str | None) -> None:
    parsed = classify_kind(source_kind, text)
    if parsed.value is not None:
        assert classify_kind(source_kind, parsed.value).value == parsed.value
