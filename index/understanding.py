"""Query understanding, shared by both backends: region, kind, equipment and opening words become filters.

``understand(q, vocabulary)`` reads the words of ``q.q`` left to right, joining up to three words (``메이커
스페이스``, ``지금 영업 중``, ``레이저 커팅기``) and stripping particles (``주말에`` → 주말):

- region words (``QueryVocabulary.regions``): current, old, short and colloquial names of 시도, 시군구, 일반구
  and 읍/면/동; several region words narrow each other (``인천 남구`` → 미추홀구, ``경북 군위`` → 대구 군위군,
  ``화성 봉담`` → 효행구); an ambiguous word keeps every current reading (``중구``), a 시도 reading wins over a
  시군구 one without context (``광주`` → 광주광역시);
- kind words: kinds (with the kinds that refine them) a document must have, or its name must say the word;
  sort-of-place words (팹랩, 공방) the name must hold;
- equipment words: every synonym of the taxonomy, also with an ending (``레이저 커팅`` + 기, ``3D프린팅`` + 장비);
- opening words (``index.opening``).

A word that starts with a region word and ends with a kind or equipment word is read as both (``광주혁신센터``).
Words that only say what the user wants done (있는 곳, 운영, 대여 …) are dropped once something was understood.
Everything else stays as text. Nothing is understood when ``q.understand`` is False.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from index import opening
from index.query_vocabulary import QueryVocabulary, RegionName, compact_word
from index.types import SearchQuery
from index.understood import PlaceMatch, Understood, UnderstoodWord
from index.vocab import LEGAL_FORMS

MAX_JOIN = 3
"""Words joined when looking a phrase up."""


@dataclass
class Lexicon:
    """A vocabulary compiled into lookup tables."""

    regions: dict[str, list[RegionName]] = field(default_factory=lambda: defaultdict(list))
    kinds: dict[str, tuple[tuple[str, ...], bool, str]] = field(default_factory=dict)
    """word → (kind keys, whether only the name counts, the spelling names use)."""
    equipment: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A kind word as names spell it → the other spellings names use for it."""
    generic: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    longest_region: int = 0

    @classmethod
    def of(cls, vocab: QueryVocabulary) -> Lexicon:
        """Compile ``vocab`` (see ``lexicon``, which keeps one per vocabulary)."""
        lex = cls()
        for name in vocab.regions:
            lex.regions[name.word].append(name)
        lex.regions = dict(lex.regions)
        lex.longest_region = max((len(w) for w in lex.regions), default=0)
        for kw in vocab.kinds:
            spelled = kw.spelled or kw.word
            if kw.word in lex.kinds:
                kinds, by_name, spelled = lex.kinds[kw.word]
                lex.kinds[kw.word] = (tuple(dict.fromkeys((*kinds, *kw.kinds))), by_name and kw.by_name, spelled)
            else:
                lex.kinds[kw.word] = (kw.kinds, kw.by_name, spelled)
            if kw.spellings:
                lex.spellings[spelled] = tuple(dict.fromkeys((*lex.spellings.get(spelled, ()), *kw.spellings)))
        for ew in vocab.equipment:
            lex.equipment[ew.word] = tuple(dict.fromkeys((*lex.equipment.get(ew.word, ()), *ew.canonical)))
        lex.generic = tuple(sorted({compact_word(g) for g in vocab.generic_words if g}, key=len, reverse=True))
        lex.suffixes = tuple(sorted({compact_word(s) for s in vocab.equipment_suffixes if s}, key=len, reverse=True))
        return lex


_LEXICONS: dict[int, tuple[QueryVocabulary, Lexicon]] = {}
_LOCK = threading.Lock()


def lexicon(vocab: QueryVocabulary) -> Lexicon:
    """The compiled lexicon of a vocabulary (compiled once per vocabulary object)."""
    found = _LEXICONS.get(id(vocab))
    if found is not None and found[0] is vocab:
        return found[1]
    with _LOCK:
        lex = Lexicon.of(vocab)
        _LEXICONS[id(vocab)] = (vocab, lex)
        return lex


@dataclass(frozen=True, slots=True)
class _Part:
    role: str
    word: str
    value: object = None


