"""Reading 시도 and 시군구 from the leading words of an address, with the administrative changes by date.

Built once from the tables (:func:`region_index`); lookups are dict hits on whole words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from normalizers.tables import RegionChange, Sido, Tables, load_tables


@dataclass(frozen=True)
class Unit:
    """A 시군구 candidate: its 시도 (current table name), the 시/군/자치구 and the 일반구 if known."""

    sido: str
    city: str | None
    gu: str | None = None


@dataclass(frozen=True)
class Region:
    """What the leading words of an address said about its region."""

    sido: str | None
    sigungu: str | None
    consumed: int
    """How many words were read."""


class RegionIndex:
    """Lookups from words to 시도 and 시군구, and the changes that map older names to today's."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.sidos: dict[str, Sido] = {s.name: s for s in tables.sidos}
        self.sido_alias: dict[str, Sido] = {}
        for s in tables.sidos:
            for alias in (s.name, s.short, *s.aliases, *(old for old, _ in s.former)):
                self.sido_alias[alias] = s
                self.sido_alias[alias.replace(" ", "")] = s
                self.sido_alias[alias.lower()] = s
        self.units: dict[str, list[Unit]] = {}
        self.gu_of: dict[tuple[str, str], set[str]] = {}
        for s in tables.sidos:
            for city in s.sigungu:
                self._add_unit(city, Unit(s.name, city))
                for gu in s.gu.get(city, ()):
                    self._add_unit(gu, Unit(s.name, city, gu))
                    self._add_unit(city + gu, Unit(s.name, city, gu), stem=False)
                    self.gu_of.setdefault((s.name, city), set()).add(gu)
        for change in tables.changes:
            if change.type in ("move_sigungu", "rename_sigungu", "merge_into", "split_gu"):
                self._add_unit(change.old, Unit(change.sido, change.old))
        self.changes: tuple[RegionChange, ...] = tables.changes
        self._answers: dict[tuple[tuple[str, ...], dt.date], Region] = {}
        self._relevant: frozenset[str] = frozenset(
            {w for w in self.units if not w.startswith("~")} | {w[1:] for w in self.units if w.startswith("~")}
            | {name for s in tables.sidos for name in s.sigungu}
        )
        """Words that can name a unit, a 일반구 or a 시군구 of a 시도 (see :meth:`read`)."""

    def _add_unit(self, name: str, unit: Unit, *, stem: bool = True) -> None:
        bucket = self.units.setdefault(name, [])
        if unit not in bucket:
            bucket.append(unit)
        if stem and len(name) >= 3 and name[-1] in "시군구":
            stem_bucket = self.units.setdefault("~" + name[:-1], [])
            if unit not in stem_bucket:
                stem_bucket.append(unit)

    def lookup_unit(self, word: str, sido: str | None, *, allow_stem: bool) -> list[Unit]:
        """Units a word can name (restricted to ``sido`` when given)."""
        found = self.units.get(word)
        if not found and allow_stem:
            found = self.units.get("~" + word)
        if not found:
            return []
        return [u for u in found if sido is None or u.sido == sido]

    def read(self, words: Sequence[str], day: dt.date, dongs: Sequence[str] = (), road: str | None = None) -> Region:
        """Read the region from the first words; ``dongs``/``road`` decide a 구 after a split by date (see
        :meth:`read_checked`)."""
        return self.read_checked(words, day, dongs, road)[0]

    def read_checked(self, words: Sequence[str], day: dt.date, dongs: Sequence[str] = (),
                     road: str | None = None) -> tuple[Region, bool]:
        """The region and whether the answer is the same for any ``dongs`` and ``road``.

        At most three words are read (시도, 시군구, 일반구), so answers are cached by those words and the day, the
        second and third only when they can name a unit (any other word there reads the same); an answer that
        looked at ``dongs`` or ``road`` (a change choosing the 구 by 읍면동 or road) is never cached. Whether a
        reading looks at them depends on the unit and the day only, never on their values."""
        relevant = self._relevant
        head = tuple(words[:3])
        n = len(head)
        if n == 3:
            w1, w2 = head[1], head[2]
            key = ((head[0], w1 if w1 in relevant else "", w2 if w2 in relevant else ""), day)
        elif n == 2:
            key = ((head[0], head[1] if head[1] in relevant else ""), day)
        else:
            key = (head, day)
        found = self._answers.get(key)
        if found is not None:
            return found, True
        used_context: list[bool] = []
        region = self._read(head, day, dongs, road, used_context)
        if not used_context:
            if len(self._answers) >= _ANSWERS_MAX:
                self._answers.clear()
            self._answers[key] = region
        return region, not used_context

    def _read(self, words: Sequence[str], day: dt.date, dongs: Sequence[str], road: str | None,
              used_context: list[bool]) -> Region:
        sido, i = self._read_sido(words)
        unit: Unit | None = None
        ambiguous = False
        if i < len(words):
            cands = self.lookup_unit(words[i], sido.name if sido else None, allow_stem=True)
            if cands:
                i += 1
                if len(cands) == 1:
                    unit = cands[0]
                else:
                    unit, ambiguous = self._resolve(cands, day, dongs, road, used_context)
        if unit is not None and unit.gu is None and i < len(words):
            gus = self.gu_of.get((unit.sido, unit.city or ""), set())
            if words[i] in gus:
                unit = Unit(unit.sido, unit.city, words[i])
                i += 1
        if unit is None:
            sido_name = sido.name if sido else None
            if sido_name is None and not ambiguous:
                return Region(None, None, i)
            return Region(self._name_on(sido_name, day), None, i)
        if sido is not None and unit.sido != sido.name:
            return Region(self._name_on(sido.name, day), None, i)
        unit = self._apply_changes(unit, day, dongs, road, used_context)
        if unit.gu is None and unit.city is not None and (unit.sido, unit.city) in self.gu_of \
                and not self._gu_added_after(unit, day):
            unit = Unit(unit.sido, unit.city, self._gu_by_dong(unit, dongs, road, used_context))
        sigungu = None if unit.city is None else (f"{unit.city} {unit.gu}" if unit.gu else unit.city)
        return Region(self._name_on(unit.sido, day), sigungu, i)

    def _gu_added_after(self, unit: Unit, day: dt.date) -> bool:
        """Whether the city's 일반구 were created after ``day`` (then it had none on that day)."""
        return any(ch.type == "add_gu" and ch.old == unit.city and ch.sido == unit.sido and day < ch.effective
                   for ch in self.changes)

    def _gu_by_dong(self, unit: Unit, dongs: Sequence[str], road: str | None, used_context: list[bool]) -> str | None:
        """The 일반구 of a city that the 읍면동 fixes (official lists); None when it names none or two."""
        used_context.append(True)
        official = self.tables.official
        if official is None:
            return None
        by_dong = official.dong_gu.get(f"{unit.sido} {unit.city}") or {}
        for dong in dongs:
            gus = by_dong.get(dong)
            if gus:
                return gus[0] if len(gus) == 1 else None
        # A road is not used: roads run through several 구, and the road dictionary knows only some of them.
        return None

    def _resolve(self, cands: list[Unit], day: dt.date, dongs: Sequence[str], road: str | None,
                 used_context: list[bool]) -> tuple[Unit | None, bool]:
        after = {self._apply_changes(u, day, dongs, road, used_context) for u in cands}
        if len(after) == 1:
            return next(iter(after)), False
        return None, True

    def _read_sido(self, words: Sequence[str]) -> tuple[Sido | None, int]:
        if not words:
            return None, 0
        first = words[0]
        sido = self.sido_alias.get(first) or self.sido_alias.get(first.lower())
        if sido is not None:
            return sido, 1
        # "부산시 해운대구", "광주시 북구": a short 시도 name with 시, followed by one of its 구/군.
        if first.endswith("시") and len(words) > 1:
            sido = self.sido_alias.get(first[:-1])
            if sido is not None and words[1] in sido.sigungu:
                return sido, 1
        return None, 0

    def _name_on(self, sido: str | None, day: dt.date) -> str | None:
        if sido is None:
            return None
        found = self.sidos.get(sido)
        return found.name_on(day) if found else sido

    def _apply_changes(self, unit: Unit, day: dt.date, dongs: Sequence[str], road: str | None,
                       used_context: list[bool]) -> Unit:
        """Today's unit (as of ``day``); appends to ``used_context`` when ``dongs`` or ``road`` were consulted."""
        sido, city, gu = unit.sido, unit.city, unit.gu
        for ch in self.changes:
            if day < ch.effective or city != ch.old:
                continue
            if ch.type == "move_sigungu" and sido == ch.sido and ch.to_sido:
                sido = ch.to_sido
            elif sido != ch.sido:
                continue
            elif ch.type == "rename_sigungu":
                city = ch.new
            elif ch.type == "merge_into":
                sido = ch.to_sido or sido
                if ch.new is None:
                    city, gu = None, None
                elif " " in ch.new:
                    city, gu = ch.new.split(" ", 1)
                else:
                    city, gu = ch.new, _pick(ch, dongs, road, used_context)
            elif ch.type == "add_gu" and gu is None:
                gu = _pick(ch, dongs, road, used_context)
            elif ch.type == "split_gu" and gu is None:
                city = _pick(ch, dongs, road, used_context) or ch.default or ch.keep
        return Unit(sido, city, gu)


def _pick(change: RegionChange, dongs: Sequence[str], road: str | None, used_context: list[bool]) -> str | None:
    used_context.append(True)
    for dong in dongs:
        gu = change.by_dong.get(dong)
        if gu:
            return gu
    if road:
        for prefix, gu in change.road_prefixes:
            if road.startswith(prefix):
                return gu
    return None


_ANSWERS_MAX = 65536
"""Bound of the cache of :meth:`RegionIndex.read` answers (cleared when full)."""
_CACHE: dict[int, RegionIndex] = {}


def region_index() -> RegionIndex:
    """The index for the current tables (built once per loaded table set)."""
    tables = load_tables()
    index = _CACHE.get(id(tables))
    if index is None or index.tables is not tables:
        index = _CACHE[id(tables)] = RegionIndex(tables)
    return index
