"""Small word tables both backends share: legal forms dropped from queries, English kind words and romanised
시도 names added to the searchable text.

The index does not depend on the normalizers, so these tables are kept here (short, and only what users type).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from index.text import compact

LEGAL_FORMS = ("재단법인", "사단법인", "주식회사", "유한회사", "유한책임회사", "합자회사", "합명회사",
               "사회복지법인", "학교법인", "의료법인", "사회적협동조합", "재", "사", "주", "유", "학")
"""Compacted legal forms: a query word equal to one of them is not required to match (``(재)`` compacts to 재).
The one-syllable forms only count when written in parentheses or alone as a word."""
_LONG_FORMS = tuple(sorted((f for f in LEGAL_FORMS if len(f) > 1), key=len, reverse=True))
_PAREN_FORM = re.compile(r"^(?:\((?:재|사|주|유|학)\))+|(?:\((?:재|사|주|유|학)\))+$")

KIND_ALIASES: dict[str, tuple[str, ...]] = {
    "makerspace_specialized": ("maker space", "makerspace", "fab lab", "fablab", "maker lab", "pro lab"),
    "makerspace_general": ("maker space", "makerspace", "fab lab", "fablab", "maker lab"),
    "muhan_hub": ("infinite imagination room", "imagination lab", "muhan sangsangsil", "maker space", "makerspace"),
    "muhan_small": ("infinite imagination room", "imagination lab", "muhan sangsangsil", "maker space",
                    "makerspace"),
    "ict_devicelab": ("ict device lab", "devicelab", "device lab"),
    "ccei": ("creative economy innovation center", "innovation centre", "ccei", "startup"),
    "sogongin_center": ("small manufacturer support center", "sogongin", "artisan", "small business"),
    "private_space": ("maker space", "makerspace", "fab lab", "fablab", "workshop", "studio"),
    "other_public_lab": ("maker space", "makerspace", "fab lab", "fablab", "public lab"),
}
"""English (and romanised) words for each kind key, indexed with every document of that kind."""

SIDO_ROMAN: dict[str, str] = {
    "서울": "seoul", "부산": "busan", "대구": "daegu", "인천": "incheon", "광주": "gwangju", "대전": "daejeon",
    "울산": "ulsan", "세종": "sejong", "경기": "gyeonggi", "강원": "gangwon", "충청북": "chungbuk chungcheongbuk",
    "충청남": "chungnam chungcheongnam", "전라북": "jeonbuk jeollabuk", "전북": "jeonbuk jeollabuk",
    "전라남": "jeonnam jeollanam", "경상북": "gyeongbuk gyeongsangbuk", "경상남": "gyeongnam gyeongsangnam",
    "제주": "jeju",
}
"""Romanised 시도 names, keyed by the start of the Korean name (so 강원도 and 강원특별자치도 both match)."""


@functools.lru_cache(maxsize=256)
def sido_roman(sido: str | None) -> str | None:
    """The romanised name of a 시도 (``부산광역시`` → ``busan``), or None."""
    if not sido:
        return None
    for key, roman in SIDO_ROMAN.items():
        if sido.startswith(key):
            return roman
    return None


@functools.lru_cache(maxsize=1024)
def _kind_aliases(kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for kind in kinds for a in KIND_ALIASES.get(kind, ())))


_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t")


_ROMAN_TABLE = {0xAC00 + code: _INITIALS[code // 588] + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28]
                for code in range(11172)}


def romanise(text: str) -> str:
    """Revised Romanisation of the Hangul in ``text``, syllable by syllable without sound-change rules
    (판교 → pangyo, 부산 → busan, 청주 → cheongju); other characters are kept, so words stay apart."""
    return text.translate(_ROMAN_TABLE)


def alias_values(kinds: list[str], sido: str | None, name: str | None = None,
                 sigungu: str | None = None) -> list[str]:
    """English/romanised words to index with a document: the English words of its kinds, the romanised 시도,
    and the romanised name and 시군구 (when they hold Hangul)."""
    out = dict.fromkeys(_kind_aliases(tuple(kinds)))
    roman = sido_roman(sido)
    if roman:
        out[roman] = None
    for value in (name, sigungu):
        if value:
            romanised = romanise(value)
            if romanised != value:
                out[romanised] = None
    return list(out)


_PLACE_ENDINGS = frozenset("동읍면")
_SCHOOL_ENDINGS = (("고등학교", "고"), ("중학교", "중"), ("초등학교", "초"), ("대학교", "대"))
"""A school written out in full in a query (`대건고등학교`) searched as its short form (`대건고`), whose
bigrams the full form holds too: a document printing either one matches."""


def query_words(text: str) -> list[str]:
    """The query's compacted words without legal forms (``재단법인``, ``(주)``, ``사단법인팹랩진주`` → ``팹랩진주``).

    A word that is only a legal form is dropped, a legal form glued to the front or back of a word is cut off;
    when nothing else is left the words are kept as typed. A three- or four-syllable word ending in 동/읍/면 loses
    that ending (창신동 → 창신): a facility named after its neighbourhood does not say it. A school's full name
    becomes its short form (대건고등학교 → 대건고, 포항공과대학교 → 포항공과대).
    """
    kept: list[str] = []
    typed: list[str] = []
    for raw in unicodedata.normalize("NFKC", text).split():
        word = compact(raw)
        if not word:
            continue
        typed.append(word)
        bare = compact(_PAREN_FORM.sub("", raw))
        if bare in LEGAL_FORMS:
            continue
        for form in _LONG_FORMS:
            if bare.startswith(form) and len(bare) - len(form) >= 2:
                bare = bare[len(form):]
                break
            if bare.endswith(form) and len(bare) - len(form) >= 2:
                bare = bare[:-len(form)]
                break
        if 3 <= len(bare) <= 4 and bare[-1] in _PLACE_ENDINGS and "가" <= bare[-2] <= "힣":
            bare = bare[:-1]  # 창신동 → 창신: names say 창신, addresses 창신동
        for full, short in _SCHOOL_ENDINGS:
            if bare.endswith(full) and len(bare) - len(full) >= 2:
                bare = bare[:-len(full)] + short
                break
        if bare:
            kept.append(bare)
    return kept or typed
