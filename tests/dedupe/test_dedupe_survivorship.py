"""Survivorship rules and provenance."""

from __future__ import annotations

from dedupe.survivorship import choose, golden_fields
from normalizers.records import Equipment, Facility, Phone


def fac(fid: str, source: str, fetched_at: str | None = None, **kw) -> Facility:
    return Facility(id=fid, source_id=source, key=fid, url="", name=kw.pop("name", "이름"), fetched_at=fetched_at, **kw)


def test_source_priority_wins_over_recency_and_completeness():
    a = fac("low:1", "low", "2026-11-20", homepage="https://a.example/long/path")
    b = fac("high:1", "high", "2020-01-01", homepage="https://b.example")
    fv = golden_fields([a, b], {"high": 5, "low": 1})["homepage"]
    assert (fv.value, fv.facility_id, fv.source_id, fv.rule) == ("https://b.example", "high:1", "high", "priority")


def test_agreement_then_recency_then_completeness():
    a = fac("s:1", "s", "2026-01-01", email="x@a.kr")
    b = fac("s:2", "s", "2026-01-02", email="x@a.kr")
    c = fac("s:3", "s", "2026-11-01", email="y@a.kr")
    fv = golden_fields([a, b, c])["email"]
    assert fv.value == "x@a.kr" and fv.rule == "agreement"
    d = fac("s:4", "s", "2026-11-05", operator="새 운영자")
    e = fac("s:5", "s", "2026-01-01", operator="옛 운영자입니다")
    assert golden_fields([d, e])["operator"].rule == "recency"
    assert golden_fields([d, e])["operator"].value == "새 운영자"
    f = fac("s:6", "s", None, description="짧음")
    g = fac("s:7", "s", None, description="훨씬 더 긴 설명입니다")
    assert golden_fields([f, g])["description"].rule == "completeness"


def test_missing_values_never_win_and_single_values_are_marked_only():
    a = fac("s:1", "s", operator=None)
    b = fac("s:2", "s", operator="운영자")
    fv = golden_fields([a, b])["operator"]
    assert fv.value == "운영자" and fv.rule == "only" and fv.facility_id == "s:2"
    assert "email" not in golden_fields([a, b])


def test_list_fields_are_unioned_with_provenance():
    a = fac("s:1", "s", phones=[Phone("+8225551234", "02-555-1234")], programmes=["3D 프린팅 교육"],
            equipment=[Equipment("3d_printer", "fabrication", 2, "3D프린터 2대")])
    b = fac("t:1", "t", phones=[Phone("", "02 555 1234"), Phone("+8225559999", "02-555-9999")],
            programmes=["3d  프린팅 교육", "레이저 커팅"],
            equipment=[Equipment("3d_printer", "fabrication", 5, "3D 프린터 5대"),
                       Equipment("laser_cutter", "fabrication", None, "레이저커터")])
    golden = golden_fields([a, b])
    phones = golden["phones"]
    assert [p["display"] for p in phones.value] == ["02-555-1234", "02-555-9999"]
    assert phones.rule == "union" and phones.contributors == ("s:1", "t:1")
    equipment = {e["canonical"]: e["count"] for e in golden["equipment"].value}
    assert equipment == {"3d_printer": 5, "laser_cutter": None}
    assert golden["programmes"].value == ["3D 프린팅 교육", "레이저 커팅"]


def test_alt_names_hold_the_other_spellings():
    a = fac("s:1", "s", name="한빛 메이커스페이스")
    b = fac("s:2", "s", name="한빛메이커스페이스")
    c = fac("t:1", "t", name="한빛 메이커 센터")
    golden = golden_fields([a, b, c], {"s": 2})
    assert golden["name"].value == "한빛 메이커스페이스"
    assert golden["alt_names"].value == ["한빛 메이커 센터"]


def test_choose_is_deterministic_on_full_ties():
    a, b = fac("s:2", "s"), fac("s:1", "s")
    assert choose([(a, "가"), (b, "나")], {}).facility_id == "s:1"
