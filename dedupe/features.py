"""Per-record matching features, held column-wise (lists of strings and numpy code arrays) for fast comparison.

String keys are factorised to integer codes (-1 = missing) so that blocking and exact comparisons run in numpy.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from dedupe import text
from normalizers.records import Address, Facility

GEO_CELL_DEGREES = 0.003
"""Size of a geo blocking cell (about 300 m north–south)."""


def factorize(values: Sequence[str]) -> np.ndarray:
    """Integer codes for strings; "" becomes -1. Equal strings get equal codes."""
    table: dict[str, int] = {"": -1}
    setdefault = table.setdefault
    return np.fromiter((setdefault(v, len(table) - 1) for v in values), dtype=np.int64, count=len(values))


class _LazyCodes(dict):
    """Factorised key columns, computed on first use (a model uses only some blocking keys)."""

    def __init__(self, builders: dict[str, Callable[[], np.ndarray]]) -> None:
        super().__init__()
        self._builders = builders

    def __missing__(self, key: str) -> np.ndarray:
        value = self._builders[key]()
        self[key] = value
        return value


@dataclass
class FeatureTable:
    """Matching features of n records, one entry per record in input order."""

    ids: list[str]
    name_key: np.ndarray
    """Object array of name keys (fancy indexing keeps it fast)."""
    name_len: np.ndarray
    name_tokens: list[str]
    road: np.ndarray
    """Object array of road keys."""
    codes: dict[str, np.ndarray] = field(default_factory=dict)
    """Factorised keys (-1 = missing): sido, sigungu, name_key, name_prefix1..4, name_token, road, building_no,
    postal_code, domain, geo_cell, kind, phone1, phone2, office1, office2."""
    lat: np.ndarray = field(default_factory=lambda: np.zeros(0))
    lon: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def __len__(self) -> int:
        return len(self.ids)


class RecordKeys(NamedTuple):
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


def make_keys(
    name: str, address: Address | None, phones: Sequence[str], homepage: str | None = None,
    kind: str | None = None, lat: float | None = None, lon: float | None = None, name_normalized: str = "",
) -> RecordKeys:
    """Matching keys from a record's values (``phones``: e164 or printed numbers, several per string allowed)."""
    key = text.name_key(name) or (text.name_key(name_normalized) if name_normalized else "")
    sido, sigungu, road, number, postal = text.address_parts(address)
    digits: list[str] = []
    for p in phones:
        for d in text.split_phones(p):
            if d not in digits:
                digits.append(d)
    ok = all(isinstance(x, (int, float)) and math.isfinite(x) for x in (lat, lon))
    if not ok or not (-90 <= lat <= 90 and -180 <= lon <= 180):  # type: ignore[operator]
        lat = lon = math.nan
    return RecordKeys(key, text.name_tokens(name), sido, sigungu, road, number, postal, tuple(digits[:2]),
                      text.domain_of(homepage), kind or "", float(lat), float(lon))  # type: ignore[arg-type]


def record_keys(f: Facility) -> RecordKeys:
    """Matching keys of one facility (uses ``name_normalized`` when the display name gives no key)."""
    return make_keys(f.name, f.address, [p.e164 or p.display for p in f.phones], f.homepage, f.kind, f.lat, f.lon,
                     f.name_normalized)


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
    n = len(rows)
    names = [r.name_key for r in rows]
    lat = np.array([r.lat for r in rows], dtype=np.float64)
    lon = np.array([r.lon for r in rows], dtype=np.float64)

    def column(attr: str) -> Callable[[], np.ndarray]:
        return lambda: factorize([getattr(r, attr) for r in rows])

    def prefix(k: int) -> Callable[[], np.ndarray]:
        return lambda: factorize([x[:k] if len(x) >= k else "" for x in names])

    def first_token() -> np.ndarray:
        return factorize([next((w for w in r.name_tokens.split() if len(w) >= 2), "") for r in rows])

    def geo_cell() -> np.ndarray:
        return factorize(["" if math.isnan(r.lat) else
                          f"{int(r.lat // GEO_CELL_DEGREES)}:{int(r.lon // GEO_CELL_DEGREES)}" for r in rows])

    def phones(pick: Callable[[str], str]) -> tuple[np.ndarray, np.ndarray]:
        both = factorize([pick(r.phones[0]) if r.phones else "" for r in rows]
                         + [pick(r.phones[1]) if len(r.phones) > 1 else "" for r in rows])
        return both[:n], both[n:]

    builders: dict[str, Callable[[], np.ndarray]] = {
        key: column(key) for key in ("sido", "sigungu", "road", "building_no", "postal_code", "domain", "kind")
    }
    builders.update({f"name_prefix{k}": prefix(k) for k in (1, 2, 3, 4)})
    builders.update(name_key=lambda: factorize(names), name_token=first_token, geo_cell=geo_cell)
    codes = _LazyCodes(builders)
    codes["phone1"], codes["phone2"] = phones(lambda p: p)
    codes["office1"], codes["office2"] = phones(lambda p: p[:-2])
    name_arr = np.empty(n, dtype=object)
    name_arr[:] = names
    road_arr = np.empty(n, dtype=object)
    road_arr[:] = [r.road for r in rows]
    return FeatureTable(ids=ids, name_key=name_arr, name_len=np.fromiter(map(len, names), dtype=np.int32, count=n),
                        name_tokens=[r.name_tokens for r in rows], road=road_arr, codes=codes, lat=lat, lon=lon)
