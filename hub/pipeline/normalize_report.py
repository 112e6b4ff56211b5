"""Coverage of the normalizers per source and field: how much is read, how much has a reason, and what is not
read (``facility-hub normalize --report``).

Records come from the store (every current raw record) or from CSV files in the public-data standard
(전국도서관표준데이터 and datasets with the same columns), whose columns are mapped to the raw record's fields as
the opendata source stores them: the hours columns and 휴관일 become one JSON object in ``hours``. Nothing is
written: each record is normalised in memory.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

HOURS_COLUMNS = ("평일운영시작시각", "평일운영종료시각", "토요일운영시작시각", "토요일운영종료시각",
                 "공휴일운영시작시각", "공휴일운영종료시각", "휴관일")
OPENDATA_FIELDS = {"name": "도서관명", "address": "소재지도로명주소", "phone": "도서관전화번호",
                   "homepage": "홈페이지주소", "lat": "위도", "lon": "경도", "operator": "운영기관명"}
"""Raw field ← column of the public-data standard."""
FIELDS = ("name", "address", "phone", "hours", "equipment", "coordinates")

Record = tuple[str, dict[str, Any], str | None]
"""(source id, raw fields, source kind)."""


def opendata_fields(row: dict[str, str]) -> dict[str, Any]:
    """The raw record of one public-data row, as the opendata source stores it."""
    fields: dict[str, Any] = {k: row[c] for k, c in OPENDATA_FIELDS.items() if row.get(c)}
    hours = {c: row[c] for c in HOURS_COLUMNS if row.get(c)}
    if hours:
        fields["hours"] = orjson.dumps(hours).decode()
    region = " ".join(p for p in (row.get("시도명"), row.get("시군구명")) if p)
    if region:
        fields["region"] = region
    return fields


def csv_records(paths: Iterable[Path]) -> Iterator[Record]:
    """Records of public-data CSV files (UTF-8, with or without BOM); the source id is the file's stem."""
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                yield path.stem, opendata_fields(row), "public"