PLACE_ENDINGS = ("쪽에서는", "쪽에서", "쪽으로", "쪽에", "쪽", "근처에서", "근처에", "근처", "부근에", "부근", "인근에",
                 "인근", "일대")
"""Endings glued to a region word that say "around there" (`대전쪽`, `강남근처`): the region is read."""


def _classify_whole(lex: Lexicon, word: str) -> _Part | None:
    """What a compacted word (or joined words) is, looked up as a whole."""
    if word in lex.regions:
        return _Part("region", word, lex.regions[word])
    if word in lex.kinds:
        return _Part("kind", word, lex.kinds[word])
    if word in lex.equipment:
        return _Part("equipment", word, lex.equipment[word])
    read = opening.read_word(word)
    if read is not None:
        return _Part("opening", word, read)
    for g in lex.generic:  # 소공인센터 = 소공인 + 센터 (but 창조경제혁신센터 메이커스페이스 ends in a kind of its own)
        if word.endswith(g) and len(word) > len(g) and word[:-len(g)] in lex.kinds and g not in lex.kinds:
            return _Part("kind", word, lex.kinds[word[:-len(g)]])
    for s in lex.suffixes:  # 레이저커팅 + 기 is a synonym; 3d프린터기 = a synonym + 기
        if word.endswith(s) and word[:-len(s)] in lex.equipment:
            return _Part("equipment", word, lex.equipment[word[:-len(s)]])
        if len(word) >= 3 and word + s in lex.equipment:
            return _Part("equipment", word, lex.equipment[word + s])
    return None


def _classify(lex: Lexicon, word: str, single: bool) -> list[_Part]:
    """The parts of one compacted word or phrase; empty when it is plain text."""
    part = _classify_whole(lex, word)
    if part is not None:
        return [part]
    # particles after any vocabulary word (주말에), "around there" after a region word (`대전쪽`, `수원 근처에`)
    for endings, region_only in ((opening.PARTICLES, False), (PLACE_ENDINGS, True)):
        for ending in endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                part = _classify_whole(lex, word[:-len(ending)])
                if part is not None and (not region_only or part.role == "region"):
                    return [part]
    if not single:
        return []
    # a region word glued to a kind or equipment word, either way round (광주혁신센터, 팹랩부산)
    for n in range(min(lex.longest_region, len(word) - 2), 1, -1):
        head, tail = word[:n], word[n:]
        if head in lex.regions:
            rest = _classify_whole(lex, tail)
            if rest is not None and rest.role in ("kind", "equipment"):
                return [_Part("region", head, lex.regions[head]), rest]
        head, tail = word[:-n], word[-n:]
        if tail in lex.regions:
            rest = _classify_whole(lex, head)
            if rest is not None and rest.role in ("kind", "equipment"):
                return [rest, _Part("region", tail, lex.regions[tail])]
    return []


def _full_sigungu(n: RegionName) -> bool:
    """The word is a 시군구's whole name (`광주시`, not its stem `광주`)."""
    return n.level == "sigungu" and n.place.sigungu is not None and n.word == compact_word(n.place.sigungu)


def _fits(n: RegionName, within: list[RegionName]) -> bool:
    return any(n.place.within(c.place) or c.place.sido in n.context or c.place.within(n.place) for c in within)


