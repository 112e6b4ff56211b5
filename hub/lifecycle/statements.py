"""What a source page says about a facility being closed: for good (폐관, 운영 종료, 폐업) or for a while (휴관 중).

Pages print these words in many senses, so a match needs the form of a statement about the facility itself:

- a status-like value made of the word alone (``운영상태: 폐관``, a field ``"운영종료"``) or a bracketed tag
  (``팹랩 ○○ [운영종료]``, ``(폐관)``);
- a sentence saying it happened (``폐관되었습니다``, ``운영을 종료합니다``, ``폐업했습니다``).

What is *not* a closure: a regular closing day (``매주 월요일 휴관``, ``휴관일: 공휴일``), an opening-hours label
(``운영 종료 시간 18:00``, ``평일운영종료시각``), history (``폐관된 목욕탕을 고친 공간``) and a plan (``폐관 예정``,
kept as a notice). ``휴관`` — even ``휴관 중`` — is a temporary closure: a notice, never ``closed``.

Pure functions over the raw strings a spider stored (``RawRecord.fields``); no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_END = r"(?:되었|하였|했|합니다|됩니다|됐|됨|하게\s*되었|\s*안내|\s*공지|\s*알림|\s*되어|[)\]】>]|[.!]|$)"
_CLOSED_WORD = (r"(?:폐관|폐업|폐쇄|영업\s*종료|운영\s*종료|운영을\s*종료|운영이\s*종료|문을\s*닫았"
                r"|permanently\s+closed|closed\s+permanently)")
_CLOSED_SENTENCE = re.compile(_CLOSED_WORD + _END, re.I)
_CLOSED_VALUE = re.compile(r"^\s*[(\[【<]?\s*(?:폐관|폐업|폐쇄|운영\s*종료|영업\s*종료|closed)\s*[)\]】>]?\s*$", re.I)
_CLOSED_TAG = re.compile(r"[(\[【<]\s*(?:폐관|폐업|운영\s*종료|영업\s*종료)\s*[)\]】>]")
_NOT_CLOSED = re.compile(
    r"(?:운영\s*종료|영업\s*종료)\s*(?:시간|시각|시刻|time)|(?:폐관|운영\s*종료|폐업)\s*(?:예정|계획|위기|검토|논란|반대|위험)"
    r"|(?:폐관|폐업|폐쇄)(?:된|한|했던|되었던)\s+\S|재개관|다시\s*문을\s*열",
    re.I,
)
_PLANNED = re.compile(r"(?:폐관|운영\s*종료|폐업)\s*예정", re.I)
_TEMPORARY = re.compile(
    r"(?:임시|잠정|당분간|일시|장기|리모델링|공사|보수|점검|정비|코로나\S*|감염병\S*)\s*(?:로|으로|를\s*위해|을\s*위해|인해|로\s*인해"
    r"|으로\s*인해|관계로)?\s*(?:휴관|휴업|운영\s*중단|운영\s*중지)|휴관\s*중|휴업\s*중|운영\s*중단\s*중|temporarily\s+closed",
    re.I,
)
_REGULAR = re.compile(r"휴관일|정기\s*휴관|매주|매월|격주|요일|공휴일|법정|명절|설날|추석|연휴")


@dataclass(frozen=True)
class Statement:
    """One thing a page says: ``kind`` is ``closed``, ``temporary`` or ``planned``; ``field`` where; ``text`` the
    words around it (at most ~80 characters)."""

    kind: str
    field: str
    text: str


def _snippet(text: str, start: int, end: int, width: int = 30) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + " ".join(text[a:b].split()) + ("…" if b < len(text) else "")


def read_statement(field: str, text: str) -> Statement | None:
    """The closure statement in one string, or None. Closed beats temporary beats planned."""
    if not text or not isinstance(text, str):
        return None
    if _CLOSED_VALUE.match(text):
        return Statement("closed", field, " ".join(text.split()))
    tag = _CLOSED_TAG.search(text)
    if tag:
        return Statement("closed", field, _snippet(text, tag.start(), tag.end()))
    for m in _CLOSED_SENTENCE.finditer(text):
        window = text[max(0, m.start() - 12): m.end() + 12]
        if _NOT_CLOSED.search(window) and not _CLOSED_TAG.search(window):
            continue
        return Statement("closed", field, _snippet(text, m.start(), m.end()))
    temp = _TEMPORARY.search(text)
    if temp:
        around = text[max(0, temp.start() - 6): temp.end()]
        if not (_REGULAR.search(around) and "중" not in temp.group() and "임시" not in temp.group()):
            return Statement("temporary", field, _snippet(text, temp.start(), temp.end()))
    planned = _PLANNED.search(text)
    if planned:
        return Statement("planned", field, _snippet(text, planned.start(), planned.end()))
    return None


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


_RANK = {"closed": 0, "temporary": 1, "planned": 2}


def read_statements(fields: Mapping[str, Any]) -> list[Statement]:
    """Every closure statement in a page's raw fields, strongest first (one per field)."""
    found: list[Statement] = []
    for name, value in fields.items():
        best: Statement | None = None
        for text in _strings(value):
            st = read_statement(name, text)
            if st is not None and (best is None or _RANK[st.kind] < _RANK[best.kind]):
                best = st
        if best is not None:
            found.append(best)
    return sorted(found, key=lambda s: (_RANK[s.kind], s.field))
