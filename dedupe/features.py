"""Per-record matching features, held column-wise (numpy code arrays and their distinct values).

Every feature is a function of one record's values, computed once per *distinct* value (names, addresses and
phones repeat): :func:`encode` / :func:`derive` keep a column as (distinct values, code per record). The pipeline
(:func:`build_features`, from normalised facilities) and the standalone CSV mode (:mod:`dedupe.standalone`, from
raw columns) both end in :func:`table_from_columns`, so they compute the same keys.

Columns (``FeatureTable.codes[key]``, -1 = missing; ``FeatureTable.values(key)`` maps a code to its value):

- names: ``name_key``, ``residue``, ``alt1``/``alt2``, ``name_prefix1..4``, ``token1``/``token2`` (the two rarest
  character bigrams of the residue), ``latin1``/``latin2`` (the two rarest 4-grams of the Latin key, when some
  name is written in Latin letters), ``name_kind``;
- ``kind`` (the kind family: the record's own kind, else its name's head noun);
- address: ``sido``, ``sigungu`` (innermost unit), ``city``, ``road``, ``building_no``, ``road_no`` (road +
  number), ``road_latin``, ``floor``, ``postal_code``;
- contact: ``phone1``/``phone2``, ``office1``/``office2`` (all but the last two digits), ``url`` (host + path),
  ``host``, and the legacy ``domain`` (= host);
- place: ``lat``/``lon`` (NaN = missing), ``geo1..4`` (four shifted grids of :data:`GEO_CELL_DEGREES`: two
  records within half a cell share a cell in at least one of them), ``geo_cell`` (the first grid).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from dedupe import text
from dedupe.clustering import connected_components
from dedupe.columns import Encoded, codes_of, combine, derive, encode, joint_codes, values_of
from dedupe.grams import geo_cells, gram_memberships, latin_grams, name_skeleton_grams, place_bigrams, rare_grams
from dedupe.lexicon import Lexicon, squeeze
from dedupe.names import EMPTY, NameForms, analyse_name, kind_family, landmark_words, with_operator
from dedupe.romanize import is_latin
from normalizers.records import Address, Facility

TOKEN_CAP = 30
"""A bigram of names and landmarks is a blocking key when between 2 and this many records carry it."""
LATIN_KEYS = 4
"""Blocking keys per record from the rarest 4-grams of its Latin key (when some name is in Latin letters)."""

class RecordKeys(NamedTuple):
    """The matching values of one record (row form, before factorising)."""

    name: NameForms
    kind: str
    sido: str
    sigungu: str
    road: str
    building_no: str
    floor: str
    postal_code: str
    phones: tuple[str, ...]
    url: str
    lat: float
    lon: float
    landmarks: tuple[str, ...] = ()
    """Place names an address gives instead of (or beside) a street address: `국립과천과학관`, `센텀그린타워`."""
    address_text: str = ""
    """The printed address, squeezed (for finding the other record's landmark in it)."""
    dong: str = ""
    """The 동/읍/면 (:func:`dedupe.text.dong_of`): where in its 시군구 a listing without a street address is."""


def _coordinates(lat: float | None, lon: float | None) -> tuple[float, float]:
    ok = all(isinstance(x, (int, float)) and math.isfinite(x) for x in (lat, lon))
    if not ok or not (-90 <= lat <= 90 and -180 <= lon <= 180):  # type: ignore[operator]
        return math.nan, math.nan
    return float(lat), float(lon)  # type: ignore[arg-type]


def make_keys(
    lex: Lexicon, taxonomy: dict[str, str], name: str, address: Address | None, phones: Sequence[str],
    homepage: str | None = None, kind: str | None = None, lat: float | None = None, lon: float | None = None,
    alt_names: Sequence[str] = (), latin: bool = True, operator: str | None = None,
) -> RecordKeys:
    """Matching keys from a record's values (``phones``: e164 or printed numbers, several per string allowed;
    ``latin``: whether some record of the input is named in Latin letters, see :func:`analyse_name`)."""
    forms = analyse_name(name, lex, tuple(alt_names), latin=latin) if (name or alt_names) else EMPTY
    forms = with_operator(forms, operator, lex)
    parts = text.address_parts(address)
    sido, sigungu, road, number, floor, postal = parts
    digits: list[str] = []
    for p in phones:
        for d in text.split_phones(p):
            if d not in digits:
                digits.append(d)
    digits = list(dict.fromkeys(text.with_area_code(d, sido) for d in digits))
    family = record_kind(forms, kind, lex, taxonomy)
    la, lo = _coordinates(lat, lon)
    landmarks, address_text = address_landmarks(address, lex, parts)
    return RecordKeys(forms, family, sido, sigungu, road, number, floor, postal, tuple(digits[:2]),
                      text.url_key(homepage), la, lo, landmarks, address_text, text.dong_of(address))


def record_kind(forms: NameForms, kind: str | None, lex: Lexicon, taxonomy: dict[str, str]) -> str:
    """A record's kind family: what its name says it is, before a site's label — unless the name is a host's
    (`세종시립도서관`, `익산교육문화회관`) on a listing the site files as something a host houses (a maker space, a
    library): that listing is the site's kind of facility at the host (a library file's `익산교육문화회관` row is
    the library there)."""
    family = forms.kind
    own = kind_family(kind.strip(), lex, taxonomy) if kind and kind.strip() else ""
    if not family or (family in lex.host_kinds and (own in lex.room_kinds or own in lex.host_kinds)):
        return own or family
    if own and not lex.kind_is_head(forms.key):  # the name's kind word is its operator's, not its own
        return own
    return family


def address_landmarks(address: Address | None, lex: Lexicon,
                      parts: tuple[str, ...] | None = None) -> tuple[tuple[str, ...], str]:
    """(landmark words, squeezed printed text) of an address (see :func:`dedupe.names.landmark_words`);
    ``parts``: its :func:`dedupe.text.address_parts`, when the caller has them."""
    if address is None or not address.original:
        return (), ""
    parts = parts or text.address_parts(address)
    located = bool(parts[2] and parts[3])
    source = address.detail if located else address.original
    return (landmark_words(source, lex) if source else ()), squeeze(address.original)


def record_keys(f: Facility, lex: Lexicon, taxonomy: dict[str, str], latin: bool = True) -> RecordKeys:
    """Matching keys of one facility."""
    return make_keys(lex, taxonomy, f.name or f.name_normalized, f.address, [p.e164 or p.display for p in f.phones],
                     f.homepage, f.kind, f.lat, f.lon, f.alt_names, latin=latin, operator=f.operator)


def any_latin(names: Iterable[str | None]) -> bool:
    """Whether some name is written in Latin letters (then every name gets its romanised forms)."""
    return any(is_latin(n) for n in names if n)


class _LazyCodes(dict):
    """Factorised key columns, computed on first use (a model uses only some keys)."""

    def __init__(self, builders: dict[str, Callable[[], np.ndarray]]) -> None:
        super().__init__()
        self._builders = builders

    def __missing__(self, key: str) -> np.ndarray:
        value = self._builders[key]()
        self[key] = value
        return value

    def known(self, key: str) -> bool:
        """Whether ``key`` is a column of this table."""
        return key in self or key in self._builders


@dataclass
class FeatureTable:
    """Matching features of n records, one entry per record in input order (see the module docstring)."""

    ids: list[str]
    codes: _LazyCodes
    lat: np.ndarray
    lon: np.ndarray
    forms: list[NameForms]
    """Distinct name forms, indexed by ``codes["form"]``."""
    compatible_kinds: frozenset[frozenset[str]] = frozenset()
    """Pairs of kind families one facility can be listed under (from the lexicon)."""
    unique_kinds: frozenset[str] = frozenset()
    """Kind families with one facility per region (창조경제혁신센터)."""
    host_kinds: frozenset[str] = frozenset()
    """Kind families of places that host facilities (도서관, 회관, 대학 …)."""
    lexicon: Lexicon | None = None
    """The lexicon the keys were made with (to read a landmark as a name)."""
    _memberships: dict[str, Callable[[], tuple[np.ndarray, np.ndarray]]] = field(default_factory=dict, repr=False)
    _values: dict[str, Callable[[], list]] = field(default_factory=dict, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    def values(self, key: str) -> np.ndarray:
        """Object array: code → value of a column (for comparisons computed once per distinct pair of codes)."""
        cache_key = "values:" + key
        if cache_key not in self._cache:
            vals = self._values[key]()
            arr = np.empty(len(vals), dtype=object)
            arr[:] = vals
            self._cache[cache_key] = arr
        return self._cache[cache_key]

    def counts(self, key: str) -> np.ndarray:
        """How many records carry each code of a column (index = code)."""
        cache_key = "counts:" + key
        if cache_key not in self._cache:
            codes = self.codes[key]
            self._cache[cache_key] = np.bincount(codes[codes >= 0], minlength=int(codes.max(initial=-1)) + 1)
        return self._cache[cache_key]

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """A derived structure kept with the table (e.g. sharing groups of a column)."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def use_lexicon(self, lex: Lexicon) -> None:
        """Take the kind relations comparisons need from the lexicon the keys were made with."""
        self.compatible_kinds = lex.compatible_kinds
        self.unique_kinds = lex.unique_kinds
        self.host_kinds = lex.host_kinds
        self.lexicon = lex

    def memberships(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(record, block code) of a key with any number of values per record (``name_token``), or None."""
        build = self._memberships.get(key)
        if build is None:
            return None
        return self.cached("memberships:" + key, build)

    def name_forms(self, idx: np.ndarray) -> list[NameForms]:
        """The name forms of records ``idx``."""
        codes = self.codes["form"][idx]
        return [self.forms[c] for c in codes.tolist()]


def build_features(
    facilities: Sequence[Facility], lex: Lexicon, taxonomy: dict[str, str],
    progress: Callable[[str, int, int], None] | None = None,
) -> FeatureTable:
    """Compute the feature table of ``facilities`` (in order)."""
    latin = any_latin(n for f in facilities for n in (f.name, *f.alt_names))
    rows: list[RecordKeys] = []
    n = len(facilities)
    step = max(1, n // 20)
    for i, f in enumerate(facilities):
        rows.append(record_keys(f, lex, taxonomy, latin))
        if progress and i % step == 0:
            progress("features", i, n)
    ft = table_from_keys([f.id for f in facilities], rows)
    ft.use_lexicon(lex)
    return ft


def table_from_keys(ids: list[str], rows: Sequence[RecordKeys]) -> FeatureTable:
    """Column-wise feature table from row keys."""
    def col(attr: str) -> Encoded:
        return encode([getattr(r, attr) for r in rows])

    return table_from_columns(
        ids, forms=col("name"), kind=col("kind"), sido=col("sido"), sigungu=col("sigungu"), road=col("road"),
        building_no=col("building_no"), floor=col("floor"), postal_code=col("postal_code"), url=col("url"),
        phone1=encode([r.phones[0] if r.phones else "" for r in rows]),
        phone2=encode([r.phones[1] if len(r.phones) > 1 else "" for r in rows]),
        lat=np.array([r.lat for r in rows], dtype=np.float64), lon=np.array([r.lon for r in rows], dtype=np.float64),
        landmarks=col("landmarks"), address_text=col("address_text"), dong=col("dong"),
    )


def table_from_columns(
    ids: list[str], *, forms: Encoded, kind: Encoded, sido: Encoded, sigungu: Encoded, road: Encoded,
    building_no: Encoded, floor: Encoded, postal_code: Encoded, url: Encoded, phone1: Encoded, phone2: Encoded,
    lat: np.ndarray, lon: np.ndarray, landmarks: Encoded | None = None, address_text: Encoded | None = None,
    dong: Encoded | None = None,
) -> FeatureTable:
    """Feature table from encoded columns (as :class:`RecordKeys` holds them; "" = missing) and coordinates
    (NaN = missing; out-of-range or half-missing coordinates are dropped)."""
    lat = np.asarray(lat, dtype=np.float64).copy()
    lon = np.asarray(lon, dtype=np.float64).copy()
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    lat[~ok] = np.nan
    lon[~ok] = np.nan
    columns: dict[str, Encoded] = {
        "sido": sido, "sigungu": sigungu, "road": road, "building_no": building_no, "floor": floor,
        "postal_code": postal_code, "url": url, "kind": kind,
        "name_key": derive(forms, lambda f: f.key), "residue": derive(forms, lambda f: f.residue),
        "alt1": derive(forms, lambda f: f.alts[0] if f.alts else ""),
        "alt2": derive(forms, lambda f: f.alts[1] if len(f.alts) > 1 else ""),
        "name_kind": derive(forms, lambda f: f.kind), "latin": derive(forms, lambda f: f.latin),
        "host": derive(url, lambda u: u.split("/", 1)[0]),
        "city": derive(sigungu, lambda s: s.split()[0] if s else ""),
        "landmarks": landmarks or ([()], np.zeros(len(ids), dtype=np.int64)),
        "address_text": address_text or ([""], np.zeros(len(ids), dtype=np.int64)),
        "dong": dong or ([""], np.zeros(len(ids), dtype=np.int64)),
    }
    columns["domain"] = columns["host"]
    columns["road_no"] = combine(road, building_no, lambda r, b: f"{r} {b}" if r and b else "")
    columns["road_latin"] = derive(road, text.road_latin)
    for k in (1, 2, 3, 4):
        columns[f"name_prefix{k}"] = derive(columns["name_key"], lambda x, k=k: x[:k] if len(x) >= k else "")
    builders: dict[str, Callable[[], np.ndarray]] = {
        key: (lambda key=key: codes_of(columns[key])) for key in columns
    }
    value_builders: dict[str, Callable[[], list]] = {
        key: (lambda key=key: values_of(columns[key])) for key in columns
    }
    builders["form"] = lambda: forms[1].copy()
    any_latin = any(f.latin_script for f in forms[0])
    joint: dict[str, list[np.ndarray]] = {}

    def joint_column(group: str, j: int) -> np.ndarray:
        if group not in joint:
            if group == "any":
                joint[group] = joint_codes([columns["residue"], columns["alt1"], columns["alt2"]])
            elif any_latin:
                joint[group] = joint_codes(rare_grams(forms, latin_grams, LATIN_KEYS))
            else:
                joint[group] = [np.full(len(ids), -1, dtype=np.int64)] * LATIN_KEYS
        return joint[group][j]

    def area_column(j: int) -> np.ndarray:
        if "area" not in joint:
            first = derive(forms, lambda f: f.regions[0] if f.regions else "")
            second = derive(forms, lambda f: f.regions[1] if len(f.regions) > 1 else "")
            city_stem = derive(columns["city"], lambda c: c[:-1] if len(c) > 2 and c[-1] in "시군구" else c)
            joint["area"] = joint_codes([columns["sido"], city_stem, first, second])
        return joint["area"][j]

    for j in range(4):
        builders[f"area{j + 1}"] = lambda j=j: area_column(j)
    for group, width in (("any", 3), ("lat", LATIN_KEYS)):
        for j in range(width):
            builders[f"{group}{j + 1}"] = lambda group=group, j=j: joint_column(group, j)
    shifts = ((0.0, 0.0), (0.5, 0.0), (0.0, 0.5), (0.5, 0.5))
    geo_done: list[np.ndarray] = []

    def geo(j: int) -> np.ndarray:
        if not geo_done:  # four grids in one code space, their cells distinct
            offset = 0
            for shift in shifts:
                cells = geo_cells(lat, lon, shift)
                geo_done.append(np.where(cells >= 0, cells + offset, -1))
                offset += int(cells.max(initial=-1)) + 1
        return geo_done[j]

    for j in range(4):
        builders[f"geo{j + 1}"] = lambda j=j: geo(j)
    builders["geo_cell"] = lambda: geo_cells(lat, lon, (0.0, 0.0))
    builders["latin_script"] = lambda: np.fromiter((f.latin_script for f in forms[0]), dtype=bool,
                                                   count=len(forms[0]))[forms[1]].astype(np.int64)
    codes = _LazyCodes(builders)
    # both phone columns in one code space (a record's second number may be another's first)
    k1 = len(phone1[0])
    union = encode(phone1[0] + phone2[0])
    for name, fn in (("phone", None), ("office", lambda p: p[:-2])):
        col = union if fn is None else derive(union, fn)
        small = codes_of(col)
        codes[f"{name}1"] = small[:k1][phone1[1]]
        codes[f"{name}2"] = small[k1:][phone2[1]]
        value_builders[name] = lambda col=col: values_of(col)
    memberships = {"name_token": lambda: gram_memberships(
        combine(forms, columns["landmarks"], lambda f, m: (f, m)), place_bigrams, TOKEN_CAP),
        "latin_token": lambda: (gram_memberships(combine(forms, columns["landmarks"], lambda f, m: (f, m)),
                                                  name_skeleton_grams, TOKEN_CAP) if any_latin
                                else (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)))}
    table = FeatureTable(ids=ids, codes=codes, lat=lat, lon=lon, forms=list(forms[0]), _values=value_builders,
                         _memberships=memberships)
    # read when first used, after ``use_lexicon`` has given the table its kind relations
    builders["kind_group"] = lambda: kind_groups(table.codes["kind"], values_of(columns["kind"]),
                                                 table.compatible_kinds)
    return table


def kind_groups(kind: np.ndarray, values: Sequence[str], compatible: frozenset[frozenset[str]]) -> np.ndarray:
    """Each record's kind family joined with the families one facility is listed under (``compatible_kinds``,
    closed under chains: a maker space, a private 공방, a 공작소 and a 무한상상실 are one group), as codes; -1 where
    the kind is unknown. A blocking key: a renamed maker space filed by one site as a 공작소 and by another as a
    메이커스페이스 meets in its city."""
    index = {v: i for i, v in enumerate(values)}
    edges = np.array([(index[a], index[b]) for a, b in (tuple(pair) for pair in compatible)
                      if a in index and b in index], dtype=np.int64).reshape(-1, 2)
    group = connected_components(len(values), edges[:, 0], edges[:, 1])
    return np.where(kind >= 0, group[np.maximum(kind, 0)] if len(group) else -1, -1)
