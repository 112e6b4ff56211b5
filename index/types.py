"""The document the index stores, the query model and the backend protocol.

Fields may be added, never renamed: hub builds ``FacilityDocument``s from dedupe entities and the API serialises
``SearchResult``s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

SortOrder = Literal["relevance", "distance", "name"]


@dataclass
class FacilityDocument:
    """One golden record as the index stores it."""

    id: str
    name: str
    alt_names: list[str] = field(default_factory=list)
    kind: str | None = None
    kind_label: str | None = None
    operator: str | None = None
    ministry: str | None = None
    address: str | None = None
    sido: str | None = None
    sigungu: str | None = None
    postal_code: str | None = None
    phones: list[str] = field(default_factory=list)
    homepage: str | None = None
    equipment: list[str] = field(default_factory=list)
    """Canonical equipment names (filter + facet)."""
    equipment_text: list[str] = field(default_factory=list)
    """Equipment as printed (searchable)."""
    programmes: list[str] = field(default_factory=list)
    description: str | None = None
    hours: dict[str, list[list[str]]] = field(default_factory=dict)
    open_evenings: bool = False
    open_weekends: bool = False
    lat: float | None = None
    lon: float | None = None
    sources: list[str] = field(default_factory=list)
    source_urls: list[str] = field(default_factory=list)
    member_count: int = 1
    updated_at: str | None = None
    partner_company: str | None = None
    """창조경제혁신센터 전담기업 (e.g. 삼성, 롯데)."""
    specialized_industry: str | None = None
    """Specialised industry or industry cluster (e.g. 기계, 인쇄, 금속가공)."""
    kinds: list[str] = field(default_factory=list)
    """Every kind the entity's members are listed as (the golden ``kind`` first): a facility can be both a maker
    space and a 무한상상실, and a kind filter should find it under either."""
    closed_on_holidays: bool | None = None
    """True when the hours say it closes on public holidays, False when they say it opens, None when unknown."""


@dataclass(frozen=True)
class SearchQuery:
    """A validated search request."""

    q: str = ""
    kind: tuple[str, ...] = ()
    sido: tuple[str, ...] = ()
    sigungu: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    programme: str | None = None
    open_evenings: bool | None = None
    open_weekends: bool | None = None
    ministry: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    sort: SortOrder = "relevance"
    page: int = 1
    size: int = 20
    facets: bool = True
    understand: bool = True
    """Read region, kind, equipment and opening words of ``q`` as filters (``index.understanding``); False
    searches every word as text."""


@dataclass
class Hit:
    """One result: the stored document, its score and, for geo queries, its distance."""

    document: FacilityDocument
    score: float
    distance_km: float | None = None


@dataclass
class SearchResult:
    """A page of hits, the total, facet counts and the index version that answered."""

    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    version: str
    understood: Any = None
    """The ``index.understood.Understood`` reading of the query text, or None when nothing was understood."""


@dataclass
class VersionInfo:
    """One built index version."""

    version: str
    documents: int
    created_at: str
    active: bool
    size_bytes: int = 0


Progress = Callable[[int], Any]


class SearchBackend(Protocol):
    """What the API and pipeline need from a search index."""

    def build(
        self, documents: Iterable[FacilityDocument], *, expected: int | None = None, progress: Progress | None = None
    ) -> str:
        """Build a new, inactive version from the documents; return its version id."""

    def verify(self, version: str, *, expected: int) -> None:
        """Raise ``SearchIndexError`` unless the version holds ``expected`` documents and a probe answers."""

    def activate(self, version: str) -> None:
        """Make the version the one served, atomically; keep the last 2 older versions, drop the rest."""

    def active_version(self) -> str | None:
        """The version being served, or None before the first build."""

    def serving_version(self) -> str | None:
        """The version the next query is answered from, when the backend knows it without a round trip; else
        None. The API caches responses by this version (``hub.api.search_cache``)."""

    def list_versions(self) -> list[VersionInfo]:
        """All built versions, newest first."""

    def drop(self, version: str) -> None:
        """Delete an inactive version."""

    def rollback(self) -> str:
        """Activate the newest version older than the active one; return it."""

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query on the active version."""

    def suggest(self, prefix: str, size: int = 10) -> list[dict[str, Any]]:
        """Autocomplete: ``[{"id", "name", "sido", "sigungu"}]`` for names starting with or containing prefix."""

    def get(self, entity_id: str) -> FacilityDocument | None:
        """One document by entity id from the active version."""
