"""A rough sound skeleton shared by Hangul and Latin spellings of a name, for names typed in the other script
(``creative factory`` for 크리에이티브 팩토리, ``fabmonster`` for 팹몬스터, ``c스쿨`` for C-School).

Hangul is romanised syllable by syllable (``index.vocab.romanise``); then both sides lose what Korean loanword
spelling does not keep apart: f/p, v/b, g/k, d/t, b/p, r/l, c as k (s before e, i, y), an r after a vowel that
no vowel follows (non-rhotic loans: monster → 몬스터), vowels, w, y, h and doubled letters. The skeleton is only
a last resort: the search uses it when a word matches nothing else. Hand-written: no package maps Konglish
spellings to each other.
"""

from __future__ import annotations

import functools
import re

from index.vocab import romanise

_NON_LETTER = re.compile(r"[^a-z]+")
_SILENT_R = re.compile(r"(?<=[aeiou])r(?![aeiouy])")
_RULES = ((re.compile(r"ph"), "p"), (re.compile(r"ck"), "k"), (re.compile(r"sch"), "sk"), (re.compile(r"th"), "t"),
          (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c"), "k"), (re.compile(r"q"), "k"), (re.compile(r"x"), "ks"),
          (re.compile(r"z"), "j"))
_TABLE = str.maketrans({"f": "p", "v": "p", "g": "k", "d": "t", "b": "p", "r": "l", "a": None, "e": None,
                        "i": None, "o": None, "u": None, "w": None, "y": None, "h": None})
_DOUBLE = re.compile(r"(.)\1+")
MIN_SKELETON = 3
"""Shorter skeletons say too little to match on."""


@functools.lru_cache(maxsize=8192)
def skeleton(text: str) -> str:
    """The sound skeleton of a word (``크리에이티브`` and ``creative`` → ``kltp``)."""
    s = _NON_LETTER.sub("", romanise(text.lower()))
    s = _SILENT_R.sub("", s)
    for pattern, repl in _RULES:
        s = pattern.sub(repl, s)
    return _DOUBLE.sub(r"\1", s.translate(_TABLE))
