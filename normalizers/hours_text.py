"""Opening hours in free Korean (and plain English) text → a weekly table, closures and holiday hours.

The text is cut into segments (at ``/ , ; |``, line breaks and brackets, remembering which were bracketed);
each segment is read as one item:

- a **range**: days (월, 화~금, 평일, 주말, 매일 …, or none) and time ranges (09:00~18:00, 오전 9시 ~ 오후 8시,
  10-17시); 공휴일 among its days gives the holiday hours;
- a **days** list alone: it belongs to the range after it (``평일 / 09:00-18:00``), or, when bracketed or last,
  to the range before it (``오전 10시~오후 6시 (월~금)``);
- an **exception**: days and one time with 까지/부터 (``일요일은 17:00까지``, ``금요일 ~21:00``) moves that end
  or start for those days;
- a **closure**: a closing word (휴관, 휴무 …), read by :mod:`normalizers.closures` (weekdays closed every week,
  and rules: 공휴일, 둘째·넷째 월요일, 설·추석 …);
- a **break** (점심시간 12:00-13:00): cut out of every day — or, bracketed right after a rule with days and
  before another rule, out of that rule's days;
- a **note** with times that is not an opening range (``12:00-13:00 일부 장비 점검``, ``입장 마감 17:30``):
  ignored.

Ranges apply in order, a later one overriding the days it names; a range without days continues the days of the
range before it, or means every day when it comes first. A segment that speaks of opening but cannot be read is
kept as unread text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.closures import read_closures
from normalizers.hours_common import MIDNIGHT, Interval, build_hours, cut
from normalizers.records import Closure, Hours, Parsed

_KO_DAY = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_EN_DAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_GROUPS = {
    "평일": range(0, 5), "주중": range(0, 5), "주말": range(5, 7), "매일": range(7), "연중무휴": range(7),
    "전일": range(7), "daily": range(7), "weekdays": range(0, 5), "weekends": range(5, 7), "everyday": range(7),
}
_DAY = (
    r"(?<![가-힣0-9])([월화수목금토일])(?:요일)?(?:은|는|에는|에|엔|만|도|과|와)?(?![가-힣])"
    r"|(?<![a-z])(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
)
_DAY_TOKEN = re.compile(
    r"(?P<range>(?<![가-힣])(?P<a>[월화수목금토일])(?:요일)?\s*[~\-]\s*(?P<b>[월화수목금토일])(?:요일)?(?![가-힣]))"
    r"|(?P<erange>(?<![a-z])(?P<ea>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:[~\-]|to|through|thru)\s*"
    r"(?P<eb>mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?)"
    r"|(?P<group>평일|주중|주말|매일|연중무휴|전일|daily|weekdays|weekends|everyday)"
    r"|(?P<holiday>(?:\(대체\))?(?:공휴일|법정\s*공휴일|국경일|명절|(?<!연)휴일|holidays?))"
    r"|(?P<one>" + _DAY + r")",
    re.I,
)
_TIME = (
    r"(?:(?P<{p}mer>오전|오후|낮|밤|저녁|새벽|am|pm)\s*)?(?P<{p}h>\d{{1,2}})\s*"
    r"(?:(?::\s*(?P<{p}m>\d{{2}})(?::\d{{2}})?|시\s*(?:(?P<{p}m2>\d{{1,2}})\s*분|(?P<{p}half>반))?)\s*(?P<{p}mer2>am|pm)?"
    r"|(?P<{p}mer3>am|pm)(?![a-z]))"
)
_RANGE = re.compile(
    _TIME.format(p="s") + r"\s*(?:~|-|부터|에서|to)\s*(?P<next>익일\s*|다음\s*날\s*)?" + _TIME.format(p="e")
    + r"(?:\s*까지)?"
    r"|(?P<bare_s>\d{1,2})\s*[~\-]\s*(?P<bare_e>\d{1,2})\s*시"
    r"|(?<![\d:])(?P<half_s>\d{1,2})\s*[~\-]\s*(?P<half_e>\d{1,2})\s*(?P<half_mer>am|pm)(?![a-z])"
    r"|(?<![\d:])(?P<mil_s>[0-2]\d[0-5]0)\s*[~\-]\s*(?P<mil_e>[0-2]\d[0-5]0)(?![\d년])",
    re.I,
)
"""Besides ``HH:MM`` and ``N시`` forms: ``10-17시``; ``12–6pm`` (the end's am/pm, the start read as the hour
before it: 12 is noon, 10–6pm opens at ten in the morning); ``0900-1800`` (four digits, minutes in tens)."""
_ONE_TIME = re.compile(
    r"(?P<tilde>~\s*)?" + _TIME.format(p="u") + r"\s*(?P<until>까지)?(?P<since>부터|개관|개장|오픈|시작)?", re.I
)
_ALL_DAY = re.compile(r"24\s*시간|(?<![\d:~\-])(?<![\d:~\-]\s)24\s*시(?!\s*(?:까지|[~\-\d분]))")
"""Open round the clock: ``24시간``, or ``24시`` as a word (``24시 무인 운영``), not the end of a range."""
_CLOSED = re.compile(
    r"휴관|휴무|휴장|휴업|휴실|closed|미운영|운영\s*안|운영하지|쉽니다|쉰다|쉬며|쉬고|쉬어요"
    r"|(?<![가-힣])쉼|제외|빼고|except",
    re.I,
)
_BREAK = re.compile(r"점심|휴게|브레이크|break|lunch", re.I)
_NOTE = re.compile(
    r"점검|청소|소독|교육|강좌|강의|수업|프로그램|행사|회의|공사|방역|정비|입장|마감|접수|상담|주문|"
    r"라스트\s*(?:오더|예약|입장)|마지막\s*(?:예약|입장|주문)|last\s*(?:order|booking|entry|admission)|entry",
    re.I,
)
_OPENING = re.compile(r"운영|개방|이용|개관|영업|오픈|open", re.I)
_LABEL = re.compile(r"(?:운영|이용|개관|관람|영업|오픈|개방)\s*(?:시간|일시|안내)\s*:?|^\s*(?:hours|open)\s*:", re.I)
_SPLIT = re.compile(r"([/;|\n,()\[\]※*]|\s및\s|(?:(?<=\d\d)|(?<=시))\s·\s"
                    r"|\s(?=(?:점심|휴게\s*시간|브레이크)[^0-9]{0,8}\d))")
"""Segment breaks; a spaced middle dot after a time ends a rule (`평일 13:00~21:00 · 토 10:00~17:00`), while
`월·수·금` and `1·3주` stay one list."""
_DATED = re.compile(r"\([^()]*\d{4}[.\-년][^()]*\)")
_DATE_GLOSS = re.compile(r"(?<=[가-힣])\s?\((\d{1,2})\.\s?(\d{1,2})\.?\)")
"""A day's date in brackets after its name (`근로자의 날(5.1.)`, `개관기념일(3.2)`): the date, unbracketed, so that
the name, its date and the closing word after them read as one closure."""
_ORD = r"(?:첫|둘|셋|세|넷|네|다섯)째|첫\s*번째|두\s*번째|세\s*번째|네\s*번째|마지막"
_LIST_COMMA = re.compile(rf"(?<=[월화수목금토일째])(요일)?\s*,\s*(?=[월화수목금토일](?:요일)?(?![가-힣])|{_ORD})")
_PERIOD_WORDS = r"방학|하절기|동절기|시즌"
_UNREAD_HINT = re.compile(
    r"단축|연장|변경|" + _PERIOD_WORDS + r"|\d{1,2}\s*(?::\s*\d{2}|시)|[월화수목금토일]요일"
    r"|(?<![가-힣])[월화수목금토일](?![가-힣])|평일|주말"
)
_PROSE_DAYS = re.compile(r"([월화수목금토일])요일\s*부터\s*([월화수목금토일])요일\s*까지\s*(?:는|은)?")
_PROSE_BREAK = re.compile(
    r"(?<=[가-힣])(?:하며|이며|으며|되며|며|하고|되고|하지만|지만|는데)\s+|\s것을\s+|(?<=[가-힣][다요])\.(?:\s+|$)"
    r"|(?<=[가-힣)])\.\s+"
)
_CLOSE_LABEL = re.compile(r"^\s*(?:정기\s*)?(?:휴관일?|휴무일?|휴일|closed)\s*:?", re.I)
_MONTHLY = re.compile(r"매월|째\s*주|(?:첫|둘|셋|넷|다섯)째|마지막\s*주")
_PERIOD = re.compile(_PERIOD_WORDS + r"|기간\s*(?:중|동안)|\d{1,2}\s*[~\-]\s*\d{1,2}\s*월")
"""A rule for part of the year (방학 중, 하절기, 7~8월): no weekly table holds it."""
_EXTRA = re.compile(r"야간|추가|연장|evening|late", re.I)
"""Words of a session added to the day's hours (``매주 수요일 19:00~21:00 야간 오픈``)."""


