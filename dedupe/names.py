"""A facility name as matching reads it: its key, the distinctive residue, other names it carries, the regions
and the kind it names, and a Latin key for listings in English.

    >>> forms = analyse_name("(재)대전창작Lab(구 DID기술융합공작소)", lexicon)
    >>> forms.residue, forms.alts, forms.regions
    ('대전창작', ('did기술융합',), ('대전',))

- **key**: NFKC, lower case, legal forms and operator annotations removed, English words translated (`Innovation`
  → 혁신), region forms folded to one code (경상남도 → 경남), spelling folds applied, no spaces or punctuation.
- **residue**: the key without generic words (메이커스페이스, 센터, 도서관 …): what tells this facility apart.
- **alts**: residues of the other names a listing prints in brackets (`메이크포유(MAKE4U)`, `(구 …)`), and of
  alternative names given separately.
- **regions**: region codes in the residue; **distinct**: the residue without them. `경남창조경제혁신센터` and
  `경북창조경제혁신센터` differ only there. A name that is only a region and generic words has the residue
  ``region|kind`` (`경남|ccei`), so that `CCEI 경남` and `경상남도 창조경제혁신센터` agree and `덕진구 창업지원센터`
  and `덕진구 메이커스페이스` do not.
- **bracket_regions**: a region given in brackets as a disambiguator (`메이커스랩(구미)`).
- **generic_only**: the name is only generic words; its residue is then the whole key.
- **branch**: the branch a chain's name ends with (`중앙점`); two branches are two facilities.
- **kind**: the kind family of the name's head noun (its rightmost kind word), e.g. ``library``, ``muhan``.
- **latin**: the residue romanised and folded (:mod:`dedupe.romanize`), to compare across scripts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from dedupe.lexicon import Lexicon
from dedupe.romanize import fold_latin, is_latin, latin_key, romanize, skeleton

UNIVERSITY = re.compile(r"[0-9a-z가-힣]{1,10}대")
"""A folded word that is only a university's name (대학교 and 대학 fold to 대: `경북대`)."""
_BRACKET = re.compile(r"[(\[{【「『〔]([^()\[\]{}【】「」『』〔〕]*)[)\]}】」』〕]")
_WORDS = re.compile(r"[0-9a-z가-힣]+")
_OPEN_TAIL = re.compile(r"[(\[]([^()\[\]]*)$")
_NOTE = re.compile(r"\d+\s*층|운영\s*중|임시|휴관|이전|공사|리모델링|예정|준공|개관|개소|개원|오픈|폐관|선정|지정|"
                   r"\d{4}\s*년")
_DASH = re.compile(r"\s+[-–—|/]\s+")


@dataclass(frozen=True)
class NameForms:
    """What matching reads from one name (see the module docstring)."""

    key: str
    residue: str
    alts: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    """The regions with the 시도 they lie in (창원 → 창원, 경남): where the name says the facility is."""
    distinct: str = ""
    bracket_regions: tuple[str, ...] = ()
    kind: str = ""
    latin: str = ""
    latin_script: bool = False
    latin_names: tuple[str, ...] = ()
    """Folded Latin forms of the whole name, to meet a listing in the other script: the key romanised (a Hangul
    name, or an English one after translation: `Memorial Library` → 기념도서관 → ginyeomdoseogwan) and, for a name
    in Latin letters, its own words as printed, generic English words left out (`Gangneung Jejakso`)."""
    generic_only: bool = False
    """The name is nothing but generic words (`무한상상실`, `메이커스랩`): the residue is then the whole key."""
    words: str = ""
    """The name's words that are not generic, separated by spaces (for names in Latin letters, whose word order
    and extra words vary: `Easter Seals Near South` / `Easter Seals Society … - Near South Side`)."""
    parts: tuple[str, ...] = ()
    """For a name printed with a bracketed other name: the distinctive parts of both, regions left out
    (`상상공작소(와부도서관)` → 상상, 와부; `공주시 도서관(기적의도서관)` → 기적의), which another site may print as one
    name (`남양주 와부도서관 상상공작소`, `공주기적의도서관`)."""
    operator: str = ""
    """The residue of the operator's name a listing gives beside its own name (`충북대학교` → 충북대): another
    listing named by that operator and generic words only (`충북대학교 메이커스페이스 전문랩`) may be this one."""
    tail: str = ""
    """The key of the name's last word, when the name has others before it and that word has a residue of its
    own (`이노디어스 폴짝센터` → 폴짝센터, `청년문화협동조합 놀자랩` → 놀자랩): a listing named by it alone is the
    same facility without its operator or programme words, however short its residue (`폴짝`, `놀자`)."""
    branch: str = ""
    """The branch a chain's name ends with (`… 죽전점` → ``죽전``, `… 강남분관`); 본점 (the main one) is none."""
    room: str = ""
    """The room of a library a listing is of, where the public-data files give its rooms rows of their own
    (`…도서관(영 유아)`, `… 영유아실`, `…(디지털자료실)` → ``영유아``, ``디지털``); the general reading room
    (`(자료열람실)`, `(종합자료실)`) is the library itself, none."""

    @property
    def variants(self) -> tuple[str, ...]:
        """The residue and the alternative residues, non-empty, without repeats."""
        return tuple(dict.fromkeys(v for v in (self.residue, *self.alts) if v))

    def variant_pairs(self, other: NameForms) -> list[tuple[str, str]]:
        """This listing's names against the other's: each one's own name against every name of the other.

        Two *alternative* names alike (`… - Lake and Pulaski` / `… (LAKE & PULASKI)`) are a place or an
        operator two listings share, not the name of one facility, so alternative never meets alternative.
        """
        return [(x, y) for x in self.variants for y in other.variants if x == self.residue or y == other.residue]