def _resolve_regions(found: list[tuple[str, list[RegionName]]], lead: str | None = None,
                     ) -> tuple[list[PlaceMatch], list[UnderstoodWord], list[str]]:
    """Narrow the region words against each other: the places kept, the words read and the words left over.

    A region form that is also an ordinary word (공주, 청원, 고양) is read as a region when another region word
    fits it (`청원 오창` → 청원구), or when it leads a query whose other words are kinds, machines or opening
    words (``lead``: `공주 소공인`, `고양 3D프린터`)."""
    order = sorted(range(len(found)), key=lambda i: min(n.place.level for n in found[i][1]))
    chosen: list[RegionName] | None = None
    words: list[UnderstoodWord] = []
    unused: list[str] = []
    deferred: list[tuple[str, list[RegionName]]] = []
    for i in order:
        typed, names = found[i]
        if chosen is None:
            if typed != lead and names and all(n.needs_context for n in names):
                deferred.append((typed, names))
                continue
            names = [n for n in names if not n.needs_context or typed == lead]
            if typed == lead and names and all(n.needs_context for n in names):
                # a stem read because it leads: a 시군구's, even a former one (온양 → 아산시, once 온양시), before
                # a 읍/면's (울주군 온양읍)
                names = [n for n in names if n.level != "dong"] or names
            current = [n for n in names if n.current] or names
            top = min((n.place.level for n in current), default=0)
            # a 시도 before a 시군구 of the same stem (`광주` is 광주광역시) — but not before a 시군구 written out
            # in full (`광주시`: 광주광역시 or 경기도 광주시)
            pick = [n for n in current if n.place.level == top or _full_sigungu(n)] \
                if any(n.level == "sido" for n in current) else current
        else:
            inside = [n for n in names if _fits(n, chosen)]
            pick = [n for n in inside if n.current] or inside
        if not pick:
            unused.append(typed)
            continue
        if chosen is not None and all(p.place.level <= min(c.place.level for c in chosen) and
                                      any(c.place.within(p.place) for c in chosen) for p in pick):
            pass  # a broader word after a narrower one (수원 경기): keep the narrower places
        else:
            chosen = pick
        notes = [n.note for n in pick if n.note]
        words.append(UnderstoodWord(typed, "region", tuple(dict.fromkeys(n.place.key for n in pick)),
                                    notes[0] if notes else None))
    for typed, names in deferred:  # an ordinary word that another region word confirms
        inside = [n for n in names if n.current and _fits(n, chosen)] if chosen else []
        if not inside:
            unused.append(typed)
            continue
        words.append(UnderstoodWord(typed, "region", tuple(dict.fromkeys(n.place.key for n in inside))))
    places: list[PlaceMatch] = []
    for n in chosen or []:
        match = PlaceMatch(n.place.key, n.mentions, n.mention_required)
        if match not in places:
            places.append(match)
    return places, words, unused


def _noted(words: list[UnderstoodWord], note: str, which: Callable[[UnderstoodWord], bool]) -> list[UnderstoodWord]:
    """``words`` with ``note`` on those ``which`` picks."""
    return [replace(w, note=note) if which(w) else w for w in words]


HEAD_NOUN_LAST = "ranks; the kind word after it names the kind"
"""The note of a kind word followed by another kind word with no kind in common (the last is the head noun)."""
RANKS_ONLY = "ranks the names holding it; does not filter (a machine is asked for)"
"""The note of a sort-of-place word beside a machine (`가마 있는 공방`)."""
OUTSIDE_FILTER = "outside the 시도 filter"
"""The note of a region word whose places all lie outside the query's 시도 filter (the place is not used)."""


