"""What query understanding read from a query's text: the filters it became and the words it came from.

Both backends turn an ``Understood`` into the same filters (``index.embedded.understood_clauses``,
``index.elastic.understood_clauses``) and the API returns ``Understood.as_json()`` as ``understood``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from index.opening import OpeningNeed

Role = Literal["region", "kind", "name", "equipment", "opening", "filler"]

# The weights both backends give what was understood (index.embedded.understood_clauses, index.elastic.understood).
RELAXED_BOOST = 5.0
"""Each filter a document meets when the reading was relaxed (both backends)."""
KIND_MATCH_BOOST = 3.0
"""A document of the kind named ranks above one that only has the kind word in its name."""
NAME_WORD_BOOST = 0.5
"""Each understood word found in the name (times its BM25 score there)."""
AREA_MENTION_BOOST = 8.0
"""A document that mentions the area typed (서면, 홍대) above the rest of its place, whatever else matches."""
TYPO_NAME_BOOST = 8.0
"""A name within one jamo edit of the whole query."""
TYPO_NAME_JAMO = 6
"""The whole query is matched with one jamo slip from this many jamo on."""
EQUIPMENT_MATCH_BOOST = 10.0
"""A document that lists the machine asked for, above one whose text only mentions the word (both backends): above
the name boosts of the region and kind words too (`경남 3d 프린터`: the 경남 centre whose text mentions 3D printers
does not come before the 경남 spaces that have one)."""
RELAXED_PLACE_BOOST = 10.0
"""The place filter, when relaxed: where nothing meets every filter (no 공방 in 울주군), the documents of the place
typed come before those that meet a kind or name word elsewhere (one can seldom go far, one can take another
kind of space)."""


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """One place the region filter keeps."""

    key: str
    """The place key (``"경기도 성남시 분당구"``): documents whose place is it or lies inside it."""
    mentions: tuple[str, ...] = ()
    """For an 일반구 or 동: a document whose 시군구 is the city alone (its 구 unknown) is kept when its text holds
    one of these compacted words (분당, 야탑동; 오창)."""
    required: bool = False
    """For an area inside the place (센텀시티 in 해운대구, 서면 in 부산진구): documents whose text holds one of
    ``mentions`` rank first; the rest of the place follows (an area's edge is not in any address)."""

    @property
    def parent(self) -> str | None:
        """The key one level up (the city of an 일반구)."""
        head, _, _ = self.key.rpartition(" ")
        return head or None


@dataclass(frozen=True, slots=True)
class UnderstoodWord:
    """One word (or run of words) of the query and what it was read as."""

    text: str
    """As typed."""
    role: Role
    value: tuple[str, ...] = ()
    """Place keys, kind keys, name words, canonical equipment names or opening labels."""
    note: str | None = None
    """A renaming or a reading worth telling (``남구 → 미추홀구 (2018-07-01)``)."""


@dataclass(frozen=True, slots=True)
class Understood:
    """The filters read from the text, and the text left to match as words."""

    text: str
    """The words left as text (what the index matches as words)."""
    places: tuple[PlaceMatch, ...] = ()
    """A document must lie in one of these places."""
    kinds: tuple[str, ...] = ()
    """A document must be of one of these kinds, or have one of ``kind_words`` in its name."""
    kind_words: tuple[str, ...] = ()
    name_words: tuple[str, ...] = ()
    """A document's name must hold one of these (팹랩, 공방: sorts of place narrower than any kind)."""
    equipment: tuple[tuple[str, ...], ...] = ()
    """For each equipment word, the canonical names it stands for: a document must have one of each, or hold the
    word as typed in its text (``equipment_words``; a list the normaliser could not split, a programme)."""
    equipment_words: tuple[str, ...] = ()
    opening: tuple[OpeningNeed, ...] = ()
    """A document's weekly hours must meet every condition."""
    boosts: tuple[str, ...] = ()
    """Compacted words that rank documents whose names hold them higher (the region and kind words typed)."""
    words: tuple[UnderstoodWord, ...] = ()
    whole: str = ""
    """The whole query compacted: a name equal to it (or starting with it) still ranks first."""
    widened: bool = False
    """True when no document lay in the 일반구 named and its city was searched instead."""
    unmet: tuple[str, ...] = ()
    """Opening labels no document met together with the other filters: the reading was searched without them
    (`김해 지금 영업 중 3D프린터` at three in the morning: the 3D printers of 김해)."""
    relaxed: bool = False
    """True when the filters found nothing together and became boosts: a document meets one of them at least, and
    documents meeting more of them rank higher."""

    @property
    def filters(self) -> bool:
        """True when something restricts the matches."""
        return bool(self.places or self.kinds or self.name_words or self.equipment or self.opening)

    def relax(self) -> Understood:
        """The same reading with its filters as boosts."""
        return replace(self, relaxed=True)

    def without_opening(self) -> Understood | None:
        """The same reading without its opening conditions (named in ``unmet``), or None when it has none or
        nothing else would restrict the matches."""
        if not self.opening or not (self.places or self.kinds or self.name_words or self.equipment):
            return None
        return replace(self, opening=(), unmet=tuple(dict.fromkeys(n.label for n in self.opening)))

    def fallbacks(self) -> list[Understood]:
        """The readings to try in turn while a reading finds nothing (both backends): each 일반구 widened to its
        city; then, when a machine, kind or place is asked for at an hour none of them is open, the same without
        the hour (the need comes first: a laser cutter open on weekdays beats a weekend without one); last, the
        filters relaxed into boosts."""
        base = self.widen() or self
        out = [base] if base is not self else []
        without = base.without_opening()
        if without is not None:
            out.append(without)
        out.append(base.relax())
        return out

    def widen(self) -> Understood | None:
        """The same reading with each 일반구 (or area in one) replaced by its city, or None when no place can
        be widened that way."""
        wider: list[PlaceMatch] = []
        for p in self.places:
            parent = p.parent
            if p.key.count(" ") >= 2 and parent:
                wider.append(PlaceMatch(parent))
            elif p.required:
                wider.append(PlaceMatch(p.key))
            else:
                wider.append(p)
        if tuple(wider) == self.places:
            return None
        return replace(self, places=tuple(dict.fromkeys(wider)), widened=True)

    def as_json(self) -> dict[str, Any]:
        """The ``understood`` object of an API answer (keys only when they hold something)."""
        out: dict[str, Any] = {}
        keys = [p.key for p in self.places]
        sidos = {k.split(" ", 1)[0] for k in keys}
        if len(sidos) == 1:
            out["sido"] = next(iter(sidos))
            rest = {k.split(" ", 1)[1] for k in keys if " " in k}
            if len(rest) == 1 and all(" " in k for k in keys):
                out["sigungu"] = next(iter(rest))
        if keys:
            out["region"] = keys
        if self.kinds:
            out["kind"] = list(self.kinds)
        if self.name_words:
            out["name"] = list(self.name_words)
        if self.equipment:
            out["equipment"] = list(dict.fromkeys(e for group in self.equipment for e in group))
        if self.opening:
            labels = list(dict.fromkeys(n.label for n in self.opening))
            out["open"] = labels
            if labels == ["weekend"]:
                out["open_weekends"] = True
            if any(label.endswith(("evening", "night")) or label.startswith("until_") for label in labels):
                out["open_evenings"] = True
            if labels == ["now"]:
                out["open_now"] = True
        out["text"] = self.text
        out["words"] = [{"text": w.text, "as": w.role, "value": list(w.value), **({"note": w.note} if w.note
                                                                                  else {})} for w in self.words]
        if self.widened:
            out["widened"] = True
        if self.unmet:
            out["unmet_open"] = list(self.unmet)
        out["relaxed"] = self.relaxed
        return out
