"""Standalone mode: cluster any CSV of facility listings, with the pipeline's matching and no store.

Input columns: ``id``, ``name`` and optionally ``source``, ``alt_names`` (separated by ``;``), ``address``,
``postal_code``, ``phone``, ``homepage``, ``lat``, ``lon``, ``kind`` (others ignored). Addresses are read by the
normalisers (as in the pipeline); names by :mod:`dedupe.names`. Output: ``id,cluster`` where ``cluster`` is the id
of the cluster's first record in input order.
"""

from __future__ import annotations

import csv
import gc
import math
import re
import time
from collections.abc import Callable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from dedupe import text
from dedupe.columns import Encoded, combine, derive, encode
from dedupe.errors import DedupeInputError
from dedupe.features import (
    FeatureTable,
    RecordKeys,
    address_landmarks,
    any_latin,
    make_keys,
    record_kind,
    table_from_columns,
)
from dedupe.forked import beside
from dedupe.lexicon import Lexicon
from dedupe.matching import run_matching
from dedupe.model import MatchModel, load_model
from dedupe.names import EMPTY, analyse_name, with_operator
from normalizers.address import parse_address
from normalizers.phone import parse_phones
from normalizers.records import Address, Facility, Phone

_NOT_DIGIT = re.compile(r"\D")
REQUIRED = ("id", "name")
OPTIONAL = ("source", "alt_names", "address", "postal_code", "phone", "homepage", "lat", "lon", "kind", "operator")


def _float(value: str | None) -> float | None:
    try:
        f = float(value) if value not in (None, "") else None
    except ValueError:
        return None
    return f if f is not None and math.isfinite(f) else None


def _open_csv(path: Path) -> TextIO:
    """The CSV file opened for reading (BOM tolerated); DedupeInputError naming the file when it cannot be."""
    try:
        return open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - the callers close it
    except OSError as exc:
        raise DedupeInputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def read_facilities(path: Path) -> Iterator[Facility]:
    """Facilities from a CSV file; raises :class:`DedupeInputError` naming the file and line on bad input."""
    handle = _open_csv(path)
    with handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise DedupeInputError(f"{path}: missing column(s) {', '.join(missing)}; the header is {header!r}")
        seen: set[str] = set()
        try:
            for row in reader:
                rid = (row.get("id") or "").strip()
                if not rid:
                    raise DedupeInputError(f"{path}, line {reader.line_num}: empty id")
                if rid in seen:
                    raise DedupeInputError(f"{path}, line {reader.line_num}: duplicate id {rid!r}")
                seen.add(rid)
                yield facility_from_row(row)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise DedupeInputError(f"{path}, line {reader.line_num}: unreadable CSV ({exc})") from exc


def facility_from_row(row: dict[str, Any]) -> Facility:
    """One CSV row as a :class:`Facility` (the address read by the normalisers, as the pipeline reads it)."""
    rid = str(row["id"]).strip()
    source = (row.get("source") or "csv").strip() or "csv"
    address_text = (row.get("address") or "").strip()
    postal = (row.get("postal_code") or "").strip() or None
    phone = (row.get("phone") or "").strip()
    address = read_address(address_text, postal) if address_text or postal else None
    numbers = phone_keys(phone)
    alt = [a.strip() for a in (row.get("alt_names") or "").split(";") if a.strip()]
    return Facility(
        id=rid, source_id=source, key=rid, url="", name=(row.get("name") or "").strip(), alt_names=alt,
        address=address, phones=[Phone(e164="", display=n) for n in numbers],
        homepage=(row.get("homepage") or "").strip() or None,
        lat=_float(row.get("lat")), lon=_float(row.get("lon")),
        kind=(row.get("kind") or "").strip() or None, operator=(row.get("operator") or "").strip() or None,
    )


COLUMNS = ("id", "name", "alt_names", "address", "postal_code", "phone", "homepage", "kind", "lat", "lon",
           "operator")


