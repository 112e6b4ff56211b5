"""Latin matching keys of Korean text, so that an English listing (`Seoul Innovation FabLab`, `215 Jinheung-ro`)
can meet its Hangul listing.

Syllables are romanised by the Revised Romanization with ``korean-romanizer``, one syllable at a time: the
library takes ~50 µs a word, and a million names would take a minute, so each of the 11,172 syllables is
romanised once (on first use) and words are joined from that table. That drops the sound changes across
syllables (강릉 gives ``gangreung`` where the official form is ``Gangneung``); :func:`fold_latin` then folds the
letters those changes and spelling habits swap (r/l/n, doubled letters, hyphens), and matching is fuzzy anyway.
"""

from __future__ import annotations

import functools
import re

_FIRST, _LAST = 0xAC00, 0xD7A3
_NOT_LETTER = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"([a-z])\1+")


@functools.lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Every Hangul syllable → its Revised Romanization (built on first use, ~0.3 s)."""
    from korean_romanizer.romanizer import Romanizer

    return {chr(cp): Romanizer(chr(cp)).romanize().lower() for cp in range(_FIRST, _LAST + 1)}


def romanize(text: str) -> str:
    """Hangul syllables romanised one by one; other characters kept (lower case)."""
    if not text:
        return ""
    table = _syllables()
    return "".join(table.get(ch, ch) for ch in text.lower())


def fold_latin(text: str) -> str:
    """A Latin key for fuzzy matching: letters and digits only; r, l and n one letter (the sound changes between
    syllables swap them: 강릉 gangreung / Gangneung, 신라 sinla / Silla); doubled letters single."""
    s = _NOT_LETTER.sub("", text.lower())
    s = s.replace("r", "n").replace("l", "n")
    return _DOUBLE.sub(r"\1", s)


def latin_key(text: str) -> str:
    """:func:`fold_latin` of :func:`romanize`: the same key for `강릉` and `Gangneung` up to a letter or two."""
    return fold_latin(romanize(text))


def is_latin(text: str) -> bool:
    """True when the text has Latin letters and no Hangul."""
    has_latin = False
    for ch in text:
        if _FIRST <= ord(ch) <= _LAST:
            return False
        if "a" <= ch.lower() <= "z":
            has_latin = True
    return has_latin


_SKELETON = str.maketrans({"f": "p", "v": "p", "b": "p", "z": "s", "q": "k", "c": "k", "x": "k", "g": "k",
                           "j": "k", "d": "t", "r": "n", "l": "n"})
_VOWELS = re.compile(r"[aeiouwyh]+")


def skeleton(latin: str) -> str:
    """Consonants of a Latin key, with the letters Korean spelling merges folded — f/v/b→p, c/q/x/g/j→k, d→t,
    r/l→n, voiced and voiceless alike (ㄱ is g or k, ㅈ j or ch) — so that a loanword or a romanised name meets
    its English spelling (`팹몬스터` paepmonseuteo and `Fab Monster` → pmnst…; `광운창작소` and `Kwangwoon
    Changjakso` → knknks)."""
    s = _VOWELS.sub("", _NOT_LETTER.sub("", latin.lower()).replace("ng", "n").translate(_SKELETON))
    return _DOUBLE.sub(r"\1", s)


def skeleton_grams(latin: str, size: int = 3) -> list[str]:
    """Consonant-skeleton n-grams of a Latin key (blocking keys that meet across scripts)."""
    s = skeleton(latin)
    if len(s) < size:
        return [s] if len(s) >= 2 else []
    return [s[i:i + size] for i in range(len(s) - size + 1)]
