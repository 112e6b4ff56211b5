"""The bodies the Elasticsearch backend sends, as pure functions (golden tests pin their exact JSON).

Matching mirrors the embedded backend: text is compacted and split into bigrams in Python (``index.text``) and
sent as ``term`` clauses, so both backends agree on what matches; user text never reaches a query parser.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from index.elastic import understood as uc
from index.elastic.analysis import SYNONYM_FILTER, analysis_settings
from index.geo import valid_coordinates
from index.hangul import all_initials
from index.opening import week_intervals
from index.query import FACET_SIZES
from index.suggest_forms import (
    EDGE_MAX,
    TIER_CONTAINS,
    TIER_LAYOUT,
    TIER_PATTERN,
    TIER_PATTERN_WORD,
    TIER_PREFIX,
    TIER_SOUND,
    TIER_WORD,
    SuggestForms,
    name_chosung,
    name_forms,
    name_skeletons,
)
from index.text import bigrams, compact, min_should_match, place_terms
from index.types import FacilityDocument, SearchQuery
from index.understood import Understood
from index.vocab import alias_values, query_words

MAPPING_FILE = Path(__file__).with_name("mapping.json")
FIELD_BOOSTS = {"name_c": 3.0, "alt_c": 2.0, "body_c": 1.0, "desc_c": 0.5}
EXACT_NAME_BOOST = 20.0
NAME_PREFIX_BOOST = 4.0


def index_body(analyzer: str, meta: dict[str, Any], *, user_dictionary: list[str] | None = None,
               synonyms_set: str | None = None) -> dict[str, Any]:
    """Settings and mappings for a new physical index, with ``nori`` (``decompound_mode: mixed``, the domain's
    user dictionary) or ``cjk`` as the Korean analyser, and with ``synonyms_set`` a search analyzer that expands
    the query through that set (``index.elastic.analysis``)."""
    body = json.loads(MAPPING_FILE.read_text(encoding="utf-8"))
    analysis = body["settings"]["analysis"]
    if analyzer == "nori":
        korean = "korean_nori"
        del analysis["analyzer"]["korean_cjk"]
    else:
        korean = "korean_cjk"
        del analysis["analyzer"]["korean_nori"]
        del analysis["tokenizer"]["nori_mixed"]
    extra = analysis_settings(analyzer, user_dictionary or [], synonyms_set is not None)
    analysis["tokenizer"].update(extra["tokenizer"])
    if extra["filter"]:
        extra["filter"][SYNONYM_FILTER]["synonyms_set"] = synonyms_set
        analysis["filter"] = extra["filter"]
    analysis["analyzer"].update(extra["analyzer"])
    for field in body["mappings"]["properties"].values():
        if field.get("analyzer") == "KOREAN":
            field["analyzer"] = korean
            if synonyms_set is not None:
                field["search_analyzer"] = "korean_search"
    body["mappings"]["_meta"] = meta
    return body


def source(doc: FacilityDocument) -> dict[str, Any]:
    """The ``_source`` of one document: the original under ``doc`` plus the searchable forms."""
    kinds = list(dict.fromkeys([k for k in [doc.kind, *doc.kinds] if k]))
    body_values = [doc.operator, doc.ministry, doc.kind_label, doc.address, *doc.equipment_text,
                   *doc.equipment, *doc.programmes, *doc.phones, doc.partner_company, doc.specialized_industry,
                   *alias_values(kinds, doc.sido, doc.name, doc.sigungu)]
    names = [doc.name, *doc.alt_names]
    pre, words, jamos = name_forms(names)
    src: dict[str, Any] = {
        "id": doc.id,
        "name": doc.name,
        "description": doc.description,
        "name_c": compact(doc.name),
        "alt_c": [c for c in (compact(a) for a in doc.alt_names) if c],
        "body_c": [compact(v) for v in body_values if v],
        "desc_c": compact(doc.description) if doc.description else None,
        "name_key": [compact(doc.name), *(c for c in (compact(a) for a in doc.alt_names) if c)],
        "name_pre": pre,
        "name_word": words,
        "name_jamo": jamos,
        "name_chosung": name_chosung(names),
        "name_skeleton": name_skeletons([*words, *pre]),
        "place": place_terms(doc.sido, doc.sigungu),
        "open_ranges": [{"gte": s, "lt": e} for s, e in week_intervals(doc.hours)],
        "closed_on_holidays": doc.closed_on_holidays,
        "name_sort": compact(doc.name),
        "kind": doc.kind,
        "kinds": kinds,
        "sido": doc.sido,
        "sigungu": doc.sigungu,
        "equipment": list(doc.equipment),
        "programme": list(doc.programmes),
        "ministry": doc.ministry,
        "open_evenings": bool(doc.open_evenings),
        "open_weekends": bool(doc.open_weekends),
        "doc": copy.deepcopy(doc.__dict__),
    }
    if valid_coordinates(doc.lat, doc.lon):
        src["location"] = {"lat": float(doc.lat), "lon": float(doc.lon)}  # type: ignore[arg-type]
    return src


def _gram_any_field(gram: str) -> dict[str, Any]:
    return {"dis_max": {"queries": [{"term": {f: {"value": gram, "boost": b}}} for f, b in FIELD_BOOSTS.items()],
                        "tie_breaker": 0.3}}


def _word(word: str) -> dict[str, Any]:
    if len(word) == 1:
        return {"term": {"name_pre": {"value": word}}}
    grams = bigrams(word)
    if len(grams) == 1:
        return _gram_any_field(grams[0])
    return {"bool": {"should": [_gram_any_field(g) for g in grams],
                     "minimum_should_match": min_should_match(len(grams))}}


def text_clauses(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    """``(must, should)`` clauses for the query text; None when there is no text; ``([match_none], [])`` when
    the text has no letters or digits."""
    if not text:
        return None
    ws = query_words(text)
    if not ws:
        return [{"match_none": {}}], []
    long_words = [w for w in ws if len(w) > 1]
    must = [_word(w) for w in ws if len(w) > 1 or not long_words]
    should = [_word(w) for w in ws if len(w) == 1 and long_words]
    for whole in dict.fromkeys((compact(text), "".join(ws))):
        should += [{"term": {"name_key": {"value": whole, "boost": EXACT_NAME_BOOST}}},
                   {"term": {"name_pre": {"value": whole[:EDGE_MAX], "boost": NAME_PREFIX_BOOST}}}]
    # nori/cjk relevance signal: ``match`` analyses the text literally (no query syntax)
    should += [{"match": {"name": {"query": text}}},
               {"match": {"description": {"query": text, "boost": 0.5}}}]
    return must, should


def filter_clauses(q: SearchQuery) -> list[dict[str, Any]]:
    """Filters of a validated query (values of one filter are ORed)."""
    out: list[dict[str, Any]] = []
    for field, values in (("kinds", q.kind), ("sido", q.sido), ("sigungu", q.sigungu), ("equipment", q.equipment)):
        if values:
            out.append({"terms": {field: list(values)}})
    if q.programme:
        out.append({"term": {"programme": q.programme}})
    if q.ministry:
        out.append({"term": {"ministry": q.ministry}})
    if q.open_evenings is not None:
        out.append({"term": {"open_evenings": q.open_evenings}})
    if q.open_weekends is not None:
        out.append({"term": {"open_weekends": q.open_weekends}})
    if q.near is not None:
        out.append({"exists": {"field": "location"}})
        if q.radius_km is not None:
            out.append({"geo_distance": {"distance": f"{q.radius_km}km", "distance_type": "arc",
                                         "location": {"lat": q.near[0], "lon": q.near[1]}}})
    return out


def search_body(q: SearchQuery, understood: Understood | None = None) -> dict[str, Any]:
    """The ``_search`` body for a validated query; with what understanding read from its text, the text left
    is searched and the understood filters and boosts are added (``index.elastic.understood``)."""
    if understood is not None:
        q = replace(q, q=understood.text)
    text = text_clauses(q.q)
    boolean: dict[str, Any] = {"filter": filter_clauses(q) + uc.filters(understood)}
    boosts = uc.boosts(understood)
    if text is not None:
        must, should = text
        boolean["must"] = must
        if should or boosts:
            boolean["should"] = should + boosts
    elif boosts:
        boolean["should"] = boosts
    if q.sort == "distance":
        assert q.near is not None
        sort: list[Any] = [{"_geo_distance": {"location": {"lat": q.near[0], "lon": q.near[1]}, "order": "asc",
                                              "unit": "km", "distance_type": "arc"}}, {"name_sort": "asc"}]
    elif q.sort == "name" or (text is None and not boosts):
        sort = [{"name_sort": "asc"}, {"id": "asc"}]
    else:
        sort = ["_score", {"name_sort": "asc"}]
    body: dict[str, Any] = {
        "query": {"bool": boolean},
        "sort": sort,
        "from": (q.page - 1) * q.size,
        "size": q.size,
        "track_total_hits": True,
        "_source": ["doc"],
    }
    if q.facets:
        # the kind facet counts every kind of an entity (field ``kinds``), like the kind filter
        body["aggs"] = {name: {"terms": {"field": "kinds" if name == "kind" else name, "size": size}}
                        for name, size in FACET_SIZES.items()}
    return body


def suggest_body(forms: SuggestForms, size: int) -> dict[str, Any]:
    """The ``_search`` body for autocomplete, in the tiers of ``index.suggest_forms``: a whole word typed, a
    word start, the half-typed or 초성 reading (``regexp`` on the word starts; ``prefix`` on ``name_chosung`` for
    a 초성 typing), the other keyboard layout, names containing the text."""
    typed = forms.typed

    def const(query: dict[str, Any], boost: float) -> dict[str, Any]:
        return {"constant_score": {"filter": query, "boost": boost}}

    should: list[dict[str, Any]] = [const({"term": {"name_word": typed.text}}, TIER_WORD),
                                    const({"term": {"name_pre": typed.text[:EDGE_MAX]}}, TIER_PREFIX),
                                    {"term": {"name_pre": {"value": typed.text[:EDGE_MAX]}}}]
    if typed.pattern:
        lucene = lucene_regexp(typed.pattern)
        should += [const({"regexp": {"name_word": {"value": lucene}}}, TIER_PATTERN_WORD),
                   const({"regexp": {"name_pre": {"value": lucene}}}, TIER_PATTERN)]
    if all_initials(typed.text):
        should.append(const({"prefix": {"name_chosung": {"value": typed.text}}}, TIER_PATTERN))
    for alt in forms.layout:
        should += [const({"term": {"name_word": alt.text}}, TIER_LAYOUT + 30),
                   const({"term": {"name_pre": alt.text[:EDGE_MAX]}}, TIER_LAYOUT + 20)]
        if alt.pattern:
            should.append(const({"regexp": {"name_pre": {"value": lucene_regexp(alt.pattern)}}}, TIER_LAYOUT))
    if len(typed.text) > 1:
        should.append(const({"bool": {"must": [{"term": {"name_c": g}} for g in bigrams(typed.text)]}},
                            TIER_CONTAINS))
    if forms.sound:
        should.append(const({"prefix": {"name_skeleton": {"value": forms.sound}}}, TIER_SOUND))
    return {"query": {"bool": {"should": should, "minimum_should_match": 1}}, "size": size,
            "sort": ["_score", {"name_sort": "asc"}],
            "_source": ["doc.id", "doc.name", "doc.sido", "doc.sigungu"]}


def suggest_typo_body(forms: SuggestForms, size: int, distance: int) -> dict[str, Any]:
    """The second autocomplete request, only when the first left the list short: word starts within
    ``distance`` jamo edits (``name_jamo`` holds every jamo prefix of each word start)."""
    return {"query": {"fuzzy": {"name_jamo": {"value": forms.jamo, "fuzziness": distance, "transpositions": True}}},
            "size": size, "sort": ["_score", {"name_sort": "asc"}],
            "_source": ["doc.id", "doc.name", "doc.sido", "doc.sigungu"]}


def lucene_regexp(pattern: str) -> str:
    """``index.hangul.prefix_pattern``'s regex in Lucene's syntax (groups without ``?:``)."""
    return pattern.replace("(?:", "(")
