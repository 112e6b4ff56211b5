"""The query vocabulary: the words users type for regions, kinds and equipment, as a plain typed value.

The index never reads the normaliser tables itself: ``hub.search_vocabulary`` builds a ``QueryVocabulary`` from
them (every 시도, 시군구 and 일반구 with its current, old, short and colloquial names and renamings, the kind
keywords, every equipment synonym) and hands it to the backend (``get_backend(..., vocabulary=...)``). Query
understanding (``index.understanding``) compiles it once into lookup tables (``Lexicon``).

Words are kept in the compacted form of ``index.text.compact`` (no spaces or punctuation, lower case), which is
the form the query's words are compared in.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from index.text import compact

RegionLevel = Literal["sido", "sigungu", "gu", "dong"]


@dataclass(frozen=True, slots=True)
class Place:
    """A region a search can be restricted to: a 시도, a 시군구 in it, or an 일반구 of a city.

    ``key`` is the form the index stores for every document (``"경기도"``, ``"경기도 성남시"``,
    ``"경기도 성남시 분당구"``); a document matches a place when its own key is the place's key or starts with it
    followed by a space.
    """

    sido: str
    sigungu: str | None = None
    """As documents carry it: ``"강릉시"``, ``"화성시 동탄구"`` (a city and its 일반구)."""

    @property
    def key(self) -> str:
        """``"시도"`` or ``"시도 시군구"``."""
        return f"{self.sido} {self.sigungu}" if self.sigungu else self.sido

    @property
    def level(self) -> int:
        """1 for a 시도, 2 for a 시군구 (or city), 3 for an 일반구."""
        return 1 if not self.sigungu else 2 + self.sigungu.count(" ")

    def within(self, other: Place) -> bool:
        """True when this place lies inside ``other`` (or is it)."""
        return self.key == other.key or self.key.startswith(other.key + " ")

    @property
    def parent(self) -> Place | None:
        """The place one level up (the city of an 일반구, the 시도 of a 시군구), or None for a 시도."""
        if not self.sigungu:
            return None
        head, _, _ = self.sigungu.rpartition(" ")
        return Place(self.sido, head or None)


@dataclass(frozen=True, slots=True)
class RegionName:
    """One way of writing one place."""

    word: str
    """The compacted words (``"강원도"``, ``"인천남구"`` is not one: region words are matched word by word)."""
    place: Place
    level: RegionLevel
    """What the word names: a 시도, a 시군구, an 일반구 or a 읍/면/동 (which stands for its 일반구)."""
    current: bool = True
    """False for a former name (강원도, 인천 남구, 청원군): used when no current name fits."""
    note: str | None = None
    """What changed, for the ``understood`` answer (``"남구 → 미추홀구 (2018-07-01)"``)."""
    context: tuple[str, ...] = ()
    """Other 시도 names this name is read within (a 시군구 that moved keeps its old 시도: 경북 군위)."""
    needs_context: bool = False
    """Only a region after another region word (a short form that is also a common word, a 동 stem)."""
    mentions: tuple[str, ...] = ()
    """For an 일반구 or 동: a document whose 시군구 is the city alone matches when its text holds one of these
    (the 구's stem and its 읍/면/동)."""
    mention_required: bool = False
    """For an area inside ``place`` (an old county now part of a city, a district people name, 센텀시티): a
    document must also hold one of ``mentions``."""


@dataclass(frozen=True, slots=True)
class KindWord:
    """A word that names facility kinds."""

    word: str
    kinds: tuple[str, ...]
    """The kind keys it names, with the kinds that refine them (메이커스페이스 → 일반랩 and 전문랩)."""
    by_name: bool = False
    """True for a word that names a sort of place inside a broad kind (팹랩, 공방, 메이커카페 within 민간 메이커
    공간): the facility's name must say it, its kind alone is not enough."""
    spelled: str | None = None
    """The compacted spelling names use for the word when it differs (fablab → 팹랩, from the name variants)."""
    spellings: tuple[str, ...] = ()
    """Other compacted spellings names use for it (메이커스카페 beside 메이커카페): a name holding one says it too."""


@dataclass(frozen=True, slots=True)
class EquipmentWord:
    """A spelling of one or more canonical equipment names."""

    word: str
    canonical: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class QueryVocabulary:
    """Everything query understanding and autocomplete need to know about the domain's words."""

    regions: tuple[RegionName, ...] = ()
    kinds: tuple[KindWord, ...] = ()
    equipment: tuple[EquipmentWord, ...] = ()
    kind_labels: Mapping[str, str] = field(default_factory=dict)
    """Kind key → Korean label."""
    equipment_labels: Mapping[str, str] = field(default_factory=dict)
    """Canonical equipment name → Korean label."""
    generic_words: tuple[str, ...] = ()
    """Words a facility name ends with that add nothing to a kind word (센터, 지원센터, 공작소 …)."""
    compounds: Mapping[str, str] = field(default_factory=dict)
    """Compacted domain compound → the compound as written with spaces (메이커스페이스 → 메이커 스페이스): the
    Elasticsearch backend's nori user dictionary."""
    equipment_suffixes: tuple[str, ...] = ("장비", "기기", "기", "머신", "세트")
    """Endings users add to an equipment word (레이저 커팅 + 기, 3D프린팅 + 장비)."""
    version: str = ""
    """A fingerprint of the tables the vocabulary was built from. Vocabularies compare by identity (the
    compiled lexicon is kept per object)."""


@functools.lru_cache(maxsize=4096)
def compact_word(text: str) -> str:
    """``index.text.compact``, cached: vocabulary words and query words are compared in this form."""
    return compact(text)
