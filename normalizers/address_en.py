"""English (romanised) Korean addresses → the Korean address they stand for.

``110, Sanghabeol-ro, Gwacheon-si, Gyeonggi-do, 13817, Republic of Korea`` is read in its own order (number,
road, 구, 시, 도, postal code, country) and written back as ``경기도 과천시 상하벌로 110``, which the Korean reader
then reads (names in force on the date, 일반구 …).

- 시도: the short and full names romanised (Seoul, Gyeonggi-do, Gangwon State, Jeollabuk-do, Sejong-si …);
- 시군구 and 일반구: their names romanised (:mod:`normalizers.romanization`) and the English names of the
  2018 boundary file (in ``regions_official.json``);
- the road: its romanised name is looked up among the real road names of the 시군구 (then of the country) in
  the road dictionary, romanised both ways; failing that it is read back syllable by syllable, but only when one
  reading is clearly the shortest — otherwise the road is left unread rather than guessed.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from normalizers.romanization import hangul_readings, roman_key, romanize, romanize_plain
from normalizers.tables import Tables, load_tables

ENGLISH = re.compile(r"-(?:daero|ro|gil|gu|si|gun|do)\b|\b(?:Seoul|Busan|Daegu|Incheon|Gwangju|Daejeon|Ulsan|Sejong)\b",
                     re.I)
"""An ASCII address with one of these is read as English."""
_COUNTRY = re.compile(r",?\s*\(?(?:Republic\s+of\s+Korea|South\s+Korea|Korea\s*\(South\)|Korea|ROK)\)?\s*\.?\s*$", re.I)
_ROAD = re.compile(
    r"^(?:(?P<num>\d{1,5}(?:-\d{1,5})?)\s+)?(?P<name>[A-Za-z][A-Za-z0-9]*(?:[- ][A-Za-z0-9]+)*?)-(?P<type>daero|ro|gil)"
    r"(?:\s*(?P<sub>\d{1,4})\s*(?P<beon>beon)?-?\s*gil)?(?:\s+(?P<num2>\d{1,5}(?:-\d{1,5})?))?$",
    re.I,
)
_NUMBER = re.compile(r"^\d{1,5}(?:-\d{1,5})?$")
_POSTAL = re.compile(r"^(?:\d{5})$")
_POSTAL_AFTER = re.compile(r"^([A-Za-z][A-Za-z .\-]*?)\s+(\d{5})$")
_SIDO_SUFFIXES = ("", "si", "do", "city", "province", "state", "metropolitancity", "specialcity",
                  "specialselfgoverningprovince", "specialselfgoverningcity", "teukbyeolsi", "gwangyeoksi")
_TYPES = {"ro": "로", "daero": "대로", "gil": "길"}
_NAME_NUMBER = re.compile(r"[\s-]?(\d{1,3})$")
"""The number a romanised road name ends with (`Seonhwa 1`, `Jungang-2`)."""
_HANGUL_NUMBER = re.compile(r"\d+$")


@dataclass(frozen=True)
class EnglishAddress:
    """What an English address said, in Korean words."""

    korean: str
    """The address written in Korean (시도 시군구 road number detail), for the Korean reader."""
    postal_code: str | None
    road_unread: str | None
    """The romanised road name when it could not be read back (then no road is given)."""


class _Index:
    def __init__(self, tables: Tables) -> None:
        self.sido: dict[str, str] = {}
        for s in tables.sidos:
            # former names too (`Jeollabuk-do` is 전라북도, now 전북특별자치도; the date decides which is printed)
            for name in {s.short, s.name, *(a for a in s.aliases if not a.isascii()), *(o for o, _ in s.former)}:
                for roman in {romanize(name), romanize_plain(name)}:
                    for suffix in _SIDO_SUFFIXES:
                        self.sido.setdefault(roman_key(roman) + suffix, s.name)
            for alias in s.aliases:
                if alias.isascii():
                    self.sido[roman_key(alias)] = s.name
        self.units: dict[str, list[tuple[str, str, str | None]]] = {}
        for s in tables.sidos:
            for city in s.sigungu:
                self._add(city, (s.name, city, None))
                for gu in s.gu.get(city, ()):
                    self._add(gu, (s.name, city, gu))
        official = tables.official
        self.roads: dict[str, tuple[str, ...]] = dict(official.roads) if official else {}
        if official:
            for english, sido_2018, name_2018 in official.sigungu_eng:
                sido = next((s.name for s in tables.sidos if sido_2018 in (s.name, *(o for o, _ in s.former))), None)
                if sido is None:
                    continue
                m = re.match(r"^(.+?시)(.+구)$", name_2018)
                unit = (sido, m.group(1), m.group(2)) if m else (sido, name_2018, None)
                bucket = self.units.setdefault(roman_key(english), [])
                if unit not in bucket:
                    bucket.append(unit)
        # how often each syllable occurs in the official place and road names: a romanised word that reads several
        # ways (`munyeon`: 문연 or 무년; `cheongam`: 청암 or 천감) is read with the syllables places use
        self.syllables: Counter[str] = Counter()
        if official:
            for names in (official.dong_sigungu, *official.roads.values()):
                for name in names:
                    self.syllables.update(ch for ch in name.split(" ")[-1] if "가" <= ch <= "힣")
        for s in tables.sidos:
            for city in s.sigungu:
                self.syllables.update(ch for ch in city if "가" <= ch <= "힣")
        self.road_keys: dict[tuple[str, str], set[str]] = {}
        for roads in self.roads.values():
            for road in roads:
                for key in _road_keys(road):
                    self.road_keys.setdefault(key, set()).add(road)

    def _add(self, name: str, unit: tuple[str, str, str | None]) -> None:
        stem, suffix = name[:-1], {"시": "si", "군": "gun", "구": "gu"}.get(name[-1], "")
        for roman in {romanize(stem), romanize_plain(stem)}:
            bucket = self.units.setdefault(roman_key(roman) + suffix, [])
            if unit not in bucket:
                bucket.append(unit)


def _road_parts(road: str) -> tuple[str, str, str] | None:
    """(name, type, numbered continuation) of a Hangul road name: 거열로6길 → (거열, 로, 6길)."""
    m = re.match(r"^(.+?)(대로|로|길)(\d+(?:번)?[가-힣]?길)?$", road)
    return (m.group(1), m.group(2), m.group(3) or "") if m else None


def _road_keys(road: str) -> set[tuple[str, str]]:
    parts = _road_parts(road)
    if parts is None:
        return set()
    name, kind, _ = parts
    return {(roman_key(romanize(name)), kind), (roman_key(romanize_plain(name)), kind)}


@functools.lru_cache(maxsize=4)
def _index(tables_id: int) -> _Index:
    return _Index(_TABLES[tables_id])


_TABLES: dict[int, Tables] = {}


_CITY_SUFFIX = re.compile(r"(?:-|\s)(?:si|city)$", re.I)


def read_english(text: str) -> EnglishAddress | None:
    """The Korean form of an English address, or None when it names no 시도 or 시군구."""
    tables = load_tables()
    _TABLES[id(tables)] = tables
    index = _index(id(tables))
    s = _COUNTRY.sub("", text.strip())
    parts = [p.strip(" .") for p in s.split(",") if p.strip(" .")]
    postal = None
    number = None
    road_m = None
    sido: str | None = None
    unit_parts: list[list[tuple[str, str, str | None]]] = []
    detail: list[str] = []
    either: list[tuple[str, str]] = []
    for part in parts:
        if (glued := _POSTAL_AFTER.match(part)) is not None:  # `Seoul 06236`
            postal = glued.group(2)
            part = glued.group(1)  # noqa: PLW2901
        key = roman_key(part)
        if _POSTAL.match(part):
            postal = part
        elif _NUMBER.match(part):
            number = number or part
        elif road_m is None and (m := _ROAD.match(part)):
            road_m = m
        elif key in index.sido and sido is None and not index.units.get(key):
            sido = index.sido[key]
        elif key in index.sido and key in index.units:
            either.append((key, part))  # "Gwangju": 광주광역시, or 광주시 of 경기도
        elif key in index.units:
            unit_parts.append(index.units[key])
        elif re.search(r"-(?:eup|myeon|dong|ri)$", part, re.I):
            continue
        else:
            detail.append(part)
    unit = None
    for key, printed in either:
        if sido is None and unit_parts and (found := _resolve(unit_parts, index.sido[key])) is not None:
            sido, unit = index.sido[key], found
        elif sido is None and not unit_parts and not _CITY_SUFFIX.search(printed):
            # the bare name is the metropolitan city, as English writes it; 경기도's 광주시 is `Gwangju-si`
            sido = index.sido[key]
        else:
            unit_parts.append(index.units[key])
    unit = unit or _resolve(unit_parts, sido)
    if unit is None and sido is None:
        return None
    sido = sido or (unit[0] if unit else None)
    road_text, unread = "", None
    if road_m is not None:
        number = road_m.group("num") or road_m.group("num2") or number
        road_text, unread = _road(index, road_m, sido, unit)
    words = [sido or ""]
    if unit:
        words += [w for w in (unit[1], unit[2]) if w]
    if road_text:
        words += [road_text, number or ""]
    korean = " ".join(w for w in words if w)
    if detail and road_text:
        korean += ", " + " ".join(detail)
    return EnglishAddress(korean, postal, unread)


def _resolve(unit_parts: list[list[tuple[str, str, str | None]]], sido: str | None
             ) -> tuple[str, str, str | None] | None:
    """The one unit that the 구 and 시 parts (and the 시도) agree on."""
    if not unit_parts:
        return None
    candidates = [u for u in unit_parts[0] if sido is None or u[0] == sido]
    for other in unit_parts[1:]:
        other_ok = [u for u in other if sido is None or u[0] == sido]
        merged = [a if a[2] else b for a in candidates for b in other_ok
                  if a[0] == b[0] and a[1] == b[1] and (a[2] is None or b[2] is None or a[2] == b[2])]
        candidates = merged or candidates
    distinct = list(dict.fromkeys(candidates))
    return distinct[0] if len(distinct) == 1 else None


def _penalty(hangul: str) -> int:
    """Syllables that start with a vowel right after a syllable with a final consonant (합얼 has one)."""
    count = 0
    for a, b in zip(hangul, hangul[1:], strict=False):
        if (ord(a) - 0xAC00) % 28 and (ord(b) - 0xAC00) // 588 == 11:
            count += 1
    return count


def _road(index: _Index, m: re.Match[str], sido: str | None, unit: tuple[str, str, str | None] | None
          ) -> tuple[str, str | None]:
    """(the Hangul road name, or "" and the romanised name when it cannot be read back)."""
    name_en, kind = m.group("name"), _TYPES[m.group("type").lower()]
    sub = m.group("sub")
    cont = f"{sub}{'번' if m.group('beon') else ''}길" if sub else ""
    # a number the road's name ends with is part of it (`Seonhwa 1-ro` is 선화1로, not 선화로)
    numbered = _NAME_NUMBER.search(name_en)
    num = numbered.group(1) if numbered else ""
    key = roman_key(name_en[:numbered.start()] if numbered else name_en)
    local: list[str] = []
    if sido and unit:
        prefix = f"{sido} {unit[1]}"
        local = [r for k, roads in index.roads.items() if k == prefix or k.startswith(prefix + " ") for r in roads]
    elif sido:
        local = [r for k, roads in index.roads.items() if k.startswith(sido) for r in roads]

    def same_number(name: str) -> bool:
        trailing = _HANGUL_NUMBER.search(name)
        return (trailing.group(0) if trailing else "") == num

    names: set[str] = set()
    for road in local:
        parts = _road_parts(road)
        if parts and parts[1] == kind and same_number(parts[0]) and key in {k for k, _ in _road_keys(road)}:
            names.add(parts[0])
    if not names:
        names = {p0 for r in index.road_keys.get((key, kind), ())  # type: ignore[index]
                 if same_number(p0 := _road_parts(r)[0])}
    if not names and local:
        # a spelling variant of a road of the place (one letter off), not another road (`cheongam` / `cheongha`)
        scored = [(fuzz.ratio(key, k), parts[0]) for road in local if (parts := _road_parts(road))
                  and parts[1] == kind and same_number(parts[0]) for k, _ in _road_keys(road)]
        best = max((score for score, _ in scored), default=0)
        if best >= 92:
            names = {name for score, name in scored if score == best}
    if len(names) == 1:
        return names.pop() + kind + cont, None
    reading = _likeliest(index, hangul_readings(key))
    if reading:
        return reading + num + kind + cont, None
    return "", f"{name_en}-{m.group('type')}"


def _likeliest(index: _Index, readings: tuple[str, ...]) -> str:
    """Of the Hangul readings of a romanised name, the one of fewest syllables whose syllables places use most
    (the official names' syllable counts); "" when two stay equally likely."""
    if not readings:
        return ""
    shortest = min(len(r) for r in readings)
    first = [r for r in readings if len(r) == shortest]
    if len(first) == 1:
        return first[0]

    def score(reading: str) -> tuple[float, int]:
        return (sum(math.log1p(index.syllables[ch]) for ch in reading), -_penalty(reading))

    ranked = sorted(first, key=score, reverse=True)
    return ranked[0] if score(ranked[0]) != score(ranked[1]) else ""
