"""Data-quality checks a steward can act on, per facility record (one source's page).

- ``postal_sigungu`` — the postal code belongs to another 시도 or 시군구 than the address says (우정사업본부's code
  table, ``postal_sigungu.json``, built by ``hub.quality.build_postal_table``);
- ``coords_sigungu`` — the coordinates lie more than ``COORDS_TOLERANCE_KM`` outside the address's 시군구 (the
  SGIS outlines of ``hub.geo``; coarse, so only clear misses count);
- ``phone_sido`` — a landline's area code is another 시도's (with the real exceptions: 과천·광명 use 02, 부천 032,
  계룡 042, 경산 053, 군위 054 …);
- ``field_shrinkage`` — a list field (equipment, programmes) lost at least half of at least ``SHRINK_MIN_BEFORE``
  items between two crawls of the same page.

A value a check cannot judge (a postal code the table does not know, a 시군구 without an outline, a mobile or
070 number) is counted under ``unchecked`` with the reason, never guessed.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from normalizers.numbering import AREA_CODES, AREA_EXCEPTIONS

POSTAL_TABLE = Path(__file__).with_name("postal_sigungu.json")
COORDS_TOLERANCE_KM = 3.0
"""A point this far outside its 시군구's simplified outline is flagged (the outlines are drawn, not surveyed)."""
SHRINK_MIN_BEFORE = 4
SHRINK_FIELDS = ("equipment", "programmes")
CHECKS = ("postal_sigungu", "coords_sigungu", "phone_sido", "field_shrinkage")
CHECK_LABELS = {"postal_sigungu": "우편번호 ↔ 시군구", "coords_sigungu": "좌표 ↔ 시군구",
                "phone_sido": "전화 지역번호 ↔ 시도", "field_shrinkage": "항목 급감"}
@dataclass
class Finding:
    """One inconsistency in one facility record."""

    check: str
    facility_id: str
    source_id: str
    field: str
    message: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class CheckReport:
    """Everything one run of the checks found, and what it could not judge."""

    findings: list[Finding] = field(default_factory=list)
    checked: Counter[str] = field(default_factory=Counter)
    unchecked: Counter[str] = field(default_factory=Counter)
    """``check: reason`` → how many values could not be judged."""

    def by_check(self) -> dict[str, int]:
        """Findings per check."""
        return dict(Counter(f.check for f in self.findings))


@functools.lru_cache(maxsize=1)
def postal_table() -> dict[str, Any]:
    """The postal code → 시도/시군구 table (``postal_sigungu.json``)."""
    return orjson.loads(POSTAL_TABLE.read_bytes())


def _city(name: str) -> str:
    return name.split(" ")[0]


def check_postal(fid: str, sid: str, address: dict[str, Any], report: CheckReport) -> None:
    """The postal code against the address's 시도 and 시군구."""
    code = str(address.get("postal_code") or "")
    sido, sigungu = address.get("sido"), address.get("sigungu")
    if not code:
        return
    if not re.fullmatch(r"\d{5}", code) or not sido:
        report.unchecked["postal_sigungu: no 5-digit code or no 시도"] += 1
        return
    table = postal_table()
    entry = table["codes"].get(code) or table["prefixes"].get(code[:3])
    if entry is None:
        report.unchecked["postal_sigungu: code not in the table"] += 1
        return
    report.checked["postal_sigungu"] += 1
    expected_sido, expected = entry.get("sido"), list(entry.get("sigungu") or [])
    if expected_sido is not None and expected_sido != sido:
        report.findings.append(Finding("postal_sigungu", fid, sid, "address.postal_code",
                                       f"우편번호 {code}은(는) {expected_sido} {' · '.join(expected)}의 번호입니다 "
                                       f"(주소: {sido} {sigungu or ''})".strip(),
                                       {"postal_code": code, "expected_sido": expected_sido, "expected": expected,
                                        "sido": sido, "sigungu": sigungu}))
        return
    if not sigungu or not expected:
        return
    if sigungu in expected or any(" " not in e and _city(sigungu) == e for e in expected) or (
            " " not in sigungu and any(_city(e) == sigungu for e in expected)):
        return
    report.findings.append(Finding("postal_sigungu", fid, sid, "address.postal_code",
                                   f"우편번호 {code}은(는) {' · '.join(expected)}의 번호입니다 (주소: {sigungu})",
                                   {"postal_code": code, "expected_sido": expected_sido, "expected": expected,
                                    "sido": sido, "sigungu": sigungu}))


