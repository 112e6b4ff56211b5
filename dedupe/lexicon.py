"""The words facility names are made of, for matching: legal forms, annotations, folds, generic words, kind
words, region words and English words.

The lists come from the ``names`` section of the match model file (``config/dedupe.yaml``), the legal forms and
the 시도/시군구 names from the normaliser tables. :class:`Lexicon` compiles them once; every pattern works on
NFKC, lower-case text without spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dedupe.romanize import fold_latin, romanize

_NON_WORD = re.compile(r"[^0-9a-z가-힣]+")
_LATIN_SPLIT = re.compile(r"(?<=[a-z])[-_./](?=[a-z])")
_UNIVERSITY_OF = re.compile(r"\b(?:the )?university of ([a-z]+)")
"""An English university name in the `University of <place>` order (lower case, single spaces)."""
_HAS_LATIN = re.compile(r"[a-z]")


def squeeze(text: str) -> str:
    """NFKC, lower case, letters and digits only (the form every lexicon pattern matches)."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub("", text.lower())


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    items = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in items)) if items else None


def _region_alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """Region words inside a name — not a university named after one (`경북대`, `충남대학교` → 충남대: 경북대 is in
    대구, and 경북대 X is a name, not a place), which ends in 대 not followed by 구/전."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        return None
    return re.compile("(?:" + "|".join(re.escape(w) for w in items) + ")(?!대(?![구전]))")


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists (see ``config/dedupe.yaml``, section ``names``)."""

    legal: re.Pattern[str] | None
    """Legal forms ((주), 재단법인 …) as they appear in NFKC lower-case text (with brackets and spaces)."""
    annotation: re.Pattern[str]
    """A bracketed or trailing operator annotation: ``(○○ 위탁운영)``, ``- ○○ 운영``."""
    old_markers: re.Pattern[str]
    """A bracket that starts with one of these holds an older (or newer) name: ``(구 DID기술융합공작소)``."""
    folds: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]
    """Spelling folds on the squeezed key, in order (센타→센터, 혁신센터→창조경제혁신센터, 대학교→대 …)."""
    generic: re.Pattern[str] | None
    """Words that say what kind of place a name is, not which one (메이커스페이스, 센터, 도서관 …; every kind
    word is one)."""
    kinds: tuple[tuple[str, str], ...]
    """(kind word, kind family), longest first; the rightmost kind word of a name is its head."""
    kind_pattern: re.Pattern[str] | None
    regions: Mapping[str, str]
    """Region word (squeezed) → region code (시도 short form or 시군구 stem)."""
    region_pattern: re.Pattern[str] | None
    english: Mapping[str, str]
    """English word or phrase (lower case, single spaces) → the Korean word it stands for in names."""
    english_pattern: re.Pattern[str] | None
    compatible_kinds: frozenset[frozenset[str]]
    """Pairs of kind families one facility can be listed under (e.g. a private space selected as a 일반랩)."""
    host_kinds: frozenset[str]
    """Kind families of places that host facilities (도서관, 과학관, 대학 …): a name's programme kind wins over them."""
    unique_kinds: frozenset[str]
    """Kind families with one facility per region: the region and the kind name it (경남창조경제혁신센터)."""
    sido_prefix: re.Pattern[str] | None
    """A long 시도 form at the start of a word (경상남도창조경제혁신센터)."""
    sido_forms: Mapping[str, str]
    """Long 시도 forms (squeezed) → short form."""
    region_parents: Mapping[str, frozenset[str]]
    """시군구 stem → the 시도 codes it lies in (a few stems, such as 고성 or 광주, lie in two)."""
    latin_regions: Mapping[str, str]
    """Romanised region words (folded, :func:`dedupe.romanize.fold_latin`) → region code."""
    sido_codes: frozenset[str]
    """The region codes that are 시도 (the others are 시군구 stems)."""
    operator_prefix: re.Pattern[str] | None
    """Operators and programmes printed before a facility's own name (`인천광역시교육청 …`, `K-ICT …`)."""
    operator_word: re.Pattern[str] | None
    """A first word that names the operator only when it is a word of its own (`강북구청 …`)."""
    room_kinds: frozenset[str] = frozenset()
    """Kind families of a space that sits inside a host (메이커스페이스, 무한상상실, 팹랩 …): a listing a site files
    under one of them but names by its host is that space."""
    kind_table: dict[str, str] = field(default_factory=dict)
    """``kinds`` as a dict (word → family), built once."""
    any_fold: re.Pattern[str] | None = None
    """Any of the folds' patterns: a key none of them finds is left as it is."""
    former_sigungu: frozenset[tuple[str, str]] = frozenset()
    """(former 시군구 name, today's) of every renaming and merger in the region tables (남구 → 미추홀구, 청원군 →
    청주시)."""
    english_squeezed: re.Pattern[str] | None = None
    """The English words of five letters or more, without spaces, for text squeezed of its spaces."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind_table", dict(self.kinds))
        if self.folds:
            object.__setattr__(self, "any_fold", re.compile("|".join(f"(?:{p.pattern})" for p, _ in self.folds)))
        words = sorted({k.replace(" ", "") for k in self.english if len(k.replace(" ", "")) >= 5}, key=len,
                       reverse=True)
        if words:
            object.__setattr__(self, "english_squeezed", re.compile("|".join(map(re.escape, words))))

    def fold_regions(self, words: list[str]) -> list[str]:
        """Words that are a region form become its code; a long 시도 form starting a word becomes its short
        form (강원도 → 강원, 경상남도창조경제혁신센터 → 경남창조경제혁신센터); a romanised region word too
        (`Gyeongnam` → 경남, `Suseong` → 수성)."""
        out = []
        for w in words:
            code = self.regions.get(w)
            if code is None and w.isascii() and len(w) >= 4:
                code = self.latin_regions.get(fold_latin(w))
            if code is not None:
                out.append(code)
                continue
            if self.sido_prefix is not None and (m := self.sido_prefix.match(w)) is not None:
                # before 립 the last 시/도 is the next word's (`부산광역시립…` → 부산 + 시립, `경기도립…` → 경기 + 도립)
                keep = m.group(0)[-1] if w[m.end():].startswith("립") else ""
                w = self.sido_forms[m.group(0)] + keep + w[m.end():]
            out.append(w)
        return out

    def fold(self, key: str) -> str:
        """Apply the spelling folds and region folds to a squeezed key."""
        if self.any_fold is not None and self.any_fold.search(key) is None:
            return key  # most keys need no fold: one search instead of one per fold
        for pattern, repl in self.folds:
            if pattern.search(key):
                key = pattern.sub(repl, key)
        return key

    def kind_of(self, key: str) -> str:
        """Kind family of a squeezed name or kind text ("" when none): its rightmost word of a programme kind
        (메이커스페이스, 무한상상실 …) — the facility — else its rightmost word of a host kind (도서관, 과학관 …), in
        whatever order the words come (`Infinite Imagination Room, … Science Museum` is a 무한상상실)."""
        if self.kind_pattern is None:
            return ""
        table = self.kind_table
        last, last_programme = "", ""
        pos = end = 0
        while (m := self.kind_pattern.search(key, pos)) is not None:
            pos = m.start() + 1
            if m.end() <= end:  # a word inside the one just read (학교 of 대학교) is not another kind word
                continue
            end = m.end()
            family = table.get(m.group(0), "")
            last = family or last
            if family and family not in self.host_kinds:
                last_programme = family
        return last_programme or last

    def kind_is_head(self, key: str) -> bool:
        """Whether a name's last kind word is its head noun: nothing of its own follows it but generic and region
        words (`충남도서관 메이커 스페이스`, `팹랩 서울`); in `광주혁신센터 G-IN 메이커스퀘어` the centre is the
        operator and the head (`메이커스퀘어`) names no kind."""
        if self.kind_pattern is None:
            return True
        found = list(self.kind_pattern.finditer(key))
        if not found:
            return True
        last = found[-1]
        tail = key[last.end():]
        if self.generic is not None:
            tail = self.generic.sub("", tail)
        if self.region_pattern is not None:
            tail = self.region_pattern.sub("", tail)
        return len(tail.strip("0123456789")) < 2

    def with_parents(self, regions: Iterable[str]) -> frozenset[str]:
        """Region codes and the 시도 they lie in (창원 → 창원, 경남)."""
        out = set(regions)
        for r in list(out):
            out |= self.region_parents.get(r, frozenset())
        return frozenset(out)

    def kinds_in(self, key: str) -> list[str]:
        """Every kind family a squeezed name names, sorted (`국립과천과학관무한상상실` → muhan, science_museum)."""
        if self.kind_pattern is None:
            return []
        table = self.kind_table
        return sorted({table[m.group(0)] for m in self.kind_pattern.finditer(key)})

    def translate(self, text: str) -> str:
        """English words of a lower-case text replaced by the Korean words names use (others kept)."""
        if self.english_pattern is None or _HAS_LATIN.search(text) is None:
            return text
        text = " ".join(_LATIN_SPLIT.sub(" ", text).split())
        text = _UNIVERSITY_OF.sub(r"\1 university", text)  # `The University of Suwon` is 수원대
        return self.english_pattern.sub(lambda m: " " + self.english[m.group(1)] + " ", text)

    def translate_squeezed(self, text: str) -> str:
        """:meth:`translate` for text without spaces (a squeezed address: `…inhauniversity…` → `…inha대…`), with
        the English words of five letters or more (shorter ones would be found inside other words)."""
        if self.english_squeezed is None:
            return text
        table = {k.replace(" ", ""): v for k, v in self.english.items()}
        return self.english_squeezed.sub(lambda m: table[m.group(0)], text)


def _region_words(tables: Any) -> dict[str, str]:
    """Every 시도 form and every 시군구/일반구 name (with and without its suffix, when two syllables or more remain)
    → a region code."""
    out: dict[str, str] = {}
    for sido in tables.sidos:
        code = sido.short
        for form in (sido.name, sido.short, *sido.aliases, *(old for old, _ in sido.former)):
            key = squeeze(form)
            if len(key) >= 2:
                out[key] = code
        names = list(sido.sigungu) + [g for gus in sido.gu.values() for g in gus]
        for name in names:
            key = squeeze(name)
            stem = key[:-1] if key[-1:] in ("시", "군", "구") else key
            if len(stem) >= 2:
                out.setdefault(stem, stem)
                out.setdefault(key, stem)
            elif len(key) >= 2:  # 중구, 동구, 남구 …: the whole name is the code (its stem alone is no word)
                out.setdefault(key, key)
    for change in tables.changes:
        key = squeeze(change.old)
        stem = key[:-1] if key[-1:] in ("시", "군", "구") else key
        if len(stem) >= 2:
            out.setdefault(key, stem)
            out.setdefault(stem, stem)
    return out


def build_lexicon(names: Mapping[str, Any], tables: Any) -> Lexicon:
    """Compile the ``names`` section of a model file against the normaliser tables."""
    legal_forms = [unicodedata.normalize("NFKC", f).lower() for f in (*tables.legal_forms,
                                                                    *names.get("legal_forms", ()))]
    legal = _alternation(legal_forms)
    annotations = [squeeze(w) for w in names.get("annotations", ())]
    annotation = re.compile(
        r"[(\[]\s*[^()\[\]]*?(?:" + "|".join(re.escape(w) for w in annotations or ["위탁운영"]) + r")\s*[)\]]"
        r"|\s[-–·]\s*\S+\s*(?:" + "|".join(re.escape(w) for w in annotations or ["위탁운영"]) + r")\s*$"
    )
    markers = sorted(names.get("old_name_markers", ()), key=len, reverse=True)
    old_markers = re.compile(r"^\s*(?:" + "|".join(re.escape(m) for m in markers) + r")(?:\s*[.:]\s*|\s+|(?=[a-z0-9]))"
                             if markers else r"(?!)")
    folds: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
        (re.compile(rule["pattern"]), rule["replace"]) for rule in names.get("folds", ())
    ]
    regions = _region_words(tables)
    sido_forms = {squeeze(f): s.short for s in tables.sidos
                  for f in (s.name, *s.aliases, *(old for old, _ in s.former)) if len(squeeze(f)) >= 3}
    kinds: list[tuple[str, str]] = []
    for family, words in (names.get("kinds") or {}).items():
        kinds.extend((squeeze(w), family) for w in words)
    kinds.sort(key=lambda kv: len(kv[0]), reverse=True)
    english = {" ".join(k.lower().split()): v for k, v in (names.get("english") or {}).items()}
    english_pattern = (re.compile(r"(?<![a-z])(" + "|".join(re.escape(k) for k in
                                                            sorted(english, key=len, reverse=True)) + r")(?![a-z])")
                       if english else None)
    pairs = frozenset(frozenset(p) for p in names.get("compatible_kinds", ()) if len(p) == 2)
    generic_words = [squeeze(w) for w in names.get("generic", ())] + [w for w, _ in kinds]
    return Lexicon(
        legal=legal, annotation=annotation, old_markers=old_markers, folds=tuple(folds),
        generic=_alternation(generic_words),
        kinds=tuple(kinds), kind_pattern=_alternation(w for w, _ in kinds),
        regions=regions, region_pattern=_region_alternation(regions),
        english=english, english_pattern=english_pattern, compatible_kinds=pairs,
        unique_kinds=frozenset(names.get("unique_kinds", ())),
        room_kinds=frozenset(names.get("room_kinds", ())),
        host_kinds=frozenset(names.get("host_kinds", ())),
        sido_prefix=_prefix_pattern(sido_forms), sido_forms=sido_forms,
        sido_codes=frozenset(s.short for s in tables.sidos),
        latin_regions={fold_latin(romanize(w)): c for w, c in regions.items() if not w.isascii()},
        region_parents=_region_parents(tables),
        former_sigungu=frozenset((c.old, c.new.split(" ")[0]) for c in getattr(tables, "changes", ())
                                 if c.type in ("rename_sigungu", "merge_into") and c.new),
        operator_prefix=(re.compile("^(?:" + "|".join(names["operator_prefixes"]) + ")")
                         if names.get("operator_prefixes") else None),
        operator_word=(re.compile("(?:" + "|".join(names["operator_words"]) + ")")
                       if names.get("operator_words") else None),
    )


def _region_parents(tables: Any) -> dict[str, frozenset[str]]:
    parents: dict[str, set[str]] = {}
    for sido in tables.sidos:
        names = list(sido.sigungu) + [g for gus in sido.gu.values() for g in gus]
        for name in names:
            key = squeeze(name)
            stem = key[:-1] if key[-1:] in ("시", "군", "구") else key
            parents.setdefault(stem if len(stem) >= 2 else key, set()).add(sido.short)
    return {k: frozenset(v) for k, v in parents.items()}


def _prefix_pattern(forms: Mapping[str, str]) -> re.Pattern[str] | None:
    items = sorted(forms, key=len, reverse=True)
    return re.compile("^(?:" + "|".join(re.escape(w) for w in items) + ")") if items else None
