"""Closure texts (휴관일) → weekdays closed every week and rules a weekly table cannot hold.

``read_closures("월(1+3주째)+국가지정공휴일")`` gives the rules ``nth_weekday mon [1, 3]`` and ``public_holidays``;
``read_closures("매주 월요일, 설날·추석 연휴")`` gives Monday closed every week and the rules ``lunar_holiday
seollal`` and ``lunar_holiday chuseok``. What the text says but no rule can hold (an anniversary without its date,
"정기청소일") is returned as unread text; clauses that only say the operator may close on other days
("관장이 필요하다고 인정하는 날") state no schedule and are dropped.

The phrases are those of the 휴관일 column of 전국도서관표준데이터 and of the closure notes on facility pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.records import Closure

_WD = "월화수목금토일"
_ORDINALS = (
    ("다섯째", 5), ("다섯번째", 5), ("다섯 번째", 5), ("5째", 5),
    ("첫째", 1), ("첫번째", 1), ("첫 번째", 1), ("1째", 1), ("첫", 1),
    ("둘째", 2), ("두번째", 2), ("두 번째", 2), ("2째", 2),
    ("셋째", 3), ("세째", 3), ("세번째", 3), ("세 번째", 3), ("3째", 3),
    ("넷째", 4), ("넷재", 4), ("네째", 4), ("네번째", 4), ("네 번째", 4), ("4째", 4),
    ("마지막", -1),
)
_ORD_VALUE = dict(_ORDINALS)
_ORD = "(?:" + "|".join(re.escape(o) for o, _ in sorted(_ORDINALS, key=lambda x: -len(x[0]))) + ")"
_ORD_LIST = rf"{_ORD}(?:\s*주)?(?:\s*(?:[,·+]|및|과|와)?\s*{_ORD}(?:\s*주)?)*"
_NTH = re.compile(
    rf"(?P<ords>{_ORD_LIST})\s*(?:매주\s*)?(?P<wd>[{_WD}])(?:요일)?(?![가-힣])"
    rf"|(?<![가-힣0-9])(?P<wd2>[{_WD}])(?:요일)?\s*\(\s*(?P<nums>\d(?:\s*[+,·]\s*\d)*)\s*주\s*째?\s*\)"
    rf"|(?<![가-힣0-9])(?P<wd3>[{_WD}])(?:요일)?\s*\(\s*(?P<ords3>{_ORD_LIST})\s*\)"
)
_ORD_FIND = re.compile(_ORD)
_WEEKDAY = re.compile(
    rf"(?:(?<=매주)|(?<=매주\s)|(?<![가-힣0-9]))([{_WD}])(?:요일)?(?:과|와|은|는|및|에는|엔)?(?![가-힣])"
)
_EXCEPT_WEEKS = re.compile(
    rf"(?:매주\s*)?(?<![가-힣0-9])(?P<wd>[{_WD}])(?:요일)?\s*\(\s*단\s*[,.]?\s*(?P<ords>{_ORD_LIST})\s*(?:주\s*)?"
    rf"(?:[{_WD}](?:요일)?)?\s*(?:은|는)?\s*제외\s*\)"
)
"""``월(단, 둘째, 넷째 월요일 제외)``: closed on the Mondays of the other weeks."""
_MOVED = re.compile(r"[^+,()]*(?:공휴일|휴일)인\s*경우\s*(?:그\s*)?(?:다음\s*날|익일|다음날|전날|전일)[^+,()]*")
"""``월요일이 공휴일인 경우 다음 날 휴관``: a moved closure no rule holds."""
_GROUPS = re.compile(r"주말|평일|주중")
_PUBLIC = re.compile(
    r"(?:법정|국가\s*지정|국가|정부\s*지정|관공서의?|기타)?\s*(?:법정\s*|임시\s*)?(?:공휴일|(?<!연)휴일|국경일)|대체\s*공휴일|관공서의?\s*휴[관무]일"
)
_LUNAR = re.compile(r"(?<![가-힣])(?P<seol>설날|설|구정)(?![립명치계비정])|(?P<chuseok>추석)|(?P<both>명절)"
                    r"|(?P<seol_en>\bseollal\b|\blunar new year\b)|(?P<chuseok_en>\bchuseok\b)", re.I)
_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일|(?<![\d조항호])(\d{1,2})\.\s*(\d{1,2})\.?(?!\d)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_EN_DATE = re.compile(r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
"""A date in English (`January 1`, `Dec. 25th`)."""
_NAMED_DATE = re.compile(r"신정|새해\s*첫날|(?:근로자의\s*날|노동절)(?!\s*\()")
_NAMED_DAYS = {"신정": (1, 1), "새해첫날": (1, 1), "근로자의날": (5, 1), "노동절": (5, 1)}
_ELECTION = re.compile(r"(?:대통령|국회의원|지방|전국\s*동시\s*지방)?\s*선거일?")
_TEMPORARY = re.compile(
    r"휴관\s*중|(?:운영|개관)?\s*준비\s*중|운영\s*중단|휴관\s*상태|폐관|임시\s*휴관(?!일)|임시\s*휴업"
)
_OPEN_ALL_YEAR = re.compile(r"연중\s*무휴|연중\s*개관|휴관일?\s*없음|^없음$")
_SUN_EXCEPT = re.compile(
    r"\(?\s*일요일?\s*(?:을|를|은)?\s*제외(?:한|하고|함)?\s*\)?"
    r"|\(?\s*일요일\s*(?:은\s*)?(?:개관|운영)(?:하되|함)?\s*,?\s*\)?"
)
_NOTES = re.compile(
    r"\(\s*(?:단\s*[,.]?\s*)?[^()]*(?:겹치는|겹칠|겹친|중복될|중복되는|인)\s*경우[^()]*\)"
    r"|(?:단\s*[,.]?\s*)?[^+,()]*(?:겹치는|겹칠|중복될|중복되는)\s*(?:경우|일요일)[^+,()]*"
    r"|\(\s*(?:일요일\s*포함|대체\s*공휴일\s*포함|공휴일은\s*휴관|당일)\s*\)"
)
_SUN_AS_SAT = re.compile(r"\(?\s*일요일\s*운영\s*시간\s*(?:은\s*)?토요일과\s*동일\s*\)?")
_DISCRETIONARY = re.compile(
    r"[^+,/()]*(?:관장|군수|시장|구청장|도서관장|센터장|원장|대표)[^+,/()]*(?:지정|인정|정한|정하는|공고)[^+,/()]*"
    r"|(?:기타\s*)?[^+,/()]*(?:정리|보수|점검|수리)[^+,/()]*(?:경우|날)[^+,/()]*"
    r"|[^+,/()]*휴관이\s*(?:필요한|불가피한)\s*(?:경우|날)[^+,/()]*"
    r"|(?:기타\s*)?임시\s*휴[관원]일(?:\s*\([^()]*\))?"
    r"|(?:그\s*밖의|기타)\s*(?:사유|필요)[^+,/()]*"
)
_ADJACENT_WEEKEND = re.compile(r"명절\s*연휴와\s*이어지는\s*토\s*[·,]?\s*일(?:요일)?")
_ROOM_GROUP = re.compile(r"(?:일반\s*)?(?:열람실|공부방|학습실|자율학습실)[^()+/]*(?:\([^()]*\))?[^()+/]*")
_MAIN_ROOM = re.compile(r"자료실\s*\(([^()]*)\)")
_CLOSED_NOW = re.compile(r"휴관|미운영|운영\s*안\s*함|휴관\s*중|(?:운영|개관)?\s*준비\s*중")
"""A whole closure text that only says the facility is closed."""
_NTH_DIGITS = re.compile(
    rf"(?P<nums>\d(?:\s*[,·+]\s*\d)*)\s*(?:주\s*째?|번째|째)\s*(?:주\s*)?(?P<wd>[{_WD}])(?:요일)?(?![가-힣])"
)
_PIECE = re.compile(r"[^+,/]+")
_IGNORED_NOTE = re.compile(r"문의|참고|홈페이지|공지|안내")
_FILLER = re.compile(
    r"매주|매월|매년|정기\s*휴관일?|휴관일|휴관|휴무|휴실|연휴일?|당일|전일|전날|다음날|포함|및|주째|요일|[주일]|"
    r"에\s*따른|에서\s*정한|에\s*관한|규정|관공서의?|제\d+조|제\d+항|제\d+호|「|」|따른|정한|경우|인|의|은|는|과|와|"
    r"단|그\s*외|나머지|\d+\)|[()+,/·:;.~\-\s]"
)


@dataclass
class ClosureText:
    """What a closure text says."""

    closed_days: set[int] = field(default_factory=set)
    """Weekdays (0 = Monday) closed every week."""
    rules: list[Closure] = field(default_factory=list)
    """Rules a weekly table cannot hold, in the order the text gives them."""
    unread: list[str] = field(default_factory=list)
    """Parts that state a closure no rule can hold."""
    open_all_year: bool = False
    sunday_as_saturday: bool = False
    """The text says Sunday keeps Saturday's hours."""
    sunday_open: bool = False
    """The text says Sunday is open although holidays are closed (일요일을 제외한 공휴일)."""
    found: bool = False
    """Whether anything at all was read."""

    def add(self, rule: Closure) -> None:
        """Add a rule unless it is already there; an nth-weekday rule for a weekday already present merges."""
        for i, r in enumerate(self.rules):
            if r.rule == "nth_weekday" and rule.rule == "nth_weekday" and r.weekday == rule.weekday:
                weeks = tuple(sorted(set(r.weeks or ()) | set(rule.weeks or ()), key=lambda w: (w < 0, w)))
                self.rules[i] = Closure("nth_weekday", weekday=r.weekday, weeks=weeks)
                return
            if r == rule:
                return
        self.rules.append(rule)


DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def read_closures(text: str) -> ClosureText:
    """Read a cleaned closure text (see the module docstring)."""
    out = ClosureText()
    s = text.replace("ㆍ", "·")
    if _SUN_AS_SAT.search(s):
        out.sunday_as_saturday = True
        s = _SUN_AS_SAT.sub(" ", s)
    main = _MAIN_ROOM.search(s)
    if main and ("열람실" in s or "공부방" in s or "학습실" in s):
        s = main.group(1)
    else:
        s = _MAIN_ROOM.sub(lambda m: m.group(1), s)
        if len(_ROOM_GROUP.sub("", s).strip(" +,/")) > 0:
            s = _ROOM_GROUP.sub(" ", s)
    adjacent = _ADJACENT_WEEKEND.search(s)
    if adjacent:
        out.unread.append(adjacent.group(0))
        s = s[: adjacent.start()] + " " + s[adjacent.end() :]
    s = _NOTES.sub(" ", s)
    if _SUN_EXCEPT.search(s):
        out.sunday_open = True
        s = _SUN_EXCEPT.sub(" ", s)
    s = _DISCRETIONARY.sub(" ", s)
    spans: list[tuple[int, int, object]] = []
    original = s

    def take(pattern: re.Pattern[str], handler) -> None:  # type: ignore[no-untyped-def]
        nonlocal s
        found = []
        for m in pattern.finditer(s):
            value = handler(m)
            if value is not None:
                found.append((m.start(), m.end(), value))
        for a, b, _ in found:
            s = s[:a] + " " * (b - a) + s[b:]
        spans.extend(found)

    if _OPEN_ALL_YEAR.search(s):
        out.open_all_year = out.found = True
        spans.extend((m.start(), m.end(), set()) for m in _OPEN_ALL_YEAR.finditer(s))
        s = _OPEN_ALL_YEAR.sub(lambda m: " " * len(m.group(0)), s)
    if _CLOSED_NOW.fullmatch(s.strip()):
        out.found = True
        out.add(Closure("temporarily_closed"))
        return out
    moved = _MOVED.search(s)
    if moved:
        out.unread.append(" ".join(moved.group(0).split()))
        spans.append((moved.start(), moved.end(), set()))
        s = s[: moved.start()] + " " * (moved.end() - moved.start()) + s[moved.end() :]
    take(_TEMPORARY, lambda m: Closure("temporarily_closed"))
    take(_EXCEPT_WEEKS, _except_weeks)
    take(_NTH, _nth)
    take(_NTH_DIGITS, _nth_digits)
    take(_DATE, _date)
    take(_EN_DATE, _en_date)
    take(_NAMED_DATE, lambda m: _named(m.group(0)))
    take(_ELECTION, lambda m: Closure("election_days") if "선거" in m.group(0) else None)
    take(_PUBLIC, lambda m: Closure("public_holidays"))
    take(_LUNAR, _lunar)
    take(_GROUPS, lambda m: {"주말": {5, 6}, "평일": {0, 1, 2, 3, 4}, "주중": {0, 1, 2, 3, 4}}[m.group(0)])
    take(_WEEKDAY, lambda m: {_WD.index(m.group(1))})
    for _, _, value in sorted(spans, key=lambda x: x[0]):
        out.found = True
        if isinstance(value, set):
            out.closed_days |= value
        elif isinstance(value, Closure):
            out.add(value)
        else:
            for rule in value:  # type: ignore[attr-defined]
                out.add(rule)
    # A piece (between + , / and numbering) in which nothing was read, and which says more than filler words
    # and notes, states a closure no rule can hold.
    for m in _PIECE.finditer(original):
        a, b = m.span()
        if any(x < b and a < y for x, y, _ in spans):
            continue
        piece = m.group(0)
        if _IGNORED_NOTE.search(piece):
            continue
        if re.search(r"[가-힣A-Za-z0-9]", _FILLER.sub("", piece)):
            out.unread.append(" ".join(piece.split()).strip("() "))
    return out


