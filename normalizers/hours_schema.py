"""schema.org opening hours: ``openingHours`` strings and ``openingHoursSpecification`` objects.

- ``openingHours``: rules such as ``Mo-Fr 09:00-18:00``, ``Mo,We-Su 11:00-19:00``, ``Tu,Th 16:00-20:00``,
  several in one string (``;`` or a JSON list of strings); ``Mo-Fr 09:00-12:00,13:00-18:00`` gives two intervals.
  A day not named by any rule is closed. A rule whose day part is not schema.org day names is not read (no
  value for it and the text kept), never spread over every day.
- ``openingHoursSpecification``: one object or a list (JSON), ``dayOfWeek`` as names (``Monday``) or URLs
  (``https://schema.org/Monday``), one or a list, ``opens``/``closes`` as ``HH:MM[:SS]``; ``00:00``–``00:00``
  means closed that day, ``23:59`` midnight; ``PublicHolidays`` gives the holiday hours (or, closed, the
  public-holidays closure). Objects with ``validFrom``/``validThrough`` are exceptions for those dates: the
  weekly table is made of the objects without them, when there are any.
"""

from __future__ import annotations

import re
from typing import Any

from normalizers.hours_common import MIDNIGHT, Interval, build_hours, minutes_of
from normalizers.records import Closure, Hours, Parsed

_ABBR = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
_GROUP_NAMES = {"daily": range(7), "everyday": range(7), "weekdays": range(5), "weekends": range(5, 7)}
_NAMES = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
          "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6, **_ABBR}
_DAY_WORD = r"(?:mo|tu|we|th|fr|sa|su)[a-z]*"
_ONE_PART = rf"{_DAY_WORD}(?:\s*-\s*{_DAY_WORD})?"
_DAY_PART = re.compile(rf"^(?:daily|everyday|weekdays|weekends)$|^{_ONE_PART}(?:\s*,\s*{_ONE_PART})*$", re.I)
_TIMES = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*-\s*\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s*,\s*\d{1,2}:\d{2}(?::\d{2})?\s*-\s*\d{1,2}:\d{2}(?::\d{2})?)*$")
_RULE = re.compile(r"^(?P<days>[A-Za-z][A-Za-z ,\-]*?)\s+(?P<times>\d.*)$")
LOOKS_LIKE_RULE = re.compile(
    rf"^\s*(?:{_DAY_WORD}(?:\s*[-,]\s*{_DAY_WORD})*\s+)?\d{{1,2}}:\d{{2}}\s*-\s*\d{{1,2}}:\d{{2}}", re.I
)
"""A string that starts like an ``openingHours`` rule: schema.org day names (or none) and a time range."""


def _day_of(word: str) -> int | None:
    w = word.strip().lower()
    return _NAMES.get(w, _NAMES.get(w[:2]) if len(w) > 2 and w[:3] in _NAMES else None)


def day_set(part: str) -> set[int] | None:
    """The weekdays (0 = Monday) a schema.org day part names (`Mo-Fr`, `Mo,We-Su`, `Daily`), or None when a word
    in it is no English day name."""
    days: set[int] = set()
    for piece in part.split(","):
        if piece.strip().lower() in _GROUP_NAMES:
            days.update(_GROUP_NAMES[piece.strip().lower()])
            continue
        ends = [p.strip() for p in piece.split("-")]
        found = [_day_of(e) for e in ends]
        if any(f is None for f in found) or not 1 <= len(found) <= 2:
            return None
        a, b = found[0], found[-1]
        assert a is not None and b is not None
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return days


def _range(text: str) -> Interval | None:
    a_text, _, b_text = text.partition("-")
    a, b = minutes_of(a_text), minutes_of(b_text)
    if a is None or b is None:
        return None
    if b <= a:
        b = MIDNIGHT
    return a, b


def read_opening_hours(original: str, rules: list[str]) -> Parsed[Hours]:
    """Read ``openingHours`` rules (each a string; a string may hold several separated by ``;``)."""
    weekly: dict[int, list[Interval]] = {}
    unread: list[str] = []
    read_any = False
    for text in rules:
        for rule in (r.strip() for r in re.split(r"[;\n]", text)):
            if not rule:
                continue
            if rule.lower() in ("mo-su 00:00-24:00", "24/7"):
                rule = "Mo-Su 00:00-24:00"
            m = _RULE.match(rule)
            if m is None and _TIMES.match(rule):
                days: set[int] | None = set(range(7))
                times = rule
            elif m is not None and _DAY_PART.match(m.group("days").strip()) and _TIMES.match(m.group("times")):
                days, times = day_set(m.group("days")), m.group("times")
            else:
                unread.append(rule)
                continue
            intervals = [_range(t) for t in times.split(",")]
            if days is None or any(iv is None for iv in intervals):
                unread.append(rule)
                continue
            read_any = True
            for d in days:
                weekly[d] = [*weekly.get(d, []), *(iv for iv in intervals if iv is not None)]
    if not read_any:
        return Parsed(None, "no openingHours rule could be read: " + "; ".join(unread)[:120])
    return build_hours(original, weekly, unparsed=unread)


def _spec_days(value: Any) -> tuple[set[int], bool] | None:
    """(weekdays, public holidays named) of a dayOfWeek value; None when a name is unknown."""
    values = value if isinstance(value, list) else [value]
    days: set[int] = set()
    holidays = False
    for v in values:
        if not isinstance(v, str):
            return None
        name = v.rstrip("/").rsplit("/", 1)[-1].strip()
        if name.lower() == "publicholidays":
            holidays = True
            continue
        d = _day_of(name)
        if d is None:
            return None
        days.add(d)
    return days, holidays


def read_specification(original: str, data: Any) -> Parsed[Hours]:
    """Read ``openingHoursSpecification`` objects (one or a list, as parsed JSON)."""
    specs = [s for s in (data if isinstance(data, list) else [data]) if isinstance(s, dict)]
    if not specs:
        return Parsed(None, "no openingHoursSpecification object")
    regular = [s for s in specs if not (s.get("validFrom") or s.get("validThrough"))] or specs
    weekly: dict[int, list[Interval]] = {}
    unread: list[str] = []
    holiday_hours: list[Interval] | None = None
    closures: list[Closure] = []
    read_any = False
    for spec in regular:
        days = _spec_days(spec.get("dayOfWeek"))
        opens, closes = spec.get("opens"), spec.get("closes")
        a = minutes_of(opens) if isinstance(opens, str) else None
        b = minutes_of(closes) if isinstance(closes, str) else None
        if days is None or a is None or b is None:
            unread.append(_describe(spec))
            continue
        read_any = True
        weekdays, holidays = days
        closed = a == b == 0 or (a == b)
        interval = (a, MIDNIGHT if b <= a else b)
        for d in weekdays:
            weekly.setdefault(d, [])
            if not closed:
                weekly[d].append(interval)
        if holidays:
            if closed:
                closures.append(Closure("public_holidays"))
            else:
                holiday_hours = [*(holiday_hours or []), interval]
    if not read_any:
        return Parsed(None, "no openingHoursSpecification could be read")
    return build_hours(original, weekly, closures=closures, holiday_hours=holiday_hours, unparsed=unread)


def _describe(spec: dict[str, Any]) -> str:
    return ", ".join(f"{k}={spec[k]}" for k in ("dayOfWeek", "opens", "closes") if k in spec)[:160]
