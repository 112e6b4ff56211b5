"""Opening hours in free Korean text → a weekly schedule.

The text is cut into segments (at ``/ , ; |``, line breaks and brackets); each segment names days (월, 화~금,
평일, 주말, 매일, 공휴일 …), time ranges (09:00~18:00, 오전 9시 ~ 오후 8시, 10-17시) and perhaps a closing word
(휴관, 휴무). A segment with days but no time lends its days to the next; a segment with times but no days
continues the previous one (or, first of all, means every day). Later segments override earlier ones for the
days they name, closing words remove days, and a 점심/휴게 segment cuts its interval out of every day.
"""

from __future__ import annotations

import re

from normalizers.memo import Memo
from normalizers.records import Hours, Parsed
from normalizers.text import clean

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_KO_DAY = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_EN_DAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_GROUPS = {
    "평일": range(0, 5), "주중": range(0, 5), "주말": range(5, 7), "매일": range(7), "연중무휴": range(7),
    "전일": range(7), "daily": range(7), "weekdays": range(0, 5), "weekends": range(5, 7),
}
_DAY = r"(?<![가-힣0-9])([월화수목금토일])(?:요일)?(?![가-힣])|(?<![a-z])(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DAY_TOKEN = re.compile(
    r"(?P<range>(?<![가-힣])(?P<a>[월화수목금토일])(?:요일)?\s*[~\-]\s*(?P<b>[월화수목금토일])(?:요일)?(?![가-힣]))"
    r"|(?P<erange>(?<![a-z])(?P<ea>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[~\-]\s*(?P<eb>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
    r"|(?P<group>평일|주중|주말|매일|연중무휴|전일|daily|weekdays|weekends)"
    r"|(?P<holiday>(?:\(대체\))?(?:공휴일|법정\s*공휴일|국경일|명절|휴일))"
    r"|(?P<one>" + _DAY + r")",
    re.I,
)
_TIME = (
    r"(?:(?P<{p}mer>오전|오후|낮|밤|저녁|새벽|am|pm)\s*)?(?P<{p}h>\d{{1,2}})\s*"
    r"(?:(?::\s*(?P<{p}m>\d{{2}})|시\s*(?:(?P<{p}m2>\d{{1,2}})\s*분|(?P<{p}half>반))?)\s*(?P<{p}mer2>am|pm)?"
    r"|(?P<{p}mer3>am|pm)(?![a-z]))"
)
_RANGE = re.compile(
    _TIME.format(p="s") + r"\s*(?:~|-|부터|to)\s*(?:익일\s*)?" + _TIME.format(p="e") + r"(?:\s*까지)?"
    r"|(?P<bare_s>\d{1,2})\s*[~\-]\s*(?P<bare_e>\d{1,2})\s*시",
    re.I,
)
_ALL_DAY = re.compile(r"24\s*시간")
_CLOSED = re.compile(r"휴관|휴무|휴장|휴업|closed|미운영|운영\s*안|운영하지|쉽니다|쉼", re.I)
_BREAK = re.compile(r"점심|휴게|브레이크|break", re.I)
_SPLIT = re.compile(r"[/;|\n,()\[\]※*]|\s및\s|\s(?=점심|휴게\s*시간|브레이크)")
_DATED = re.compile(r"\([^()]*\d{4}[.\-년][^()]*\)")


