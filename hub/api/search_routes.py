"""Search, suggest and entity detail."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Hashable
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import StringConstraints
from starlette.background import BackgroundTask

from hub.api.deps import ApiState, api_state, json_bytes, json_response, state
from hub.api.search_cache import CachedResponse, raw_key
from hub.api.search_schema import SearchResponse, SuggestResponse
from hub.errors import NotFoundError
from index import query_builder
from index.errors import NoActiveVersionError, QueryError
from index.query import MAX_FILTER_VALUES, MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_RESULT_WINDOW, MAX_VALUE_CHARS
from index.types import LIFECYCLE_STATES, SearchBackend, SearchQuery

router = APIRouter(prefix="/api", tags=["search"])

NO_INDEX = "no index has been built yet: run 'facility-hub run' or 'facility-hub index'"


MAX_PAGE = MAX_RESULT_WINDOW // 100
"""The last page the API serves: with the largest page size it reaches the index's result window."""
_LAT = r"-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?)"
_LON = r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)"
NEAR_PATTERN = f"^(?:{_LAT},{_LON})?$"
"""``lat,lon`` in decimal degrees within range, as the OpenAPI document states it (empty: no point)."""
BBOX_PATTERN = f"^(?:{_LAT},{_LON},{_LAT},{_LON})?$"
"""``min_lat,min_lon,max_lat,max_lon`` within range, as the OpenAPI document states it (empty: the whole map)."""
Lifecycle = Literal[LIFECYCLE_STATES]
FilterValues = list[Annotated[str, StringConstraints(max_length=MAX_VALUE_CHARS)]]


def tolerate(q: str, near: str | None, radius_km: float | None, sort: str
             ) -> tuple[str, float | None, str, tuple[str, ...]]:
    """What a search can answer without guessing, instead of refusing a request its OpenAPI document allows:
    ``sort=distance`` or ``radius_km`` without ``near`` (relevance; no radius), more than ``MAX_QUERY_WORDS``
    words (the first ones). Every change is named in the answer's ``notes``."""
    notes: list[str] = []
    if near in (None, ""):
        if sort == "distance":
            sort = "relevance"
            notes.append("sort=distance needs near=lat,lon: sorted by relevance")
        if radius_km is not None:
            radius_km = None
            notes.append("radius_km needs near=lat,lon: no radius applied")
    words = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in q).split()
    if len(words) > MAX_QUERY_WORDS:
        q = " ".join(words[:MAX_QUERY_WORDS])
        notes.append(f"q has {len(words)} words: the first {MAX_QUERY_WORDS} were searched")
    return q, radius_km, sort, tuple(notes)


def build_query(*args: Any, **kwargs: Any) -> SearchQuery:
    """``index.query_builder.build_query`` for a request: its ``QueryError`` becomes a 422 naming the parameter."""
    try:
        return query_builder.build_query(*args, **kwargs)
    except QueryError as exc:
        raise HTTPException(422, detail=str(exc)) from None


def _hit_json(hit) -> dict:
    doc = dict(hit.document.__dict__)  # a shallow copy: orjson serialises the lists as they are
    doc["score"] = round(float(hit.score), 4)
    if hit.distance_km is not None:
        doc["distance_km"] = round(hit.distance_km, 3)
    return doc


@router.get("/search", summary="Search facilities", response_model=None,
            responses={200: {"model": SearchResponse, "description": "A page of facilities and what was understood"}})