_ONE_HYPHENATED = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}")
"""One Korean number printed in the usual way (`02-389-7512`, `010-1234-5678`)."""


def phone_keys(printed: str) -> tuple[str, ...]:
    """The first two numbers of a printed phone field, as national digits: read by the normalisers (ranges such as
    ``02-389-7512~3``, extensions, fax labels), else digit runs (numbers of other countries)."""
    printed = printed.strip()
    if not printed:
        return ()
    if _ONE_HYPHENATED.fullmatch(printed):
        # the normalisers' answer for this form is its digits whether the number is valid or not (an invalid one
        # falls back to its digit run in `read_phone_keys`): a third of the keys stage's phone time at 100k numbers
        digits = printed.replace("-", "")
        return () if _PLACEHOLDER.fullmatch(digits) else (digits,)
    return read_phone_keys(printed)


_PLACEHOLDER = re.compile(r"(?:02|0[13-9]\d|00)?0{7,8}")
"""A number printed to fill the column (`00-000-0000`, `032-000-0000`): an area code and zeros. Four kiosks of
one district print it; as a key it would join them to each other and to nothing real."""


def read_phone_keys(printed: str) -> tuple[str, ...]:
    """:func:`phone_keys` of a stripped, non-empty field as the normalisers read it (no fast path)."""
    parsed = parse_phones(printed)
    if parsed.value:
        found = dict.fromkeys(d for p in parsed.value if (d := text.phone_digits(p.e164)))
    else:
        found = dict.fromkeys(text.split_phones(printed))
    return tuple(d for d in found if not _PLACEHOLDER.fullmatch(d))[:2]


def read_address(text_: str, postal: str | None = None) -> Address:
    """A printed address as the normalisers read it (with its printed text kept for what they could not read)."""
    parsed = parse_address(text_) if text_ else None
    if parsed is not None and parsed.value is not None:
        value = parsed.value
        return Address(original=text_, sido=value.sido, sigungu=value.sigungu, road=value.road,
                       building_no=value.building_no, detail=value.detail, postal_code=value.postal_code or postal,
                       eupmyeondong=value.eupmyeondong)
    return Address(original=text_, postal_code=postal)


def _keys_of_rows(rows: list[tuple[str, ...]], model: MatchModel) -> list[RecordKeys]:
    """Matching keys of (id, name, alt_names, address, postal_code, phone, homepage, kind, lat, lon, operator) rows,
    one at a time (the reference for :func:`table_of_columns`, which computes the same keys once per distinct
    value)."""
    lex, taxonomy = model.lexicon(), model.taxonomy_kinds()
    latin = any_latin(n for row in rows for n in (row[1], *row[2].split(";")))
    out = []
    for _, name, alts, address, postal, phone, homepage, kind, lat, lon, operator in rows:
        addr = read_address(address, postal or None) if address or postal else None
        alt_list = [a.strip() for a in alts.split(";") if a.strip()]
        out.append(make_keys(lex, taxonomy, name, addr, phone_keys(phone), homepage or None, kind or None,
                             _float(lat), _float(lon), alt_list, latin=latin, operator=operator or None))
    return out


def _coordinates(column: Encoded) -> np.ndarray:
    distinct, inverse = column
    values = np.array([math.nan if (f := _float(v)) is None else f for v in distinct], dtype=np.float64)
    return values[inverse]


PARALLEL_MIN_ADDRESSES = 50_000
"""With at least this many distinct addresses (and fork available), part of them are parsed in a second process
while this one works on names, phones and the rest of the addresses."""
NAME_COST, PHONE_COST, ADDRESS_COST = 60, 11, 55
"""CPU µs per distinct name, phone and address in the keys stage, both processes busy (``gen_synth --n 100000``): the
addresses are split so that both processes finish together."""
_NO_PARTS = ("", "", "", "", "", "", (), "", "")
ADDRESS_COLUMNS = 9
"""sido, sigungu, road, building_no, floor, postal_code, landmarks, address_text, dong."""


