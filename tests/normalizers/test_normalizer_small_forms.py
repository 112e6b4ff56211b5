"""Forms found by the third independent case set (bench/data/normalizers3): extensions written out, a
programme's tier label alone."""

from __future__ import annotations

from normalizers.kind import classify_kind
from normalizers.phone import parse_phones


def test_an_extension_written_as_naeseonbeonho() -> None:
    phones = parse_phones("031-729-1234 (내선번호 205)").value
    assert phones is not None and [(p.e164, p.extension) for p in phones] == [("+82317291234", "205")]


def test_the_makerspace_tier_label_alone_names_the_kind() -> None:
    assert classify_kind(None, "전문랩(2021 선정, 충북 유일)").value == "makerspace_specialized"
    assert classify_kind(None, "전문형").value is None          # a tier word without its programme says nothing
    assert classify_kind("muhan", "전문랩 연계 무한상상실").value == "muhan_small"  # the source's family holds


def test_a_placeholder_for_equipment_is_no_equipment() -> None:
    from normalizers.equipment import parse_equipment

    for text in ("추후 공지", "미정", "없음"):
        assert parse_equipment(text).value is None


def test_an_english_closing_date_and_a_postal_code_after_the_city() -> None:
    from normalizers.address import parse_address
    from normalizers.hours import hours_to_json, parse_hours

    hours = parse_hours("Tue–Sun 10:00–18:00 (last entry 17:30), closed on Mondays and January 1").value
    assert hours is not None and hours_to_json(hours)["closures"] == [{"rule": "date", "month": 1, "day": 1}]
    seoul = parse_address("152 Teheran-ro, Gangnam-gu, Seoul 06236, Korea").value
    assert seoul is not None and (seoul.road, seoul.postal_code) == ("테헤란로", "06236")


def test_a_spaced_beonji_after_the_lot_is_no_detail() -> None:
    from normalizers.address import parse_address

    address = parse_address("충청남도 천안시 동남구 병천면 가전리 300-1 번지").value
    assert address is not None and (address.jibun, address.detail) == ("병천면 가전리 300-1", None)


def test_a_romanised_road_that_reads_two_ways_is_read_with_the_syllables_places_use() -> None:
    from normalizers.address import parse_address

    jeju = parse_address("6, Munyeon-ro, Jeju-si, Jeju-do").value    # 문연로 (제주도청), not 무년로
    pohang = parse_address("77, Cheongam-ro, Nam-gu, Pohang-si, Gyeongsangbuk-do").value  # 청암로, not 청하로
    assert jeju is not None and jeju.road == "문연로"
    assert pohang is not None and pohang.road == "청암로"


def test_days_no_range_takes_that_change_the_hours_are_kept_unread() -> None:
    from normalizers.hours import parse_hours

    monthly = parse_hours("평일 10:00~17:00 (※매월 넷째 주 금요일은 오전만 운영)").value
    summer = parse_hours("화~금 10:00-20:00 / 토 10:00-17:00 (여름방학 기간에는 일요일도 운영)").value
    assert monthly is not None and monthly.unparsed
    assert summer is not None and summer.unparsed and summer.weekly["sun"] == []


def test_a_fax_label_with_beonho_before_its_number_and_siblings_listed_on() -> None:
    phones = parse_phones("팩스번호: 02-123-4568 / 전화번호: 02-123-4567").value
    assert phones is not None and [p.display for p in phones] == ["02-123-4567"]
    phones = parse_phones("02-1234-5678, 5679, 5680").value
    assert phones is not None and [p.display for p in phones] == ["02-1234-5678", "02-1234-5679", "02-1234-5680"]