@dataclass
class _Item:
    kind: str
    """range, days, close, break, until, since, note, other."""
    text: str
    bracketed: bool
    days: set[int] = field(default_factory=set)
    holiday: bool = False
    intervals: list[Interval] = field(default_factory=list)
    time: int | None = None


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
    total = hour * 60 + minute
    return MIDNIGHT if total == MIDNIGHT - 1 else total


def _intervals(segment: str) -> list[Interval]:
    found: list[Interval] = []
    for m in _RANGE.finditer(segment):
        if m.group("bare_s") is not None:
            start, end = int(m.group("bare_s")) * 60, int(m.group("bare_e")) * 60
            if start > MIDNIGHT or end > MIDNIGHT:
                continue
            if end <= start and end + 720 > start:  # `9-6시`: nine to six in the evening
                end += 720
        elif m.group("half_s") is not None:
            sh, eh = int(m.group("half_s")), int(m.group("half_e"))
            if not (1 <= sh <= 12 and 1 <= eh <= 12):
                continue
            pm = m.group("half_mer").lower() == "pm"
            end = ((eh % 12) + (12 if pm else 0)) * 60
            start = (12 if pm else 0) * 60 if sh == 12 else (sh + (12 if pm and sh < eh else 0)) * 60
        elif m.group("mil_s") is not None:
            a, b = m.group("mil_s"), m.group("mil_e")
            start, end = int(a[:2]) * 60 + int(a[2:]), int(b[:2]) * 60 + int(b[2:])
            if start > MIDNIGHT or end > MIDNIGHT:
                continue
        else:
            start_o, end_o = _minutes(m, "s"), _minutes(m, "e")
            if start_o is None or end_o is None:
                continue
            start, end = start_o, end_o
            if m.group("next"):
                end = MIDNIGHT
            elif end <= start and not (m.group("emer") or m.group("emer2") or m.group("emer3")) \
                    and end + 720 > start:
                end += 720
        if end <= start:
            end = MIDNIGHT
        if end > MIDNIGHT:
            continue
        found.append((start, end))
    if not found and _ALL_DAY.search(segment):
        found.append((0, MIDNIGHT))
    return found


