"""Comparing crawled records with a site's expected records field by field (the private sites' manifests).

Strings are compared with whitespace collapsed. Opening hours given as a list of ``{"days", "opens", "closes"}``
objects are compared on meaning with the raw ``hours`` (the JSON text of schema.org
``openingHoursSpecification`` objects): the same days (``mon`` … ``sun``) open at the same times. Every field of
either side must agree: a field the crawler adds is as wrong as one it misses.
"""

from __future__ import annotations

import json
from typing import Any

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = {name: short for short, name in zip(DAYS, ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                         "saturday", "sunday"), strict=True)}


def squash(value: Any) -> str:
    return " ".join(str(value).split())


def _hhmm(value: Any) -> str:
    parts = str(value).strip().split(":")
    return f"{int(parts[0]):02d}:{parts[1][:2]}" if len(parts) >= 2 else str(value)


def _day(value: Any) -> str:
    name = str(value).rstrip("/").rsplit("/", 1)[-1].lower()
    return _DAY_NAMES.get(name, name[:3])


def hours_meaning(value: Any) -> Any:
    """A comparable form of opening hours: specifications as a sorted tuple, any other text collapsed."""
    specs = value
    if isinstance(value, str):
        try:
            specs = json.loads(value)
        except ValueError:
            return squash(value)
    if isinstance(specs, dict):
        specs = [specs]
    if not isinstance(specs, list) or not all(isinstance(s, dict) for s in specs):
        return squash(value)
    out = []
    for spec in specs:
        days = spec.get("days", spec.get("dayOfWeek", []))
        days = days if isinstance(days, list) else [days]
        ordered = tuple(sorted({_day(d) for d in days}, key=lambda d: DAYS.index(d) if d in DAYS else 9))
        out.append((ordered, _hhmm(spec.get("opens")), _hhmm(spec.get("closes"))))
    return tuple(sorted(out))


def comparable(name: str, value: Any) -> Any:
    """A field's value in the form compared."""
    if name == "hours":
        return hours_meaning(value)
    if isinstance(value, list):
        return [squash(v) for v in value]
    return squash(value)


def field_differences(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """``{field: (expected, got)}`` for every field where the two records differ."""
    out = {}
    for name in sorted(set(expected) | set(got)):
        if name.startswith("_"):
            continue
        want = comparable(name, expected[name]) if name in expected else None
        have = comparable(name, got[name]) if name in got else None
        if want != have:
            out[name] = (expected.get(name), got.get(name))
    return out
