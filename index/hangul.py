"""Hangul helpers for autocomplete: jamo, 초성, 한/영 layout, and the regex of a half-typed prefix.

Decomposition and layout conversion come from ``hangulpy`` (a maintained port of es-hangul). Its per-call
decomposition costs ~6 µs for a name, too slow for a million documents at build time, so ``jamo`` translates
with a table made once from ``hangulpy.disassemble`` itself (same output, ~0.3 µs).

``prefix_pattern`` is hand-written: no package turns what a Korean IME shows while typing into a regular
expression over the index's terms. It relies on the Unicode layout of precomposed syllables (U+AC00 + (initial ×
21 + medial) × 28 + final), which is fixed by the standard.
"""

from __future__ import annotations

import functools

import hangulpy

SYLLABLE_BASE, SYLLABLE_END = 0xAC00, 0xD7A3
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
MEDIAL_NEXT = {"ㅗ": "ㅘㅙㅚ", "ㅜ": "ㅝㅞㅟ", "ㅡ": "ㅢ"}
"""A medial that one more vowel key turns into another (ㅗ + ㅏ = ㅘ)."""
FINAL_NEXT = {"ㄱ": ("ㄳ",), "ㄴ": ("ㄵ", "ㄶ"), "ㄹ": ("ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ"), "ㅂ": ("ㅄ",)}
"""A final that one more consonant key turns into a double final (ㄹ + ㄱ = ㄺ)."""
FINAL_SPLIT = {"ㄳ": ("ㄱ", "ㅅ"), "ㄵ": ("ㄴ", "ㅈ"), "ㄶ": ("ㄴ", "ㅎ"), "ㄺ": ("ㄹ", "ㄱ"), "ㄻ": ("ㄹ", "ㅁ"),
               "ㄼ": ("ㄹ", "ㅂ"), "ㄽ": ("ㄹ", "ㅅ"), "ㄾ": ("ㄹ", "ㅌ"), "ㄿ": ("ㄹ", "ㅍ"), "ㅀ": ("ㄹ", "ㅎ"),
               "ㅄ": ("ㅂ", "ㅅ")}
"""A double final whose second consonant starts the next syllable once a vowel follows (갉 + ㅏ = 갈가)."""


@functools.cache
def _jamo_table() -> dict[int, str]:
    table = {code: "".join(hangulpy.disassemble(chr(code))) for code in range(SYLLABLE_BASE, SYLLABLE_END + 1)}
    for ch in set(FINAL_SPLIT) | {"ㄲ", "ㄸ", "ㅃ", "ㅆ", "ㅉ"}:
        table[ord(ch)] = "".join(hangulpy.disassemble(ch))
    return table


@functools.cache
def _compat_table() -> dict[int, str]:
    """Conjoining jamo (what NFKC makes of ㄱ, ㅏ …) → the compatibility jamo a keyboard types."""
    import unicodedata

    out: dict[int, str] = {}
    for code in range(0x3131, 0x3164):
        conj = unicodedata.normalize("NFKC", chr(code))
        if len(conj) == 1 and conj != chr(code):
            out.setdefault(ord(conj), chr(code))
    return out


def compat_jamo(text: str) -> str:
    """Lone conjoining jamo back to compatibility jamo (``index.text.compact`` applies NFKC, which turns a typed
    ㄱ into U+1100); syllables are left alone."""
    return text.translate(_compat_table())


def jamo(text: str) -> str:
    """The jamo of ``text`` as a Korean keyboard types them (강 → ㄱㅏㅇ, 과 → ㄱㅗㅏ, 갉 → ㄱㅏㄹㄱ); other
    characters are kept."""
    return text.translate(_jamo_table())


@functools.cache
def _chosung_table() -> dict[int, str]:
    return {code: hangulpy.get_chosung_string(chr(code)) for code in range(SYLLABLE_BASE, SYLLABLE_END + 1)}


def warm() -> None:
    """Build the syllable tables now (11,172 syllables through ``hangulpy``: ~70 ms) rather than in the first
    request that needs them; a serving process calls it before it starts answering."""
    _jamo_table()
    _chosung_table()
    _compat_table()


