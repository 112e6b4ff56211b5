"""Per-record matching features, held column-wise (lists of strings and numpy code arrays) for fast comparison.

String keys are factorised to integer codes (-1 = missing) so that blocking and exact comparisons run in numpy.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from dedupe import text
from normalizers.records import Facility

GEO_CELL_DEGREES = 0.003
"""Size of a geo blocking cell (about 300 m north–south)."""


def factorize(values: Sequence[str]) -> np.ndarray:
    """Integer codes for strings; "" becomes -1. Equal strings get equal codes."""
    table: dict[str, int] = {"": -1}
    setdefault = table.setdefault
    return np.fromiter((setdefault(v, len(table) - 1) for v in values), dtype=np.int64, count=len(values))


@dataclass
class FeatureTable:
    """Matching features of n records, one entry per record in input order."""

    ids: list[str]
    name_key: list[str]
    name_tokens: list[str]
    road: list[str]
    codes: dict[str, np.ndarray] = field(default_factory=dict)
    """Factorised keys: sido, sigungu, name_key, name_prefix1..4, name_token, road, building_no, postal_code,
    domain, geo_cell, kind, phone1, phone2, office1, office2."""
    lat: np.ndarray = field(default_factory=lambda: np.zeros(0))
    lon: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class RecordKeys:
    """The matching keys of one record (row form, before factorising)."""

    name_key: str
    name_tokens: str
    sido: str
    sigungu: str
    road: str
    building_no: str
    postal_code: str
    phones: tuple[str, ...]
    domain: str
    kind: str
    lat: float
    lon: float


def record_keys(f: Facility) -> RecordKeys:
    """Matching keys of one facility (uses ``name_normalized`` when normalizers filled it in)."""
    tokens = text.name_tokens(f.name)
    key = text.name_key(f.name)
    if not key and f.name_normalized:
        key = text.name_key(f.name_normalized)
    sido, sigungu, road, number, postal = text.address_parts(f.address)
    phones: list[str] = []
    for p in f.phones:
        for d in [text.phone_digits(p.e164)] if p.e164 else text.split_phones(p.display):
            if d and d not in phones:
                phones.append(d)
    lat = f.lat if isinstance(f.lat, (int, float)) and math.isfinite(f.lat) and -90 <= f.lat <= 90 else math.nan
    lon = f.lon if isinstance(f.lon, (int, float)) and math.isfinite(f.lon) and -180 <= f.lon <= 180 else math.nan
    if math.isnan(lat) or math.isnan(lon):
        lat = lon = math.nan
    return RecordKeys(key, tokens, sido, sigungu, road, number, postal, tuple(phones[:2]),
                      text.domain_of(f.homepage), f.kind or "", lat, lon)


def build_features(
    facilities: Sequence[Facility], progress: Callable[[str, int, int], None] | None = None
) -> FeatureTable:
    """Compute the feature table of ``facilities`` (in order)."""
    rows: list[RecordKeys] = []
    n = len(facilities)
    step = max(1, n // 20)
    for i, f in enumerate(facilities):
        rows.append(record_keys(f))
        if progress and i % step == 0:
            progress("features", i, n)
    return table_from_keys([f.id for f in facilities], rows)


def table_from_keys(ids: list[str], rows: Sequence[RecordKeys]) -> FeatureTable:
    """Column-wise feature table from row keys."""
    names = [r.name_key for r in rows]
    first_token = [next((w for w in r.name_tokens.split() if len(w) >= 2), "") for r in rows]
    p1 = [r.phones[0] if r.phones else "" for r in rows]
    p2 = [r.phones[1] if len(r.phones) > 1 else "" for r in rows]
    lat = np.array([r.lat for r in rows], dtype=np.float64)
    lon = np.array([r.lon for r in rows], dtype=np.float64)
    cells = [
        "" if math.isnan(r.lat) else f"{int(r.lat // GEO_CELL_DEGREES)}:{int(r.lon // GEO_CELL_DEGREES)}" for r in rows
    ]
    codes = {
        "sido": factorize([r.sido for r in rows]),
        "sigungu": factorize([r.sigungu for r in rows]),
        "name_key": factorize(names),
        "name_token": factorize(first_token),
        "road": factorize([r.road for r in rows]),
        "building_no": factorize([r.building_no for r in rows]),
        "postal_code": factorize([r.postal_code for r in rows]),
        "domain": factorize([r.domain for r in rows]),
        "geo_cell": factorize(cells),
        "kind": factorize([r.kind for r in rows]),
    }
    for k in (1, 2, 3, 4):
        codes[f"name_prefix{k}"] = factorize([s[:k] if len(s) >= k else "" for s in names])
    phone_table = factorize(p1 + p2)
    codes["phone1"], codes["phone2"] = phone_table[: len(rows)], phone_table[len(rows):]
    office_table = factorize([p[:-2] if p else "" for p in p1 + p2])
    codes["office1"], codes["office2"] = office_table[: len(rows)], office_table[len(rows):]
    return FeatureTable(ids=ids, name_key=names, name_tokens=[r.name_tokens for r in rows],
                        road=[r.road for r in rows], codes=codes, lat=lat, lon=lon)