def _address_parts(address: str, postal: str, lex: Lexicon) -> tuple:
    address = address.strip()
    postal = postal.strip()
    if not (address or postal):
        return _NO_PARTS
    parsed = read_address(address, postal or None)
    parts = text.address_parts(parsed)
    return (*parts, *address_landmarks(parsed, lex, parts), text.dong_of(parsed))


def _addresses_in_child(n_addresses: int, n_names: int, n_phones: int) -> int:
    """How many of the distinct addresses the second process parses, so that it finishes when this one has done
    the names, the phones and the remaining addresses (all of them when fewer than ``PARALLEL_MIN_ADDRESSES``)."""
    if n_addresses < PARALLEL_MIN_ADDRESSES:
        return 0
    here = (n_addresses * ADDRESS_COST - n_names * NAME_COST - n_phones * PHONE_COST) / (2 * ADDRESS_COST)
    return n_addresses - max(0, min(n_addresses, round(here)))


def table_of_columns(ids: list[str], columns: dict[str, list[str]], model: MatchModel) -> FeatureTable:
    """The feature table of raw CSV columns (``COLUMNS`` but ``id``; unstripped strings, "" = missing), with the
    keys of :func:`_keys_of_rows` computed once per distinct value (names, addresses and phones repeat).
    Absent columns are missing values."""
    n = len(ids)
    lex, taxonomy = model.lexicon(), model.taxonomy_kinds()
    blank: Encoded = ([""], np.zeros(n, dtype=np.int64))

    def column(name: str) -> Encoded:
        return encode(columns[name]) if name in columns else blank

    address_col = combine(column("address"), column("postal_code"), lambda a, p: (a, p))
    addresses, address_index = address_col
    done: dict[str, Encoded] = {}
    name_col, phone_col = column("name"), column("phone")
    in_child = _addresses_in_child(len(addresses), len(name_col[0]), len(phone_col[0]))

    def parse(part: list[tuple[str, str]]) -> list[tuple]:
        return [_address_parts(a, p, lex) for a, p in part]

    def meanwhile() -> list[tuple]:
        names_and_phones()
        return parse(addresses[in_child:])

    def names_and_phones() -> None:
        names = combine(name_col, column("alt_names"), lambda v, a: (v.strip(), a))
        latin = any_latin(n for name, alts in names[0] for n in (name, *alts.split(";")))
        forms = derive(names, lambda va: analyse_name(
            va[0], lex, tuple(x.strip() for x in va[1].split(";") if x.strip()), latin=latin)
            if (va[0] or va[1].strip()) else EMPTY)
        if "operator" in columns:  # the operator's residue, per distinct (name, operator)
            forms = combine(forms, column("operator"), lambda f, op: with_operator(f, op.strip(), lex))
        done["forms"] = forms
        done["phones"] = derive(phone_col, phone_keys)

    there, here = beside(lambda: parse(addresses[:in_child]), meanwhile, parallel=in_child > 0)
    parts = there + here
    sido, sigungu, road, building_no, floor, postal, landmarks, address_text, dong = (
        (values, small[address_index]) for values, small in (encode([p[j] for p in parts])
                                                             for j in range(ADDRESS_COLUMNS)))
    forms, phones = done["forms"], done["phones"]
    if any(text.local_number(k) for keys in phones[0] for k in keys):
        # a local number printed without its area code takes its listing's 시도's (per distinct number and 시도)
        phones = combine(phones, sido, lambda keys, s: tuple(dict.fromkeys(text.with_area_code(k, s) for k in keys)))
    kind = combine(column("kind"), forms, lambda k, f: record_kind(f, k, lex, taxonomy))
    ft = table_from_columns(
        ids, forms=forms, kind=kind, sido=sido, sigungu=sigungu, road=road, building_no=building_no, floor=floor,
        postal_code=postal, url=derive(column("homepage"), lambda h: text.url_key(h.strip())),
        phone1=derive(phones, lambda t: t[0] if t else ""), phone2=derive(phones, lambda t: t[1] if len(t) > 1 else ""),
        lat=_coordinates(column("lat")), lon=_coordinates(column("lon")),
        landmarks=landmarks, address_text=address_text, dong=dong,
    )
    ft.use_lexicon(lex)
    return ft


