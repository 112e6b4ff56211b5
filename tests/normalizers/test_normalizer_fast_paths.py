"""The fast paths of the normalizers answer exactly as the plain algorithms they replace.

Each test compares a shortcut taken for throughput (bench/normalize.py) with the slow, obvious computation:
the Korean numbering plan against ``phonenumbers`` itself, the clean-up fast path against the full clean-up,
the keyword finder against one ``in`` test per keyword, and the cached region reading against its inputs.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers import address as address_module
from normalizers import names as names_module
from normalizers import phone as phone_module
from normalizers import text as text_module
from normalizers.address import parse_address
from normalizers.facility import normalize_facility
from normalizers.hours import parse_hours
from normalizers.kind import _Finder
from normalizers.names import name_forms, name_key, normalize_name
from normalizers.phone import _PLAN, parse_phones
from normalizers.tables import _override

DAY = dt.date(2026, 11, 22)


def _library(digits: str) -> tuple[str, str] | None:
    number = phonenumbers.PhoneNumber(country_code=82, national_number=int(digits.lstrip("0") or "0"))
    if not phonenumbers.is_valid_number_for_region(number, "KR"):
        return None
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
    )


def _plan(digits: str) -> tuple[str, str] | None:
    nsn = digits.lstrip("0") or "0"
    return ("+82" + nsn, _PLAN.national(nsn)) if _PLAN.valid(nsn) else None


def test_korean_plan_agrees_with_phonenumbers() -> None:
    rng = random.Random(20261122)
    prefixes = ["02", "031", "033", "044", "051", "064", "070", "010", "011", "0505", "080", "060", "1588", "1644",
                "15", "0130", "003", "1", ""]
    checked = valid = 0
    for _ in range(6000):
        digits = rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 10)))
        assert _plan(digits) == _library(digits), digits
        checked += 1
        valid += _library(digits) is not None
    assert valid > 500, "the sweep must reach valid numbers of several kinds"


def test_phone_display_forms() -> None:
    phones = parse_phones("02-3677-1349, 031)123-4567, 1588-1234, 0505-123-4567, 010 1234 5678").value
    assert phones is not None
    assert [p.display for p in phones] == ["02-3677-1349", "031-123-4567", "1588-1234", "050-5123-4567",
                                           "010-1234-5678"]  # 0505 numbers print as the library prints them


_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _full_clean(text: str) -> str:
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(text_module._DASHES))
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()


ODD_CHARS = " \t\n가나·-~()abc012３４\u3000\u00a0\u2013\uff5e\x01\x1c\u1100\u1161ㄱ㈜"
MIXED = st.text(alphabet=st.sampled_from(list(ODD_CHARS)), max_size=30)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), MIXED))
def test_clean_fast_path_is_the_full_clean(text: str) -> None:
    assert text_module.clean(text) == _full_clean(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["메이커스페이스", "메이커", "스페이스", "전문랩", "랩", "거점", "무한상상실", "a",
                                 ""]), max_size=6),
       st.text(alphabet=st.sampled_from(list("메이커스페전문랩거점무한상실ab")), max_size=20))
def test_keyword_finder_finds_every_keyword(words: list[str], text: str) -> None:
    finder = _Finder(words)
    assert finder.positions(text) == [i for i, w in enumerate(words) if w in text]


def test_region_cache_keeps_answers_that_depend_on_the_dong() -> None:
    # 화성시 got 일반구 on 2026-02-01; the 구 comes from the 읍면동, so such answers are never cached.
    reads = [
        ("경기 화성시 봉담읍 수영리 400-1", "화성시 효행구"),
        ("경기 화성시 우정읍 123-4", "화성시 만세구"),
        ("경기 화성시 봉담읍 수영리 400-1", "화성시 효행구"),
        ("경기 화성시 시청로 159", "화성시 만세구"),  # by its road name
        ("경기도 화성시 가나다로 1", "화성시"),
    ]
    for text, sigungu in reads * 2:
        value = parse_address(text, on_date=DAY).value
        assert value is not None and value.sigungu == sigungu, text


def test_region_cache_by_date() -> None:
    before = parse_address("강원도 춘천시 중앙로 1", on_date=dt.date(2023, 6, 10)).value
    after = parse_address("강원도 춘천시 중앙로 1", on_date=dt.date(2023, 6, 11)).value
    assert before is not None and after is not None
    assert (before.sido, after.sido) == ("강원도", "강원특별자치도")


def test_hours_answers_are_not_shared() -> None:
    first = parse_hours("평일 09:00~18:00").value
    assert first is not None
    first.weekly["mon"].append(("20:00", "21:00"))
    second = parse_hours("평일 09:00~18:00").value
    assert second is not None and second.weekly["mon"] == [("09:00", "18:00")]


@pytest.mark.parametrize("value", [None, "/tmp/some-config"])
def test_config_override_read_as_os_environ(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv("FACILITY_HUB_CONFIG_DIR", raising=False)
    else:
        monkeypatch.setenv("FACILITY_HUB_CONFIG_DIR", value)
    assert _override() == value


# --- The throughput work of open issue 4 (see bench/RESULTS.md, "Normalizers"). ---


def test_plain_phone_fast_path_answers_as_the_general_reader() -> None:
    # "tel " in front sends the same number through the candidate scan.
    rng = random.Random(4)
    for _ in range(3000):
        area = rng.choice(["02", "031", "032", "042", "051", "053", "055", "063", "064", "070", "010", "011", "00",
                           "01", "080", "060", "05"])
        text = f"{area}-{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}"
        assert phone_module._PLAIN.fullmatch(text)
        assert parse_phones(text) == parse_phones("tel " + text), text


def test_format_candidates_by_prefix_agree_with_every_leading_pattern() -> None:
    rng = random.Random(8)
    for _ in range(6000):
        nsn = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 11)))
        slow = nsn
        for leading, pattern, template in _PLAN._formats:
            if leading is None or leading.match(nsn):
                m = pattern.fullmatch(nsn)
                if m:
                    slow = template.format(*m.groups())
                    break
        assert _PLAN.national(nsn) == slow, nsn


@pytest.mark.parametrize(("pattern", "width"), [
    ("1[016-9]114", 5), ("(?:3[1-3]|[46][1-4]|5[1-5])1", 3), ("[36]0|8", 2), ("1(?:5[246-9]|6[046-8])?", 3),
    ("(?:1(?:2|34)|5)6", 4), ("12$", None), ("(?=1)2", None), ("1\\d", None), ("1+", None),
])
def test_prefix_width(pattern: str, width: int | None) -> None:
    assert phone_module._prefix_width([pattern]) == width


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=30), MIXED))
def test_compact_fast_path_is_the_full_compact(text: str) -> None:
    assert text_module.compact(text) == text_module._PUNCT.sub("", text_module.clean(text).lower())


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=30), MIXED,
                 st.text(alphabet=st.sampled_from(list("가 ·()[]「」+*!?&~a1")), max_size=12)))
def test_name_key_text_fast_path_is_the_full_one(text: str) -> None:
    assert names_module._key_text(text) == names_module._KEY_DROP.sub("", text_module.clean(text).lower())


SPACED = st.lists(st.sampled_from([" ", ",", "(", ")", "1", "2", "가", "a", ", ", " ,", "123", "(("]),
                  max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(SPACED)
def test_address_spacing_shortcuts_change_nothing_they_skip(text: str) -> None:
    # parse_address skips the comma and bracket spacing subs when the text already reads as they leave it.
    if "," in text and not (text.count(",") != text.count(", ") or " ," in text or ",  " in text):
        assert address_module._GLUE_SPACE.sub(", ", text) == text
    if "(" in text and text.count("(") == text.count(" (") + (text[0] == "("):
        assert address_module._PAREN_SPACE.sub(" (", text) == text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30), MIXED, st.sampled_from(["(주)엔피프틴(N15)", "팹 랩 센타", "㈜ ", "  "])))
def test_name_forms_are_normalize_name_and_name_key(text: str) -> None:
    display = normalize_name(text).value
    assert name_forms(text) == (display, name_key(text) if display else "")


@pytest.mark.parametrize(("lines", "count", "problem"), [
    (["", "  ", "3D프린터 2대"], 1, False), (["", " ", "\n"], 0, False), (["\u200b"], 0, True), ([], 0, False),
    ("3D프린터 2대", 1, False), (["3D프린터 2대", 7], 1, False), ([" ", None], 0, False),
])
def test_equipment_lines_read_as_they_are(lines: object, count: int, problem: bool) -> None:
    # A list of text lines goes to the reader as it is (blank lines read as nothing); anything else is filtered
    # first. Either way a problem is recorded only when some line had text and none was read.
    f = normalize_facility({"name": "x", "equipment": lines}, source_id="s", key="k", url="u")  # type: ignore[dict-item]
    assert len(f.equipment) == count and ("equipment" in f.problems) == problem
