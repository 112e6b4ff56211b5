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


Encoded = tuple[list, np.ndarray]
"""A column in factorised form: (distinct values in order of first appearance, code of each record), so that
work on the values (normalising, parsing) is done once per distinct value, and codes come out by indexing."""


def encode(values: Sequence) -> Encoded:
    """(distinct values in order of first appearance, index into them for each value)."""
    table = dict.fromkeys(values)
    distinct = list(table)
    table = dict(zip(distinct, range(len(distinct)), strict=True))
    return distinct, np.fromiter(map(table.__getitem__, values), dtype=np.int64, count=len(values))


def derive(column: Encoded, fn: Callable) -> Encoded:
    """``fn`` applied to every value of an encoded column, computed once per distinct value."""
    distinct, inverse = column
    values, small = encode([fn(v) for v in distinct])
    return values, small[inverse]


def codes_of(column: Encoded) -> np.ndarray:
    """Integer codes of an encoded string column: "" becomes -1, the others 0.. in order of first appearance."""
    distinct, inverse = column
    remap = np.arange(len(distinct), dtype=np.int64)
    try:
        empty = distinct.index("")
    except ValueError:
        return remap[inverse]
    remap[empty] = -1
    remap[empty + 1:] -= 1
    return remap[inverse]


def factorize(values: Sequence[str]) -> np.ndarray:
    """Integer codes for strings; "" becomes -1. Equal strings get equal codes."""
    return codes_of(encode(values))


def _objects(column: Encoded) -> np.ndarray:
    """Object array of the record values of an encoded column."""
    distinct, inverse = column
    arr = np.empty(len(distinct), dtype=object)
    arr[:] = distinct
    return arr[inverse]


def _first_token(tokens: str) -> str:
    return next((w for w in tokens.split() if len(w) >= 2), "")


def _geo_cells(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Codes of the geo cells of coordinates (-1 without coordinates)."""
    known = ~np.isnan(lat)
    out = np.full(len(lat), -1, dtype=np.int64)
    if known.any():
        cy = np.floor_divide(lat[known], GEO_CELL_DEGREES).astype(np.int64)
        cx = np.floor_divide(lon[known], GEO_CELL_DEGREES).astype(np.int64)
        key = (cy - cy.min()) * (int(cx.max() - cx.min()) + 1) + (cx - cx.min())
        out[known] = encode(key.tolist())[1]
    return out


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
    _distinct: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    def distinct_values(self, key: str) -> np.ndarray:
        """Object array: code → string of the ``name_key`` or ``road`` column (so that a string comparison can be
        computed once per distinct pair of codes)."""
        if key not in self._distinct:
            codes = self.codes[key]
            values = self.name_key if key == "name_key" else self.road
            out = np.empty(int(codes.max(initial=-1)) + 1, dtype=object)
            valid = codes >= 0
            out[codes[valid]] = values[valid]
            self._distinct[key] = out
        return self._distinct[key]


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
    def col(attr: str) -> Encoded:
        return encode([getattr(r, attr) for r in rows])

    return table_from_columns(
        ids, name_key=col("name_key"), name_tokens=col("name_tokens"), sido=col("sido"), sigungu=col("sigungu"),
        road=col("road"), building_no=col("building_no"), postal_code=col("postal_code"), domain=col("domain"),
        kind=col("kind"), phone1=encode([r.phones[0] if r.phones else "" for r in rows]),
        phone2=encode([r.phones[1] if len(r.phones) > 1 else "" for r in rows]),
        lat=np.array([r.lat for r in rows], dtype=np.float64), lon=np.array([r.lon for r in rows], dtype=np.float64),
    )


def table_from_columns(
    ids: list[str], *, name_key: Encoded, name_tokens: Encoded, sido: Encoded, sigungu: Encoded, road: Encoded,
    building_no: Encoded, postal_code: Encoded, domain: Encoded, kind: Encoded, phone1: Encoded, phone2: Encoded,
    lat: np.ndarray, lon: np.ndarray,
) -> FeatureTable:
    """Feature table from encoded key columns (as :class:`RecordKeys` holds them; "" = missing) and coordinates
    (NaN = missing; out-of-range or half-missing coordinates are dropped)."""
    lat = np.asarray(lat, dtype=np.float64).copy()
    lon = np.asarray(lon, dtype=np.float64).copy()
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    lat[~ok] = np.nan
    lon[~ok] = np.nan
    columns = {"sido": sido, "sigungu": sigungu, "road": road, "building_no": building_no,
               "postal_code": postal_code, "domain": domain, "kind": kind, "name_key": name_key}

    def column(key: str) -> Callable[[], np.ndarray]:
        return lambda: codes_of(columns[key])

    def prefix(k: int) -> Callable[[], np.ndarray]:
        return lambda: codes_of(derive(name_key, lambda x: x[:k] if len(x) >= k else ""))

    builders: dict[str, Callable[[], np.ndarray]] = {key: column(key) for key in columns}
    builders.update({f"name_prefix{k}": prefix(k) for k in (1, 2, 3, 4)})
    builders.update(name_token=lambda: codes_of(derive(name_tokens, _first_token)),
                    geo_cell=lambda: _geo_cells(lat, lon))
    codes = _LazyCodes(builders)
    # both phone columns in one code space (a record's second number may be another's first)
    k1 = len(phone1[0])
    union = encode(phone1[0] + phone2[0])
    for prefix_name, fn in (("phone", None), ("office", lambda p: p[:-2])):
        col = union if fn is None else derive(union, fn)
        small = codes_of(col)
        codes[f"{prefix_name}1"] = small[:k1][phone1[1]]
        codes[f"{prefix_name}2"] = small[k1:][phone2[1]]
    distinct_names = name_key[0]
    name_len = np.fromiter(map(len, distinct_names), dtype=np.int32, count=len(distinct_names))[name_key[1]]
    return FeatureTable(ids=ids, name_key=_objects(name_key), name_len=name_len,
                        name_tokens=_objects(name_tokens).tolist(), road=_objects(road), codes=codes, lat=lat,
                        lon=lon)