def chosung(text: str) -> str:
    """Each syllable's initial (강릉 → ㄱㄹ, per ``hangulpy.get_chosung_string``); other characters kept."""
    return text.translate(_chosung_table())


def all_initials(text: str) -> bool:
    """True when ``text`` is only initial consonants (a 초성 typing: ``ㄱㄹㅈ``)."""
    return bool(text) and all(ch in INITIALS for ch in text)


def is_syllable(ch: str) -> bool:
    """A precomposed Hangul syllable (가–힣)."""
    return SYLLABLE_BASE <= ord(ch) <= SYLLABLE_END


def has_hangul(text: str) -> bool:
    """True when ``text`` holds a syllable or a compatibility jamo."""
    return any(is_syllable(ch) or 0x3131 <= ord(ch) <= 0x3163 for ch in text)


def layout_to_hangul(text: str) -> str:
    """Keys typed on an English layout read as the Korean 2-set keyboard would (rkdfmd → 강릉); upper-case keys
    that have no shifted jamo stay Latin (``DID``), as ``hangulpy.enko`` does."""
    return hangulpy.enko(text)


def hangul_to_layout(text: str) -> str:
    """Hangul read back as the English keys that type it (팹랩 → voqfoq)."""
    return hangulpy.koen(text)


def _parts(ch: str) -> tuple[int, int, int]:
    code = ord(ch) - SYLLABLE_BASE
    return code // 588, (code % 588) // 28, code % 28


def _compose(initial: int, medial: int, final: int = 0) -> str:
    return chr(SYLLABLE_BASE + (initial * 21 + medial) * 28 + final)


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\.+*?()|[]{}^$#&-~@<>\"" else ch


def _initial_class(initial: int) -> str:
    """Every syllable with this initial."""
    return f"[{_compose(initial, 0)}-{_compose(initial, 20, 27)}]"


def _any_final(initial: int, medial: int) -> str:
    return f"[{_compose(initial, medial)}-{_compose(initial, medial, 27)}]"


def _last_syllable(ch: str) -> str:
    """What the last shown syllable may still become while typing goes on."""
    initial, medial, final = _parts(ch)
    if final == 0:
        medials = [medial] + [MEDIALS.index(m) for m in MEDIAL_NEXT.get(MEDIALS[medial], "")]
        return "(?:" + "|".join(_any_final(initial, m) for m in medials) + ")"
    options = [_escape(ch)]
    fin = FINALS[final]
    options += [_compose(initial, medial, FINALS.index(f)) for f in FINAL_NEXT.get(fin, ())]
    if fin in FINAL_SPLIT:  # 갉 → 갈 + ㄱ…
        first, second = FINAL_SPLIT[fin]
        options.append(_compose(initial, medial, FINALS.index(first)) + _initial_class(INITIALS.index(second)))
    elif fin in INITIALS:  # 젲 → 제 + ㅈ…
        options.append(_compose(initial, medial) + _initial_class(INITIALS.index(fin)))
    return "(?:" + "|".join(options) + ")"


def prefix_pattern(typed: str) -> str | None:
    """A regular expression that a compacted name prefix of the same typing matches, or None when the plain
    prefix says it all (no Hangul at the end, no lone consonant).

    Lone consonants stand for any syllable they start (초성: ``ㄱㄹㅈ``, mixed: ``강ㄹ제``); the last syllable
    may still grow (``강릉제자`` → 강릉제작…, ``강릉젲`` → 강릉제작…, ``강릉제ㅈ`` → 강릉제작…)."""
    if not typed:
        return None
    out: list[str] = []
    special = False
    last = len(typed) - 1
    for i, ch in enumerate(typed):
        if ch in INITIALS and ch not in FINAL_SPLIT:
            out.append(_initial_class(INITIALS.index(ch)))
            special = True
        elif i == last and is_syllable(ch):
            out.append(_last_syllable(ch))
            special = True
        else:
            out.append(_escape(ch))
    return "".join(out) if special else None