EMPTY = NameForms(key="", residue="")
_RND = re.compile(r"r\s*&\s*d", re.IGNORECASE)
"""`R&D` is one word (연구개발), not `R and D`."""


def _words(text: str, lex: Lexicon) -> list[str]:
    """Lower-case words of a name part, English translated and regions folded."""
    text = lex.translate(_RND.sub(" 연구개발 ", text).replace("&", " and "))
    return lex.fold_regions(_WORDS.findall(text))


def _key(words: list[str], lex: Lexicon) -> str:
    # `강북구청 상상공작소`: the 구청 runs it (but `관악구청소년수련관` is no 구청's, and `강릉시립 도서관` keeps its
    # only name); an association and its branch, word by word (`한국소호진흥협회 인천지회 송도 소공인…`)
    while len(words) > 1 and lex.operator_word is not None and lex.operator_word.fullmatch(words[0]):
        if not _residue(lex.fold("".join(words[1:])), lex):
            break
        words = words[1:]
    key = lex.fold("".join(words))
    if lex.operator_prefix is not None:
        rest = lex.operator_prefix.sub("", key)
        if len(rest) >= 2:
            key = rest
    return key


def _residue(key: str, lex: Lexicon) -> str:
    return lex.generic.sub("", key) if lex.generic is not None else key


def _regions(residue: str, lex: Lexicon) -> tuple[tuple[str, ...], str]:
    if lex.region_pattern is None or not residue:
        return (), residue
    found = {lex.regions[m.group(0)] for m in lex.region_pattern.finditer(residue)}
    if not found:
        return (), residue
    if found - lex.sido_codes:  # `경기 과천도서관`: the 시군구 says where; the 시도 adds nothing
        found -= lex.sido_codes
    return tuple(sorted(found)), lex.region_pattern.sub("", residue)


def _prepare(text: str, lex: Lexicon) -> str:
    s = unicodedata.normalize("NFKC", text).lower() if not text.isascii() else text.lower()
    if lex.legal is not None:
        s = lex.legal.sub(" ", s)
    return lex.annotation.sub(" ", s)