def _line_of_row(path: Path, k: int) -> int:
    """Line number (as the CSV reader counts) of the ``k``-th non-blank data row of a CSV (for error messages)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        seen = -1
        for row in reader:
            seen += bool(row)
            if seen == k:
                return reader.line_num
    return reader.line_num


def read_columns(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    """(ids, raw columns by name) of a CSV; same checks as :func:`read_facilities`. Absent columns are left out."""
    handle = _open_csv(path)
    with handle:
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader, [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise DedupeInputError(f"{path}: missing column(s) {', '.join(missing)}; the header is {header!r}")
        try:
            rows = list(reader)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise DedupeInputError(f"{path}, line {reader.line_num}: unreadable CSV ({exc})") from exc
    id_pos = header.index("id")
    width = len(header)
    if any(len(r) != width for r in rows):  # blank lines are skipped, short rows padded
        rows = [r if len(r) >= width else r + [""] * (width - len(r)) for r in rows if r]
    ids = [r[id_pos].strip() for r in rows]
    distinct = set(ids)
    if "" in distinct:
        raise DedupeInputError(f"{path}, line {_line_of_row(path, ids.index(''))}: empty id")
    if len(distinct) != len(ids):
        seen: set[str] = set()
        for rid in ids:
            if rid in seen:
                raise DedupeInputError(f"{path}: duplicate id {rid!r}")
            seen.add(rid)
    columns = {c: list(map(itemgetter(header.index(c)), rows)) for c in COLUMNS[1:] if c in header}
    return ids, columns


def read_keys(path: Path, model: MatchModel) -> tuple[list[str], list[RecordKeys]]:
    """(ids, matching keys) of every row of a CSV, one record at a time; same checks as :func:`read_facilities`."""
    ids, columns = read_columns(path)
    blank = [""] * len(ids)
    rows = list(zip(ids, *(map(str.strip, columns.get(c, blank)) for c in COLUMNS[1:]), strict=True))
    return ids, _keys_of_rows(rows, model)


def cluster_csv(
    input: Path,  # noqa: A002 - the public name
    output: Path,
    *,
    model: MatchModel | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, Any]:
    """Cluster the records of ``input`` and write ``id,cluster`` to ``output``; returns run statistics."""
    started = time.perf_counter()
    model = model or load_model()
    # millions of new lists, strings and tuples and no reference cycles: the cyclic GC would only re-walk them
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        ids, columns = read_columns(Path(input))
        t_read = time.perf_counter()
        ft = table_of_columns(ids, columns, model)
        del columns
    finally:
        if gc_was_enabled:
            gc.enable()
    t_feat = time.perf_counter()
    # the records' keys live until the end: a full collection during matching would walk all of them again for
    # nothing (hundreds of ms at 100k records, each time), so they leave the collector's generations
    gc.freeze()
    try:
        run = run_matching(ft, model, progress=progress)
    finally:
        gc.unfreeze()
    labels = run.outcome.labels.tolist()
    try:
        with open(output, "w", encoding="utf-8", newline="") as out:
            w = csv.writer(out)
            w.writerow(["id", "cluster"])
            w.writerows((ids[i], ids[lab]) for i, lab in enumerate(labels))
    except OSError as exc:
        raise DedupeInputError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    stats = dict(run.stats)
    stats["clusters"] = len(set(labels))
    stats["seconds"] = {"read": round(t_read - started, 3), "keys": round(t_feat - t_read, 3),
                        **stats["seconds"], "total": round(time.perf_counter() - started, 3)}
    return stats
