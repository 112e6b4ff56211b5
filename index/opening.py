"""Opening words (주말, 토요일, 평일 저녁, 야간, 지금 영업 중 …) read as conditions on a weekly schedule.

A condition (``OpeningNeed``) holds when the facility is open in one of its windows (``OpenWindow``: minutes of
the week, 0 = Monday 00:00). Both backends evaluate the same conditions: the embedded one over the version's
distinct weekly schedules (``index.embedded.schedules``), Elasticsearch with a range field of open intervals.

What the words mean (a facility's weekly table, as served in ``hours``):

=====================  ==================================================================================
주말                    open on Saturday or Sunday
토일, 토·일             open on Saturday and on Sunday
토요일, 일요일, 월요일 …   open that day
평일, 주중               open on a weekday
저녁, 퇴근 후, 퇴근하고    open until 20:00 or later (퇴근 후: on a weekday)
야간, 밤, 늦게까지, 심야   open until 21:00 or later
밤 N시까지, N시 이후     open until N o'clock or later (N < 12 read as the evening: 9시까지 → 21:00;
                       also N시 넘어서)
24시간                  open throughout a day
매일, 연중무휴, 휴일 없는   open on every day of the week
아침, 일찍 / 새벽         open at 09:00 / at 23:59
N시부터, 오전 N시 오픈     open at that hour (a morning hour unless 오후 says otherwise)
오전 / 오후              open throughout 10:00–12:00 / 14:00–17:00
공휴일, 빨간날, 연휴       besides the rest, not closed on public holidays (unknown counts as open)
지금 영업 중, 영업중       open at this minute (Asia/Seoul); on a public holiday (the ``holidays`` package,
                       대체공휴일 included) facilities that close on public holidays are not
=====================  ==================================================================================

Day words and time words combine: 평일 저녁 is a weekday evening, 토요일 오후 a Saturday afternoon.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import orjson

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY = 1440
WEEK = 7 * DAY
SEOUL = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True, slots=True)
class OpenWindow:
    """A span of the week in minutes (``start`` inclusive, ``end`` exclusive, ``0 <= start < end <= WEEK``)."""

    start: int
    end: int
    whole: bool = False
    """True: open throughout the span; False: open at some moment in it."""


@dataclass(frozen=True, slots=True)
class OpeningNeed:
    """Open in one of ``any_of``."""

    label: str
    """``weekend``, ``saturday``, ``weekday_evening``, ``night``, ``until_22``, ``now`` …"""
    any_of: tuple[OpenWindow, ...]
    holiday: bool = False
    """The moment asked about is a public holiday: a facility that closes on public holidays does not qualify."""


Intervals = tuple[tuple[int, int], ...]


def _minutes(text: str) -> int | None:
    try:
        hh, mm = str(text).split(":", 1)
        return int(hh) * 60 + int(mm[:2])
    except (ValueError, TypeError):
        return None


_SEEN: dict[bytes, Intervals] = {}


def week_intervals(hours: Mapping[str, Sequence[Sequence[str]]] | None) -> Intervals:
    """The open intervals of a weekly table in minutes of the week; an interval past midnight runs into the next
    day (and Sunday night into Monday morning). Tables repeat across facilities: results are memoised."""
    if not hours:
        return ()
    try:
        key = orjson.dumps(hours)
    except TypeError:
        return _week_intervals(hours)
    found = _SEEN.get(key)
    if found is None:
        found = _week_intervals(hours)
        if len(_SEEN) > 50_000:
            _SEEN.clear()
        _SEEN[key] = found
    return found


def _week_intervals(hours: Mapping[str, Sequence[Sequence[str]]]) -> Intervals:
    out: list[tuple[int, int]] = []
    for i, day in enumerate(DAYS):
        for iv in (hours or {}).get(day) or []:
            if len(iv) < 2:
                continue
            s, e = _minutes(iv[0]), _minutes(iv[1])
            if s is None or e is None:
                continue
            if e <= s:
                e += DAY
            start, end = i * DAY + s, i * DAY + e
            if end <= WEEK:
                out.append((start, end))
            else:
                out += [(start, WEEK), (0, end - WEEK)]
    return tuple(sorted(out))


def _open_in(intervals: Intervals, w: OpenWindow) -> bool:
    if w.whole:
        return any(s <= w.start and e >= w.end for s, e in intervals)
    return any(s < w.end and e > w.start for s, e in intervals)


def satisfies(intervals: Intervals, closed_on_holidays: bool | None, need: OpeningNeed) -> bool:
    """True when a facility with these open intervals meets the condition."""
    if need.holiday and closed_on_holidays:
        return False
    return any(_open_in(intervals, w) for w in need.any_of)


# -- reading the words ----------------------------------------------------------------------------------------
_WEEKDAYS = (0, 1, 2, 3, 4)
DAY_WORDS: dict[str, tuple[str, tuple[tuple[int, ...], ...]]] = {
    # word: (label, groups of days: every group must hold, a day of the group is enough)
    "주말": ("weekend", ((5, 6),)), "주말운영": ("weekend", ((5, 6),)), "weekend": ("weekend", ((5, 6),)),
    "토일": ("weekend_both", ((5,), (6,))), "토일요일": ("weekend_both", ((5,), (6,))),
    "토요일일요일": ("weekend_both", ((5,), (6,))),
    "평일": ("weekday", (_WEEKDAYS,)), "주중": ("weekday", (_WEEKDAYS,)),
    # open every day of the week (each day must hold)
    **{w: ("every_day", tuple((d,) for d in range(7))) for w in (
        "매일", "연중무휴", "365일", "휴일없는", "휴무없는", "쉬는날없는", "무휴", "매일운영", "년중무휴")},
    **{f"{d}요일": (name, ((i,),)) for i, (d, name) in enumerate(zip(
        "월화수목금토일", ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        strict=True))},
}
TIME_WORDS: dict[str, tuple[str, OpenWindow, bool]] = {
    # word: (label, the window within one day, whether it means a weekday when no day is named)
    "저녁": ("evening", OpenWindow(20 * 60 - 1, DAY), False),
    **{w: ("evening", OpenWindow(20 * 60 - 1, DAY), True) for w in (
        "퇴근후", "퇴근하고", "퇴근길", "퇴근해서", "퇴근하고서", "퇴근시간", "일끝나고", "회사끝나고")},
    "야간": ("night", OpenWindow(21 * 60 - 1, DAY), False),
    "밤": ("night", OpenWindow(21 * 60 - 1, DAY), False),
    "심야": ("night", OpenWindow(21 * 60 - 1, DAY), False),
    "늦게까지": ("night", OpenWindow(21 * 60 - 1, DAY), False),
    "밤늦게": ("night", OpenWindow(21 * 60 - 1, DAY), False),
    "밤늦게까지": ("night", OpenWindow(21 * 60 - 1, DAY), False),
    "아침": ("early", OpenWindow(9 * 60, 9 * 60 + 1), False),
    "아침일찍": ("early", OpenWindow(9 * 60, 9 * 60 + 1), False),
    "이른아침": ("early", OpenWindow(9 * 60, 9 * 60 + 1), False),
    "일찍": ("early", OpenWindow(9 * 60, 9 * 60 + 1), False),
    "새벽": ("late_night", OpenWindow(24 * 60 - 1, DAY), False),
    "새벽까지": ("late_night", OpenWindow(24 * 60 - 1, DAY), False),
    "24시간": ("24h", OpenWindow(0, DAY, whole=True), False),
    "24시간운영": ("24h", OpenWindow(0, DAY, whole=True), False),
    "오전": ("morning", OpenWindow(10 * 60, 12 * 60, whole=True), False),
    "오후": ("afternoon", OpenWindow(14 * 60, 17 * 60, whole=True), False),
}
CLOSING_WORDS = frozenset({"휴관", "휴무", "쉬는", "쉼", "쉬는날", "닫는", "문닫는", "정기휴무", "휴관일", "휴무일",
                           "휴일인", "안하는", "안여는", "쉬어요", "휴관인"})
"""Words after a day that say it is closed then (`월요일 휴관`): the day is no opening condition."""
HOLIDAY_WORDS = ("공휴일", "공휴일날", "빨간날", "국경일", "명절", "연휴")
"""Open on public holidays: a facility whose hours say it closes on them does not qualify."""
NOW_WORDS = ("지금영업중", "영업중", "지금여는", "지금열린", "현재영업중", "지금운영중", "운영중", "지금")
FILLERS = ("운영", "운영하는", "개방", "개방하는", "여는", "하는", "영업", "영업하는", "문여는", "열린", "여는곳",
           "하는곳", "가능", "이용", "이용가능", "갈수있는", "갈", "수", "있는", "있는곳", "곳", "에도", "도",
           "까지", "대여", "추천", "근처", "주변", "체험", "예약", "사용", "사용가능", "렌탈", "빌릴", "빌려주는",
           "쓸", "찾기", "어디", "할", "다", "모두", "둘", "둘다", "전부", "같이", "함께", "되는", "된", "곳들", "오픈",
           "오픈하는", "문을", "문", "여나요", "열어요", "하나요", "이후", "및", "그리고", "랑", "와", "과",
           "가는", "가기", "가볼", "가볼만한", "갈만한", "만한", "좋은", "다닐", "다니는", "찾는", "있나요",
           "있어요", "알려줘", "알려주세요", "가공", "출력", "제작", "작업", "만들기", "프린팅",
           # how a question ends (`… 어디 있어`, `… 있을까요`, `… 추천해줘`)
           "있어", "있니", "있음", "있을까", "있을까요", "있습니까", "어딨어", "어딨어요", "어디야", "어디에",
           "어디예요", "어디있어", "어디있나요", "알려줘요", "추천해줘", "추천해주세요", "찾아줘", "보여줘")
"""Words people add to a search that say what they want done, not what the facility is: dropped from the
text once something else in the query was understood."""
PARTICLES = ("에서도", "에서는", "에서", "에도", "에는", "에", "은", "는", "도", "의", "까지", "부터")
"""Endings stripped from a word when what is left is a vocabulary word (주말에 → 주말, 일요일에도 → 일요일)."""


_UNTIL_ENDINGS = ("까지", "이후에도", "이후", "넘어서도", "넘어서", "넘어", "넘게", "지나서", "이후까지")
"""`9시까지`, `9시 이후`, `9시 넘어서`: open until that hour or later."""
_FROM_ENDINGS = ("부터", "전부터", "에여는", "오픈")
"""`9시부터`, `오전 9시 오픈`: open at that hour."""
_HOUR_PREFIXES = ("오전", "아침", "오후", "저녁", "밤")


def _hour(word: str, endings: tuple[str, ...], bare: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """(N, the time-of-day word before it or "") of ``[오전|아침|오후|저녁|밤]N시`` followed by one of ``endings``
    (or by none, when the word starts with one of ``bare``)."""
    body = next((word[: -len(e)] for e in endings if word.endswith(e)), word)
    if (body == word and not word.startswith(bare)) or not body.endswith("시"):
        return None
    body = body[:-1]
    prefix = next((p for p in _HOUR_PREFIXES if body.startswith(p)), "")
    digits = body[len(prefix):]
    return (int(digits), prefix) if digits.isdigit() else None


def _from(word: str) -> int | None:
    """``9시부터``, ``오전9시부터``, ``오후2시부터`` → the hour in minutes (a morning hour unless 오후 says)."""
    read = _hour(word, _FROM_ENDINGS)
    if read is None or read[1] in ("저녁", "밤") or read[0] > 23:
        return None
    hour, prefix = read
    return (hour + 12 if prefix == "오후" and hour < 12 else hour) * 60


def _until(word: str) -> int | None:
    """``밤10시까지``, ``10시까지``, ``22시까지``, ``9시이후`` → the hour in minutes (evening for N < 12); ``밤10시``
    and ``저녁8시`` without an ending too."""
    read = _hour(word, _UNTIL_ENDINGS, bare=("밤", "저녁"))
    if read is None or read[1] in ("오전", "아침") or read[0] > 24:
        return None
    hour = read[0]
    return (hour + 12 if hour < 12 else hour) * 60


@dataclass(frozen=True, slots=True)
class _Read:
    label: str
    groups: tuple[tuple[int, ...], ...] = ()
    window: OpenWindow | None = None
    weekday_default: bool = False
    now: bool = False
    holiday: bool = False


def read_word(word: str) -> _Read | None:
    """What one compacted word (or joined words) says about opening times, or None."""
    if word in DAY_WORDS:
        label, groups = DAY_WORDS[word]
        return _Read(label, groups=groups)
    if word in TIME_WORDS:
        label, window, weekday = TIME_WORDS[word]
        return _Read(label, window=window, weekday_default=weekday)
    if word in NOW_WORDS:
        return _Read("now", now=True)
    if word in HOLIDAY_WORDS:
        return _Read("holiday", holiday=True)
    until = _until(word)
    if until is not None:
        return _Read(f"until_{until // 60}", window=OpenWindow(until - 1, DAY))
    start = _from(word)
    if start is not None:
        return _Read(f"from_{start // 60}", window=OpenWindow(start, start + 1))
    return None


def combine(reads: Sequence[_Read], now: dt.datetime | None = None) -> tuple[OpeningNeed, ...]:
    """The conditions of the opening words of one query: day words and time words combine."""
    if not reads:
        return ()
    if any(r.now for r in reads):
        moment = (now or dt.datetime.now(SEOUL)).astimezone(SEOUL)
        minute = moment.weekday() * DAY + moment.hour * 60 + moment.minute
        return (OpeningNeed("now", (OpenWindow(minute, minute + 1),), holiday=is_public_holiday(moment.date())),)
    day_reads = [r for r in reads if r.groups]
    time_reads = [r for r in reads if r.window is not None]
    holiday = any(r.holiday for r in reads)
    groups: tuple[tuple[int, ...], ...] = ()
    for r in day_reads:
        groups += r.groups
    if not groups:
        groups = (_WEEKDAYS,) if any(r.weekday_default for r in time_reads) else (tuple(range(7)),)
    windows = [r.window for r in time_reads if r.window is not None]
    window = max(windows, key=lambda w: (w.whole, w.start)) if windows else OpenWindow(0, DAY)
    day_label = "_".join(dict.fromkeys(r.label for r in day_reads))
    time_label = "_".join(dict.fromkeys(r.label for r in time_reads))
    label = "_".join(p for p in (day_label, time_label, "holiday" if holiday else "") if p) or "open"
    return tuple(OpeningNeed(label, tuple(OpenWindow(d * DAY + window.start, d * DAY + window.end, window.whole)
                                          for d in group), holiday=holiday) for group in groups)


@functools.lru_cache(maxsize=64)
def is_public_holiday(day: dt.date) -> bool:
    """True on a Korean public holiday (대체공휴일 included), per the ``holidays`` package."""
    import holidays

    return day in holidays.country_holidays("KR", years=day.year)
