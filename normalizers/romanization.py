"""Revised Romanization of Korean (국어의 로마자 표기법, 2000), both ways, for reading English addresses.

:func:`romanize` writes a Hangul name as official English addresses spell it (liaison and the usual
assimilations: 종로 → jongno, 신라 → silla, 독립 → dongnip), and :func:`romanize_plain` syllable by syllable
(종로 → jongro), since sites print both. :func:`hangul_readings` goes back: every way a romanised word can be cut
into syllables. RR is not one-to-one (``habeol`` is 하벌 or 합얼), so a dictionary of real names decides first;
the readings are ordered so that the likeliest comes first (fewest syllables that start with a vowel after a
consonant: RR writes a final consonant before a vowel as the next syllable's initial).

Hand-written: the RR packages on PyPI (``korean-romanizer``, ``hangul-romanize``) write syllables without the
assimilation rules and have no way back, and both directions are needed here; the tables are the standard's.
"""

from __future__ import annotations

import functools

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
            "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t")
_LIAISON = {1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s", 20: "ss", 22: "j", 23: "ch",
            25: "t", 26: "p", 27: ""}
"""Final (index) → how it is written as the next syllable's initial when that one starts with a vowel."""
_SIMPLE_FINAL = {1: "k", 2: "k", 3: "k", 9: "k", 24: "k", 7: "t", 19: "t", 20: "t", 22: "t", 23: "t", 25: "t",
                 27: "t", 17: "p", 18: "p", 14: "p", 26: "p"}
_N, _R, _M, _VOWEL = 2, 5, 6, 11


def _jamo(text: str) -> list[tuple[int, int, int] | str]:
    out: list[tuple[int, int, int] | str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append((code // 588, (code % 588) // 28, code % 28))
        else:
            out.append(ch)
    return out


def romanize_plain(text: str) -> str:
    """Syllable by syllable, no sound changes (종로 → jongro); other characters kept."""
    return "".join(p if isinstance(p, str) else _INITIALS[p[0]] + _MEDIALS[p[1]] + _FINALS[p[2]] for p in _jamo(text))


def romanize(text: str) -> str:
    """As RR writes it, with liaison and assimilation between the syllables of one word (종로 → jongno)."""
    parts = _jamo(text)
    out: list[str] = []
    for i, p in enumerate(parts):
        if isinstance(p, str):
            out.append(p)
            continue
        ini, med, fin = p
        initial = _INITIALS[ini]
        prev = parts[i - 1] if i > 0 else None
        if isinstance(prev, tuple):
            pf = prev[2]
            if ini == _VOWEL and pf in _LIAISON:
                initial = _LIAISON[pf]
            elif ini == _R and pf in (4, 8):  # ㄴ/ㄹ + ㄹ → ll
                initial = "l"
            elif ini == _R and pf in (16, 21, 1, 17):  # ㅁ/ㅇ/ㄱ/ㅂ + ㄹ → n
                initial = "n"
        final = _FINALS[fin]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(nxt, tuple) and fin:
            ni = nxt[0]
            if ni == _VOWEL and fin in _LIAISON:
                final = ""
            elif fin == 4 and ni == _R:
                final = "l"
            elif ni in (_N, _M, _R) and fin in _SIMPLE_FINAL:
                final = {"k": "ng", "t": "n", "p": "m"}[_SIMPLE_FINAL[fin]]
        out.append(initial + _MEDIALS[med] + final)
    return "".join(out)


_INITIAL_OF = {r: i for i, r in enumerate(_INITIALS)}
_INITIAL_OF.update({"l": 5})
_MEDIAL_OF = {r: i for i, r in enumerate(_MEDIALS)}
_FINAL_OF = {"k": 1, "g": 1, "n": 4, "t": 7, "d": 7, "l": 8, "m": 16, "p": 17, "b": 17, "ng": 21}
_MAX_READINGS = 64


@functools.lru_cache(maxsize=4096)
def hangul_readings(word: str) -> tuple[str, ...]:
    """The Hangul words a romanised word can be read as, likeliest first (see the module docstring)."""
    w = "".join(ch for ch in word.lower() if ch.isalpha())
    if not w or len(w) > 40:
        return ()
    found: list[tuple[int, str]] = []

    def walk(i: int, syllables: list[str], penalty: int, prev_final: bool) -> None:
        if len(found) >= _MAX_READINGS:
            return
        if i == len(w):
            found.append((penalty, "".join(syllables)))
            return
        for ini_len in (2, 1, 0):
            ini = w[i : i + ini_len]
            if ini_len and ini not in _INITIAL_OF:
                continue
            for med_len in (3, 2, 1):
                med = w[i + ini_len : i + ini_len + med_len]
                if len(med) != med_len or med not in _MEDIAL_OF:
                    continue
                j = i + ini_len + med_len
                for fin_len in (2, 1, 0):
                    fin = w[j : j + fin_len]
                    if fin_len and fin not in _FINAL_OF:
                        continue
                    code = 0xAC00 + (_INITIAL_OF[ini] if ini_len else _VOWEL) * 588 + _MEDIAL_OF[med] * 28 \
                        + (_FINAL_OF[fin] if fin_len else 0)
                    cost = penalty + (1 if not ini_len and prev_final else 0)
                    walk(j + fin_len, [*syllables, chr(code)], cost, fin_len > 0)

    walk(0, [], 0, False)
    ordered = sorted(found, key=lambda x: (x[0], len(x[1])))
    return tuple(dict.fromkeys(h for _, h in ordered))


def roman_key(text: str) -> str:
    """Letters only, lower case: the form romanised names are compared in (Sejong-daero → sejongdaero)."""
    return "".join(ch for ch in text.lower() if "a" <= ch <= "z")
