"""Opening hours in every form listings print → :class:`~normalizers.records.Hours`.

Which reader runs is decided by the text:

- JSON text (``{…}`` or ``[…]``, as the crawlers store structured values): the public-data columns
  (:mod:`normalizers.hours_opendata`), schema.org ``openingHoursSpecification`` objects or a list of
  ``openingHours`` strings (:mod:`normalizers.hours_schema`); a JSON-LD object holding either key is read by it;
- a schema.org ``openingHours`` string (``Mo-Fr 09:00-18:00; Sa 10:00-14:00``);
- anything else: free Korean text (:mod:`normalizers.hours_text`).

No reader guesses: a part it cannot read gives no value for that part and is kept in ``Hours.unparsed``; when
nothing can be read the answer is ``Parsed(None, reason)``.
"""

from __future__ import annotations

import re

import orjson

from normalizers.hours_common import DAYS
from normalizers.hours_opendata import looks_like_opendata, read_opendata
from normalizers.hours_schema import LOOKS_LIKE_RULE, day_set, read_opening_hours, read_specification
from normalizers.hours_text import read_text_hours
from normalizers.memo import Memo
from normalizers.records import Closure, Hours, Parsed
from normalizers.text import clean

__all__ = ["DAYS", "format_hours", "hours_to_json", "parse_hours"]

_DAY_WORDS = r"(?:mo|tu|we|th|fr|sa|su|ph|daily|everyday|weekdays|weekends)[a-z]*"
_RULE_SPLIT = re.compile(rf"(?<=\d)\s*[,;]\s*(?={_DAY_WORDS}(?:\s*[-,]\s*{_DAY_WORDS})*\s+\d)|\s*;\s*", re.I)
_LATIN_RULE = re.compile(r"^[A-Za-z][A-Za-z ,\-]*\s+\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}")
"""An ASCII rule with a Latin day part, known or not: read as schema.org, never as every day."""


def parse_hours(text: str) -> Parsed[Hours]:
    """Read opening hours (see the module docstring); ``Parsed(None, reason)`` when none can be read.

    Answers are cached (sites repeat the same hours text); each call gets its own copy of the weekly lists."""
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    parsed = _ANSWERS.get(text)
    if parsed is None:
        try:
            parsed = _ANSWERS.put(text, _parse_hours(text))
        except RecursionError:  # pragma: no cover - absurdly nested JSON
            parsed = _ANSWERS.put(text, Parsed(None, "unreadable structure"))
    h = parsed.value
    if h is None:
        return parsed
    weekly = {d: [*ivs] for d, ivs in h.weekly.items()}
    return Parsed(Hours(h.original, weekly, h.open_evenings, h.open_weekends, h.closed_on_holidays, h.closures,
                        h.holiday_hours, h.unparsed))


_ANSWERS: Memo[str, Parsed[Hours]] = Memo(32768)
"""Answers of :func:`_parse_hours` by text: sites repeat the same hours text."""


def _parse_hours(text: str) -> Parsed[Hours]:
    s = text.strip()
    if not s:
        return Parsed(None, "empty hours field")
    if "|" in s and "\n" in s:
        s = _table_text(s)
    if s[0] in "{[":
        try:
            data = orjson.loads(s)
        except orjson.JSONDecodeError:
            data = None
        if data is not None:
            return _structured(text, data)
    # a line of its own is a rule of its own (`월 정기휴무` / `화 10:00 - 19:00`); clean() joins lines
    lines = [line for line in (clean(x) for x in s.splitlines()) if line] if "\n" in s else []
    s = clean(s)
    if not s:
        return Parsed(None, "empty hours field")
    if s.isascii() and (LOOKS_LIKE_RULE.match(s) or _LATIN_RULE.match(s)) and not _PROSE.search(s):
        rule = read_opening_hours(text, _split_rules(s))
        if rule.value is not None or (_LATIN_RULE.match(s) and not _days_all_known(s)):
            return rule
        # English days the text reader knows, in a form schema.org does not write (`mon-fri 10:00-19:00 / sat
        # 11:00-17:00`, `Daily 10:00-22:00 (last entry 21:00)`): read as text; unknown day words never are
        # times first and the days after them (`09:00 - 18:00 (Mon - Fri)`): English text, not a rule
    return read_text_hours(text, " / ".join(lines) if len(lines) > 1 else s)


_RULE_DAYS = re.compile(r"(?:^|[/;|,]\s*)([A-Za-z][A-Za-z ,\-]*?)\s+\d{1,2}:\d{2}\s*-")


def _days_all_known(s: str) -> bool:
    """Whether every rule's Latin day part (at the start or after ``/ ; | ,``) names English days."""
    parts = _RULE_DAYS.findall(s)
    return bool(parts) and all(day_set(p.strip(" ,-")) is not None for p in parts)


