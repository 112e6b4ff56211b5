"""The region tables generated from the official code lists, the 일반구 read from the 읍면동, English
addresses, and the romanisation they rest on."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from normalizers.address import address_to_json, parse_address
from normalizers.official import FILE_NAME
from normalizers.romanization import hangul_readings, romanize, romanize_plain
from normalizers.tables import config_directory, load_tables

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
DAY = dt.date(2026, 11, 22)


def _read(text: str, day: dt.date = DAY) -> dict | None:
    parsed = parse_address(text, on_date=day)
    return address_to_json(parsed.value) if parsed.value else None


def test_the_table_names_its_sources_and_licences() -> None:
    official = load_tables().official
    assert official is not None
    credits = " ".join(official.attribution.values())
    assert "CC BY 4.0" in credits and "vuski/admdongkor (SGIS 통계지리정보서비스)" in credits
    assert "법정동코드" in credits and "공공데이터포털" in credits


def test_the_sigungu_lists_are_the_official_ones() -> None:
    tables = load_tables()
    official = tables.official
    assert official is not None
    for sido in tables.sidos:
        ours = {(c, g) for c in sido.sigungu for g in (sido.gu.get(c) or (None,))}
        theirs = set(official.current_units(sido.name))
        if sido.name == "세종특별자치시":
            assert ours == set() and theirs == {("세종시", None)}  # a 시군구 code, but no 시군구 in addresses
        elif sido.name == "인천광역시":  # the 2026-07-01 reorganisation is after the lists' last version
            assert ours - theirs == {("제물포구", None), ("영종구", None), ("검단구", None)}
            assert theirs - ours == {("중구", None), ("동구", None)}
        else:
            assert ours == theirs, sido.name


@pytest.mark.skipif(not (SHARED / "opendata" / "sigungu_timeline.csv").exists(), reason="shared data not here")
def test_the_generated_table_is_what_the_script_writes(tmp_path: Path) -> None:
    out = tmp_path / FILE_NAME
    proc = subprocess.run([sys.executable, str(REPO / "tools" / "build_region_tables.py"), "--data", str(SHARED),
                           "--out", str(out)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        (config_directory() / FILE_NAME).read_text(encoding="utf-8"))


def test_every_abolished_city_and_county_has_the_successor_that_holds_its_villages() -> None:
    official = load_tables().official
    assert official is not None
    went = {(s.sido, s.name): (s.now_sido, s.now) for s in official.successors}
    assert went[("경상북도", "영일군")] == ("경상북도", "포항시")  # 1995 city-county mergers
    assert went[("전라북도", "이리시")] == ("전북특별자치도", "익산시")
    assert went[("충청남도", "온양시")] == ("충청남도", "아산시")
    assert went[("경상남도", "울주군")] == ("울산광역시", "울주군")  # moved with 울산's 광역시 (1997)
    assert went[("전라남도", "광산군")] == ("광주광역시", "광산구")
    assert ("강원도", "강릉시") not in went  # only its 시도 was renamed
    assert ("경기도", "시흥군") not in went  # split over 시흥, 안산, 의왕: no one successor
    assert ("경상남도", "울산시") not in went  # became the 광역시 itself


def test_the_gu_is_read_from_the_dong_when_the_text_omits_it() -> None:
    assert _read("수원시 원천동 123-4")["sigungu"] == "수원시 영통구"  # type: ignore[index]
    assert _read("성남시 야탑동 123")["sigungu"] == "성남시 분당구"  # type: ignore[index]
    assert _read("경남 창원시 상남동 72-1")["sigungu"] == "창원시"  # type: ignore[index]  # 성산구 and 마산합포구
    assert _read("경기도 부천시 길주로 210 (중동)")["sigungu"] == "부천시 원미구"  # type: ignore[index]
    old = _read("경기도 부천시 길주로 210 (중동)", dt.date(2023, 6, 1))
    assert old is not None and old["sigungu"] == "부천시"  # before 2024 부천 had no 일반구
    assert _read("경기 수원시 효원로 241")["sigungu"] == "수원시"  # type: ignore[index]  # a road fixes no 구


def test_redundant_and_glued_region_words() -> None:
    assert _read("세종특별자치시 세종시 한누리대로 2130") == {
        "sido": "세종특별자치시", "sigungu": None, "road": "한누리대로", "building_no": "2130", "detail": None,
        "postal_code": None, "jibun": None}
    assert _read("서울특별시 도봉구 도봉구 노해로69길 151")["road"] == "노해로69길"  # type: ignore[index]
    assert _read("서울특별시종로구세종대로209")["road"] == "세종대로"  # type: ignore[index]
    assert _read("세종대로 209") is None  # no 시도 or 시군구: nothing anchors the road


def test_english_addresses() -> None:
    assert _read("110 Sanghabeol-ro, Gwacheon-si, Gyeonggi-do") == {
        "sido": "경기도", "sigungu": "과천시", "road": "상하벌로", "building_no": "110", "detail": None,
        "postal_code": None, "jibun": None}
    seoul = _read("209, Sejong-daero, Jongno-gu, Seoul, 03154, Republic of Korea")
    assert seoul is not None and (seoul["sido"], seoul["sigungu"], seoul["road"], seoul["postal_code"]) == (
        "서울특별시", "종로구", "세종대로", "03154")
    gu = _read("164, Suil-ro, Jangan-gu, Suwon-si, Gyeonggi-do")
    assert gu is not None and gu["sigungu"] == "수원시 장안구"
    numbered = _read("24, Cheomdanyeonsin-ro 107beon-gil, Buk-gu, Gwangju")
    assert numbered is not None and (numbered["sido"], numbered["road"]) == ("광주광역시", "첨단연신로107번길")
    assert _read("10 Downing Street, London") is None


@pytest.mark.parametrize(("text", "sido", "sigungu"), [
    ("Chosun University, Gwangju", "광주광역시", None),      # the bare name is the metropolitan city
    ("309 Pilmun-daero, Dong-gu, Gwangju", "광주광역시", "동구"),
    ("Gwangju-si, Gyeonggi-do", "경기도", "광주시"),          # 경기도's city says -si, or its province
    ("Chowol-eup, Gwangju-si", "경기도", "광주시"),
    ("Gwangju, Gyeonggi-do", "경기도", "광주시"),
])
def test_gwangju_in_english_is_the_metropolitan_city_unless_the_text_says_otherwise(text, sido, sigungu) -> None:
    address = parse_address(text).value
    assert address is not None and (address.sido, address.sigungu) == (sido, sigungu)


def test_a_former_province_name_in_english_is_read_at_the_date() -> None:
    before = parse_address("330, Daehak-ro, Gunsan-si, Jeollabuk-do", on_date=dt.date(2023, 5, 1)).value
    after = parse_address("330, Daehak-ro, Gunsan-si, Jeollabuk-do", on_date=dt.date(2025, 5, 1)).value
    assert before is not None and (before.sido, before.sigungu, before.detail) == ("전라북도", "군산시", None)
    assert after is not None and after.sido == "전북특별자치도"


def test_romanization_both_ways() -> None:
    assert [romanize(w) for w in ("종로", "신라", "독립문", "상하벌")] == ["jongno", "silla", "dongnimmun",
                                                                       "sanghabeol"]
    assert romanize_plain("종로") == "jongro"
    for name in ("상하벌", "구룡체육관", "한누리", "달구벌", "세종"):
        assert hangul_readings(romanize(name))[0] == name