def understand(q: SearchQuery, vocab: QueryVocabulary | None, now: dt.datetime | None = None) -> Understood | None:
    """What ``q.q`` says beyond its words as text, or None when it says nothing more (or understanding is off)."""
    if vocab is None or not q.q or not q.understand:
        return None
    lex = lexicon(vocab)
    typed = q.q.split()
    cw = [compact_word(w) for w in typed]
    parts: list[tuple[int, int, _Part]] = []
    text_idx: list[int] = []
    closed_days: list[int] = []
    i = 0
    while i < len(typed):
        if not cw[i]:
            i += 1
            continue
        for n in range(min(MAX_JOIN, len(typed) - i), 0, -1):
            got = _classify(lex, "".join(cw[i:i + n]), n == 1)
            if got and all(p.role == "opening" for p in got) and i + n < len(typed) \
                    and cw[i + n] in opening.CLOSING_WORDS:
                # `월요일 휴관`, `일요일 쉬는`: a closed day, not an opening condition (nor words a document holds)
                closed_days.extend(range(i, i + n + 1))
                i += n + 1
                break
            if got:
                parts.extend((i, i + n, p) for p in got)
                i += n
                break
        else:
            text_idx.append(i)
            i += 1
    if not parts:
        return None
    fillers = {compact_word(f) for f in opening.FILLERS} | set(LEGAL_FORMS)
    kept = [j for j in text_idx if cw[j] not in fillers]
    dropped = sorted([j for j in text_idx if cw[j] in fillers] + closed_days)
    words: list[UnderstoodWord] = []
    regions: list[tuple[str, list[RegionName]]] = []
    kind_sets: list[tuple[str, tuple[str, ...]]] = []
    name_words: list[str] = []
    equipment: list[tuple[str, ...]] = []
    equipment_words: list[str] = []
    reads = []
    boosts: list[str] = []
    for start, end, part in parts:
        shown = " ".join(typed[start:end])
        if part.role == "region":
            regions.append((shown, part.value))  # type: ignore[arg-type]
            boosts.append(part.word)
        elif part.role == "kind":
            kinds, by_name, spelled = part.value  # type: ignore[misc]
            if by_name:  # the name must say it, in any of the spellings names use
                name_words += [spelled, *lex.spellings.get(spelled, ())]
                words.append(UnderstoodWord(shown, "name", (spelled,)))
            else:
                kind_sets.append((spelled, kinds))
                words.append(UnderstoodWord(shown, "kind", kinds))
            boosts.append(spelled)
        elif part.role == "equipment":
            if part.value not in equipment:
                equipment.append(part.value)  # type: ignore[arg-type]
                equipment_words.append(part.word)
            words.append(UnderstoodWord(shown, "equipment", part.value))  # type: ignore[arg-type]
        else:
            reads.append(part.value)
            words.append(UnderstoodWord(shown, "opening", ()))
    # a region word that leads the query, the rest naming kinds, machines or opening (`공주 소공인`)
    lead = None
    if parts and parts[0][0] == 0 and parts[0][2].role == "region" and not kept \
            and any(p.role != "region" for _, _, p in parts):
        lead = " ".join(typed[parts[0][0]:parts[0][1]])
    places, region_words, unused = _resolve_regions(regions, lead)
    words = region_words + words
    kinds: tuple[str, ...] = ()
    if kind_sets:
        common = set(kind_sets[0][1]).intersection(*(set(k) for _, k in kind_sets[1:]))
        # kinds that share nothing: the last names the place (Korean puts the head noun last: `전북
        # 창조경제혁신센터 메이커스페이스` is the centre's maker space); the others rank (``boosts``)
        kinds = tuple(k for _, ks in kind_sets for k in ks if k in common) or tuple(kind_sets[-1][1])
        kinds = tuple(dict.fromkeys(kinds))
    if len(kind_sets) > 1:  # a kind word the head noun after it overrides only ranks (`…센터 메이커스페이스`)
        words = _noted(words, HEAD_NOUN_LAST, lambda w: w.role == "kind" and not set(w.value) & set(kinds))
    if equipment and name_words:
        # `가마 있는 공방`, `일요일 여는 미싱 공방`: with a machine named, a sort-of-place word describes the place
        # wanted; the machine is the need. The word ranks (``boosts``), it does not filter, and says so.
        name_words = []
        words = _noted(words, RANKS_ONLY, lambda w: w.role == "name")
    needs = opening.combine(reads, now)
    if needs:
        labels = tuple(dict.fromkeys(n.label for n in needs))
        words = [UnderstoodWord(w.text, w.role, labels) if w.role == "opening" else w for w in words]
    if places and q.sido and (kinds or name_words or equipment or needs) \
            and not any(p.key.split(" ", 1)[0] in q.sido for p in places):
        # `수원 메이커스페이스` with the 서울특별시 filter chosen: the filter the user set wins, and the place typed,
        # which lies outside it, is shown as such instead of emptying the page (and relaxing it to every match)
        outside = {p.key for p in places}
        words = _noted(words, OUTSIDE_FILTER, lambda w: w.role == "region" and set(w.value) <= outside)
        places = []
    words += [UnderstoodWord(typed[j], "filler") for j in dropped]
    text_words = [typed[j] for j in kept] + unused
    return Understood(
        text=" ".join(text_words), places=tuple(places), kinds=kinds,
        kind_words=tuple(dict.fromkeys(w for w, ks in kind_sets if set(ks) & set(kinds))),
        name_words=tuple(dict.fromkeys(name_words)),
        equipment=tuple(equipment), equipment_words=tuple(equipment_words), opening=needs,
        boosts=tuple(dict.fromkeys(boosts)),
        words=tuple(words), whole="".join(cw))
