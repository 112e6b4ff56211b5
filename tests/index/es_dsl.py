"""A strict checker for the subset of the Elasticsearch request DSL the backend uses.

Every clause name and parameter is checked against the Elasticsearch 9 reference (query DSL, sort, aggregations,
mapping parameters); anything else is reported, so a typo such as ``minimum_should_match`` misspelt or a
``term`` with an unknown option fails the golden tests even if the fake server would accept it.
"""

from __future__ import annotations

from typing import Any

QUERY_PARAMS = {
    "bool": {"must", "should", "filter", "must_not", "minimum_should_match", "boost"},
    "dis_max": {"queries", "tie_breaker", "boost"},
    "exists": {"field", "boost"},
    "ids": {"values", "boost"},
    "match_all": {"boost"},
    "match_none": set(),
    "terms": None,  # {field: [values]} plus optional boost
    "term": None,  # {field: value | {value, boost, case_insensitive}}
    "match": None,  # {field: {query, boost, operator}}
    "geo_distance": None,  # distance, distance_type, validation_method, <field>: {lat, lon}
    "constant_score": {"filter", "boost"},
    "range": None,  # {field: {gte, gt, lte, lt, relation, boost}}
    "regexp": None,  # {field: {value, flags, boost}}
    "prefix": None,  # {field: {value, boost}}
    "fuzzy": None,  # {field: {value, fuzziness, transpositions, prefix_length, max_expansions, boost}}
}
FIELD_OPTIONS = {
    "range": {"gte", "gt", "lte", "lt", "relation", "boost"},
    "regexp": {"value", "flags", "boost", "max_determinized_states"},
    "prefix": {"value", "boost"},
    "fuzzy": {"value", "fuzziness", "transpositions", "prefix_length", "max_expansions", "boost"},
}
RANGE_RELATIONS = {"intersects", "contains", "within"}
TERM_OPTIONS = {"value", "boost", "case_insensitive"}
SEARCH_KEYS = {"query", "sort", "from", "size", "track_total_hits", "_source", "aggs"}
MAPPING_TYPES = {"keyword", "text", "boolean", "geo_point", "object", "long", "double", "date", "integer_range"}
FIELD_PARAMS = {"type", "analyzer", "search_analyzer", "index_options", "norms", "enabled", "fields", "index"}
INDEX_OPTIONS = {"docs", "freqs", "positions", "offsets"}
BUILTIN_TOKENIZERS = {"standard", "keyword", "whitespace"}
TOKENIZER_TYPES = {"ngram", "edge_ngram", "nori_tokenizer", "standard", "keyword"}
BUILTIN_FILTERS = {"lowercase", "cjk_width", "cjk_bigram", "nori_part_of_speech", "nori_readingform"}
FILTER_TYPES = {"synonym_graph": {"type", "synonyms_set", "updateable", "synonyms", "lenient"}}
TOKENIZER_PARAMS = {"ngram": {"type", "min_gram", "max_gram", "token_chars"},
                    "edge_ngram": {"type", "min_gram", "max_gram", "token_chars"},
                    "nori_tokenizer": {"type", "decompound_mode", "user_dictionary_rules", "discard_punctuation"},
                    "standard": {"type"}, "keyword": {"type"}}
BUILTIN_ANALYZERS = {"keyword", "standard", "simple", "whitespace"}


def check_query(q: Any, where: str = "query") -> list[str]:
    """Problems in one query clause (empty when it is valid DSL)."""
    if not isinstance(q, dict) or len(q) != 1:
        return [f"{where}: a query is an object with exactly one clause, got {q!r:.80}"]
    (name, spec), = q.items()
    if name not in QUERY_PARAMS:
        return [f"{where}: unknown query clause {name!r}"]
    problems: list[str] = []
    allowed = QUERY_PARAMS[name]
    if name in FIELD_OPTIONS:
        if len(spec) != 1:
            return [f"{where}.{name}: exactly one field expected"]
        (fname, opts), = spec.items()
        if not isinstance(opts, dict) or not set(opts) <= FIELD_OPTIONS[name]:
            problems.append(f"{where}.{name}.{fname}: unknown options {opts!r:.80}")
        elif name != "range" and "value" not in opts:
            problems.append(f"{where}.{name}.{fname}: missing value")
        elif name == "range" and opts.get("relation", "intersects") not in RANGE_RELATIONS:
            problems.append(f"{where}.range.{fname}: bad relation {opts.get('relation')!r}")
        return problems
    if name == "constant_score":
        if set(spec) - allowed or "filter" not in spec:  # type: ignore[operator]
            return [f"{where}.constant_score: expected {{filter, boost?}}"]
        return check_query(spec["filter"], f"{where}.constant_score.filter")
    if name == "match":
        (fname, opts), = spec.items()
        if not isinstance(opts, dict) or "query" not in opts or not set(opts) <= {"query", "boost", "operator"}:
            problems.append(f"{where}.match.{fname}: expected {{query, boost?, operator?}}")
        return problems
    if name in ("term", "terms"):
        fields = [k for k in spec if k != "boost"]
        if len(fields) != 1:
            problems.append(f"{where}.{name}: exactly one field expected")
        for f in fields:
            value = spec[f]
            if name == "terms" and not isinstance(value, list):
                problems.append(f"{where}.terms.{f}: a list of values expected")
            if name == "term" and isinstance(value, dict) and not set(value) <= TERM_OPTIONS | {"value"}:
                problems.append(f"{where}.term.{f}: unknown options {set(value) - TERM_OPTIONS}")
            if name == "term" and isinstance(value, dict) and "value" not in value:
                problems.append(f"{where}.term.{f}: missing value")
        return problems
    if name == "geo_distance":
        if not isinstance(spec.get("distance"), str) or not spec["distance"].endswith("km"):
            problems.append(f"{where}.geo_distance: distance must be a string with a unit")
        if spec.get("distance_type", "arc") not in ("arc", "plane"):
            problems.append(f"{where}.geo_distance: bad distance_type")
        points = [k for k in spec if k not in ("distance", "distance_type", "validation_method", "boost")]
        if len(points) != 1 or set(spec[points[0]]) != {"lat", "lon"}:
            problems.append(f"{where}.geo_distance: one field with {{lat, lon}} expected")
        return problems
    assert allowed is not None
    if not isinstance(spec, dict) or not set(spec) <= allowed:
        return [f"{where}.{name}: unknown parameters {set(spec) - allowed if isinstance(spec, dict) else spec}"]
    if name == "bool":
        for occur in ("must", "should", "filter", "must_not"):
            for i, sub in enumerate(spec.get(occur, [])):
                problems += check_query(sub, f"{where}.bool.{occur}[{i}]")
        msm = spec.get("minimum_should_match")
        if msm is not None and not isinstance(msm, (int, str)):
            problems.append(f"{where}.bool: minimum_should_match must be an int or a string")
    if name == "dis_max":
        for i, sub in enumerate(spec["queries"]):
            problems += check_query(sub, f"{where}.dis_max.queries[{i}]")
    return problems