def _days(segment: str) -> tuple[set[int], bool]:
    days, group, holiday = _day_parts(segment)
    if days and group and days <= group:
        return days, holiday  # "평일인 화요일부터 금요일까지": the days named refine the group
    return days | group, holiday


def _day_parts(segment: str) -> tuple[set[int], set[int], bool]:
    days: set[int] = set()
    group: set[int] = set()
    holiday = False
    for m in _DAY_TOKEN.finditer(segment):
        if m.group("range"):
            a, b = _KO_DAY[m.group("a")], _KO_DAY[m.group("b")]
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        elif m.group("erange"):
            a, b = _EN_DAY[m.group("ea").lower()], _EN_DAY[m.group("eb").lower()]
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        elif m.group("group"):
            group.update(_GROUPS[m.group("group").lower()])
        elif m.group("holiday"):
            holiday = True
        else:
            one = m.group("one")
            days.add(_KO_DAY[one[0]] if one[0] in _KO_DAY else _EN_DAY[one[:3].lower()])
    return days, group, holiday


def _segments(s: str) -> list[tuple[str, bool]]:
    """The segments of a cleaned text, each with whether it stood inside brackets."""
    out: list[tuple[str, bool]] = []
    depth = 0
    for piece in _SPLIT.split(s):
        if piece in ("(", "["):
            depth += 1
        elif piece in (")", "]"):
            depth = max(0, depth - 1)
        elif piece and piece.strip() not in ("", "·") and not _SPLIT.fullmatch(piece):
            out.extend((part, depth > 0) for part in _split_rules(piece.strip()))
    return out