def analyse_name(name: str | None, lex: Lexicon, alt_names: Sequence[str] = (), latin: bool = True) -> NameForms:
    """The matching forms of a printed name (and of alternative names printed separately)."""
    if not name or not name.strip():
        if not alt_names:
            return EMPTY
        name, alt_names = alt_names[0], alt_names[1:]
    s = _prepare(name, lex)
    alt_texts: list[str] = []
    bracket_regions: list[str] = []
    kinds_in_brackets: list[str] = []

    def take(content: str) -> None:
        content = content.strip()
        if not content or _NOTE.search(content):
            return  # `(임시자료실 운영중/안양어린이도서관 2층)`: a note on where or how, not a name
        marker = lex.old_markers.match(content)
        if marker is not None:
            alt_texts.append(content[marker.end():])
            return
        words = _words(content, lex)
        joined = "".join(words)
        if joined in lex.regions.values() or joined in lex.regions:
            bracket_regions.append(lex.regions.get(joined, joined))
            return
        key = _key(words, lex)
        if not _residue(key, lex):
            kinds_in_brackets.append(key)  # "(전문랩)", "(Maker Space)": a kind label, not a name
            return
        alt_texts.append(content)

    rooms: list[str] = []

    def room_of(content: str) -> bool:
        """Whether a bracket names only rooms (kept in ``rooms`` when not the general one)."""
        parts = ["".join(_WORDS.findall(p)) for p in content.split(",")]
        found = [_room(p) for p in parts if p]
        if not found or any(r is None for r in found):
            return False
        rooms.extend(r for r in found if r)
        return True

    brackets = [m.group(1).strip() for m in _BRACKET.finditer(s)]
    s = _BRACKET.sub(lambda m: " " if room_of(m.group(1)) else m.group(0), s)
    main = _BRACKET.sub(lambda m: (take(m.group(1)), " ")[1], s)
    tail = _OPEN_TAIL.search(main)  # "… (구 DID기술융합공작소" without its closing bracket
    if tail is not None:
        take(tail.group(1))
        main = main[:tail.start()]
    parts = [p for p in _DASH.split(main) if p.strip()]
    if len(parts) > 1 and len(_WORDS.findall(parts[-1])) >= 2:
        alt_texts.append(parts[-1])  # "operator - facility" (`Easter Seals … - It Takes a Village`)
    words = _words(main, lex)
    if len(words) >= 2 and (last := _ROOM_WORD.match(words[-1])) is not None:  # `도봉어린이문화정보센터 영유아실`
        rooms.append(_room(last.group(0)) or "")
        words = words[:-1]
    branch = _branch(words) or (_latin_branch(words, brackets) if is_latin(name) else "")
    key = _key(words, lex)
    tail = _key(words[-1:], lex) if len(words) >= 2 and not is_latin(name) else ""
    if tail == key or len(_residue(tail, lex)) < 2:
        tail = ""
    if not key and alt_texts:  # the whole name was in brackets
        key = _key(_words(alt_texts.pop(0), lex), lex)
    residue = _residue(key, lex)
    generic_only = bool(key) and not residue
    if generic_only:
        residue = key
    regions, distinct = _regions(residue, lex)
    alts: list[str] = []
    parts = [distinct] if distinct and not generic_only else []
    bracketed = len(alt_texts)
    for n_text, text in enumerate((*alt_texts, *alt_names)):
        alt_key = _key(_words(_prepare(text, lex), lex), lex)
        alt_residue = _residue(alt_key, lex)
        alt_regions, alt_distinct = _regions(alt_residue, lex)
        if alt_regions and not alt_distinct:  # as for the name itself, below
            alt_kinds = lex.kinds_in(alt_key)
            if not alt_kinds:
                continue  # `(서울거점센터)`: a region and generic words say where, not another name
            alt_residue = "|".join(alt_regions) + "|" + ",".join(alt_kinds)
        if alt_residue and alt_residue != residue and alt_residue not in alts:
            alts.append(alt_residue)
        if n_text < bracketed and alt_distinct and alt_distinct not in parts:
            parts.append(alt_distinct)
    kind = lex.kind_of(key) or next((lex.kind_of(k) for k in kinds_in_brackets if lex.kind_of(k)), "")
    latin_text = name if is_latin(name) else ""
    # romanised forms only where some listing is in Latin letters (``latin=False``: none is; they cost a fifth)
    latin_key_ = fold_latin(romanize(residue)) if latin else ""
    latin_names = [fold_latin(romanize(key))] if latin else []
    if latin_text:
        own = "".join(w for w in _WORDS.findall(main) if not _generic_english(w, lex))
        latin_names.append(fold_latin(own))
    if regions and not distinct and not generic_only:
        # "region + generic words" (경남창조경제혁신센터, ICT 디바이스랩 대구, 덕진구 창업지원센터): the name is
        # its region and the kinds it names, in whatever order a site writes them
        residue = "|".join(regions) + "|" + ",".join(lex.kinds_in(key))
    return NameForms(
        key=key, residue=residue, alts=tuple(alts), regions=regions,
        places=tuple(sorted(lex.with_parents((*regions, *bracket_regions)))), distinct=distinct,
        bracket_regions=tuple(sorted(set(bracket_regions))), kind=kind,
        latin=latin_key_, latin_script=bool(latin_text), generic_only=generic_only,
        branch=branch, room=",".join(sorted(set(r for r in rooms if r))), tail=tail,
        words=_plain_words(words, lex) if latin_text else "",
        parts=tuple(parts) if bracketed and sum(map(len, parts)) >= 3 and not latin_text else (),
        latin_names=tuple(dict.fromkeys(x for x in latin_names if len(x) >= 3)),
    )


