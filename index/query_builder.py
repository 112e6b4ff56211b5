"""Search requests as people send them (strings, lists, flags) → one validated ``SearchQuery``.

The HTTP API, the web pages and the CLI all build their queries here; a request the index would refuse raises
``QueryError`` naming the parameter (the API answers it with 422, the CLI with a usage error).
"""

from __future__ import annotations

from index.errors import QueryError
from index.query import validate_query
from index.types import SearchQuery


def parse_near(near: str | None) -> tuple[float, float] | None:
    """``"lat,lon"`` → two numbers (None when empty); ``validate_query`` checks their range. Raises QueryError."""
    if near is None or near == "":
        return None
    parts = near.split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        return float(parts[0]), float(parts[1])
    except ValueError:
        raise QueryError("near must be 'lat,lon' in decimal degrees, e.g. near=37.57,126.98") from None


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
    point = parse_near(near)  # sort=distance or radius_km without a point: validate_query says so
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
