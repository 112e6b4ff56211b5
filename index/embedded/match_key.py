"""The typed key of a match set: what the matching documents (their total, facets and whether the text matched as
exact words) depend on, and nothing else (not the page, size or sort).

A version never changes, so whatever is learned about one match set of one version stays true; the reader keeps
it per ``MatchKey`` (``index.embedded.known``). Each filter is a named field: a new filter adds a field here, never
an offset into a tuple.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.types import SearchQuery
from index.understood import Understood


@dataclass(frozen=True, slots=True)
class MatchKey:
    """The match set of a validated query."""

    text: str
    """The query text searched (after query understanding took its filter words out)."""
    kind: tuple[str, ...] = ()
    sido: tuple[str, ...] = ()
    sigungu: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    programme: str | None = None
    ministry: str | None = None
    open_evenings: bool | None = None
    open_weekends: bool | None = None
    has_point: bool = False
    """A point was given: only documents with coordinates match."""
    circle: tuple[float, float, float] | None = None
    """``(lat, lon, radius_km)`` when a radius restricts the matches."""
    understood: Understood | None = None
    """The filters query understanding added (its words and boosts left out: they do not change the matches)."""
    lifecycle: tuple[str, ...] = ()
    """Life-cycle states kept (empty: every state)."""

    @classmethod
    def of(cls, q: SearchQuery, understood: Understood | None = None) -> MatchKey:
        """The key of a validated query (whose text is what understanding left, when it ran)."""
        circle = (q.near[0], q.near[1], q.radius_km) if q.near is not None and q.radius_km is not None else None
        filters = None
        if understood is not None and understood.filters:  # relaxed: any of them (``Understood.relaxed``)
            filters = replace(understood, text="", words=(), boosts=())
        return cls(text=q.q, kind=q.kind, sido=q.sido, sigungu=q.sigungu, equipment=q.equipment,
                   programme=q.programme, ministry=q.ministry, open_evenings=q.open_evenings,
                   open_weekends=q.open_weekends, has_point=q.near is not None, circle=circle,
                   understood=filters, lifecycle=q.lifecycle)

    @property
    def unfiltered(self) -> bool:
        """True when nothing but the text restricts the matches (no filter, no point)."""
        return not (self.kind or self.sido or self.sigungu or self.equipment or self.programme or self.ministry
                    or self.open_evenings is not None or self.open_weekends is not None or self.has_point
                    or self.understood is not None or self.lifecycle)

    @property
    def match_all(self) -> bool:
        """True for the key of every document (no text, no filter)."""
        return self.text == "" and self.unfiltered


@dataclass(frozen=True, slots=True)
class TextKey:
    """The documents matching a text as exact words, without filters (their facet buckets are kept per text)."""

    text: str