_LATIN_BRANCH = frozenset({"north", "south", "east", "west", "central", "i", "ii", "iii", "iv", "v", "vi", "vii",
                           "viii", "ix", "x"})


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
          "x": "10"}


def with_operator(forms: NameForms, operator: str | None, lex: Lexicon) -> NameForms:
    """The name forms with the residue of the operator's name (:attr:`NameForms.operator`) when it has one of its
    own that differs from the name's."""
    if not operator or not forms.residue:
        return forms
    op = analyse_name(operator, lex, latin=False)
    if not op.residue or op.generic_only or op.residue == forms.residue or (op.regions and not op.distinct):
        return forms
    return replace(forms, operator=op.residue)


def _latin_branch(words: list[str], brackets: list[str]) -> str:
    """The site a name in Latin letters ends with: a direction, an ordinal or a number (`Mary Crane West`,
    `Little Tykes II`, `Teddy Bear 5`), or one bracketed word (`South East Asia Center (Foster)`). A range at the
    end (`Mary Crane North 0-3`: the ages a programme takes) is no branch number."""
    if len(words) >= 3 and words[-1].isdigit() and words[-2].isdigit():
        words = words[:-2]
    if len(words) >= 2 and (words[-1] in _LATIN_BRANCH or words[-1].isdigit()):
        return _ROMAN.get(words[-1], words[-1])
    one = [b for b in brackets if b and " " not in b.strip() and b.isascii() and len(b) <= 12]
    return one[-1].lower() if len(one) == 1 and len(brackets) == 1 else ""


def _generic_english(word: str, lex: Lexicon) -> bool:
    """An English word whose Korean translation is a generic word (`library`, `center`, `makerspace`)."""
    korean = lex.english.get(word)
    return korean is not None and lex.generic is not None and lex.generic.fullmatch(squeeze_word(korean)) is not None


def squeeze_word(text: str) -> str:
    return "".join(_WORDS.findall(text.lower()))


def _plain_words(words: list[str], lex: Lexicon) -> str:
    kept = [w for w in words if len(w) > 1 and (lex.generic is None or not lex.generic.fullmatch(w))]
    return " ".join(kept)


_ROOMS = "영유아|유아|어린이|아동|디지털|멀티미디어|장애인|다문화"
"""The rooms of its own a library lists as a row (the others are its general reading room)."""
_ROOM = re.compile(rf"^(?:({_ROOMS}|청소년|보존)|종합|일반|성인)?(?:자료)?(?:열람)?(?:실|서고)?$")
_ROOM_WORD = re.compile(rf"^(?:{_ROOMS})(?:자료|열람)?실$")
"""A library room printed as the name's last word: a room of its own only with 실 (`영유아실`, `디지털자료실`)."""
_ROOM_FOLD = {"유아": "영유아", "아동": "어린이", "멀티미디어": "디지털"}


def _room(word: str) -> str | None:
    """The room a compacted word names (`영유아`, `디지털자료실` → 디지털), "" for the general reading room
    (`자료열람실`, `종합자료실`), None for a word that names no room."""
    m = _ROOM.fullmatch(word)
    if m is None or not word or (m.group(1) is None and not word.endswith(("실", "서고"))):
        return None
    return _ROOM_FOLD.get(m.group(1), m.group(1)) if m.group(1) else ""


_BRANCH = re.compile(r"^([가-힣0-9a-z]{1,8}?)(?:점|지점|분점|분관|캠퍼스)$")


def _branch(words: list[str]) -> str:
    """The branch named by a name's last word (`중앙점`, `강남분관`, `2호점`), "" for 본점 or none."""
    if len(words) < 2:
        return ""
    m = _BRANCH.match(words[-1])
    if m is None or m.group(1) in ("본", "지", "분", ""):
        return ""
    return m.group(1)


def kind_family(text: str | None, lex: Lexicon, taxonomy: dict[str, str]) -> str:
    """Kind family of a kind value: a taxonomy key (``muhan_small``) or a site's kind text (`공공도서관`)."""
    if not text:
        return ""
    if text in taxonomy:
        return taxonomy[text]
    def head(part: str) -> str:
        return lex.kind_of(_key(_words(_prepare(part, lex), lex), lex))

    whole = head(text)
    if "(" not in text and "[" not in text:
        return whole
    # the head noun outside brackets: `과학관(아이디어 제작소)` is a 과학관, `도서관(메이커 스페이스 운영)` a library,
    # `메이커스페이스(도서관 내)` a maker space — but a host's bracket naming another host classifies it
    # (`평생학습관(공공도서관)`: the public-data class, read as before); a text all in brackets is read whole
    outside = _BRACKET.sub(" ", text)
    found = head(outside) if outside.strip() else ""
    if found and whole and found != whole and found in lex.host_kinds and whole in lex.host_kinds:
        return whole
    return found or whole


