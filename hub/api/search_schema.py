"""The shapes of ``/api/search`` and ``/api/suggest`` answers, for the OpenAPI schema.

The endpoints serialise with orjson straight from the index's results (no validation on the way out); these
models only document what they send, and a test checks real answers against them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class UnderstoodWordModel(BaseModel):
    """One word (or run of words) of ``q`` and what it was read as."""

    text: str = Field(description="As typed.")
    as_: str = Field(alias="as", description="region | kind | name | equipment | opening | filler")
    value: list[str] = Field(description="Place keys, kind keys, name words, canonical equipment names or opening "
                                         "labels.")
    note: str | None = Field(None, description="A renaming worth telling, e.g. '남구 → 미추홀구 (2018-07-01)'.")


class UnderstoodModel(BaseModel):
    """What query understanding read from ``q``: the filters its words became (``understand=false`` turns it
    off). Keys appear only when they hold something."""

    sido: str | None = Field(None, description="The one 시도 the region words name, e.g. 강원특별자치도.")
    sigungu: str | None = Field(None, description="The one 시군구 (with its 일반구) they name.")
    region: list[str] | None = Field(None, description="Every place kept ('시도' or '시도 시군구').")
    kind: list[str] | None = Field(None, description="Kind keys a facility must have (or say in its name).")
    name: list[str] | None = Field(None, description="Words a facility's name must hold (팹랩, 공방).")
    equipment: list[str] | None = Field(None, description="Canonical equipment names, e.g. 'laser cutter'.")
    open: list[str] | None = Field(None, description="Opening conditions: weekend, saturday, weekday_evening, night, "
                                                     "until_22, now …")
    open_weekends: bool | None = None
    open_evenings: bool | None = None
    open_now: bool | None = None
    text: str = Field(description="The words left to match as text.")
    words: list[UnderstoodWordModel]
    widened: bool | None = Field(None, description="True when no facility lay in the 일반구 named and its city was "
                                                    "searched instead.")
    unmet_open: list[str] | None = Field(None, description="Opening conditions no facility met with the other "
                                                           "filters: the search ran without them.")
    relaxed: bool = Field(description="True when the filters found nothing and were used to rank instead.")


class SearchResponse(BaseModel):
    """A page of facilities."""

    model_config = ConfigDict(extra="allow")

    total: int
    page: int
    size: int
    index_version: str
    hits: list[dict[str, Any]] = Field(description="Golden records with score (and distance_km with near).")
    facets: dict[str, dict[str, int]]
    understood: UnderstoodModel | None = Field(None, description="What was read from q; null when nothing was.")
    notes: list[str] | None = Field(None, description="What the search could not do as asked and did instead "
                                                      "(sort=distance or radius_km without near, too many words).")


class VocabularySuggestion(BaseModel):
    """A region or a piece of equipment whose name matches the typed text."""

    name: str = Field(description="What to show, e.g. '강원특별자치도 강릉시' or '레이저 커터'.")
    value: str = Field(description="The filter value: a place key or a canonical equipment name.")


class SuggestResponse(BaseModel):
    """Autocomplete: facility names, and regions and equipment beside them."""

    index_version: str
    suggestions: list[dict[str, Any]] = Field(description="Facilities: id, name, sido, sigungu.")
    regions: list[VocabularySuggestion] = []
    equipment: list[VocabularySuggestion] = []