async def search(
    request: Request,
    st: Annotated[ApiState, Depends(api_state)],
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS,
                            description="Free text (Korean or English); taken literally. At most "
                                        f"{MAX_QUERY_CHARS} characters; past {MAX_QUERY_WORDS} words only the first "
                                        f"{MAX_QUERY_WORDS} are searched (the answer's notes say so).")] = "",
    kind: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES,
                                        description="Facility kind key; repeat for several.")] = [],  # noqa: B006
    sido: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES,
                                        description="시도, current official name.")] = [],  # noqa: B006
    sigungu: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES,
                                           description="시군구 (with 일반구, e.g. '수원시 영통구').")] = [],  # noqa: B006
    equipment: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES,
                                             description="Canonical equipment name.")] = [],  # noqa: B006
    programme: Annotated[str | None, Query(max_length=MAX_VALUE_CHARS)] = None,
    open_evenings: bool | None = None,
    open_weekends: bool | None = None,
    ministry: Annotated[str | None, Query(max_length=MAX_VALUE_CHARS)] = None,
    near: Annotated[str | None, Query(max_length=60, pattern=NEAR_PATTERN,
                                      description="lat,lon in decimal degrees, e.g. 37.57,126.98")] = None,
    radius_km: Annotated[float | None, Query(gt=0, le=500, description="Needs near; without it, ignored "
                                                                      "(the answer's notes say so).")] = None,
    sort: Annotated[Literal["relevance", "distance", "name"],
                    Query(description="distance needs near; without it, relevance (the notes say so).")
                    ] = "relevance",
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    size: Annotated[int, Query(ge=1, le=100)] = 20,
    facets: bool = True,
    understand: Annotated[bool, Query(description="Read region, kind, equipment and opening words of q as "
                                                  "filters (see `understood`); false searches every word as "
                                                  "text.")] = True,
    lifecycle: Annotated[list[Lifecycle], Query(max_length=len(LIFECYCLE_STATES),
                                                description="Life-cycle state; repeat for several.")
                         ] = [],  # noqa: B006
) -> Response:
    """Facilities matching the query and filters, with facet counts and the index version that answered.

    Region words (강원도, 인천 남구, 분당), kind words (무한상상실, 팹랩), equipment words (재봉틀, 레이저 커팅기)
    and opening words (주말, 평일 저녁, 지금 영업 중) in ``q`` become filters; ``understood`` says which.

    A query answered before on the same index version is served from the response cache
    (``hub.api.search_cache``) without searching; any other runs in the thread pool.
    """
    q, radius_km, sort, notes = tolerate(q, near, radius_km, sort)
    query = build_query(
        q,
        kind,
        sido,
        sigungu,
        equipment,
        programme,
        open_evenings,
        open_weekends,
        ministry,
        near,
        radius_km,
        sort,
        page,
        size,
        facets,
        understand,
        lifecycle,
    )
    started = time.perf_counter()
    answer = await _cached(st, request.scope, (query, notes) if notes else query, _answer)
    st.search_latency.observe(time.perf_counter() - started)
    flush = None
    if answer.first_page and answer.hit_ids and st.impressions.add(answer.hit_ids):
        flush = BackgroundTask(st.impressions.flush)  # written after the response has gone
    return Response(content=answer.body, media_type="application/json", background=flush)


async def _cached(st: ApiState, scope: dict[str, Any], key: Hashable,
                  answer: Callable[[SearchBackend, Any], tuple[str, CachedResponse]]) -> CachedResponse:
    """The answer to ``key`` from the cache of the serving version, else ``answer(backend, key)`` run in the
    thread pool (``ApiState.search_limiter`` at once); kept under ``key`` and under the request's raw query string
    (``RawQueryCache``)."""
    backend, cache = st.backend, st.search_cache
    version = backend.serving_version() if cache.enabled else None
    found = cache.get(version, key)
    if found is None:
        version, found = await anyio.to_thread.run_sync(answer, backend, key, limiter=st.search_limiter)
        if found.cacheable:
            cache.put(version, key, found)
    if version is not None and found.cacheable:
        cache.put(version, raw_key(scope), found)
    return found


def _answer(backend: SearchBackend, key: SearchQuery | tuple[SearchQuery, tuple[str, ...]]
            ) -> tuple[str, CachedResponse]:
    """Search and serialise: the version that answered and the response body (``key``: the query, or the query
    and the notes of what ``tolerate`` changed)."""
    query, notes = key if isinstance(key, tuple) else (key, ())
    try:
        result = backend.search(query)
    except NoActiveVersionError:
        raise HTTPException(503, detail=NO_INDEX) from None
    understood = result.understood
    body = json_bytes(
        {
            "total": result.total,
            "page": query.page,
            "size": query.size,
            "index_version": result.version,
            "hits": [_hit_json(h) for h in result.hits],
            "facets": result.facets,
            "understood": understood.as_json() if understood is not None else None,
            **({"notes": list(notes)} if notes else {}),
        }
    )
    hit_ids = tuple(h.document.id for h in result.hits)
    timeless = understood is None or not any(n.label == "now" for n in understood.opening)
    return result.version, CachedResponse(body=body, hit_ids=hit_ids, first_page=query.page == 1,
                                          cacheable=timeless)


