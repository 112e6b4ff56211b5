"""The public-data form of opening hours (전국도서관표준데이터 and the standard datasets built like it).

The standard gives separate start and end columns for 평일 (Monday–Friday), 토요일 and 공휴일, and a 휴관일 text;
some standards give one 주말 pair instead, for Saturday and Sunday.
``00:00``–``00:00`` (or any start equal to its end) means closed; ``23:59`` means midnight (``24:00``).

There is no Sunday column. Under 「관공서의 공휴일에 관한 규정」 (article 2) Sunday *is* a 공휴일, and the data
reads that way: of the libraries whose 휴관일 says "일요일을 제외한 공휴일" (closed on holidays, open on
Sundays), 94% fill the 공휴일 columns — those are their Sunday hours — and libraries closed on Saturdays and
holidays but not Sundays print their Sunday hours there too. So Sunday takes the 공휴일 columns, unless the
휴관일 closes Sunday (일, 일요일, 주말 …) or says Sunday keeps Saturday's hours. Public holidays: closed when the
휴관일 says so (a ``public_holidays`` rule) or when the 공휴일 columns say closed; otherwise the 공휴일 columns are
the holiday hours.
"""

from __future__ import annotations

from collections.abc import Mapping

from normalizers.closures import read_closures
from normalizers.hours_common import MIDNIGHT, Interval, build_hours, minutes_of
from normalizers.records import Closure, Hours, Parsed
from normalizers.text import clean

COLUMNS = ("평일운영시작시각", "평일운영종료시각", "토요일운영시작시각", "토요일운영종료시각", "공휴일운영시작시각",
           "공휴일운영종료시각", "주말운영시작시각", "주말운영종료시각", "휴관일")
"""The standard's column names this reader uses (주말: datasets with one weekend pair for Saturday and Sunday, such
as the 공공체육시설/공공시설 개방 standards)."""


def looks_like_opendata(data: object) -> bool:
    """Whether a parsed JSON value is an object with at least one of the standard's hours columns."""
    return isinstance(data, Mapping) and any(k in data for k in COLUMNS[:8])


def _pair(data: Mapping[str, object], prefix: str) -> tuple[list[Interval] | None, bool]:
    """(intervals, whether the columns were readable) of one start/end column pair; [] = closed."""
    start, end = data.get(prefix + "운영시작시각"), data.get(prefix + "운영종료시각")
    if start is None and end is None:
        return None, True
    a = minutes_of(str(start)) if start is not None else None
    b = minutes_of(str(end)) if end is not None else None
    if a is None or b is None:
        return None, False
    if a == b or a >= MIDNIGHT:
        return [], True
    return [(a, b if b > a else MIDNIGHT)], True


def read_opendata(original: str, data: Mapping[str, object]) -> Parsed[Hours]:
    """Read the standard's columns (see the module docstring)."""
    weekday, ok_w = _pair(data, "평일")
    saturday, ok_s = _pair(data, "토요일")
    holiday, ok_h = _pair(data, "공휴일")
    weekend, ok_e = _pair(data, "주말")
    unread = [f"{p} {data.get(p + '운영시작시각')}-{data.get(p + '운영종료시각')}"
              for p, ok in (("평일", ok_w), ("토요일", ok_s), ("공휴일", ok_h), ("주말", ok_e)) if not ok]
    if weekend is not None and saturday is None:
        saturday = weekend  # one weekend pair: Saturday's hours, and Sunday's below (not a holiday's)
    closure_text = clean(str(data.get("휴관일") or ""))
    read = read_closures(closure_text) if closure_text else None
    weekly: dict[int, list[Interval]] = {}
    for d in range(5):
        if weekday is not None:
            weekly[d] = list(weekday)
    if saturday is not None:
        weekly[5] = list(saturday)
    sunday = holiday if weekend is None or holiday is not None else weekend
    if read is not None and (read.sunday_as_saturday or (read.sunday_open and not holiday)):
        sunday = saturday
    if sunday is not None:
        weekly[6] = list(sunday)
    closures: list[Closure] = []
    if read is not None:
        for d in read.closed_days:
            weekly[d] = []
        closures = list(read.rules)
        unread.extend(read.unread)
    public_closed = any(r.rule in ("public_holidays", "temporarily_closed") for r in closures)
    holiday_hours: list[Interval] | None = None
    if not public_closed and holiday is not None:
        if holiday:
            holiday_hours = list(holiday)
        else:
            closures.append(Closure("public_holidays"))
    if not any(weekly.values()) and not holiday_hours and not any(r.rule == "temporarily_closed" for r in closures):
        if weekday is None and saturday is None and holiday is None and weekend is None:
            return Parsed(None, "no opening time in the public-data columns")
    return build_hours(original, weekly, closures=closures, holiday_hours=holiday_hours, unparsed=unread)