def check_search(body: dict[str, Any]) -> list[str]:
    """Problems in a ``_search`` body."""
    problems = [f"unknown search key {k!r}" for k in body if k not in SEARCH_KEYS]
    problems += check_query(body.get("query", {"match_all": {}}))
    for item in body.get("sort", []):
        if item == "_score":
            continue
        if not isinstance(item, dict) or len(item) != 1:
            problems.append(f"sort: bad item {item!r}")
            continue
        (field, spec), = item.items()
        if field == "_geo_distance":
            extra = set(spec) - {"order", "unit", "distance_type", "mode", "ignore_unmapped"}
            if len(extra) != 1:
                problems.append(f"sort._geo_distance: one point field expected, got {extra}")
        elif spec not in ("asc", "desc"):
            problems.append(f"sort.{field}: order must be asc or desc")
    for name, agg in body.get("aggs", {}).items():
        if set(agg) != {"terms"} or not set(agg["terms"]) <= {"field", "size"}:
            problems.append(f"aggs.{name}: only terms(field, size) is used")
    if not isinstance(body.get("size", 0), int) or not isinstance(body.get("from", 0), int):
        problems.append("from/size must be integers")
    return problems


def check_index_body(body: dict[str, Any]) -> list[str]:
    """Problems in a create-index body: field types and parameters, analysers that exist."""
    problems: list[str] = []
    analysis = body["settings"].get("analysis", {})
    tokenizers = set(analysis.get("tokenizer", {})) | BUILTIN_TOKENIZERS
    analyzers = set(analysis.get("analyzer", {})) | BUILTIN_ANALYZERS
    for name, spec in analysis.get("tokenizer", {}).items():
        if spec["type"] not in TOKENIZER_TYPES:
            problems.append(f"tokenizer {name}: unknown type {spec['type']}")
        elif not set(spec) <= TOKENIZER_PARAMS[spec["type"]]:
            problems.append(f"tokenizer {name}: unknown parameters {set(spec) - TOKENIZER_PARAMS[spec['type']]}")
        if spec.get("decompound_mode", "mixed") not in ("none", "discard", "mixed"):
            problems.append(f"tokenizer {name}: bad decompound_mode")
    custom_filters = set()
    for name, spec in analysis.get("filter", {}).items():
        allowed_params = FILTER_TYPES.get(spec.get("type"))
        if allowed_params is None or not set(spec) <= allowed_params:
            problems.append(f"filter {name}: unknown type or parameters {spec!r:.80}")
        if spec.get("type") == "synonym_graph" and spec.get("updateable") and not spec.get("synonyms_set"):
            problems.append(f"filter {name}: an updateable synonym filter needs a synonyms set")
        custom_filters.add(name)
    for name, spec in analysis.get("analyzer", {}).items():
        if spec.get("tokenizer") not in tokenizers:
            problems.append(f"analyzer {name}: unknown tokenizer {spec.get('tokenizer')}")
        for f in spec.get("filter", []):
            if f not in BUILTIN_FILTERS and f not in custom_filters:
                problems.append(f"analyzer {name}: unknown filter {f}")
    updateable = {n for n, f in analysis.get("filter", {}).items() if f.get("updateable")}
    for fname, spec in body["mappings"]["properties"].items():
        if spec.get("type") not in MAPPING_TYPES:
            problems.append(f"field {fname}: unknown type {spec.get('type')}")
        if not set(spec) <= FIELD_PARAMS:
            problems.append(f"field {fname}: unknown parameters {set(spec) - FIELD_PARAMS}")
        for key in ("analyzer", "search_analyzer"):
            if key in spec and spec[key] not in analyzers:
                problems.append(f"field {fname}: analyzer {spec[key]} is not defined")
        index_filters = set(analysis.get("analyzer", {}).get(spec.get("analyzer"), {}).get("filter", []))
        if index_filters & updateable:
            problems.append(f"field {fname}: an updateable synonym filter may only be in a search analyzer")
        if spec.get("index_options", "docs") not in INDEX_OPTIONS:
            problems.append(f"field {fname}: bad index_options")
    return problems