_LANDMARK_WORDS = re.compile(r"[0-9a-z가-힣]+")
_NOT_LANDMARK = re.compile(r"^(?:\d+|지하\d*|\d+(?:층|f|호|동|가|번지|번길|길|로)?|[bf]\d+|\d+~\d+층?)$")
_STOP = frozenset({"부지", "내", "건물", "일원", "일대", "옆", "인근", "앞", "소재", "위치", "안", "캠퍼스", "building",
                   "bldg", "floor", "former", "annex", "구", "옛", "별관", "본관", "신관"})


def landmark_words(address: str, lex: Lexicon) -> tuple[str, ...]:
    """The words of a printed address that name a place — a building, campus or landmark (`국립과천과학관`,
    `센텀그린타워`, `경기테크노파크`) — rather than a region, a road, a number or a floor: what a listing that gives no
    street address offers to locate the facility."""
    text = unicodedata.normalize("NFKC", address).lower() if not address.isascii() else address.lower()
    out: list[str] = []
    for word in _LANDMARK_WORDS.findall(text):
        word = lex.fold(word)
        if len(word) < 3 or word in _STOP or _NOT_LANDMARK.match(word) or word in lex.regions:
            continue
        if word.endswith(("로", "길")) and any(ch.isdigit() for ch in word):
            continue
        if re.fullmatch(r"[가-힣]+(?:대로|로|길)", word) or re.fullmatch(r"[가-힣0-9]+(?:동|읍|면|리|가)", word):
            continue
        if not _residue(word, lex):  # only generic words (도서관, 센터)
            continue
        if word not in out:
            out.append(word)
    return tuple(out)


def cross_script_score(fa: NameForms, fb: NameForms) -> float:
    """How alike two names in different scripts are (0–1): their distinct parts romanised, or their whole Latin
    forms (a romanised name, `Gangneung Jejakso` / 강릉제작소), directly, as a contained part, or as consonant
    skeletons, which survive loanword spellings (`Fab Monster` / 팹몬스터)."""
    best = 0.0
    pairs = [(latin_key(fa.distinct), latin_key(fb.distinct), True)] if fa.distinct and fb.distinct else []
    # whole forms as parts of one another only when a side has no distinct part: otherwise the kind words
    # around two distinct parts would make them alike (`수원대 메이커스페이스 전문랩` / `Chosun University Makerspace`)
    whole_parts = not pairs
    pairs += [(x, y, whole_parts) for x in fa.latin_names for y in fb.latin_names]
    for x, y, partial in pairs:
        if not x or not y:
            continue
        score = fuzz.ratio(x, y)
        # a part of one inside the other, but not the kind word both end with (`…meikeoseupeiseu`, 메이커스페이스
        # and Makerspace): `촉 메이커스페이스` is not inside `Duksung Women's University Makerspace`
        px, py = _without_common_tail(x, y)
        if partial and min(len(px), len(py)) >= 8:
            score = max(score, fuzz.partial_ratio(px, py) - 5)
        if min(len(x), len(y)) >= 5:
            sx, sy = skeleton(x), skeleton(y)
            if min(len(sx), len(sy)) >= 5:
                score = max(score, fuzz.ratio(sx, sy) - 5)
            elif sx == sy:  # a short skeleton (`ksnt`: 조선대 / Chosun) says something only when equal
                score = max(score, 95)
            if partial and min(len(sx), len(sy)) >= 4 and (sx.startswith(sy) or sy.startswith(sx)):
                # one distinct part begins with the other (`단국대 제3공학관 …` / `Dankook University`)
                score = max(score, 85)
            px, py = _without_common_tail(sx, sy)
            if partial and min(len(px), len(py)) >= 5:
                score = max(score, fuzz.partial_ratio(px, py) - 10)
        best = max(best, score / 100)
    return best


def _without_common_tail(a: str, b: str, least: int = 3) -> tuple[str, str]:
    """Both strings without the ending they share, when it is at least ``least`` characters long."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return (a[:-n], b[:-n]) if n >= least else (a, b)
