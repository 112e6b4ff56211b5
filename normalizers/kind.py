"""Facility kind: the taxonomy key from the source's declared kind and the page's words.

A source's kind fixes the family (a 무한상상실 site lists only 무한상상실); the text picks the tier inside it
(전문랩/일반랩, 거점/소규모). Without a source kind the text alone decides; a tier word (거점) counts only with its
base word (무한상상실) or the kind's own key or label.
"""

from __future__ import annotations

import functools
import re

from normalizers.memo import Memo
from normalizers.records import Parsed
from normalizers.tables import Tables, load_tables
from normalizers.text import compact


@functools.lru_cache(maxsize=4)
def _keywords(tables_id: int) -> tuple[list[tuple[str, str, bool]], dict[str, str], _Finder]:
    """[(keyword, kind, strong)] longest first; source kind → base kind; and the finder of keywords in a text."""
    tables = _seen[tables_id]
    words: set[tuple[str, str, bool]] = set()
    base: dict[str, str] = {}
    for key, kind in tables.kinds.items():
        words.add((compact(key), key, True))
        words.add((compact(kind.label), key, True))
        words.update((compact(w), key, False) for w in kind.keywords if compact(w))
        words.update((compact(w), key, True) for w in kind.names if compact(w))
        for sk in kind.source_kinds:
            base.setdefault(sk, key)
    for family, members in tables.families.items():
        base.setdefault(family, members[-1])
    ordered = sorted(words, key=lambda w: (-len(w[0]), w[1]))
    return ordered, base, _Finder([w for w, _, _ in ordered])


class _Finder:
    """Which of a list of keywords occur in a text, in a few regex searches instead of one ``in`` test per keyword.

    One alternation of the keywords, longest first, is searched from every position where the previous search
    found one (``search(text, start + 1)``): each search finds the longest keyword starting at the next position
    where any starts, skipping the other positions in C. Every keyword found inside that one (precomputed) occurs
    too, and any keyword in the text is a prefix of the longest keyword starting where it starts, so nothing is
    missed."""

    def __init__(self, words: list[str]) -> None:
        distinct = sorted({w for w in words if w}, key=len, reverse=True)
        self.always = tuple(i for i, w in enumerate(words) if not w)
        self.pattern = re.compile("|".join(re.escape(w) for w in distinct)) if distinct else None
        self.inside = {d: tuple(i for i, w in enumerate(words) if w and w in d) for d in distinct}

    def positions(self, text: str) -> list[int]:
        """Positions (in the keyword list) of the keywords that occur in ``text``, in list order."""
        return list(self.found(text))

    def found(self, text: str) -> tuple[int, ...]:
        """:meth:`positions` as a tuple."""
        if self.pattern is None:
            return self.always
        search = self.pattern.search
        m = search(text)
        if m is None:
            return self.always
        found = set(self.always)
        inside = self.inside
        while m is not None:
            found.update(inside[m.group()])
            m = search(text, m.start() + 1)
        return tuple(sorted(found))


_seen: dict[int, Tables] = {}


def kind_label(kind: str) -> str | None:
    """Korean label of a kind key."""
    found = load_tables().kinds.get(kind)
    return found.label if found else None


def kind_ministry(kind: str) -> str | None:
    """The ministry that runs a kind's programme, where fixed."""
    found = load_tables().kinds.get(kind)
    return found.ministry if found else None


def classify_kind(source_kind: str | None, text: str) -> Parsed[str]:
    """The kind key for a facility from ``source_kind`` (a source's config kind) and its text."""
    return _classify(
        source_kind if isinstance(source_kind, str) else None, text if isinstance(text, str) else ""
    )


def _classify(source_kind: str | None, text: str) -> Parsed[str]:
    global _last
    tables = load_tables()
    last = _last
    if last[0] is not tables:
        _seen[id(tables)] = tables
        last = _last = (tables, _keywords(id(tables))[2], Memo(8192))
    key = compact(text)
    asked = (source_kind, last[1].found(key), key != "")
    answer = last[2].get(asked)
    return answer if answer is not None else last[2].put(asked, _decide(tables, *asked))


_last: tuple = (None, None, None)
"""(tables last asked for, their keyword finder, answers by (source kind, keywords found, any text)): the answer
depends on nothing else of the text, and a handful of keyword sets covers every page."""


def _decide(tables: Tables, source_kind: str | None, found: tuple[int, ...], has_text: bool) -> Parsed[str]:
    """The kind from the keywords found (positions in the keyword list)."""
    words, base, _ = _keywords(id(tables))
    family = tables.families.get(source_kind) if source_kind else None
    if source_kind and family is None and source_kind in tables.kinds:
        family = (source_kind,)
    matched: dict[str, bool] = {}
    for _word, kind, strong in (words[i] for i in found):
        if family is None or kind in family:
            matched[kind] = matched.get(kind, False) or strong
    chosen = None
    for kind, strong in matched.items():
        refines = tables.kinds[kind].refines
        if refines is None:
            continue
        if strong or family is not None or refines in matched:
            chosen = kind
            break
    if chosen is None:
        plain = [k for k in matched if tables.kinds[k].refines is None]
        if len(plain) == 1 or (plain and family is not None):
            chosen = plain[0]
        elif plain:
            present = set(found)
            for i, (_word, kind, _) in enumerate(words):
                if kind in plain and i in present:  # the keyword occurs in the text
                    chosen = kind
                    break
    if chosen is None and family is not None:
        chosen = base.get(source_kind or "", family[-1])
    if chosen is None:
        return Parsed(None, "kind not recognised" if has_text else "no kind text and no source kind")
    return Parsed(chosen)
