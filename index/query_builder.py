"""Search requests as people send them (strings, lists, flags) → one validated ``SearchQuery``.

The HTTP API, the web pages and the CLI all build their queries here; a request the index would refuse raises
``QueryError`` naming the parameter (the API answers it with 422, the CLI with a usage error).
"""

from __future__ import annotations

import math

from index.errors import QueryError
from index.query import validate_query
from index.types import SearchQuery


def parse_near(near: str | None) -> tuple[float, float] | None:
    """``"lat,lon"`` → a pair inside the valid ranges; raises QueryError otherwise."""
    if near is None or near == "":
        return None
    parts = near.split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise QueryError("near must be 'lat,lon' in decimal degrees, e.g. near=37.57,126.98") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise QueryError("near is out of range: latitude -90..90, longitude -180..180")
    return lat, lon


def build_query(
    q: str,
    kind: list[str],
    sido: list[str],
    sigungu: list[str],
    equipment: list[str],
    programme: str | None,
    open_evenings: bool | None,
    open_weekends: bool | None,
    ministry: str | None,
    near: str | None,
    radius_km: float | None,
    sort: str,
    page: int,
    size: int,
    facets: bool,
    understand: bool = True,
    lifecycle: list[str] | tuple[str, ...] = (),
) -> SearchQuery:
    """A validated ``SearchQuery`` from request parameters; raises QueryError (naming the parameter) on anything
    the index would refuse."""
    point = parse_near(near)
    if sort == "distance" and point is None:
        raise QueryError("sort=distance needs near=lat,lon")
    if radius_km is not None and point is None:
        raise QueryError("radius_km needs near=lat,lon")
    query = SearchQuery(
        q=q.strip(),
        kind=tuple(kind),
        sido=tuple(sido),
        sigungu=tuple(sigungu),
        equipment=tuple(equipment),
        programme=programme or None,
        open_evenings=open_evenings,
        open_weekends=open_weekends,
        ministry=ministry or None,
        near=point,
        radius_km=radius_km,
        sort=sort,
        lifecycle=tuple(lifecycle),
        page=page,
        size=size,
        facets=facets,
        understand=understand,
    )
    return validate_query(query)
