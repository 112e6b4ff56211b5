"""The quality checks find every planted inconsistency and nothing in real records that only look odd."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hub.quality.checks import area_code, count_items, run_checks

FIXTURES = Path(__file__).with_name("fixtures")


def _load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _run(records: list[dict]):
    versions = {r["id"]: r["versions"] for r in records if r["versions"]}
    return run_checks(((r["id"], r["source_id"], r["data"]) for r in records), versions)


def test_every_planted_inconsistency_is_found_and_nothing_else() -> None:
    fixture = _load("planted.json")
    report = _run(fixture["records"])
    found = sorted([f.check, f.facility_id] for f in report.findings)
    assert found == sorted(fixture["expected"])
    assert all(f.message for f in report.findings)


def test_the_clean_records_raise_nothing() -> None:
    report = _run(_load("clean.json")["records"])
    assert [(f.check, f.facility_id, f.message) for f in report.findings] == []
    assert report.checked["postal_sigungu"] >= 10 and report.checked["coords_sigungu"] >= 10
    assert report.checked["phone_sido"] >= 9
    assert report.unchecked["phone_sido: not a landline area code"] == 1  # the mobile number


def test_findings_say_what_is_wrong() -> None:
    report = _run(_load("planted.json")["records"])
    by = {(f.check, f.facility_id): f for f in report.findings}
    postal = by[("postal_sigungu", "makeall:ms-101")]
    assert postal.detail["expected"] == ["강남구"] and "06151" in postal.message
    assert by[("postal_sigungu", "ccei:bs-1")].detail["expected_sido"] == "광주광역시"
    coords = by[("coords_sigungu", "makeall:ms-330")]
    assert coords.detail["inside"] == ["중구"] and coords.detail["km_outside"] > 300
    assert by[("phone_sido", "muhan:gj-1")].detail["area_sido"] == "전라남도"
    assert by[("field_shrinkage", "makeall:ms-320")].detail == {"before": 8, "after": 3}


@pytest.mark.parametrize(("number", "code"), [("+8223677140", "02"), ("+82317203000", "031"),
                                               ("+821012345678", None), ("+82707654321", None),
                                               ("15881234", None), ("+82647203000", "064")])
def test_area_codes(number: str, code: str | None) -> None:
    assert area_code(number) == code


def test_unknown_postal_codes_are_counted_not_guessed() -> None:
    record = {"address": {"sido": "서울특별시", "sigungu": "마포구", "postal_code": "99999"}}
    report = run_checks([("a:1", "a", record)])
    assert report.findings == [] and report.unchecked["postal_sigungu: code not in the table"] == 1


def test_item_counts() -> None:
    assert count_items(["a", "b", " "]) == 2
    assert count_items("3D프린터, 레이저 커터\nCNC") == 3
    assert count_items(None) == 0