def _minutes(m: re.Match[str], p: str) -> int | None:
    hour = int(m.group(p + "h"))
    minute = int(m.group(p + "m") or m.group(p + "m2") or (30 if m.group(p + "half") else 0))
    mer = (m.group(p + "mer") or m.group(p + "mer2") or m.group(p + "mer3") or "").lower()
    if mer in ("오후", "저녁", "밤", "pm") and hour < 12:
        hour += 12
    elif mer == "낮" and hour < 6:
        hour += 12
    elif mer in ("오전", "am", "새벽") and hour == 12:
        hour = 0
    if hour > 24 or minute >= 60 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def _intervals(segment: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in _RANGE.finditer(segment):
        if m.group("bare_s") is not None:
            start, end = int(m.group("bare_s")) * 60, int(m.group("bare_e")) * 60
            if start > 24 * 60 or end > 24 * 60:
                continue
        else:
            start_o, end_o = _minutes(m, "s"), _minutes(m, "e")
            if start_o is None or end_o is None:
                continue
            start, end = start_o, end_o
            if end <= start and not (m.group("emer") or m.group("emer2") or m.group("emer3")) and end + 720 > start:
                end += 720
        if end <= start:
            end = 24 * 60
        if end > 24 * 60:
            continue
        found.append((start, end))
    if not found and _ALL_DAY.search(segment):
        found.append((0, 24 * 60))
    return found


def _days(segment: str) -> tuple[set[int], bool]:
    days: set[int] = set()
    holiday = False
    for m in _DAY_TOKEN.finditer(segment):
        if m.group("range"):
            a, b = _KO_DAY[m.group("a")], _KO_DAY[m.group("b")]
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        elif m.group("erange"):
            a, b = _EN_DAY[m.group("ea").lower()], _EN_DAY[m.group("eb").lower()]
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        elif m.group("group"):
            days.update(_GROUPS[m.group("group").lower()])
        elif m.group("holiday"):
            holiday = True
        else:
            one = m.group("one")
            days.add(_KO_DAY[one[0]] if one[0] in _KO_DAY else _EN_DAY[one[:3].lower()])
    return days, holiday


def parse_hours(text: str) -> Parsed[Hours]:
    """Read a weekly schedule; ``Parsed(None, reason)`` when no opening time can be read.

    Answers are cached (sites repeat the same hours text); each call gets its own copy of the weekly lists."""
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    parsed = _ANSWERS.get(text)
    if parsed is None:
        parsed = _ANSWERS.put(text, _parse_hours(text))
    h = parsed.value
    if h is None:
        return parsed
    weekly = {d: [*ivs] for d, ivs in h.weekly.items()}
    return Parsed(Hours(h.original, weekly, h.open_evenings, h.open_weekends, h.closed_on_holidays))


_ANSWERS: Memo[str, Parsed[Hours]] = Memo(32768)
"""Answers of :func:`_parse_hours` by text: sites repeat the same hours text."""


def _parse_hours(text: str) -> Parsed[Hours]:
    s = clean(text)
    if not s:
        return Parsed(None, "empty hours field")
    s = _DATED.sub(" ", s)
    weekly: dict[int, list[tuple[int, int]]] = {}
    breaks: list[tuple[int, int]] = []
    pending: set[int] = set()
    last_days: set[int] = set(range(7))
    closed_holidays: bool | None = None
    any_time = False
    for segment in _SPLIT.split(s):
        segment = segment.strip()
        if not segment:
            continue
        days, holiday = _days(segment)
        intervals = _intervals(segment)
        if _BREAK.search(segment) and intervals:
            breaks.extend(intervals)
            continue
        if _CLOSED.search(segment) and not intervals:
            for d in days | pending:
                weekly[d] = []
            if holiday:
                closed_holidays = True
            pending = set()
            continue
        if not intervals:
            pending |= days
            if holiday:
                pending.add(-1)
            continue
        any_time = True
        if holiday or -1 in pending:
            closed_holidays = False
        target = (days | pending) - {-1}
        pending = set()
        if target:
            for d in target:
                weekly[d] = list(intervals)
            last_days = target
        else:
            for d in last_days:
                weekly.setdefault(d, [])
                weekly[d] = weekly[d] + [iv for iv in intervals if iv not in weekly[d]]
    if not any_time:
        return Parsed(None, "no opening time found")
    schedule: dict[str, list[tuple[str, str]]] = {}
    for d, name in enumerate(DAYS):
        ivs = _cut(sorted(set(weekly.get(d, []))), breaks)
        schedule[name] = [(_hhmm(a), _hhmm(b)) for a, b in ivs]
    open_evenings = any(end > "18:00" for ivs in schedule.values() for _, end in ivs)
    open_weekends = bool(schedule["sat"] or schedule["sun"])
    if not any(schedule.values()):
        return Parsed(None, "every day is closed")
    return Parsed(Hours(text, schedule, open_evenings, open_weekends, closed_holidays))


def _cut(intervals: list[tuple[int, int]], breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    for b0, b1 in breaks:
        out: list[tuple[int, int]] = []
        for a, b in intervals:
            if b <= b0 or a >= b1:
                out.append((a, b))
                continue
            if a < b0:
                out.append((a, b0))
            if b > b1:
                out.append((b1, b))
        intervals = out
    return intervals


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


_KO_NAMES = dict(zip(DAYS, "월화수목금토일", strict=True))


def format_hours(hours: Hours) -> str:
    """Print a schedule as ``월 09:00-18:00 / … / 일 휴무 / 공휴일 휴무``; parsing this gives the same schedule."""
    parts = []
    for day in DAYS:
        ivs = hours.weekly.get(day) or []
        text = " 및 ".join(f"{a}-{b}" for a, b in ivs) if ivs else "휴무"
        parts.append(f"{_KO_NAMES[day]} {text}")
    if hours.closed_on_holidays is True:
        parts.append("공휴일 휴무")
    elif hours.closed_on_holidays is False:
        parts.append("공휴일 운영")
    return " / ".join(parts)


def hours_to_json(hours: Hours) -> dict[str, object]:
    """The keys the ``parse hours --json`` command prints."""
    return {
        "weekly": {d: [list(iv) for iv in hours.weekly.get(d, [])] for d in DAYS},
        "open_evenings": hours.open_evenings,
        "open_weekends": hours.open_weekends,
    }