def _split_rules(s: str) -> list[str]:
    """``openingHours`` rules: separated by ``;``, by ``,`` before a day part, or by a space after a time range
    ("Mo-Fr 09:00-19:00 Sa 10:00-17:00")."""
    return [r for part in _RULE_SPLIT.split(s) for r in _SPACE_RULE.split(part) if r]


_SPACE_RULE = re.compile(r"(?<=\d)\s+(?=[A-Za-z])")
_PROSE = re.compile(r"\b(?:closed|open|and|holidays?|except|by|appointment|only|hours?)\b|&", re.I)
"""English words that make an ASCII text prose (read by the text reader), not schema.org rules."""


def _table_text(s: str) -> str:
    """A table printed as rows of ``|`` cells, as text: a header row naming days over a row of times gives
    ``평일 09:00~18:00 / 토요일 10:00~17:00 / …``; rows of ``days | times`` give one rule each."""
    rows = [[c.strip() for c in line.split("|")] for line in s.splitlines() if line.strip()]
    if len(rows) >= 2 and len(rows[0]) >= 3 and all(len(r) == len(rows[0]) for r in rows[1:]) \
            and not any(ch.isdigit() for ch in "".join(rows[0])):
        return " / ".join(f"{head} {row[i]}" for row in rows[1:] for i, head in enumerate(rows[0]) if i)
    return " / ".join(" ".join(c for c in row if c) for row in rows)


def _structured(original: str, data: object) -> Parsed[Hours]:
    """A parsed JSON value: public-data columns, specification objects, or openingHours strings."""
    if isinstance(data, dict):
        if looks_like_opendata(data):
            return read_opendata(original, data)
        if "openingHoursSpecification" in data:
            return read_specification(original, data["openingHoursSpecification"])
        if "openingHours" in data:
            return _structured(original, data["openingHours"])
        if "dayOfWeek" in data or "opens" in data:
            return read_specification(original, data)
        return Parsed(None, "JSON object without opening hours")
    if isinstance(data, str):
        return read_opening_hours(original, _split_rules(clean(data)))
    if isinstance(data, list) and data:
        if all(isinstance(x, str) for x in data):
            rules = [r for x in data for r in _split_rules(clean(x))]
            if all(LOOKS_LIKE_RULE.match(r) or not r for r in rules):
                return read_opening_hours(original, rules)
            return read_text_hours(original, clean(" / ".join(data)))
        if all(isinstance(x, dict) for x in data):
            return read_specification(original, data)
    return Parsed(None, "JSON value without opening hours")


_KO_NAMES = dict(zip(DAYS, "월화수목금토일", strict=True))
_ORDINAL_KO = {1: "첫째", 2: "둘째", 3: "셋째", 4: "넷째", 5: "다섯째", -1: "마지막"}
_LUNAR_KO = {"seollal": "설날", "chuseok": "추석"}


def _closure_text(rule: Closure) -> str:
    if rule.rule == "public_holidays":
        return "공휴일 휴관"
    if rule.rule == "nth_weekday":
        weeks = "·".join(_ORDINAL_KO[w] for w in rule.weeks or ())
        return f"매월 {weeks} {_KO_NAMES.get(rule.weekday or '', '')}요일 휴관"
    if rule.rule == "lunar_holiday":
        return f"{_LUNAR_KO.get(rule.name or '', '')} 연휴 휴관"
    if rule.rule == "date":
        return f"{rule.month}월 {rule.day}일 휴관"
    if rule.rule == "election_days":
        return "선거일 휴관"
    return "임시 휴관"


def format_hours(hours: Hours) -> str:
    """Print a schedule as ``월 09:00-18:00 / … / 일 휴무 / 공휴일 휴관 / 매월 둘째 월요일 휴관``; parsing this
    gives the same schedule, closures and holiday hours (the unread parts are not printed)."""
    parts = []
    for day in DAYS:
        ivs = hours.weekly.get(day) or []
        text = " 및 ".join(f"{a}-{b}" for a, b in ivs) if ivs else "휴무"
        parts.append(f"{_KO_NAMES[day]} {text}")
    if hours.holiday_hours:
        parts.append("공휴일 " + " 및 ".join(f"{a}-{b}" for a, b in hours.holiday_hours))
    parts.extend(_closure_text(rule) for rule in hours.closures)
    return " / ".join(parts)


def hours_to_json(hours: Hours) -> dict[str, object]:
    """The keys the ``parse hours --json`` command prints (``closures``, ``holiday_hours`` and ``unparsed`` only
    when present)."""
    out: dict[str, object] = {
        "weekly": {d: [list(iv) for iv in hours.weekly.get(d, [])] for d in DAYS},
        "open_evenings": hours.open_evenings,
        "open_weekends": hours.open_weekends,
    }
    if hours.closures:
        out["closures"] = [c.to_json() for c in hours.closures]
    if hours.holiday_hours:
        out["holiday_hours"] = [list(iv) for iv in hours.holiday_hours]
    if hours.unparsed:
        out["unparsed"] = True
    return out