@router.get("/map/clusters", summary="Matching facilities grouped per map-grid cell")
def map_clusters(
    st: Annotated[ApiState, Depends(state)],
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS, description="As for /api/search.")] = "",
    kind: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES)] = [],  # noqa: B006
    sido: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES)] = [],  # noqa: B006
    sigungu: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES)] = [],  # noqa: B006
    equipment: Annotated[FilterValues, Query(max_length=MAX_FILTER_VALUES)] = [],  # noqa: B006
    lifecycle: Annotated[list[Lifecycle], Query(max_length=len(LIFECYCLE_STATES))] = [],  # noqa: B006
    programme: Annotated[str | None, Query(max_length=100)] = None,
    open_evenings: bool | None = None,
    open_weekends: bool | None = None,
    level: Annotated[int, Query(ge=0, le=3, description="0 country, 1 시도, 2 시군구, 3 neighbourhood")] = 0,
    bbox: Annotated[str | None, Query(max_length=100, pattern=BBOX_PATTERN,
                                      description="min_lat,min_lon,max_lat,max_lon in decimal degrees; a box "
                                                  "with min >= max holds nothing (the answer's notes say so)")
                    ] = None,
) -> Response:
    """The search's matches with coordinates per cell of the map grid of ``level``: centre, count, and the
    facility of a one-facility cell. The search page's map draws these."""
    q, _, _, told = tolerate(q, None, None, "relevance")
    notes = list(told)
    query = build_query(q, kind, sido, sigungu, equipment, programme, open_evenings, open_weekends, None, None, None,
                        "relevance", 1, 1, False, lifecycle=lifecycle)
    box = None
    if bbox:
        box = tuple(float(v) for v in bbox.split(","))  # the pattern has checked four numbers in range
        if not (box[0] < box[2] and box[1] < box[3]):
            notes.append("bbox has min >= max: the box holds nothing")
            return json_response({"level": level, "clusters": [], "total": 0, "notes": notes})
    try:
        clusters = st.backend.map_clusters(query, level, bbox=box)
    except QueryError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    except NoActiveVersionError:
        raise HTTPException(503, detail=NO_INDEX) from None
    return json_response({"level": level, "clusters": [c.__dict__ for c in clusters],
                          "total": sum(c.count for c in clusters), **({"notes": notes} if notes else {})})


@router.get("/suggest", summary="Autocomplete facility names, regions and equipment", response_model=None,
            responses={200: {"model": SuggestResponse, "description": "Suggestions"}})
async def suggest(
    request: Request,
    st: Annotated[ApiState, Depends(api_state)],
    q: Annotated[str, Query(min_length=1, max_length=100)],
    size: Annotated[int, Query(ge=1, le=20)] = 8,
) -> Response:
    """Names that start with or contain the typed text, as Korean users type it: 초성 (ㄱㄹㅈㅈㅅ), the last
    syllable half-typed (강릉젲), the English keyboard layout (rkdfmdwpwkrth), a jamo typo (메이커스패이스);
    regions and equipment whose names match beside them. Cached per index version like searches."""
    if not q.strip():  # nothing but spaces: nothing to complete (not an error the schema could state)
        version = st.backend.active_version()
        if version is None:
            raise HTTPException(503, detail=NO_INDEX)
        return Response(content=json_bytes({"index_version": version, "suggestions": [], "regions": [],
                                            "equipment": []}), media_type="application/json")
    answer = await _cached(st, request.scope, ("suggest", q.strip(), size), _suggestions)
    return Response(content=answer.body, media_type="application/json")


def _suggestions(backend: SearchBackend, key: tuple[str, str, int]) -> tuple[str, CachedResponse]:
    _, prefix, size = key
    version = backend.active_version()
    if version is None:
        raise HTTPException(503, detail=NO_INDEX)
    from index.suggest_vocabulary import vocabulary_suggestions

    vocab = getattr(backend, "vocabulary", None)
    extra = vocabulary_suggestions(vocab, prefix) if vocab is not None else {"regions": [], "equipment": []}
    body = json_bytes({"index_version": version, "suggestions": backend.suggest(prefix, size), **extra})
    return version, CachedResponse(body=body, hit_ids=(), first_page=False)


@router.get("/entities/{entity_id}", summary="One golden record with members and provenance")
def entity(st: Annotated[ApiState, Depends(state)], entity_id: str) -> Response:
    """The golden record, its members with source URLs, and where each field's value came from."""
    from hub.entities import entity_detail

    try:
        detail = entity_detail(st.store, entity_id)
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    detail["index_version"] = st.backend.active_version()
    from datetime import UTC, datetime

    from hub.lifecycle import compute_lifecycles

    with st.store.session() as session:
        life = compute_lifecycles(session, now=datetime.now(UTC), options=st.settings.lifecycle_options,
                                  entity_ids=[entity_id]).get(entity_id)
    detail["lifecycle"] = life.as_json() if life is not None else None
    return json_response(detail)
