"""Matching keys for Korean variants and for English/US records."""

from __future__ import annotations

import pytest

from dedupe.text import address_parts, domain_of, dong_of, name_key, parse_printed, phone_digits, split_phones
from normalizers.records import Address


@pytest.mark.parametrize(("a", "b"), [
    ("(주)한빛 메이커스페이스", "한빛메이커 스페이스"),
    ("㈜한빛 메이커스페이스", "한빛 메이커스페이스 주식회사"),
    ("다온 창업지원센타", "다온 창업지원센터"),
    ("새솔 3D프린팅 체험센터", "새솔 3D 프린터 체험센터"),
    ("누리 팹랩 본점", "누리 팹랩"),
    ("Precious Little One's Learning Center, Inc.", "PRECIOUS LITTLE ONES LEARNING CENTER"),
    ("Boys & Girls Club", "Boys and Girls Club"),
    ("Albany Park Comm Ctr. East", "Albany Park Community Center East"),
    ("Firman Community Svcs", "Firman Community Services"),
])
def test_variants_share_a_name_key(a, b):
    assert name_key(a) == name_key(b) != ""


def test_different_names_keep_different_keys():
    assert name_key("강남구 청소년수련관") != name_key("강동구 청소년수련관")


def test_abbreviations_fold_only_as_whole_words():
    assert name_key("Spectrum Kids") == "spectrumkids"  # not "spe center um"
    assert name_key("Devon Academy") == "devonacademy"


@pytest.mark.parametrize("text", ["서울특별시 강남구 테헤란로 123 3층", "서울 강남구 테헤란로123",
                                  "서울시 강남구 테헤란로 123"])
def test_printed_korean_addresses_fold_to_one_key(text):
    sido, sigungu, road, number, _, _ = address_parts(Address(original=text))
    assert (sido, sigungu, road, number) == ("서울", "강남구", "테헤란로", "123")


def test_parsed_parts_win_over_the_printed_text():
    address = Address(original="엉망", sido="경기도", sigungu="수원시 영통구", road="광교로", building_no="12",
                      detail="3층 301호", postal_code="16229")
    assert address_parts(address) == ("경기", "수원시 영통구", "광교로", "12", "3", "16229")


@pytest.mark.parametrize(("a", "b"), [("1633 W. Madison St.", "1633 West Madison Street"),
                                      ("2020 W Roosevelt Rd Rm. 5", "2020 W. ROOSEVELT"),
                                      ("10612-20 South Wentworth", "10612 S WENTWORTH")])
def test_us_addresses_fall_back_gracefully(a, b):
    pa, pb = address_parts(Address(original=a)), address_parts(Address(original=b))
    assert pa == pb and pa[3] != ""


@pytest.mark.parametrize("text", ["02-1234-5678", "0212345678", "02 1234 5678", "+82-2-1234-5678", "+8221234567 8"])
def test_phone_formats_fold(text):
    assert phone_digits(text) == "0212345678"


def test_phone_edge_cases():
    assert phone_digits("123") == "" and phone_digits(None) == ""
    assert split_phones("02-555-1234, 031-111-2222 / 02-555-1234") == ["025551234", "0311112222"]


def test_domain_of():
    assert domain_of("https://www.Fablab.kr/about?x=1") == "fablab.kr"
    assert domain_of("fablab.kr:8080") == "fablab.kr"
    assert domain_of("not a url") == "" and domain_of(None) == ""


@pytest.mark.parametrize(("printed", "road"), [
    ("4910 S Dr. Martin Luther King Dr", ""),  # the title read as a street type leaves a direction only: no road
    ("4910 S. King", "s king"),
    ("1001 West Roosevelt Rd.", "w roosevelt"),
])
def test_a_direction_alone_is_no_street(printed, road):
    assert parse_printed(printed)[2] == road


@pytest.mark.parametrize(("printed", "key"), [
    ("시흥2동", "시흥동"), ("시흥동", "시흥동"),            # administrative 동 numbered, legal 동 not
    ("성수1가1동", "성수동"), ("성수동1가", "성수동"),      # one 동 of numbered 가, both ways
    ("을지로3가", "을지로동"), ("종로1.2.3.4가동", "종로동"),
    ("면목본동", "면목동"), ("본동", "본동"),              # 본 of a 동 that has numbered siblings; 노량진's 본동 itself
    ("유구읍", "유구읍"), ("청계면", "청계면"), ("서동", "서동"),
])
def test_a_dong_is_one_key_for_its_legal_and_administrative_forms(printed, key):
    assert dong_of(Address(original="", eupmyeondong=printed)) == key


def test_no_dong_is_no_key():
    assert dong_of(None) == ""
    assert dong_of(Address(original="서울 종로구")) == ""
