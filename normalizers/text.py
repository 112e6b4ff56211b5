"""Shared text clean-up: Unicode NFC, full-width and compatibility characters, dashes, spacing."""

from __future__ import annotations

import re
import unicodedata

_DASHES = str.maketrans(
    {
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\ufe63": "-", "\uff0d": "-", "\u301c": "~", "\uff5e": "~", "\u223c": "~",
        "\u00a0": " ", "\u3000": " ", "\u200b": "", "\ufeff": "", "\u00b7": "·", "\u30fb": "·",
        "\u318d": "·", "\u2027": "·", "\u2219": "·", "\u22c5": "·",
    }
)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_PLAIN = re.compile(r"[^\x20-\x7e\u00b7\uac00-\ud7a3]")
"""A character outside printable ASCII, the middle dot and composed Hangul syllables: text without one is
already NFKC, has no dash or control character to fold and no whitespace but the plain space."""


def clean(text: str) -> str:
    """Return ``text`` in NFKC (full-width digits and letters folded, NFD Hangul composed), with unified
    dashes, tildes and middle dots, no control characters, and single spaces, stripped."""
    if not text:
        return ""
    if _NOT_PLAIN.search(text) is None:
        return " ".join(text.split()) if "  " in text else text.strip(" ")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(_DASHES))
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def compact(text: str) -> str:
    """Matching key of a short label: cleaned, lower case, without spaces and punctuation."""
    s = clean(text).lower()
    joined = s.replace(" ", "")
    # Cleaned text has no whitespace but the space, and every other character _PUNCT removes is not alphanumeric.
    return joined if joined.isalnum() else _PUNCT.sub("", s)


_PUNCT = re.compile(r"[\s\-_.·/,:;'\"`]+")
