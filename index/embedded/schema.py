"""The tantivy schema of one index version, its analysers, and the conversion of documents into it.

Text is compacted in Python (``index.text.compact``) before tantivy sees it, so the analysers stay simple:

=============  ============================  ===========================================================
field          analyser                      holds
=============  ============================  ===========================================================
``all_g``      ``bigram`` (2-grams, freq)    name, alternative names, operator, ministry, kind label, address,
                                             equipment, programmes, phones, partner company, specialised
                                             industry, description, the English words of every kind, and the
                                             romanised 시도, 시군구 and name (``index.vocab``; what words match)
``name_g``     ``bigram``                    name and alternative names (ranking boost only)
``name_key``   ``raw``                       the compacted name and alternative names (exact-name boost)
``name_pre``   ``edge`` (1..20, prefix)      the compacted name and alternative names from each word start
                                             (autocomplete; its terms are the prefixes a regex of
                                             ``index.hangul.prefix_pattern`` is matched against)
``name_word``  ``raw``                       each compacted word of the names, and each whole compacted name
                                             (autocomplete: a 초성 typing of a whole word ranks first)
``name_jamo``  ``raw``                       the jamo (``index.hangul.jamo``) of the compacted names from each
                                             word start (autocomplete: jamo-level typo tolerance)
``name_sk``    ``raw``                       the sound skeleton (``index.phonetic``) of each word of the names:
                                             a name typed in the other script (fabmonster → 팹몬스터)
``name_sort``  ``raw``, fast                 the compacted name (sort by name)
``place``      ``raw``                       ``시도``, ``시도 시군구``, ``시도 시 구`` (each level of the place) and
                                             the place followed by `` .`` (nothing more specific is known): the
                                             region filter of query understanding
``held``       ``raw``                       ``n:<word>`` / ``t:<word>`` for each word of the query vocabulary the
                                             names / the matched text hold (``index.embedded.held_words``: an
                                             understood word filter is one posting list, not a bigram conjunction)
``hours_id``   u64, indexed                  id of the document's weekly schedule in the version's ``schedules``
                                             (opening words are evaluated per distinct schedule)
keywords       ``raw``                       kind (golden), kinds (every member kind: the kind filter), sido,
                                             sigungu, equipment, programme, ministry, lifecycle
``facet_ks``   u64, fast only                (id of the set of kinds << 32) | id of the (시도, 시군구, life cycle)
``facet_eq``   u64, fast only                id of the set of equipment values
``eq_ids``     u64, fast only, multi-valued  equipment as ids of the version's vocabulary (only aggregated when a
                                             version has too many distinct equipment sets)
``seq``        u64, indexed, fast            the document's position in the build: its key in ``docs.bin``
``map_g0..3``  u64, indexed, fast            the document's cell in each map grid (``index.geo.MAP_LEVELS``):
                                             map clusters are one terms aggregation on one of them
=============  ============================  ===========================================================

One field for matching keeps a query to one posting list per bigram. Facets cost per matching document, and
multi-valued fast fields make tantivy's terms aggregation ~100x slower than single-valued ones, so all four
facets come from two single-valued columns: ``facet_ks`` (kind set × place) gives kind, 시도, 시군구 and
life-cycle counts (a "place" is the triple 시도, 시군구, life-cycle state),
``facet_eq`` (equipment set) the equipment counts; the sets are expanded in Python over the few buckets. The id
→ value vocabularies are kept in the version's manifest. When a version holds more than ``MAX_EQUIPMENT_SETS``
distinct equipment sets the equipment facet is counted over the multi-valued ``eq_ids`` column instead (slower per
matching document, but only in that case).

tantivy stores no document: the documents are kept once, uncompressed, in the version's ``docs.bin``
(``index.embedded.docstore``), and a hit is mapped to its document by the ``seq`` fast field. (Storing them in
tantivy too cost ~5 µs per document in the indexing threads, ~6 µs to pass the bytes through the bindings, and
half of tantivy's files.)

Besides the index, a version holds ``columns.npz``: per document (by ``seq``) its coordinates and facet ids, which
``index.embedded.columns`` keeps in memory for map queries, and its manifest holds the match-all facet counts.

Tokenizers are not persisted by tantivy: ``open_index`` registers them every time, before any reader or
writer.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import orjson
import tantivy

from index.embedded.held_words import HeldFinder
from index.geo import MAP_LEVELS, cells_for_point, map_cell, valid_coordinates
from index.opening import week_intervals
from index.suggest_forms import EDGE_MAX, name_forms, name_skeletons
from index.text import SEPARATOR, compact, place_terms
from index.types import FacilityDocument
from index.vocab import alias_values

SCHEMA_VERSION = 7
"""Bump when the fields change; versions built with another schema are refused with a rebuild hint."""
FACET_KEYWORDS = ("kind", "sido", "sigungu", "lifecycle")
KEYWORD_FIELDS = ("kinds", "equipment", "programme", "ministry")
COLUMNS = "columns.npz"
"""Per-document lat, lon (NaN without coordinates), facet_ks and facet_eq, indexed by ``seq``."""
MAX_EQUIPMENT_SETS = 20_000
"""Above this many distinct equipment sets in a version, the equipment facet is counted from ``eq_ids``."""


def build_schema() -> tantivy.Schema:
    """The schema every embedded version uses (``SCHEMA_VERSION``)."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("seq", indexed=True, fast=True)
    for name in ("all_g", "name_g"):
        sb.add_text_field(name, tokenizer_name="bigram", index_option="freq")
    sb.add_text_field("name_key", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("name_pre", tokenizer_name="edge", index_option="freq")
    sb.add_text_field("name_word", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("name_jamo", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("name_sk", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("name_sort", tokenizer_name="raw", index_option="basic", fast=True)
    sb.add_text_field("place", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("held", tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("hours_id", indexed=True)
    for name in FACET_KEYWORDS:
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for name in KEYWORD_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("eq_ids", fast=True)
    sb.add_unsigned_field("facet_ks", fast=True)
    sb.add_unsigned_field("facet_eq", fast=True)
    sb.add_boolean_field("open_evenings", indexed=True)
    sb.add_boolean_field("open_weekends", indexed=True)
    sb.add_boolean_field("has_geo", indexed=True)
    sb.add_float_field("lat", fast=True)
    sb.add_float_field("lon", fast=True)
    sb.add_unsigned_field("cell", indexed=True)
    for level in range(len(MAP_LEVELS)):
        sb.add_unsigned_field(f"map_g{level}", indexed=True, fast=True)
    return sb.build()


def register_tokenizers(index: tantivy.Index) -> None:
    """Register the custom analysers on an opened or created index (tantivy does not persist them)."""
    index.register_tokenizer("bigram", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(2, 2)).build())
    index.register_tokenizer(
        "edge", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(1, EDGE_MAX, prefix_only=True)).build()
    )


def create_index(path: Path) -> tantivy.Index:
    """Create an empty index in ``path`` with the analysers registered."""
    index = tantivy.Index(build_schema(), path=str(path))
    register_tokenizers(index)
    return index


def open_index(path: Path) -> tantivy.Index:
    """Open an existing version directory and register the analysers."""
    index = tantivy.Index.open(str(path))
    register_tokenizers(index)
    return index


class Vocabulary:
    """Ids for values (equipment names, kind sets, places), assigned in first-seen order while a version is built."""

    def __init__(self, names: list | None = None) -> None:
        self.names: list = list(names or [])
        self._ids = {n: i for i, n in enumerate(self.names)}

    def id(self, name: object) -> int:
        """The id of ``name``, assigning the next one when it is new."""
        found = self._ids.get(name)
        if found is None:
            found = self._ids[name] = len(self.names)
            self.names.append(name)
        return found


class FacetVocabularies:
    """The vocabularies one build collects for the facet columns, and the match-all facet counts."""

    def __init__(self) -> None:
        self.equipment = Vocabulary()
        self.kind_sets = Vocabulary()
        self.places = Vocabulary()
        self.equipment_sets = Vocabulary()
        self.schedules = Vocabulary()
        """Distinct (open intervals in minutes of the week, closes on public holidays) of the documents."""
        self.ks_counts: dict[int, int] = {}
        self.eq_counts: dict[int, int] = {}
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.ks: list[int] = []
        self.eq: list[int] = []

    def save_columns(self, directory: Path) -> None:
        """Write the per-document columns (by ``seq``) the reader keeps in memory for map queries."""
        np.savez(directory / COLUMNS, lat=np.asarray(self.lat, dtype=np.float64),
                 lon=np.asarray(self.lon, dtype=np.float64), ks=np.asarray(self.ks, dtype=np.uint64),
                 eq=np.asarray(self.eq, dtype=np.uint32))

    def manifest(self) -> dict[str, object]:
        """What the manifest keeps: the vocabularies (JSON lists) and the raw match-all bucket counts."""
        return {"equipment": self.equipment.names,
                "kind_sets": [list(k) for k in self.kind_sets.names],
                "places": [list(p) for p in self.places.names],
                "equipment_sets": ([list(e) for e in self.equipment_sets.names]
                                   if len(self.equipment_sets.names) <= MAX_EQUIPMENT_SETS else None),
                "schedules": [[[list(iv) for iv in ivs], closed] for ivs, closed in self.schedules.names],
                "all_ks": [[k, c] for k, c in self.ks_counts.items()],
                "all_eq": [[k, c] for k, c in self.eq_counts.items()]}


def document_kinds(doc: FacilityDocument) -> list[str]:
    """Every kind of the document, the golden kind first, no repeats."""
    return list(dict.fromkeys([k for k in [doc.kind, *doc.kinds] if k]))


def to_tantivy(doc: FacilityDocument, seq: int, schema: tantivy.Schema, vocab: FacetVocabularies,
               held: HeldFinder | None = None) -> tantivy.Document:
    """Turn one ``FacilityDocument`` into a tantivy document (the document itself is kept in ``docs.bin``).

    Several values of one analysed field are joined with ``SEPARATOR`` and compacted in one call (no bigram
    spans two values); the document is made with one ``Document.from_dict`` call, which is about half the cost
    of one ``add_*`` call per value.
    """
    names = SEPARATOR.join([doc.name, *doc.alt_names])
    name = compact(doc.name)
    alts = [c for c in (compact(a) for a in doc.alt_names) if c]
    kinds = document_kinds(doc)
    rest = [v for v in (doc.operator, doc.ministry, doc.kind_label, doc.address, *doc.equipment_text,
                        *doc.equipment, *doc.programmes, *doc.phones, doc.partner_company, doc.specialized_industry,
                        doc.description, *alias_values(kinds, doc.sido, doc.name, doc.sigungu)) if v]
    names_c = compact(names)
    all_c = names_c + SEPARATOR + compact(SEPARATOR.join(rest)) if rest else names_c
    pre, words, jamos = name_forms([doc.name, *doc.alt_names])
    fields: dict[str, object] = {
        "id": doc.id, "seq": seq, "name_g": names_c, "name_key": [name, *alts],
        "name_sort": name, "name_pre": pre, "name_word": words, "name_jamo": jamos,
        "name_sk": name_skeletons([*words, *pre]),
        "all_g": all_c,
        "open_evenings": bool(doc.open_evenings), "open_weekends": bool(doc.open_weekends),
    }
    for fname, value in (("kind", doc.kind), ("sido", doc.sido), ("sigungu", doc.sigungu),
                         ("ministry", doc.ministry), ("lifecycle", doc.lifecycle or "open")):
        if value:
            fields[fname] = value
    if kinds:
        fields["kinds"] = kinds
    if held is not None:
        terms = held.terms(names_c, all_c)
        if terms:
            fields["held"] = terms
    places = place_terms(doc.sido, doc.sigungu)
    if places:
        fields["place"] = places
    fields["hours_id"] = vocab.schedules.id((week_intervals(doc.hours), doc.closed_on_holidays))
    place = vocab.places.id((doc.sido, doc.sigungu, doc.lifecycle or "open"))
    ks = (vocab.kind_sets.id(tuple(sorted(kinds))) << 32) | place
    fields["facet_ks"] = ks
    vocab.ks_counts[ks] = vocab.ks_counts.get(ks, 0) + 1
    equipment = list(dict.fromkeys(doc.equipment))
    eq = vocab.equipment_sets.id(tuple(sorted(equipment)))
    fields["facet_eq"] = eq
    vocab.eq_counts[eq] = vocab.eq_counts.get(eq, 0) + 1
    vocab.ks.append(ks)
    vocab.eq.append(eq)
    if equipment:
        fields["equipment"] = equipment
        fields["eq_ids"] = [vocab.equipment.id(e) for e in equipment]
    if doc.programmes:
        fields["programme"] = list(doc.programmes)
    geo = valid_coordinates(doc.lat, doc.lon)
    fields["has_geo"] = geo
    vocab.lat.append(float(doc.lat) if geo else math.nan)  # type: ignore[arg-type]
    vocab.lon.append(float(doc.lon) if geo else math.nan)  # type: ignore[arg-type]
    if geo:
        fields["lat"] = float(doc.lat)  # type: ignore[arg-type]
        fields["lon"] = float(doc.lon)  # type: ignore[arg-type]
        fields["cell"] = cells_for_point(float(doc.lat), float(doc.lon))  # type: ignore[arg-type]
        for level in range(len(MAP_LEVELS)):
            fields[f"map_g{level}"] = map_cell(float(doc.lat), float(doc.lon), level)  # type: ignore[arg-type]
    return tantivy.Document.from_dict(fields, schema)


def dump_document(doc: FacilityDocument) -> bytes:
    """The stored form of a document (orjson of its fields)."""
    return orjson.dumps(doc.__dict__)


def load_document(data: bytes) -> FacilityDocument:
    """Rebuild a ``FacilityDocument`` from its stored form, ignoring fields this code does not know."""
    raw = orjson.loads(data)
    try:
        return FacilityDocument(**raw)
    except TypeError:  # stored by a version with more fields
        known = FacilityDocument.__dataclass_fields__
        return FacilityDocument(**{k: v for k, v in raw.items() if k in known})
