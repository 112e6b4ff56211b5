"""The tantivy schema of one index version, its analysers, and the conversion of documents into it.

Text is compacted in Python (``index.text.compact``) before tantivy sees it, so the analysers stay simple:

=============  ============================  ===========================================================
field          analyser                      holds
=============  ============================  ===========================================================
``name_g``     ``bigram`` (2-grams, freq)    the name
``alt_g``      ``bigram``                    alternative names
``body_g``     ``bigram``                    operator, ministry, kind label, address, equipment, programmes
``desc_g``     ``bigram``                    description
``name_key``   ``raw``                       the compacted name and alternative names (exact-name boost)
``name_pre``   ``edge`` (1..20, prefix)      the compacted name from each word start (autocomplete)
``name_sort``  ``raw``, fast                 the compacted name (sort by name)
keywords       ``raw``, fast                 kind, sido, sigungu, equipment, programme, ministry
=============  ============================  ===========================================================

Tokenizers are not persisted by tantivy: ``open_index`` registers them every time, before any reader or
writer.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import tantivy

from index.geo import cells_for_point, valid_coordinates
from index.text import SEPARATOR, compact, word_starts
from index.types import FacilityDocument

SCHEMA_VERSION = 1
"""Bump when the fields change; versions built with another schema are refused with a rebuild hint."""
KEYWORD_FIELDS = ("kind", "sido", "sigungu", "equipment", "programme", "ministry")
GRAM_FIELDS = ("name_g", "alt_g", "body_g", "desc_g")
EDGE_MAX = 20


def build_schema() -> tantivy.Schema:
    """The schema every embedded version uses (``SCHEMA_VERSION``)."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("seq", indexed=True, fast=True)
    sb.add_bytes_field("doc", stored=True)
    for name in GRAM_FIELDS:
        sb.add_text_field(name, tokenizer_name="bigram", index_option="freq")
    sb.add_text_field("name_key", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("name_pre", tokenizer_name="edge", index_option="freq")
    sb.add_text_field("name_sort", tokenizer_name="raw", index_option="basic", fast=True)
    for name in KEYWORD_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    sb.add_boolean_field("open_evenings", indexed=True)
    sb.add_boolean_field("open_weekends", indexed=True)
    sb.add_boolean_field("has_geo", indexed=True)
    sb.add_float_field("lat", fast=True)
    sb.add_float_field("lon", fast=True)
    sb.add_unsigned_field("cell", indexed=True)
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


def to_tantivy(doc: FacilityDocument, seq: int, stored: bytes, schema: tantivy.Schema) -> tantivy.Document:
    """Turn one ``FacilityDocument`` (and its stored JSON) into a tantivy document.

    Several values of one analysed field are joined with ``SEPARATOR`` and compacted in one call (no bigram
    spans two values); the document is made with one ``Document.from_dict`` call, which is about half the cost
    of one ``add_*`` call per value.
    """
    name = compact(doc.name)
    alts = [c for c in (compact(a) for a in doc.alt_names) if c]
    body = [v for v in (doc.operator, doc.ministry, doc.kind_label, doc.address, *doc.equipment_text,
                        *doc.equipment, *doc.programmes) if v]
    fields: dict[str, object] = {
        "id": doc.id, "seq": seq, "doc": stored, "name_g": name, "name_key": [name, *alts], "name_sort": name,
        "name_pre": word_starts(doc.name, EDGE_MAX),
        "open_evenings": bool(doc.open_evenings), "open_weekends": bool(doc.open_weekends),
    }
    if alts:
        fields["alt_g"] = SEPARATOR.join(alts)
    if body:
        fields["body_g"] = compact(SEPARATOR.join(body))
    if doc.description:
        fields["desc_g"] = compact(doc.description)
    for fname, value in (("kind", doc.kind), ("sido", doc.sido), ("sigungu", doc.sigungu),
                         ("ministry", doc.ministry)):
        if value:
            fields[fname] = value
    if doc.equipment:
        fields["equipment"] = list(doc.equipment)
    if doc.programmes:
        fields["programme"] = list(doc.programmes)
    geo = valid_coordinates(doc.lat, doc.lon)
    fields["has_geo"] = geo
    if geo:
        fields["lat"] = float(doc.lat)  # type: ignore[arg-type]
        fields["lon"] = float(doc.lon)  # type: ignore[arg-type]
        fields["cell"] = cells_for_point(float(doc.lat), float(doc.lon))  # type: ignore[arg-type]
    return tantivy.Document.from_dict(fields, schema)


def dump_document(doc: FacilityDocument) -> bytes:
    """The stored form of a document (orjson of its fields)."""
    return orjson.dumps(doc.__dict__)


def load_document(data: bytes) -> FacilityDocument:
    """Rebuild a ``FacilityDocument`` from its stored form, ignoring fields this code does not know."""
    raw = orjson.loads(data)
    known = FacilityDocument.__dataclass_fields__
    return FacilityDocument(**{k: v for k, v in raw.items() if k in known})
