"""What every opening-hours reader shares: minutes ↔ "HH:MM", breaks cut out of intervals, and the final
:class:`~normalizers.records.Hours` (evening and weekend flags, closures, holiday hours, unread parts)."""

from __future__ import annotations

from collections.abc import Iterable

from normalizers.records import Closure, Hours, Parsed

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MIDNIGHT = 24 * 60
Interval = tuple[int, int]


def hhmm(minutes: int) -> str:
    """600 → "10:00"; 1440 → "24:00"."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_of(text: str) -> int | None:
    """ "09:30" / "09:30:00" / "9:30" → 570; "23:59" → 1440 (midnight); None when not a time of day."""
    parts = text.strip().split(":")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        return None
    hour, minute = int(parts[0]), int(parts[1])
    if hour > 24 or minute >= 60 or (hour == 24 and minute):
        return None
    total = hour * 60 + minute
    return MIDNIGHT if total == MIDNIGHT - 1 else total


def cut(intervals: list[Interval], breaks: Iterable[Interval]) -> list[Interval]:
    """The intervals with every break removed from them."""
    for b0, b1 in breaks:
        out: list[Interval] = []
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


def build_hours(
    original: str,
    weekly: dict[int, list[Interval]],
    *,
    breaks: Iterable[Interval] = (),
    closures: Iterable[Closure] = (),
    holiday_hours: list[Interval] | None = None,
    unparsed: Iterable[str] = (),
) -> Parsed[Hours]:
    """The Hours of a weekly table (day 0 = Monday; a day missing is closed), or no value when no day is open
    and nothing else was read."""
    breaks = list(breaks)
    schedule: dict[str, list[tuple[str, str]]] = {}
    for d, name in enumerate(DAYS):
        ivs = cut(sorted(set(weekly.get(d, []))), breaks)
        schedule[name] = [(hhmm(a), hhmm(b)) for a, b in ivs]
    rules = tuple(closures)
    holiday = None if holiday_hours is None else tuple((hhmm(a), hhmm(b)) for a, b in cut(holiday_hours, breaks))
    if not any(schedule.values()) and not holiday and not any(r.rule == "temporarily_closed" for r in rules):
        return Parsed(None, "every day is closed" if weekly else "no opening time found")
    open_evenings = any(end > "18:00" for day in DAYS[:5] for _, end in schedule[day])
    open_weekends = bool(schedule["sat"] or schedule["sun"])
    closed_on_holidays = True if any(r.rule == "public_holidays" for r in rules) else (
        False if holiday else None)
    return Parsed(Hours(original, schedule, open_evenings, open_weekends, closed_on_holidays, rules, holiday,
                        tuple(dict.fromkeys(u for u in unparsed if u))))
