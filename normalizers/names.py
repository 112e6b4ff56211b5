"""Organisation and facility names: a cleaned display form and a matching key.

The display form is NFC/NFKC-clean with legal forms ((주), 재단법인 …) removed and spacing tidied. The matching
key (:func:`name_key`) also drops bracketed notes, spaces and punctuation, folds variants (센타 → 센터) and, when
asked, generic words (메이커스페이스, 센터 …) so that spelling variants of one name meet.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from normalizers.memo import Memo
from normalizers.records import Parsed
from normalizers.tables import Tables, load_tables
from normalizers.text import clean

_BRACKETED = re.compile(r"\s*[(\[{<「『【][^()\[\]{}<>「」『』【】]*[)\]}>」』】]\s*")
_KEY_DROP = re.compile(r"[\s\-_.·,:;'\"`~!?&/()\[\]{}<>「」『』【】+*]+")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+([)\]}])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[{])\s+")
_SPACES = re.compile(r"\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")


_Variants = tuple[list[tuple[str, str]], re.Pattern[str] | None]
"""(old → new spellings, longest first; a pattern that finds any old one)."""


@functools.lru_cache(maxsize=4)
def _patterns(tables_id: int) -> tuple[re.Pattern[str], _Variants, re.Pattern[str] | None]:
    tables = _tables_by_id[tables_id]
    forms = sorted({clean(f) for f in tables.legal_forms}, key=len, reverse=True)
    legal = re.compile("|".join(re.escape(f) for f in forms)) if forms else re.compile(r"(?!)")
    pairs = ((_key_text(k), _key_text(v)) for k, v in tables.name_variants.items())
    pairs_sorted = sorted(pairs, key=lambda kv: -len(kv[0]))
    variants = (pairs_sorted, re.compile("|".join(re.escape(k) for k, _ in pairs_sorted)) if pairs_sorted else None)
    generic_words = sorted({_key_text(w) for w in tables.generic_words if w}, key=len, reverse=True)
    generic = re.compile("|".join(re.escape(w) for w in generic_words)) if generic_words else None
    return legal, variants, generic


_tables_by_id: dict[int, Tables] = {}


def _compiled() -> tuple[re.Pattern[str], _Variants, re.Pattern[str] | None]:
    global _last
    tables = load_tables()
    last = _last
    if last[0] is tables:
        return last[1]
    _tables_by_id[id(tables)] = tables
    found = _patterns(id(tables))
    _last = (tables, found)
    return found


_last: tuple = (None, None)
"""The tables last asked for and their patterns (one tuple, read once): most calls need no lookup."""


def _key_text(text: str) -> str:
    s = clean(text).lower()
    joined = s.replace(" ", "")
    # Cleaned text has no whitespace but the space, and every other character _KEY_DROP removes is not
    # alphanumeric: without one, removing the spaces is all there is to do.
    return joined if joined.isalnum() else _KEY_DROP.sub("", s)


_BRACKET_CHARS = frozenset("([{<「『【")


def _display(text: str, legal: re.Pattern[str]) -> str:
    s = legal.sub(" ", clean(text))
    if "(" in s or "[" in s or "{" in s:
        s = _EMPTY_BRACKETS.sub(" ", s)
        s = _SPACE_AFTER_OPEN.sub(r"\1", _SPACE_BEFORE_CLOSE.sub(r"\1", s))
    elif ")" in s or "]" in s or "}" in s:
        s = _SPACE_BEFORE_CLOSE.sub(r"\1", s)
    return (" ".join(s.split()) if "  " in s else s).strip(" ,-·")


def name_forms(text: str) -> tuple[str | None, str]:
    """``(normalize_name(text).value, name_key(text))`` computed together: the key starts from the display form,
    so the text is cleaned once. The key is "" when there is no display form."""
    legal, variants, _ = _compiled()
    display = _display(text, legal)
    key = _key_text(display) if display else ""
    if not key:
        return None, ""
    return display, _key_from(display, key, variants)


def _key_from(display: str, display_key: str, variants: _Variants,
              generic: re.Pattern[str] | None = None) -> str:
    """The matching key of a display form whose own key is ``display_key``; generic words are removed when
    ``generic`` is given."""
    if _BRACKET_CHARS.isdisjoint(display):
        key = display_key
    else:
        key = _key_text(_BRACKETED.sub(" ", display)) or display_key
    pairs, variant_any = variants
    if variant_any is not None and variant_any.search(key):  # else no replacement below would apply
        for old, new in pairs:
            if old in key:
                key = key.replace(old, new)
    if generic is not None:
        key = generic.sub("", key) or key
    return key if key.isascii() else unicodedata.normalize("NFC", key)


def normalized_form(display: str) -> str:
    """The ``normalized`` form of a display name: the display form without any whitespace (case and brackets
    kept), shared by every spacing, width and legal-form variant of the name."""
    return "".join(display.split())


def name_forms_contract(text: str) -> tuple[str, str] | None:
    """``(display, normalized)`` of a name as ``parse name --json`` prints it; None when nothing is left."""
    display = normalize_name(text).value
    return None if display is None else (display, normalized_form(display))


def normalize_name(text: str) -> Parsed[str]:
    """Display form of a name; ``Parsed(None, reason)`` when nothing is left."""
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    found = _NAMES.get(text)
    return found if found is not None else _normalize_name(text)


_NAMES: Memo[str, Parsed[str]] = Memo(16384)
"""Answers of :func:`normalize_name` by text: operators and names repeat across a site's pages."""


def _normalize_name(text: str) -> Parsed[str]:
    s = _display(text, _compiled()[0])
    if not s or not _key_text(s):
        return _NAMES.put(text, Parsed(None, "empty name"))
    return _NAMES.put(text, Parsed(s))


def name_key(text: str, strip_generic: bool = False) -> str:
    """Matching form: NFC, legal forms and bracketed notes removed, no spaces or punctuation, variants folded,
    lower case; generic words (메이커스페이스, 센터, 무한상상실 …) removed when ``strip_generic``.
    Returns "" for text with nothing to match on."""
    if not isinstance(text, str):
        return ""
    return _name_key(text, bool(strip_generic))


@functools.lru_cache(maxsize=16384)
def _name_key(text: str, strip_generic: bool) -> str:
    legal, variants, generic = _compiled()
    display = _display(text, legal)
    return _key_from(display, _key_text(display), variants, generic if strip_generic else None)
