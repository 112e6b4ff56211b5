"""Text normalisation shared by both backends and by query building.

Korean users type names with and without spaces ("메이커스페이스" / "메이커 스페이스",
"3D프린터" / "3D 프린터") and type parts of compound names ("과천" for 국립과천과학관). Both
backends therefore match on character bigrams of a *compacted* form of each value: NFKC
(full-width letters and digits become ASCII), lower case, and every space and punctuation mark
removed. The same function compacts the query, so index side and query side always agree.
"""

from __future__ import annotations

import re
import unicodedata

_STRIP = re.compile(r"[\s\u200b·ㆍ・\-_.,;:!?'\"`~()\[\]{}<>/\\|@#$%^&*+=…“”‘’「」『』【】〈〉《》]+")


def compact(text: str) -> str:
    """NFKC, lower case, no whitespace or punctuation: the form both backends index and query.

    Control characters other than whitespace are kept, so joining values with ``SEPARATOR`` before compacting
    keeps them apart (no bigram spans two values).
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    return text if text.isalnum() else _STRIP.sub("", text)


SEPARATOR = "\x00"
"""Joins several values of one field; queries never contain it (validation drops control characters)."""


def words(text: str) -> list[str]:
    """The query's words (split on whitespace), each compacted; empty words dropped."""
    out: list[str] = []
    for raw in unicodedata.normalize("NFKC", text).split():
        word = compact(raw)
        if word:
            out.append(word)
    return out


def bigrams(word: str) -> list[str]:
    """Distinct character bigrams of a compacted word, in order; a one-character word gives itself."""
    if len(word) < 2:
        return [word] if word else []
    seen: dict[str, None] = {}
    for i in range(len(word) - 1):
        seen.setdefault(word[i:i + 2], None)
    return list(seen)


def word_starts(text: str, limit: int = 20) -> list[str]:
    """The compacted text from each word start, cut to ``limit`` characters (autocomplete prefixes)."""
    parts = [compact(p) for p in text.split()]
    out = ["".join(parts[i:])[:limit] for i in range(len(parts))]
    return [p for p in dict.fromkeys(out) if p]


def min_should_match(n_grams: int) -> int:
    """How many of a word's bigrams must match: all of one or two; else all but two (one wrong syllable inside
    a word breaks two bigrams), at most two thirds."""
    if n_grams <= 2:
        return n_grams
    return max(2, min(n_grams - 2, -(-2 * n_grams // 3)))


def place_terms(sido: str | None, sigungu: str | None) -> list[str]:
    """The ``place`` terms of a document: every level of its place, and the place followed by `` .``."""
    if not sido:
        return []
    parts = [sido, *(sigungu.split() if sigungu else [])]
    levels = [" ".join(parts[: i + 1]) for i in range(len(parts))]
    return [*levels, levels[-1] + " ."]