def _present(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(isinstance(v, str) and v.strip() for v in value)
    return value is not None


def real_number(value: Any) -> bool:
    """Whether a phone field holds what looks like a real number: at least 8 digits, and not a placeholder whose
    last 7 digits are all zeros (``032-000-0000``, ``00-000-0000``)."""
    digits = "".join(ch for ch in value if ch.isdigit()) if isinstance(value, str) else ""
    return len(digits) >= 8 and set(digits[-7:]) != {"0"}


@dataclass
class FieldCoverage:
    """Counts of one field of one source."""

    present: int = 0
    """Records with a non-blank raw value."""
    parsed: int = 0
    """Values read (fully or in part)."""
    complete: int = 0
    """Values read with nothing left unread (hours: no unparsed part; address: road and building number)."""
    with_reason: int = 0
    """Values not read, with the reason recorded."""
    eligible: int = 0
    """Records the aim counts (phones: a real number, see :func:`real_number`; hours: all present)."""
    eligible_parsed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    unread: Counter[str] = field(default_factory=Counter)

    def as_json(self, top: int) -> dict[str, Any]:
        """Shares and the most frequent unread values."""
        def share(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None

        return {
            "present": self.present, "parsed": self.parsed, "parsed_share": share(self.parsed, self.present),
            "complete": self.complete, "complete_share": share(self.complete, self.present),
            "with_reason": self.with_reason,
            "unread_with_reason_share": share(self.with_reason, self.present - self.parsed),
            "eligible": self.eligible, "eligible_parsed_share": share(self.eligible_parsed, self.eligible),
            "reasons": dict(self.reasons.most_common()),
            "top_unread": [[text, n] for text, n in self.unread.most_common(top)],
        }


def coverage(records: Iterable[Record], *, progress: Callable[[int], None] | None = None,
             top: int = 10) -> dict[str, Any]:
    """Per source and field: present, parsed, complete, with a reason; the most frequent unread values; and the
    equipment strings the taxonomy does not know, by frequency."""
    from normalizers.facility import normalize_facility
    from normalizers.tables import load_tables

    known = set(load_tables().equipment)
    by_source: dict[str, dict[str, FieldCoverage]] = defaultdict(lambda: {f: FieldCoverage() for f in FIELDS})
    unknown_equipment: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for n, (source_id, fields, kind) in enumerate(records, 1):
        counts[source_id] += 1
        f = normalize_facility(fields, source_id=source_id, key=str(n), url="", source_kind=kind)
        cov = by_source[source_id]
        _count_name(cov["name"], fields, f)
        _count_address(cov["address"], fields, f)
        _count_phone(cov["phone"], fields, f)
        _count_hours(cov["hours"], fields, f)
        _count_equipment(cov["equipment"], fields, f, known, unknown_equipment[source_id])
        _count_coordinates(cov["coordinates"], fields, f)
        if progress is not None and n % 500 == 0:
            progress(n)
    return {
        "sources": {
            s: {"records": counts[s], "fields": {name: c.as_json(top) for name, c in fields_cov.items() if c.present}}
            for s, fields_cov in sorted(by_source.items())
        },
        "unknown_equipment": {s: [[t, n] for t, n in c.most_common(top * 5)]
                              for s, c in sorted(unknown_equipment.items()) if c},
    }


def _unread(cov: FieldCoverage, problems: dict[str, str], key: str, raw: Any) -> None:
    reason = problems.get(key)
    if reason:
        cov.with_reason += 1
        cov.reasons[reason] += 1
    cov.unread[raw if isinstance(raw, str) else orjson.dumps(raw).decode()] += 1


def _count_name(cov: FieldCoverage, fields: dict[str, Any], f: Any) -> None:
    if not _present(fields.get("name")):
        return
    cov.present += 1
    if f.name:
        cov.parsed += 1
        cov.complete += 1
    else:
        _unread(cov, f.problems, "name", fields.get("name"))


def _count_address(cov: FieldCoverage, fields: dict[str, Any], f: Any) -> None:
    raw = fields.get("address") or fields.get("address_jibun")
    if not _present(raw):
        return
    cov.present += 1
    if f.address is None:
        _unread(cov, f.problems, "address" if "address" in f.problems else "address_jibun", raw)
        return
    cov.parsed += 1
    if (f.address.road and f.address.building_no) or f.address.jibun:
        cov.complete += 1
    else:
        cov.reasons["no road and building number"] += 1
        cov.unread[raw if isinstance(raw, str) else str(raw)] += 1


def _count_phone(cov: FieldCoverage, fields: dict[str, Any], f: Any) -> None:
    raw = fields.get("phone")
    if not _present(raw):
        return
    cov.present += 1
    real = real_number(raw)
    cov.eligible += real
    if f.phones:
        cov.parsed += 1
        cov.complete += 1
        cov.eligible_parsed += real
    else:
        _unread(cov, f.problems, "phone", raw)


def _count_hours(cov: FieldCoverage, fields: dict[str, Any], f: Any) -> None:
    raw = fields.get("hours")
    if not _present(raw):
        return
    cov.present += 1
    cov.eligible += 1
    if f.hours is None:
        _unread(cov, f.problems, "hours", raw)
        return
    cov.parsed += 1
    cov.eligible_parsed += 1
    if f.hours.unparsed:
        for part in f.hours.unparsed:
            cov.unread[part] += 1
    else:
        cov.complete += 1


def _count_equipment(cov: FieldCoverage, fields: dict[str, Any], f: Any, known: set[str],
                     unknown: Counter[str]) -> None:
    if not _present(fields.get("equipment")):
        return
    cov.present += 1
    if not f.equipment:
        _unread(cov, f.problems, "equipment", fields.get("equipment"))
        return
    cov.parsed += 1
    if all(e.canonical in known for e in f.equipment):
        cov.complete += 1
    for e in f.equipment:
        if e.canonical not in known:
            unknown[e.canonical] += 1


def _count_coordinates(cov: FieldCoverage, fields: dict[str, Any], f: Any) -> None:
    if not (_present(fields.get("lat")) or _present(fields.get("lon"))):
        return
    cov.present += 1
    if f.lat is not None:
        cov.parsed += 1
        cov.complete += 1
    else:
        _unread(cov, f.problems, "coordinates", f"{fields.get('lat')}, {fields.get('lon')}")


def store_records(store: Any, sources: list[Any]) -> Iterator[Record]:
    """Every current raw record in the store (pages found gone are left out)."""
    from sqlalchemy import select

    from hub.store.schema import RawRecord

    kinds = {s.id: s.kind for s in sources}
    with store.session() as session:
        for raw in session.scalars(select(RawRecord).where(RawRecord.gone_run_id.is_(None))):
            yield raw.source_id, dict(raw.fields or {}), kinds.get(raw.source_id)