def check_coordinates(fid: str, sid: str, data: dict[str, Any], report: CheckReport) -> None:
    """The coordinates against the address's 시군구 outline (시도 outline for a 시도 without 시군구)."""
    from hub.geo import municipality_locator, province_locator

    lat, lon, address = data.get("lat"), data.get("lon"), data.get("address") or {}
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) or not address.get("sido"):
        return
    sido, sigungu = address["sido"], address.get("sigungu")
    locator, name = (municipality_locator(), sigungu) if sigungu else (province_locator(), sido)
    km = locator.km_outside(float(lat), float(lon), sido, name)
    if km is None:
        report.unchecked["coords_sigungu: no outline for the 시군구"] += 1
        return
    report.checked["coords_sigungu"] += 1
    if km <= COORDS_TOLERANCE_KM:
        return
    inside = [o.label for o in municipality_locator().containing(float(lat), float(lon))]
    where = f"{inside[0]}" if inside else "어느 시군구에도 속하지 않는 곳(바다 등)"
    place = f"{sido} {sigungu}" if sigungu else sido
    report.findings.append(Finding("coords_sigungu", fid, sid, "lat,lon",
                                   f"좌표가 {place}에서 약 {km:.0f}km 벗어나 {where}에 있습니다",
                                   {"lat": lat, "lon": lon, "km_outside": round(km, 1), "inside": inside,
                                    "sido": sido, "sigungu": sigungu}))


def area_code(e164: str) -> str | None:
    """The landline area code of a ``+82…`` number (``02``, ``031`` …), or None for a mobile, 070, 050x, 080,
    or a 15xx/16xx/18xx number (not tied to a place)."""
    digits = re.sub(r"\D", "", e164 or "")
    if digits.startswith("82"):
        digits = "0" + digits[2:]
    if digits.startswith("02"):
        return "02"
    return digits[:3] if digits[:3] in AREA_CODES else None


def check_phones(fid: str, sid: str, data: dict[str, Any], report: CheckReport) -> None:
    """Each landline's area code against the address's 시도."""
    address = data.get("address") or {}
    sido, sigungu = address.get("sido"), address.get("sigungu")
    if not sido:
        return
    for phone in data.get("phones") or []:
        number = phone.get("e164") if isinstance(phone, dict) else str(phone)
        code = area_code(number or "")
        if code is None:
            report.unchecked["phone_sido: not a landline area code"] += 1
            continue
        report.checked["phone_sido"] += 1
        if AREA_CODES[code] == sido:
            continue
        if sigungu and ((sido, sigungu) in AREA_EXCEPTIONS.get(code, set())
                        or (sido, _city(sigungu)) in AREA_EXCEPTIONS.get(code, set())):
            continue
        shown = phone.get("display") if isinstance(phone, dict) else number
        report.findings.append(Finding("phone_sido", fid, sid, "phones",
                                       f"전화 {shown}의 지역번호 {code}은(는) {AREA_CODES[code]} 번호입니다 "
                                       f"(주소: {sido} {sigungu or ''})".strip(),
                                       {"phone": shown, "area_code": code, "area_sido": AREA_CODES[code],
                                        "sido": sido, "sigungu": sigungu}))


def count_items(value: Any) -> int:
    """How many items a raw list field holds (a list, or a text of lines / comma-separated items)."""
    if isinstance(value, list):
        return sum(1 for v in value if str(v).strip())
    if isinstance(value, str):
        return sum(1 for part in re.split(r"[\n,;·/]|\s{2,}", value) if part.strip())
    return 0


def check_shrinkage(fid: str, sid: str, versions: list[dict[str, Any]], report: CheckReport) -> None:
    """The newest crawl's list fields against the crawl before it (raw fields of two versions of a page)."""
    if len(versions) < 2:
        return
    before, now = versions[-2], versions[-1]
    for name in SHRINK_FIELDS:
        was, is_ = count_items(before.get(name)), count_items(now.get(name))
        if was < SHRINK_MIN_BEFORE:
            continue
        report.checked["field_shrinkage"] += 1
        if is_ * 2 <= was:
            report.findings.append(Finding("field_shrinkage", fid, sid, name,
                                           f"{'장비' if name == 'equipment' else '프로그램'} 목록이 {was}개에서 "
                                           f"{is_}개로 줄었습니다 (직전 수집 대비)",
                                           {"before": was, "after": is_}))


def run_checks(facilities: Iterable[tuple[str, str, dict[str, Any]]],
               versions: dict[str, list[dict[str, Any]]] | None = None) -> CheckReport:
    """Every check over ``(facility_id, source_id, normalised data)``; ``versions`` maps a facility id to its
    page's raw fields, oldest first (for the shrinkage check)."""
    report = CheckReport()
    for fid, sid, data in facilities:
        address = data.get("address") or {}
        if isinstance(address, dict):
            check_postal(fid, sid, address, report)
        check_coordinates(fid, sid, data, report)
        check_phones(fid, sid, data, report)
        if versions:
            check_shrinkage(fid, sid, versions.get(fid, []), report)
    return report