def _split_rules(segment: str) -> list[str]:
    """A segment holding several rules without separators ("평일 09:00~18:00 토요일 09:00~13:00"), cut after each
    time range that is followed by days before the next range."""
    ranges = list(_RANGE.finditer(segment))
    if len(ranges) < 2:
        return [segment]
    parts, start = [], 0
    for a, b in zip(ranges, ranges[1:], strict=False):
        between = segment[a.end() : b.start()]
        if _DAY_TOKEN.search(between) and not between.strip().startswith(("및", ",")):
            parts.append(segment[start : a.end()].strip())
            start = a.end()
    parts.append(segment[start:].strip())
    return [p for p in parts if p]


def _item(segment: str, bracketed: bool) -> _Item:
    days, holiday = _days(segment)
    intervals = _intervals(segment)
    item = _Item("other", segment, bracketed, days, holiday, intervals)
    if intervals:
        if _BREAK.search(segment):
            item.kind = "break"
        elif _NOTE.search(segment) and not _OPENING.search(segment):
            item.kind = "note"
        else:
            item.kind = "range"
        return item
    if _CLOSED.search(segment):
        item.kind = "close"
        return item
    one = _ONE_TIME.search(segment)
    if one and (one.group("until") or one.group("tilde") or one.group("since")) and not _NOTE.search(segment):
        t = _minutes(one, "u")
        if t is not None and (one.group("umer") or one.group("um") or one.group("umer2") or "시" in one.group(0)
                              or ":" in one.group(0)):
            item.kind, item.time = ("since" if one.group("since") else "until"), t
            return item
    if days or holiday:
        item.kind = "days"
    elif _NOTE.search(segment) or _BREAK.search(segment):
        item.kind = "note"
    return item


def _attach_days(items: list[_Item]) -> None:
    """Give each days-only list to the range it belongs to (see the module docstring)."""
    for i, item in enumerate(items):
        # "휴관: 일요일, 공휴일, 근로자의 날": a closing label before its list takes the items that follow
        # ("closed Sun, Mon & public holidays": days and holidays in English too).
        if item.kind == "close" and _CLOSE_LABEL.match(item.text):
            for nxt in items[i + 1 :]:
                if nxt.kind not in ("days", "other") or not (
                        read_closures(nxt.text).found or (nxt.kind == "days" and nxt.text.isascii())):
                    break
                item.text = f"{item.text}·{nxt.text}"
                item.days |= nxt.days
                item.holiday = item.holiday or nxt.holiday
                nxt.kind = "used"
    nxt: _Item | None = None
    for item in reversed(items):
        # "(매주 월요일, 1월 1일, 설날·추석 연휴 휴관)": the items before a closing word belong to it.
        if nxt is not None and item.kind in ("other", "days") and item.bracketed == nxt.bracketed \
                and not _EVERY_DAY.match(item.text) and read_closures(item.text).found:
            nxt.text = f"{item.text}·{nxt.text}"
            nxt.days |= item.days
            nxt.holiday = nxt.holiday or item.holiday
            item.kind = "used"
            continue
        nxt = item if item.kind == "close" else None
    for i, item in enumerate(items):
        if item.kind != "days":
            continue
        prev = items[i - 1] if i > 0 else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev_free = prev is not None and prev.kind == "range" and not prev.days and not prev.holiday
        next_free = nxt is not None and nxt.kind in ("range", "close", "until", "since", "days") \
            and not nxt.days and not nxt.holiday
        if prev_free and (item.bracketed or not next_free):
            prev.days, prev.holiday = set(item.days), item.holiday  # type: ignore[union-attr]
            item.kind = "used"
            # "오전반 10:00~12:00, 오후반 14:00~17:00 (월~금)": the days belong to every range before them.
            k = i - 2
            while k >= 0 and items[k].kind == "range" and not items[k].days and not items[k].holiday:
                prev.intervals = [*items[k].intervals, *prev.intervals]  # type: ignore[union-attr]
                items[k].kind = "used"
                k -= 1
        elif nxt is not None and nxt.kind == "close":
            nxt.text = f"{item.text}·{nxt.text}"
            nxt.days |= item.days
            nxt.holiday = nxt.holiday or item.holiday
            item.kind = "used"
        elif nxt is not None and nxt.kind in ("range", "until", "since", "days"):
            nxt.days |= item.days
            nxt.holiday = nxt.holiday or item.holiday
            item.kind = "used"


