"""Is a facility open on a date, at a time: the weekly table, its closure rules and Korean public holidays.

Public holidays come from the ``holidays`` package (``holidays.KR``: 설날 and 추석 with the days around them,
대체공휴일, election days, temporary holidays), so that "지금 영업 중" and "토요일" can be answered for a real date.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import holidays

from normalizers.records import Closure, Hours

KST = ZoneInfo("Asia/Seoul")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@functools.lru_cache(maxsize=64)
def _holidays(year: int) -> dict[dt.date, str]:
    """Korean public holidays of one year, by date, named in Korean (``holidays.KR``)."""
    return dict(holidays.country_holidays("KR", years=year, language="ko").items())


def holiday_name(day: dt.date) -> str | None:
    """The Korean public holiday on ``day`` (대체공휴일 included), or None."""
    return _holidays(day.year).get(day)


def _lunar(day: dt.date, name: str) -> bool:
    word = "설날" if name == "seollal" else "추석"
    found = holiday_name(day)
    return found is not None and word in found


def _nth_weekday(day: dt.date, weekday: str, weeks: tuple[int, ...]) -> bool:
    if DAYS[day.weekday()] != weekday:
        return False
    nth = (day.day - 1) // 7 + 1
    last = (day + dt.timedelta(days=7)).month != day.month
    return nth in weeks or (last and -1 in weeks)


def closed_by(rule: Closure, day: dt.date) -> bool:
    """Whether one closure rule closes the facility on ``day``."""
    if rule.rule == "temporarily_closed":
        return True
    if rule.rule == "public_holidays":
        return holiday_name(day) is not None
    if rule.rule == "nth_weekday":
        return rule.weekday is not None and _nth_weekday(day, rule.weekday, rule.weeks or ())
    if rule.rule == "lunar_holiday":
        return rule.name is not None and _lunar(day, rule.name)
    if rule.rule == "date":
        return (day.month, day.day) == (rule.month, rule.day)
    if rule.rule == "election_days":
        found = holiday_name(day)
        return found is not None and "선거" in found
    return False


def intervals_on(hours: Hours, day: dt.date) -> list[tuple[str, str]]:
    """Opening intervals on ``day``: [] when a closure rule closes it; the holiday hours on a public holiday
    when the source gives them; else the weekday's intervals."""
    if any(closed_by(rule, day) for rule in hours.closures):
        return []
    if hours.holiday_hours is not None and holiday_name(day) is not None:
        return list(hours.holiday_hours)
    return list(hours.weekly.get(DAYS[day.weekday()]) or [])


def is_open_at(hours: Hours, when: dt.datetime) -> bool:
    """Whether ``when`` (naive = Korean time) falls in an opening interval of its day."""
    local = when.astimezone(KST) if when.tzinfo is not None else when
    clock = f"{local.hour:02d}:{local.minute:02d}"
    return any(start <= clock < end for start, end in intervals_on(hours, local.date()))
