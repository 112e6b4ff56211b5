"""The 2018 SGIS outlines under today's names: every 시도 and 시군구 of the region tables has one."""

from __future__ import annotations

from hub.geo import municipalities, municipality_locator, provinces
from normalizers.tables import load_tables


def test_every_current_sido_and_sigungu_has_an_outline() -> None:
    tables = load_tables()
    assert {o.sido for o in provinces()} == {s.name for s in tables.sidos}
    covered = {(o.sido, name) for o in municipalities() for name in o.sigungus}
    wanted = set()
    for s in tables.sidos:
        for city in s.sigungu:
            gus = s.gu.get(city, ())
            wanted.update((s.name, f"{city} {g}") for g in gus) if gus else wanted.add((s.name, city))
    assert sorted(wanted - covered) == []


def test_renamed_and_moved_places_read_as_today() -> None:
    by_code = {o.code: o for o in municipalities()}
    assert (by_code["37310"].sido, by_code["37310"].sigungus) == ("대구광역시", ("군위군",))  # 경북 → 대구 2023
    assert by_code["32010"].sido == "강원특별자치도"
    assert by_code["31050"].sigungus == ("부천시 소사구", "부천시 오정구", "부천시 원미구")
    assert set(by_code["23010"].sigungus) == {"영종구", "제물포구"}  # 인천 중구, 2026-07


def test_points_fall_in_their_sigungu() -> None:
    locator = municipality_locator()
    assert [o.sigungus for o in locator.containing(37.5455, 126.9541)] == [("마포구",)]  # 서울창업허브
    assert locator.km_outside(37.4363, 126.9966, "경기도", "과천시") == 0.0
    assert locator.km_outside(35.1730, 129.1270, "서울특별시", "마포구") > 300
    assert locator.km_outside(37.5, 127.0, "서울특별시", "없는구") is None