_CLAUSE_END = re.compile(r"[/;|\n()\[\]※]")
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?(?![a-z])", re.I)
"""``a.m.`` / ``p.m.`` as English pages print them: ``am`` / ``pm``."""
_EVERY_DAY = re.compile(r"^\s*(?:연중무휴|매일|daily|everyday|open daily)\s*$", re.I)
"""A days item that says the place opens every day: never the days of a closing word beside it."""


def _cut_closing_tails(s: str) -> str:
    """A time range followed in its clause by days and a closing word (`평일 09:00~18:00 주말 및 공휴일 휴무`,
    `… 토요일 휴관`): the closing days are a rule of their own, not more days of the range."""
    cuts = []
    for m in _RANGE.finditer(s):
        end = _CLAUSE_END.search(s, m.end())
        clause = s[m.end() : end.start() if end else len(s)]
        if _CLOSED.search(clause) and _DAY_TOKEN.search(clause) and not _RANGE.search(clause):
            cuts.append(m.end())
    for at in reversed(cuts):
        s = f"{s[:at]} / {s[at:]}"
    return s


_OPEN_CLOSE = re.compile(
    r"(?:open|오픈)\s*:?\s*(\d{1,2}:\d{2})\s*[/,~\-]?\s*(?:close|클로즈|마감)\s*:?\s*(\d{1,2}:\d{2})", re.I)
"""``OPEN 11:00 / CLOSE 19:00`` (공방 and café pages): one range."""