def _weeks(ords: str) -> tuple[int, ...]:
    values = [_ORD_VALUE[o] for o in _ORD_FIND.findall(ords)]
    return tuple(sorted(set(values), key=lambda w: (w < 0, w)))


def _nth(m: re.Match[str]) -> Closure | None:
    if m.group("wd") is not None:
        weekday, weeks = m.group("wd"), _weeks(m.group("ords"))
    elif m.group("wd2") is not None:
        weekday = m.group("wd2")
        weeks = tuple(sorted({int(n) for n in re.findall(r"\d", m.group("nums")) if 1 <= int(n) <= 5}))
    else:
        weekday, weeks = m.group("wd3"), _weeks(m.group("ords3"))
    if not weeks:
        return None
    return Closure("nth_weekday", weekday=DAY_KEYS[_WD.index(weekday)], weeks=weeks)


def _except_weeks(m: re.Match[str]) -> Closure | None:
    excluded = set(_weeks(m.group("ords")))
    weeks = tuple(w for w in (1, 2, 3, 4, 5) if w not in excluded)
    return Closure("nth_weekday", weekday=DAY_KEYS[_WD.index(m.group("wd"))], weeks=weeks) if excluded else None


def _nth_digits(m: re.Match[str]) -> Closure | None:
    weeks = tuple(sorted({int(n) for n in re.findall(r"\d", m.group("nums")) if 1 <= int(n) <= 5}))
    return Closure("nth_weekday", weekday=DAY_KEYS[_WD.index(m.group("wd"))], weeks=weeks) if weeks else None


def _date(m: re.Match[str]) -> Closure | None:
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    mo, d = int(month), int(day)
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return Closure("date", month=mo, day=d)
    return None


def _en_date(m: re.Match[str]) -> Closure | None:
    mo = [x[:3] for x in _MONTHS].index(m.group(1).lower()[:3]) + 1
    d = int(m.group(2))
    return Closure("date", month=mo, day=d) if 1 <= d <= 31 else None


def _named(word: str) -> Closure:
    month, day = _NAMED_DAYS[re.sub(r"\s+", "", word)]
    return Closure("date", month=month, day=day)


def _lunar(m: re.Match[str]) -> list[Closure]:
    if m.group("seol"):
        return [Closure("lunar_holiday", name="seollal")]
    if m.group("seol_en"):
        return [Closure("lunar_holiday", name="seollal")]
    if m.group("chuseok") or m.group("chuseok_en"):
        return [Closure("lunar_holiday", name="chuseok")]
    return [Closure("lunar_holiday", name="seollal"), Closure("lunar_holiday", name="chuseok")]
