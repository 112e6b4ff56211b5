"""Facility kind: the taxonomy key from the source's declared kind and the page's words.

A source's kind fixes the family (a 무한상상실 site lists only 무한상상실); the text picks the tier inside it
(전문랩/일반랩, 거점/소규모). Without a source kind the text alone decides; a tier word (거점) counts only with its
base word (무한상상실) or the kind's own key or label.
"""

from __future__ import annotations

import functools

from normalizers.records import Parsed
from normalizers.tables import Tables, load_tables
from normalizers.text import compact


@functools.lru_cache(maxsize=4)
def _keywords(tables_id: int) -> tuple[list[tuple[str, str, bool]], dict[str, str], dict[str, tuple[int, ...]]]:
    """[(keyword, kind, strong)] longest first; source kind → base kind; first character → the positions of the
    keywords starting with it (a keyword can only be in a text holding its first character; "" → empty)."""
    tables = _seen[tables_id]
    words: set[tuple[str, str, bool]] = set()
    base: dict[str, str] = {}
    for key, kind in tables.kinds.items():
        words.add((compact(key), key, True))
        words.add((compact(kind.label), key, True))
        words.update((compact(w), key, False) for w in kind.keywords if compact(w))
        for sk in kind.source_kinds:
            base.setdefault(sk, key)
    for family, members in tables.families.items():
        base.setdefault(family, members[-1])
    ordered = sorted(words, key=lambda w: (-len(w[0]), w[1]))
    by_first: dict[str, list[int]] = {}
    for i, (word, _, _) in enumerate(ordered):
        by_first.setdefault(word[:1], []).append(i)
    return ordered, base, {c: tuple(ix) for c, ix in by_first.items()}


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


@functools.lru_cache(maxsize=8192)
def _classify(source_kind: str | None, text: str) -> Parsed[str]:
    tables = load_tables()
    _seen[id(tables)] = tables
    words, base, by_first = _keywords(id(tables))
    family = tables.families.get(source_kind) if source_kind else None
    if source_kind and family is None and source_kind in tables.kinds:
        family = (source_kind,)
    key = compact(text)
    matched: dict[str, bool] = {}
    candidates = sorted(i for c in {*key, ""} for i in by_first.get(c, ()))
    for word, kind, strong in (words[i] for i in candidates):
        if word in key and (family is None or kind in family):
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
            for word, kind, _ in words:
                if kind in plain and word in key:
                    chosen = kind
                    break
    if chosen is None and family is not None:
        chosen = base.get(source_kind or "", family[-1])
    if chosen is None:
        return Parsed(None, "kind not recognised" if key else "no kind text and no source kind")
    return Parsed(chosen)
