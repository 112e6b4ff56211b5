"""The search's query vocabulary, built from the normaliser tables and handed to the index.

``index/`` never imports the normalisers: this module reads ``normalizers.tables.load_tables()`` (regions with
their renamings, kinds with their keywords, equipment with every synonym, name variants) and builds the plain
``index.query_vocabulary.QueryVocabulary`` the backends take (``get_backend(..., vocabulary=...)``).

Region names produced for each 시도, 시군구 and 일반구: the official name, the short form, the table's aliases,
former names (with what changed, as a note), the name without its 시/군/구 ending (수원, 강북, 분당) and, for
cities whose 일반구 share a stem with a direction (일산동구, 일산서구), that stem for all of them (일산). The
table's changes add the old names of renamed, moved, merged and split 시군구 and the 읍/면/동 the changes list
(봉담 → 화성시 효행구, 오창 → 청주시 청원구); the official code lists (``Tables.official``, when the tables
carry them) add every 읍/면/동 of the cities with 일반구 and the names of abolished 시 and 군 (영일군 → 포항시).
``config/search_areas.yaml`` adds districts people name
that are no administrative unit (서면, 센텀시티, 판교).
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from index.query_vocabulary import EquipmentWord, KindWord, Place, QueryVocabulary, RegionName
from index.text import compact

COMMON_WORDS = frozenset({"연수", "수영", "사상", "구리", "부여", "예산", "장수", "인제", "영양", "고령", "완주",
                          "동해", "영광", "진도", "보은", "중앙", "문화", "연기", "고양", "공주", "음성", "광산",
                          "금천", "대덕", "청원", "남동", "신안", "화순", "강진", "의왕"})
"""Short forms that are also ordinary Korean words (연수 = training, 수영 = swimming, 예산 = budget …): read as a
region only after another region word (인천 연수 → 연수구). The full names (연수구) are always regions."""
DIRECTIONS = ("동", "서", "남", "북")
AREAS_FILE = "search_areas.yaml"
EXTRA_GENERIC = ("센터", "지원센터", "특화센터", "복합센터")


def _stem(name: str) -> str | None:
    """The name without its administrative ending (수원시 → 수원, 달성군 → 달성, 분당구 → 분당), when at
    least two characters remain."""
    for end in ("특별자치시", "특별자치도", "특별시", "광역시", "시", "군", "구", "읍", "면", "동"):
        if name.endswith(end) and len(name) - len(end) >= 2:
            stem = name[: -len(end)]
            return None if any(ch.isdigit() for ch in stem) else stem
    return None


class _Regions:
    def __init__(self) -> None:
        self.names: list[RegionName] = []
        self._seen: set[tuple[str, str, bool, tuple[str, ...]]] = set()

    def add(self, word: str, place: Place, level: str, *, current: bool = True, note: str | None = None,
            context: tuple[str, ...] = (), needs_context: bool = False, mentions: tuple[str, ...] = (),
            required: bool = False) -> None:
        w = compact(word)
        if not w:
            return
        key = (w, place.key, current, context)
        if key in self._seen:
            return
        self._seen.add(key)
        self.names.append(RegionName(w, place, level, current, note, context,  # type: ignore[arg-type]
                                     needs_context or w in COMMON_WORDS,
                                     tuple(dict.fromkeys(compact(m) for m in mentions if compact(m))), required))

    def add_with_stem(self, name: str, place: Place, level: str, **kw: Any) -> None:
        self.add(name, place, level, **kw)
        stem = _stem(name)
        if stem:
            self.add(stem, place, level, **kw)


def _dong_words(dong: str) -> tuple[str, ...]:
    """How a text names a 읍/면/동: its name, and its stem when that is distinctive (two syllables or more)."""
    stem = _stem(dong)
    return (dong, stem) if stem else (dong,)


def _dong_names(regions: _Regions, dong: str, place: Place, *, stem_in_context: bool = False) -> None:
    """A 읍/면/동 standing for its 구: the full name always, the stem of a 읍 or 면 alone (봉담, 오창), the stem of
    a 동 only after another region word (중앙동 → 중앙 is too common); ``stem_in_context``: any stem only so."""
    stem = _stem(dong)
    regions.add(dong, place, "dong", mentions=_dong_words(dong))
    if stem:
        regions.add(stem, place, "dong", mentions=_dong_words(dong),
                    needs_context=stem_in_context or dong.endswith("동"))


def _official_dongs(tables: Any) -> dict[str, dict[str, list[str]]]:
    """``"시도 시" → {일반구: [읍면동, …]}`` from the tables generated from the official code lists, when the
    tables carry them (``Tables.official.dong_gu``); empty otherwise."""
    official = getattr(tables, "official", None)
    out: dict[str, dict[str, list[str]]] = {}
    for city, dongs in (getattr(official, "dong_gu", None) or {}).items():
        for dong, gu in dongs.items():
            out.setdefault(city, {}).setdefault(gu, []).append(dong)
    return out


def _eup_myeon(regions: _Regions, tables: Any) -> None:
    """Every 읍 and 면 of a 시/군 without 일반구 (those come with their 구 above), from the official code lists
    (``Tables.official.dong_sigungu``): `유구읍` → 공주시, `남양주 와부` → 남양주시. A name several 시군 share keeps
    each reading."""
    official = getattr(tables, "official", None)
    plain = {s.name: {c for c in s.sigungu if not s.gu.get(c)} for s in tables.sidos}
    for key, cities in (getattr(official, "dong_sigungu", None) or {}).items():
        sido, _, dong = key.partition(" ")
        # `서면`, `남면`, `내면`: a direction and 면, in a dozen 군 (and 서면 is 부산's district): no place
        if len(dong) < 3 or not dong.endswith(("읍", "면")) or len(cities) != 1 \
                or cities[0] not in plain.get(sido, ()):
            continue
        # thousands of stems, some of them ordinary words: read after a region word or leading a query
        _dong_names(regions, dong, Place(sido, cities[0]), stem_in_context=True)


def _regions(tables: Any, areas: list[dict[str, Any]]) -> list[RegionName]:
    regions = _Regions()
    official = _official_dongs(tables)
    for sido in tables.sidos:
        top = Place(sido.name)
        for word in (sido.name, sido.short, *sido.aliases):
            regions.add(word, top, "sido")
        if sido.name.endswith(("광역시", "특별시")):  # `광주시` is what people call 광주광역시 (and 경기도 광주시)
            regions.add(f"{sido.short}시", top, "sido")
        for old, until in sido.former:
            regions.add(old, top, "sido", current=False, note=f"{old} → {sido.name} ({until.isoformat()})")
        for city in sido.sigungu:
            place = Place(sido.name, city)
            regions.add_with_stem(city, place, "sigungu")
            by_base: dict[str, list[tuple[Place, tuple[str, ...]]]] = {}
            dongs_of = official.get(f"{sido.name} {city}", {})
            for gu in sido.gu.get(city, ()):
                gplace = Place(sido.name, f"{city} {gu}")
                stem = _stem(gu)
                said = (gu, *([stem] if stem else []), *(w for d in dongs_of.get(gu, ()) for w in _dong_words(d)))
                regions.add(gu, gplace, "gu", mentions=said)
                if stem:
                    regions.add(stem, gplace, "gu", mentions=said)
                    if len(stem) >= 3 and stem.endswith(DIRECTIONS):
                        by_base.setdefault(stem[:-1], []).append((gplace, said))
                for dong in dongs_of.get(gu, ()):
                    _dong_names(regions, dong, gplace)
            for base, places in by_base.items():
                if len(places) > 1:  # 일산 for 일산동구 and 일산서구
                    for gplace, said in places:
                        regions.add(base, gplace, "gu", mentions=(base, *said))
    _eup_myeon(regions, tables)
    by_name = {s.name: s for s in tables.sidos}
    for ch in tables.changes:
        note_day = ch.effective.isoformat()
        if ch.type == "rename_sigungu" and ch.new:
            regions.add_with_stem(ch.old, Place(ch.sido, ch.new), "sigungu", current=False,
                                  note=f"{ch.old} → {ch.new} ({note_day})")
        elif ch.type == "move_sigungu" and ch.to_sido:
            target = Place(ch.to_sido, ch.old)
            regions.add_with_stem(ch.old, target, "sigungu", context=(ch.sido,),
                                  note=f"{ch.sido} {ch.old} → {ch.to_sido} {ch.old} ({note_day})")
        elif ch.type == "merge_into":
            _merged(regions, ch, by_name, note_day)
        elif ch.type == "add_gu":
            for dong, gu in ch.by_dong.items():
                _dong_names(regions, dong, Place(ch.sido, f"{ch.old} {gu}"))
        elif ch.type == "split_gu":
            current = set(by_name[ch.sido].sigungu) if ch.sido in by_name else set()
            if ch.old not in current:
                targets = [ch.default] if ch.default else sorted(set(ch.by_dong.values()))
                for gu in targets:
                    if gu:
                        regions.add(ch.old, Place(ch.sido, gu), "sigungu", current=False,
                                    note=f"{ch.old} → {', '.join(t for t in targets if t)} ({note_day})")
            for dong, gu in ch.by_dong.items():
                _dong_names(regions, dong, Place(ch.sido, gu))
    _successors(regions, tables)
    for area in areas:
        for key in area.get("places") or []:
            sido, _, rest = str(key).partition(" ")
            place = Place(sido, rest or None)
            for word in area.get("names") or []:
                regions.add(word, place, "dong", mentions=tuple(area.get("mentions") or area.get("names") or ()),
                            required=bool(area.get("within", True)))
    return regions.names


def _successors(regions: _Regions, tables: Any) -> None:
    """Every abolished 시 and 군 of the official code lists (``Tables.official.successors``) as a former name of
    where it went (영일군 → 포항시, 이리시 → 익산시, 경남 울주군 → 울산 울주군), unless the hand-kept changes say
    more (청원군: its 읍/면 spread over four 구); the stem (이리, 영일) only after a region word or leading a query
    of kinds and machines, as other ordinary words."""
    official = getattr(tables, "official", None)
    handled = {ch.old for ch in tables.changes}
    for s in getattr(official, "successors", None) or ():
        if s.name in handled:
            continue
        target = Place(s.now_sido, s.now)
        note = f"{s.sido} {s.name} → {target.key} ({s.until})"
        context = (s.sido,) if s.sido != s.now_sido else ()
        regions.add(s.name, target, "sigungu", current=False, note=note, context=context)
        stem = _stem(s.name)
        if stem:
            regions.add(stem, target, "sigungu", current=False, note=note, context=context, needs_context=True)


def _merged(regions: _Regions, ch: Any, by_name: dict[str, Any], note_day: str) -> None:
    """An abolished 시군 now part of another (북제주군 → 제주시, 청원군 → 청주시, 연기군 → 세종)."""
    sido = ch.to_sido or ch.sido
    target = Place(sido, ch.new) if ch.new else Place(sido)
    gus = set(ch.by_dong.values())
    city_gus = set(by_name[sido].gu.get(ch.new, ())) if sido in by_name and ch.new else set()
    note = f"{ch.old} → {target.key} ({note_day})"
    if gus and city_gus and gus < city_gus:  # whole 구 of the city were the old one (마산 → 마산합포구, 마산회원구)
        for gu in sorted(gus):
            regions.add_with_stem(ch.old, Place(sido, f"{ch.new} {gu}"), "sigungu", current=False,
                                  context=(ch.sido,), note=note)
    elif gus:  # the old one is spread over the city's 구 (청원군): the text must name one of its 읍/면 (in full:
        # stems such as 문의 or 미원 are ordinary words)
        said = tuple(ch.by_dong)
        regions.add_with_stem(ch.old, target, "sigungu", current=False, context=(ch.sido,), note=note,
                              mentions=said, required=True)
    else:
        regions.add_with_stem(ch.old, target, "sigungu", current=False, context=(ch.sido,), note=note)
    for dong, gu in ch.by_dong.items():
        _dong_names(regions, dong, Place(sido, f"{ch.new} {gu}") if ch.new else Place(sido))


def _kinds(tables: Any) -> list[KindWord]:
    variants = {compact(k): compact(v) for k, v in tables.name_variants.items()}
    spelled_as: dict[str, list[str]] = {}  # 메이커카페 → [메이커스카페]: the other spellings of a name word
    for k, v in variants.items():
        if k != v and not k.isascii():
            spelled_as.setdefault(v, []).append(k)
    children: dict[str, list[str]] = {}
    for key, kind in tables.kinds.items():
        if kind.refines:
            children.setdefault(kind.refines, []).append(key)
    out: list[KindWord] = []
    labels = {key: compact(kind.label) for key, kind in tables.kinds.items()}
    for key, kind in tables.kinds.items():
        label = labels[key]
        words = [compact(w) for w in (*kind.keywords, kind.label) if compact(w)]
        by_name = not any(w in label for w in words if w != label)
        for word in dict.fromkeys(words):
            # a family word covers the kinds refining it when their labels say it too (무한상상실 → 거점 as
            # well); a tier word does not (소규모 is not 거점)
            keys = (key, *(c for c in children.get(key, ()) if word in labels[c]))
            spelled = variants.get(word)
            out.append(KindWord(word, keys, by_name=by_name and word != label,
                                spelled=spelled if spelled and spelled != word else None,
                                spellings=tuple(spelled_as.get(spelled or word, ()))))
    return out


def _hyponyms(canonical: str, names: list[str]) -> list[str]:
    """Canonical names that are a kind of ``canonical`` by their English words (SLA 3D printer and metal 3D
    printer are 3D printers; a 3D pen is not)."""
    words = canonical.lower().split()
    out = []
    for other in names:
        parts = other.lower().split()
        if other != canonical and any(parts[i:i + len(words)] == words for i in range(len(parts))):
            out.append(other)
    return out


def _equipment(tables: Any) -> list[EquipmentWord]:
    out: dict[str, list[str]] = {}
    names = list(tables.equipment)
    english = {canonical: set(canonical.lower().split()) for canonical in tables.equipment}
    for canonical, item in tables.equipment.items():
        kinds_of = [canonical, *_hyponyms(canonical, names),
                    *(c for c in item.done_by if c != canonical)]  # a laser cutter engraves too
        for word in (canonical, item.label, *item.synonyms):
            w = compact(word)
            if not w:
                continue
            out.setdefault(w, [])
            for c in kinds_of:
                if c not in out[w]:
                    out[w].append(c)
            if w.isascii() and " " not in word.strip():  # cnc: every CNC machine
                for other, parts in english.items():
                    if w in parts and other not in out[w]:
                        out[w].append(other)
    # a category's words name every machine of it (목공 장비 → table saw, band saw, woodworking tools …)
    by_category: dict[str, list[str]] = {}
    for canonical, item in tables.equipment.items():
        by_category.setdefault(item.category, []).append(canonical)
    for category, label in tables.equipment_categories.items():
        items = by_category.get(category, [])
        parts = [compact(p) for p in re.split(r"[\s·()/,]+", label) if compact(p)]
        for w in parts:
            if len(w) < 2 or not items:
                continue
            # the bare word only when it is the whole label (목공, 공구): 제조 or 조각 alone are ordinary words
            for word in ((w, w + "장비") if len(parts) == 1 else (w + "장비",)):
                out.setdefault(word, [])
                out[word] += [c for c in items if c not in out[word]]
    return [EquipmentWord(w, tuple(c)) for w, c in out.items()]


def load_areas(directory: Path | None = None) -> list[dict[str, Any]]:
    """The district names people use (``search_areas.yaml`` in the config directory; empty when absent)."""
    if directory is None:
        from normalizers.tables import config_directory

        directory = config_directory()
    path = Path(directory) / AREAS_FILE
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("areas") or [])


def build_query_vocabulary(tables: Any, areas: list[dict[str, Any]] | None = None) -> QueryVocabulary:
    """The ``QueryVocabulary`` of these normaliser tables and district names."""
    regions = tuple(_regions(tables, areas or []))
    kinds = tuple(_kinds(tables))
    equipment = tuple(_equipment(tables))
    generic = tuple(dict.fromkeys((*tables.generic_words, *EXTRA_GENERIC)))
    compounds: dict[str, str] = {}
    for written in (*(w for k in tables.kinds.values() for w in (*k.keywords, k.label)),
                    *(w for e in tables.equipment.values() for w in (e.label, *e.synonyms))):
        if " " in written.strip():
            compounds.setdefault(compact(written), " ".join(written.split()))
    digest = hashlib.sha1(repr((regions, kinds, equipment, generic)).encode()).hexdigest()[:16]
    return QueryVocabulary(
        regions=regions, kinds=kinds, equipment=equipment,
        kind_labels={k: v.label for k, v in tables.kinds.items()},
        equipment_labels={k: v.label for k, v in tables.equipment.items()},
        generic_words=generic, compounds=compounds, version=digest)


@functools.lru_cache(maxsize=2)
def _cached(tables_id: int) -> QueryVocabulary:
    from normalizers.tables import load_tables

    return build_query_vocabulary(load_tables(), load_areas())


def query_vocabulary() -> QueryVocabulary:
    """The vocabulary of the tables in use (``FACILITY_HUB_CONFIG_DIR`` or the installed ``config/``)."""
    from normalizers.tables import load_tables

    return _cached(id(load_tables()))
