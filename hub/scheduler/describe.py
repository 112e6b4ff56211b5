"""Cron schedules in Korean words (``40 2 * * 1`` → ``매주 월요일 02:40``) and their next runs in Asia/Seoul.

Parsing is APScheduler's (``hub.sources.cron_trigger``, the trigger the scheduler itself fires): the words are
built from the values each field of that trigger allows, so they say what the scheduler does. Note that
APScheduler requires every field to match (a day of the month *and* a weekday both given means "those days that
are also that weekday"), unlike classic cron's "either"; the words say so (``매월 1–7일 중 월요일``).
An expression the words cannot say plainly is shown as itself with its next runs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")
WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
"""APScheduler's weekday numbers (Monday = 0) as Korean day names."""
_FIELD_RANGE = {"month": (1, 12), "day": (1, 31), "day_of_week": (0, 6), "hour": (0, 23), "minute": (0, 59)}


def _values(field: Any) -> list[int] | None:
    """Every value a trigger field allows, or None when it allows all (``*``)."""
    low, high = _FIELD_RANGE[field.name]
    if field.is_default or all(type(e).__name__ == "AllExpression" and getattr(e, "step", None) in (None, 1)
                               for e in field.expressions):
        return None
    allowed: set[int] = set()
    for expr in field.expressions:
        kind = type(expr).__name__
        step = getattr(expr, "step", None) or 1
        if kind == "AllExpression":
            first, last = low, high
        elif kind in ("RangeExpression", "WeekdayRangeExpression", "MonthRangeExpression"):
            first = expr.first if expr.first is not None else low
            last = expr.last if expr.last is not None else (first if kind != "RangeExpression" or
                                                            getattr(expr, "step", None) is None else high)
        else:  # last day of month, "2nd mon" and the like: not in 5-field cron
            raise ValueError(f"cannot put {expr} into words")
        allowed.update(range(first, last + 1, step))
    return sorted(v for v in allowed if low <= v <= high)


def _runs(values: list[int]) -> list[tuple[int, int]]:
    """Consecutive values grouped: [1, 2, 3, 5] → [(1, 3), (5, 5)]."""
    out: list[tuple[int, int]] = []
    for v in values:
        if out and v == out[-1][1] + 1:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out


def _join(values: list[int], word: Any, suffix: str = "") -> str:
    """Values as ``1·15일`` or ``1–7일`` (runs of three or more as a range)."""
    parts = []
    for a, b in _runs(values):
        if b - a >= 2:
            parts.append(f"{word(a)}–{word(b)}")
        else:
            parts.extend(word(v) for v in range(a, b + 1))
    return "·".join(parts) + suffix


def _step(values: list[int], low: int, high: int) -> int | None:
    """The step when the values are every n-th from ``low`` (``*/n``), else None."""
    if len(values) < 3 or values[0] != low:
        return None
    step = values[1] - values[0]
    if step > 1 and values == list(range(low, high + 1, step)):
        return step
    return None


def _times(hours: list[int] | None, minutes: list[int] | None) -> str:
    if hours is not None and minutes is not None and len(hours) * len(minutes) <= 4:
        return ", ".join(f"{h:02d}:{m:02d}" for h in hours for m in minutes)
    minute_word = "정각" if minutes == [0] else (_join(minutes, str, "분") if minutes is not None else None)
    if minutes is not None and len(minutes) > 1 and (step := _step(minutes, 0, 59)):
        minute_word = f"{step}분마다"
    if hours is None:
        return f"매시 {minute_word}" if minute_word and "마다" not in minute_word else (minute_word or "1분마다")
    if (step := _step(hours, 0, 23)) is not None:
        prefix = f"{step}시간마다"
    else:
        prefix = _join(hours, lambda h: f"{h:02d}", "시")
    if minutes is None:
        return f"{prefix} 매분"
    return f"{prefix} {minute_word}"


def describe_cron(expr: str, timezone: str = "Asia/Seoul") -> str:
    """A 5-field cron expression in Korean words, as the scheduler fires it; the expression itself when it
    cannot be said plainly (or is not valid)."""
    from hub.sources import cron_trigger

    try:
        trigger = cron_trigger(expr, timezone)
        fields = {f.name: f for f in trigger.fields}
        months, days = _values(fields["month"]), _values(fields["day"])
        weekdays, hours, minutes = _values(fields["day_of_week"]), _values(fields["hour"]), _values(fields["minute"])
    except (ValueError, KeyError, TypeError):
        return expr
    when = _times(hours, minutes)
    if weekdays is not None:
        if weekdays == [0, 1, 2, 3, 4]:
            day_word = "평일(월–금)"
        elif weekdays == [5, 6]:
            day_word = "주말(토·일)"
        else:
            day_word = _join(weekdays, lambda d: WEEKDAYS[d], "요일")
        day_part = (f"매월 {_join(days, str, '일')} 중 {day_word}" if days is not None
                    else day_word if day_word.startswith(("평일", "주말")) else f"매주 {day_word}")
    elif days is not None:
        day_part = f"매월 {_join(days, str, '일')}"
    else:
        day_part = "매일" if hours is not None and minutes is not None and len(hours) * len(minutes) <= 4 else ""
    if months is not None:
        month_word = _join(months, str, "월")
        day_part = f"매년 {month_word} " + (day_part.removeprefix("매월 ") if day_part.startswith("매월")
                                          else (day_part or "매일"))
    text = f"{day_part} {when}".strip()
    if timezone != "Asia/Seoul":
        text += f" ({timezone})"
    return text


def next_runs(expr: str, timezone: str = "Asia/Seoul", *, count: int = 3,
              now: datetime | None = None) -> list[datetime]:
    """The next ``count`` fire times of a cron expression, in Asia/Seoul time (empty when it is not valid)."""
    from hub.sources import cron_trigger

    try:
        trigger = cron_trigger(expr, timezone)
    except (ValueError, KeyError, TypeError):
        return []
    out: list[datetime] = []
    previous = None
    current = now or datetime.now(KST)
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, current)
        if fire is None:
            break
        out.append(fire.astimezone(KST))
        previous, current = fire, fire
    return out


def korean_time(value: datetime) -> str:
    """``2026-12-07 (월) 02:40`` in Asia/Seoul."""
    local = value.astimezone(KST)
    return f"{local:%Y-%m-%d} ({WEEKDAYS[local.weekday()]}) {local:%H:%M}"
