"""What an autocomplete prefix may mean, shared by both backends: as typed, as a half-typed Korean prefix
(초성, a last syllable still being composed), typed on the wrong keyboard layout, or with a jamo typo.

Ranking (both backends): a whole word of a name typed exactly, then names with a word starting with the typed
text, then whole words and word starts matching the half-typed reading (``index.hangul.prefix_pattern``), then
the same for the other keyboard layout, then names containing the text, and only when these leave the list
short, names within one (or, for long prefixes, two) jamo edits of a word start.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.hangul import chosung, compat_jamo, hangul_to_layout, has_hangul, jamo, layout_to_hangul, prefix_pattern
from index.phonetic import MIN_SKELETON, skeleton
from index.text import compact, word_starts

TIER_WORD = 400.0
TIER_PREFIX = 300.0
TIER_PATTERN_WORD = 250.0
TIER_PATTERN = 200.0
TIER_LAYOUT = 150.0
TIER_CONTAINS = 100.0
TIER_SOUND = 80.0
SOUND_MIN = 5
"""The sound-skeleton tier (a name typed partly in the other script: 충북프로… for 충북Pro…) needs a skeleton of
at least this many letters."""
EDGE_MAX = 20
"""Longest name prefix kept as a term (``name_pre``)."""
JAMO_MAX = 60
"""Jamo kept of each word start (about 25 syllables)."""
FUZZY_MIN_JAMO = 5
"""Jamo typo tolerance only for prefixes of at least this many jamo (fewer match too much)."""
FUZZY_TWO_EDITS = 16
"""From this many jamo on, two edits are tolerated."""
_VOWELS = frozenset("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read the prefix: its compacted text and the regex of its half-typed form (or None)."""

    text: str
    pattern: str | None


@dataclass(frozen=True, slots=True)
class SuggestForms:
    """The readings of one autocomplete prefix."""

    typed: Reading
    layout: tuple[Reading, ...]
    """The prefix read on the other keyboard layout (rkdfmd → 강릉; ㄹ뮤 → fab), when that gives something."""
    jamo: str
    """The jamo of the typed text (for typo tolerance)."""
    sound: str = ""
    """The sound skeleton of the typed text (``index.phonetic``), when long enough to match on."""

    @property
    def fuzzy_distance(self) -> int:
        """Jamo edits tolerated (0: none)."""
        n = len(self.jamo)
        return 0 if n < FUZZY_MIN_JAMO else 2 if n >= FUZZY_TWO_EDITS else 1


def has_lone_jamo(text: str) -> bool:
    """True when ``text`` holds a compatibility jamo (a 초성 or a syllable still being typed)."""
    return any(0x3131 <= ord(ch) <= 0x3163 for ch in text)


def _layout_words(prefix: str) -> str:
    """``prefix`` read on the Korean layout word by word, an acronym typed in capitals left as typed (`ICT
    elqkdltmfoq` → ICT 디바이스랩: a user switches the layout for the Hangul words only)."""
    return " ".join(w if len(w) >= 2 and w.isascii() and w.isalpha() and w.isupper() else layout_to_hangul(w)
                    for w in prefix.split(" "))


def suggest_forms(prefix: str) -> SuggestForms | None:
    """The readings of ``prefix``, or None when it has no letters or digits."""
    typed = compat_jamo(compact(prefix))
    if not typed:
        return None
    layout: list[Reading] = []
    if any("a" <= ch.lower() <= "z" for ch in prefix):
        converted = compat_jamo(compact(_layout_words(prefix)))
        if converted != typed and has_hangul(converted) and not (set(converted) & _VOWELS):
            layout.append(Reading(converted, prefix_pattern(converted)))
    elif has_hangul(prefix):
        back = compact(hangul_to_layout(prefix))
        if back != typed and back.isascii() and back.isalnum():
            layout.append(Reading(back, None))
    sound = skeleton(typed) if not has_lone_jamo(typed) else ""
    return SuggestForms(Reading(typed, prefix_pattern(typed)), tuple(layout), jamo(typed),
                        sound if len(sound) >= SOUND_MIN else "")


def name_forms(names: list[str]) -> tuple[list[str], list[str], list[str]]:
    """``(name_pre values, name_word terms, name_jamo terms)`` of a document's names."""
    starts: dict[str, None] = {}
    whole: dict[str, None] = {}
    for name in names:
        parts = [c for c in map(compact, name.split()) if c]
        joined = "".join(parts)
        starts[joined] = None
        at = 0
        for part in parts[:-1]:  # the compacted name from each later word start
            at += len(part)
            starts[joined[at:]] = None
        whole.update(dict.fromkeys(parts))
        whole[joined] = None
    starts.pop("", None)
    whole.pop("", None)
    pre = list(dict.fromkeys(s[:EDGE_MAX] for s in starts))
    return pre, list(whole), list(dict.fromkeys(jamo(s[:JAMO_MAX])[:JAMO_MAX] for s in starts))


def name_skeletons(words: list[str]) -> list[str]:
    """The sound skeletons (``index.phonetic``) of a document's name words (from ``name_forms``)."""
    return [k for k in dict.fromkeys(skeleton(w) for w in words) if len(k) >= MIN_SKELETON]


def name_chosung(names: list[str]) -> list[str]:
    """The 초성 of the compacted names from each word start (``강릉제작소`` → ``ㄱㄹㅈㅈㅅ``; other characters
    kept), for prefix queries (Elasticsearch's ``name_chosung``)."""
    out: dict[str, None] = {}
    for name in names:
        out.update(dict.fromkeys(chosung(s)[:EDGE_MAX] for s in word_starts(name, EDGE_MAX)))
    return [c for c in out if c]
