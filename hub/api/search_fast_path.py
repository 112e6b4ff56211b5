"""``/api/search`` without FastAPI's routing and parameter machinery, for the ordinary request.

FastAPI resolves the endpoint's sixteen query parameters through its dependency solver and pydantic on every
request: about a third of the CPU of an uncached search. ``RawQueryCache`` therefore reads an ordinary query
string itself (``fast_search_query``) and answers through the same functions the endpoint uses
(``build_query``, ``_cached``, ``_answer``): the same validated query, the same cache, the same bytes. Anything
it does not read with certainty (an unknown parameter, a repeated single-valued one, a value FastAPI would refuse,
a query the index refuses) returns None, and the request goes to the endpoint as before, which answers or refuses
it with its usual message. ``tests/hub/test_search_fast_path.py`` compares both answers.
"""

from __future__ import annotations

import math
import re
from typing import Any
from urllib.parse import parse_qsl

from fastapi import HTTPException

from hub.api.search_routes import MAX_PAGE, NEAR_PATTERN
from index.query import MAX_FILTER_VALUES, MAX_QUERY_CHARS, MAX_VALUE_CHARS

LISTS = ("kind", "sido", "sigungu", "equipment")
TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
SORTS = frozenset({"relevance", "distance", "name"})
SINGLE = frozenset({"q", "programme", "ministry", "near", "radius_km", "sort", "page", "size", "facets",
                    "open_evenings", "open_weekends", "understand"})
MAX_Q = MAX_QUERY_CHARS


def _bool(value: str) -> bool | None:
    low = value.strip().lower()
    return True if low in TRUE else False if low in FALSE else None


def _int(value: str, lo: int, hi: int) -> int | None:
    text = value.strip()
    if not text.isdigit():
        return None
    number = int(text)
    return number if lo <= number <= hi else None


def fast_search_query(query_string: bytes) -> Any:
    """The validated ``SearchQuery`` of a plain ``/api/search`` query string, or None when the endpoint should
    read it (see the module docstring)."""
    from hub.api.search_routes import build_query

    try:
        pairs = parse_qsl(query_string.decode("ascii"), keep_blank_values=True, strict_parsing=False,
                          encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    lists: dict[str, list[str]] = {name: [] for name in LISTS}
    single: dict[str, str] = {}
    for key, value in pairs:
        if key in lists:
            lists[key].append(value)
        elif key in SINGLE and key not in single:
            single[key] = value
        else:
            return None
    q = single.get("q", "")
    if len(q) > MAX_Q or any(len(v) > 100 for v in (single.get("programme", ""), single.get("ministry", ""))) \
            or len(single.get("near", "")) > 60:
        return None
    if any(len(values) > MAX_FILTER_VALUES or any(len(v) > MAX_VALUE_CHARS for v in values)
           for values in lists.values()):
        return None  # the endpoint refuses these (the limits its OpenAPI document states)
    if single.get("near") and not re.match(NEAR_PATTERN, single["near"]):
        return None
    flags: dict[str, bool | None] = {}
    for name, default in (("open_evenings", None), ("open_weekends", None), ("facets", True), ("understand", True)):
        if name in single:
            flags[name] = _bool(single[name])
            if flags[name] is None:
                return None
        else:
            flags[name] = default
    radius: float | None = None
    if "radius_km" in single:
        try:
            radius = float(single["radius_km"])
        except ValueError:
            return None
        if not (math.isfinite(radius) and 0 < radius <= 500):
            return None
    sort = single.get("sort", "relevance")
    page = _int(single["page"], 1, MAX_PAGE) if "page" in single else 1
    size = _int(single["size"], 1, 100) if "size" in single else 20
    if sort not in SORTS or page is None or size is None:
        return None
    try:
        return build_query(q, lists["kind"], lists["sido"], lists["sigungu"], lists["equipment"],
                           single.get("programme") or None, flags["open_evenings"], flags["open_weekends"],
                           single.get("ministry") or None, single.get("near"), radius, sort, page, size,
                           bool(flags["facets"]), bool(flags["understand"]))
    except HTTPException:
        return None
