"""Equipment: one canonical name per machine in the taxonomy, lists split into items, unknown names folded, and
the equipment facet of a real replica run without a machine under two names."""

from __future__ import annotations

import json

from normalizers.equipment import _key, fold_unknown, parse_equipment
from normalizers.tables import load_tables
from normalizers.text import clean
from tests.conftest import run_cli


def test_no_two_canonical_names_share_a_synonym() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for item in load_tables().equipment.values():
        for spelling in (item.canonical, item.label, *item.synonyms):
            key = _key(clean(spelling))
            if key in owner and owner[key] != item.canonical:
                clashes.append((spelling, owner[key], item.canonical))
            owner.setdefault(key, item.canonical)
    assert clashes == []


def test_every_spelling_reads_as_its_own_machine() -> None:
    for item in load_tables().equipment.values():
        for spelling in (item.canonical, *item.synonyms):
            found = parse_equipment(spelling).value
            assert found and [e.canonical for e in found] == [item.canonical], spelling


def _items(text: str | list[str]) -> list[tuple[str, int | None]]:
    found = parse_equipment(text).value or []
    return [(e.canonical, e.count) for e in found]


def test_lists_are_split_with_a_count_per_item() -> None:
    assert _items("3D프린터 3대, 레이저 커터 1대 및 CNC 1대") == [
        ("3D printer", 3), ("laser cutter", 1), ("CNC router", 1)]
    assert _items("비닐커터·UV프린터") == [("vinyl cutter", None), ("UV printer", None)]
    assert _items("3D프린터 2대 / 3D스캐너 1대、레이저커터") == [
        ("3D printer", 2), ("3D scanner", 1), ("laser cutter", None)]
    assert _items("• 3D프린터 2대\n- 레이저커터 1대\n1. 진공성형기") == [
        ("3D printer", 2), ("laser cutter", 1), ("vacuum former", None)]
    assert _items(["3D프린터 | Ultimaker S5 | 2대"]) == [("3D printer", 2)]
    assert _items("3D프린터 외 다수") == [("3D printer", None)]


def test_a_synonym_with_a_separator_and_a_compound_modifier_stay_one_item() -> None:
    assert _items("VR/메타버스 장비") == [("VR equipment", None)]
    assert _items("EMI/EMS 시험기 2대") == [("EMC test equipment", 2)]
    assert _items("섬유 제조·시험분석 공동 장비") == [("섬유제조·시험분석공동장비", None)]


def test_the_machines_named_in_issue_13_have_one_name_each() -> None:
    pairs = [("납땜 스테이션", "soldering station"), ("PCB 프로토타이핑 머신", "PCB milling machine"),
             ("테이블톱", "table saw"), ("열전사 프레스", "heat press"), ("전기가마", "kiln"), ("전기 가마", "kiln"),
             ("스펙트럼 애널라이저", "electronic test equipment"),
             ("Spectrum Analyzer", "electronic test equipment")]
    for printed, canonical in pairs:
        assert _items(printed) == [(canonical, None)], printed


def test_unknown_machines_are_folded_so_variants_meet() -> None:
    assert _items("환경 시험 챔버 5대") == [("환경시험챔버", 5)]
    assert fold_unknown("Leap Motion") == fold_unknown("ＬＥＡＰ　ｍｏｔｉｏｎ") == "leapmotion"
    assert fold_unknown("초음파 세척기 (Branson)") == "초음파세척기"


def test_replica_run_equipment_facet_has_no_machine_under_two_names(replica_run: dict) -> None:
    proc = run_cli(replica_run["data_dir"], "search", "", "--json", "--size", "1")
    assert proc.returncode == 0, proc.stderr[-2000:]
    facet = json.loads(proc.stdout)["facets"]["equipment"]
    assert len(facet) >= 10
    known = set(load_tables().equipment)
    by_key: dict[str, list[str]] = {}
    for name in facet:
        read = parse_equipment(name).value
        # Each facet value reads back as itself: a printed spelling never stands beside its canonical name.
        assert read is not None and [e.canonical for e in read] == [name], name
        if name not in known:
            assert name == fold_unknown(name), name
        by_key.setdefault(_key(name), []).append(name)
    assert [names for names in by_key.values() if len(names) > 1] == []
