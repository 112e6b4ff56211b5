"""Organisation and facility names: a cleaned display form and a matching key.

The display form is NFC/NFKC-clean with legal forms ((주), 재단법인 …) removed and spacing tidied. The matching
key (:func:`name_key`) also drops bracketed notes, spaces and punctuation, folds variants (센타 → 센터) and, when
asked, generic words (메이커스페이스, 센터 …) so that spelling variants of one name meet.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from normalizers.records import Parsed
from normalizers.tables import Tables, load_tables
from normalizers.text import clean

_BRACKETED = re.compile(r"\s*[(\[{<「『【][^()\[\]{}<>「」『』【】]*[)\]}>」』】]\s*")
_KEY_DROP = re.compile(r"[\s\-_.·,:;'\"`~!?&/()\[\]{}<>「」『』【】+*]+")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+([)\]}])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[{])\s+")
_SPACES = re.compile(r"\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")


@functools.lru_cache(maxsize=4)
def _patterns(tables_id: int) -> tuple[re.Pattern[str], list[tuple[str, str]], re.Pattern[str] | None]:
    tables = _tables_by_id[tables_id]
    forms = sorted({clean(f) for f in tables.legal_forms}, key=len, reverse=True)
    legal = re.compile("|".join(re.escape(f) for f in forms)) if forms else re.compile(r"(?!)")
    pairs = ((_key_text(k), _key_text(v)) for k, v in tables.name_variants.items())
    variants = sorted(pairs, key=lambda kv: -len(kv[0]))
    generic_words = sorted({_key_text(w) for w in tables.generic_words if w}, key=len, reverse=True)
    generic = re.compile("|".join(re.escape(w) for w in generic_words)) if generic_words else None
    return legal, variants, generic


_tables_by_id: dict[int, Tables] = {}


def _compiled() -> tuple[re.Pattern[str], list[tuple[str, str]], re.Pattern[str] | None]:
    tables = load_tables()
    _tables_by_id[id(tables)] = tables
    return _patterns(id(tables))


@functools.lru_cache(maxsize=4096)
def _key_text(text: str) -> str:
    """Cached because a name's display form is keyed by :func:`normalize_name` and again by :func:`name_key`."""
    return _KEY_DROP.sub("", clean(text).lower())


_BRACKET_CHARS = frozenset("([{<「『【")


@functools.lru_cache(maxsize=4096)
def _display(text: str) -> str:
    """Cached because :func:`normalize_name` and :func:`name_key` both start from it, one after the other."""
    legal, _, _ = _compiled()
    s = legal.sub(" ", clean(text))
    if "(" in s or "[" in s or "{" in s:
        s = _EMPTY_BRACKETS.sub(" ", s)
        s = _SPACE_AFTER_OPEN.sub(r"\1", _SPACE_BEFORE_CLOSE.sub(r"\1", s))
    elif ")" in s or "]" in s or "}" in s:
        s = _SPACE_BEFORE_CLOSE.sub(r"\1", s)
    return (" ".join(s.split()) if "  " in s else s).strip(" ,-·")


def normalize_name(text: str) -> Parsed[str]:
    """Display form of a name; ``Parsed(None, reason)`` when nothing is left."""
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    return _normalize_name(text)


@functools.lru_cache(maxsize=131072)
def _normalize_name(text: str) -> Parsed[str]:
    s = _display(text)
    if not s or not _key_text(s):
        return Parsed(None, "empty name")
    return Parsed(s)


def name_key(text: str, strip_generic: bool = False) -> str:
    """Matching form: NFC, legal forms and bracketed notes removed, no spaces or punctuation, variants folded,
    lower case; generic words (메이커스페이스, 센터, 무한상상실 …) removed when ``strip_generic``.
    Returns "" for text with nothing to match on."""
    if not isinstance(text, str):
        return ""
    return _name_key(text, bool(strip_generic))


@functools.lru_cache(maxsize=131072)
def _name_key(text: str, strip_generic: bool) -> str:
    _, variants, generic = _compiled()
    display = _display(text)
    without = _BRACKETED.sub(" ", display) if not _BRACKET_CHARS.isdisjoint(display) else display
    key = _key_text(without) or _key_text(display)
    for old, new in variants:
        if old in key:
            key = key.replace(old, new)
    if strip_generic and generic is not None:
        stripped = generic.sub("", key)
        key = stripped or key
    return key if key.isascii() else unicodedata.normalize("NFC", key)