def read_text_hours(original: str, s: str) -> Parsed[Hours]:
    """Read a cleaned free-text hours field (see the module docstring)."""
    s = s.replace("자정", "24:00").replace("정오", "12:00").replace("(대체)", "대체")
    if "lose" in s or "LOSE" in s or "마감" in s or "클로즈" in s:
        s = _OPEN_CLOSE.sub(r"\1-\2", s)
    s = _MERIDIEM.sub(r"\1m", s)
    s = _cut_closing_tails(_PROSE_BREAK.sub(" / ", _PROSE_DAYS.sub(r"\1~\2 ", s)))
    s = _LIST_COMMA.sub(lambda m: (m.group(1) or "") + "·", _DATED.sub(" ", _LABEL.sub(" ", s)))
    if "(" in s:
        s = _DATE_GLOSS.sub(r" \1월 \2일", s)
    items = [_item(seg, br) for seg, br in _segments(s)]
    _attach_days(items)
    weekly: dict[int, list[Interval]] = {}
    breaks: list[Interval] = []
    closures: list[Closure] = []
    unparsed: list[str] = []
    holiday_hours: list[Interval] | None = None
    last_days: set[int] = set(range(7))
    last_start: int | None = None
    last_explicit = False
    any_time = False
    scoped: list[tuple[set[int], list[Interval]]] = []
    for k, item in enumerate(items):
        if item.kind == "break":
            if item.bracketed and last_explicit and any(x.kind == "range" for x in items[k + 1:]):
                # `평일 10:00~19:00 (브레이크 타임 13:00~14:00) 토 10:00~15:00`: the bracket speaks of the rule it
                # follows; a break after the last rule, or on its own, is every day's
                scoped.append((set(last_days), list(item.intervals)))
            else:
                breaks.extend(item.intervals)
        elif item.kind == "close":
            read = read_closures(item.text)
            if read.found:
                for d in read.closed_days | (item.days - _named_days(item.text)):
                    weekly[d] = []
                closures.extend(r for r in read.rules if r not in closures)
                unparsed.extend(read.unread)
            else:  # English, or days the closure reader does not know: the days and holidays named
                for d in item.days:
                    weekly[d] = []
                if item.holiday and Closure("public_holidays") not in closures:
                    closures.append(Closure("public_holidays"))
                if not item.days and not item.holiday:
                    unparsed.extend(read.unread)
        elif item.kind == "range":
            if any_time and _PERIOD.search(item.text):  # "(방학 기간 중 토요일 10:00~14:00 추가 운영)"
                unparsed.append(item.text)
                continue
            first_range = not any_time
            any_time = True
            last_start = item.intervals[0][0]
            last_explicit = bool(item.days)
            if item.holiday:
                holiday_hours = list(item.intervals)
            if item.days:
                for d in item.days:
                    ivs = weekly.get(d) or []
                    if ivs and (item.bracketed or _EXTRA.search(item.text)) and not any(
                            a < end and start < b for a, b in ivs for start, end in item.intervals):
                        # a session besides the day's hours, not instead of them (`(수요일 19:00~21:00 야간 오픈)`)
                        weekly[d] = sorted([*ivs, *item.intervals])
                    else:
                        weekly[d] = list(item.intervals)
                last_days = item.days
            elif not item.holiday:
                for d in last_days:
                    if first_range and weekly.get(d) == [] and d in weekly:
                        continue  # `(일요일 휴무) 10:00~19:00`: the hours of the days not closed before them
                    weekly[d] = [*weekly.get(d, []), *(iv for iv in item.intervals if iv not in weekly.get(d, []))]
        elif item.kind in ("until", "since") and item.time is not None:
            if _MONTHLY.search(item.text):  # "매월 넷째 주 수요일은 14:00까지": no weekly table holds it
                unparsed.append(item.text)
                continue
            for d in item.days or set():
                ivs = weekly.get(d)
                if not ivs and d not in weekly and item.kind == "until" and last_start is not None \
                        and last_start < item.time:
                    # `토요일은 오후 5시까지` after `평일 오전 10시부터 …`: that day opens as the rule before it
                    weekly[d] = [(last_start, item.time)]
                    continue
                if not ivs:
                    continue
                if item.kind == "until" and ivs[-1][0] < item.time:
                    weekly[d] = [*ivs[:-1], (ivs[-1][0], item.time)]
                elif item.kind == "since" and item.time < ivs[0][1]:
                    weekly[d] = [(item.time, ivs[0][1]), *ivs[1:]]
            if not item.days:
                unparsed.append(item.text)
        elif item.kind == "other" and _UNREAD_HINT.search(item.text) and any_time:
            unparsed.append(item.text)
        elif item.kind == "days" and any_time and not _NOTE.search(item.text) and (
                _MONTHLY.search(item.text) or _PERIOD.search(item.text) or _OPENING.search(item.text)):
            # days no range took that say more (`매월 넷째 주 금요일은 오전만 운영`, `여름방학 기간에는 일요일도 운영`)
            unparsed.append(item.text)
    if not any_time:
        return Parsed(None, "no opening time found")
    for days, ivs in scoped:
        for d in days:
            if weekly.get(d):
                weekly[d] = cut(weekly[d], ivs)
    if holiday_hours is not None and any(r.rule == "public_holidays" for r in closures):
        holiday_hours = None
    return build_hours(original, weekly, breaks=breaks, closures=closures, holiday_hours=holiday_hours,
                       unparsed=unparsed)


def _named_days(text: str) -> set[int]:
    """Weekdays a closure text names only as part of an nth-weekday rule (not closed every week)."""
    read = read_closures(text)
    return {list(_KO_DAY.values())[("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(r.weekday)]
            for r in read.rules if r.rule == "nth_weekday" and r.weekday}
