"""One validator for every search request, used by both backends and by the HTTP API.

Limits (a request outside them raises ``QueryError`` naming the parameter and the allowed values):

- ``q``: at most ``MAX_QUERY_CHARS`` (200) characters and ``MAX_QUERY_WORDS`` (12) words after trimming;
  control characters are dropped; every other character is literal text (query-syntax characters such as
  ``"*:()`` never reach a query parser). Text with no letters or digits matches nothing.
- ``kind``, ``sido``, ``sigungu``, ``equipment``: at most ``MAX_FILTER_VALUES`` (20) values each, each at most
  100 characters; values of one filter match any of them (OR), different filters combine (AND).
- ``programme``, ``ministry``: at most 100 characters, matched exactly.
- ``near``: ``(lat, lon)``, finite, ``-90 <= lat <= 90``, ``-180 <= lon <= 180``; when given, only documents
  with coordinates are returned.
- ``radius_km``: ``0 < radius_km <= MAX_RADIUS_KM`` (1000); needs ``near``.
- ``sort``: ``relevance`` | ``distance`` (needs ``near``) | ``name``. Relevance without query text sorts by
  name.
- ``page``, ``size``: ``page >= 1``, ``1 <= size <= MAX_PAGE_SIZE`` (100), ``page * size <=
  MAX_RESULT_WINDOW`` (10,000).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import replace
from typing import Any

from index.errors import QueryError
from index.types import SearchQuery

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
MAX_FILTER_VALUES = 20
MAX_VALUE_CHARS = 100
MAX_RADIUS_KM = 1000.0
MAX_PAGE_SIZE = 100
MAX_RESULT_WINDOW = 10_000
MAX_SUGGEST_SIZE = 50
SORTS = ("relevance", "distance", "name")
FACET_SIZES = {"kind": 50, "sido": 30, "sigungu": 300, "equipment": 100}
"""Facets returned with every search (when ``facets`` is true) and the most buckets each returns."""


def _clean_text(value: Any, name: str, limit: int) -> str:
    if not isinstance(value, str):
        raise QueryError(f"{name} must be text, got {type(value).__name__}")
    text = unicodedata.normalize("NFC", value)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text).strip()
    if len(text) > limit:
        raise QueryError(f"{name} is {len(text)} characters long; the limit is {limit}")
    return " ".join(text.split())


def _clean_values(values: Any, name: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, (list, tuple, set, frozenset)):
        raise QueryError(f"{name} must be a list of text values")
    out: dict[str, None] = {}
    for value in values:
        text = _clean_text(value, name, MAX_VALUE_CHARS)
        if text:
            out.setdefault(text, None)
    if len(out) > MAX_FILTER_VALUES:
        raise QueryError(f"{name} has {len(out)} values; at most {MAX_FILTER_VALUES} are allowed")
    return tuple(out)


def _clean_optional(value: Any, name: str) -> str | None:
    if value is None:
        return None
    text = _clean_text(value, name, MAX_VALUE_CHARS)
    return text or None


def _clean_bool(value: Any, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise QueryError(f"{name} must be true, false or absent")


def _clean_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise QueryError(f"{name} must be a whole number, got {value!r}")
    return value


def _clean_near(near: Any) -> tuple[float, float] | None:
    if near is None:
        return None
    try:
        lat, lon = (float(v) for v in near)
    except (TypeError, ValueError) as exc:
        raise QueryError("near must be two numbers: latitude,longitude") from exc
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise QueryError("near must be finite numbers: latitude,longitude")
    if not -90.0 <= lat <= 90.0:
        raise QueryError(f"near latitude {lat} is outside -90..90 (is it latitude,longitude?)")
    if not -180.0 <= lon <= 180.0:
        raise QueryError(f"near longitude {lon} is outside -180..180")
    return (lat, lon)


def validate_query(q: SearchQuery) -> SearchQuery:
    """Check ``q`` against the limits in the module docstring; return a cleaned copy or raise ``QueryError``.

    Cleaning trims and NFC-normalises text, drops control characters, removes duplicate filter values and
    turns filter lists into tuples. It is idempotent: validating a validated query returns an equal query.
    """
    if not isinstance(q, SearchQuery):
        raise QueryError(f"expected a SearchQuery, got {type(q).__name__}")
    text = _clean_text(q.q if q.q is not None else "", "q", MAX_QUERY_CHARS)
    if len(text.split()) > MAX_QUERY_WORDS:
        raise QueryError(f"q has {len(text.split())} words; at most {MAX_QUERY_WORDS} are allowed")
    near = _clean_near(q.near)
    radius = q.radius_km
    if radius is not None:
        if isinstance(radius, bool) or not isinstance(radius, (int, float)) or not math.isfinite(radius):
            raise QueryError("radius_km must be a number")
        if not 0 < radius <= MAX_RADIUS_KM:
            raise QueryError(f"radius_km must be greater than 0 and at most {MAX_RADIUS_KM:g}")
        if near is None:
            raise QueryError("radius_km needs near=lat,lon")
        radius = float(radius)
    if q.sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}; got {q.sort!r}")
    if q.sort == "distance" and near is None:
        raise QueryError("sort=distance needs near=lat,lon")
    page = _clean_int(q.page, "page")
    size = _clean_int(q.size, "size")
    if page < 1:
        raise QueryError(f"page must be 1 or more; got {page}")
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise QueryError(f"size must be between 1 and {MAX_PAGE_SIZE}; got {size}")
    if page * size > MAX_RESULT_WINDOW:
        raise QueryError(f"page × size must be at most {MAX_RESULT_WINDOW}; narrow the search instead")
    return replace(
        q,
        q=text,
        kind=_clean_values(q.kind, "kind"),
        sido=_clean_values(q.sido, "sido"),
        sigungu=_clean_values(q.sigungu, "sigungu"),
        equipment=_clean_values(q.equipment, "equipment"),
        programme=_clean_optional(q.programme, "programme"),
        ministry=_clean_optional(q.ministry, "ministry"),
        open_evenings=_clean_bool(q.open_evenings, "open_evenings"),
        open_weekends=_clean_bool(q.open_weekends, "open_weekends"),
        near=near,
        radius_km=radius,
        page=page,
        size=size,
        facets=bool(q.facets),
        understand=bool(q.understand),
    )


def validate_suggest(prefix: Any, size: Any) -> tuple[str, int]:
    """Check an autocomplete request: prefix at most ``MAX_QUERY_CHARS`` characters, ``1 ≤ size ≤ 50``."""
    text = _clean_text(prefix if prefix is not None else "", "prefix", MAX_QUERY_CHARS)
    size = _clean_int(size, "size")
    if not 1 <= size <= MAX_SUGGEST_SIZE:
        raise QueryError(f"size must be between 1 and {MAX_SUGGEST_SIZE}; got {size}")
    return text, size
