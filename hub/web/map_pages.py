"""The maps of the pages: the search page's map of the current search, its fragment for zooming without a
reload (``/search-map``), and a facility's own small map."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from hub.api.deps import ApiState, state
from hub.geo import municipalities, province_locator, provinces
from hub.web.maps import Region, View, parse_view, render_map, view_for
from index.types import MapCluster, SearchQuery

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)

WIDE_VIEW_DEG = 3.0
"""A view wider than this shows 시도 outlines; a narrower one shows 시군구 outlines."""


def _regions(outlines: list[Any], kind: str, facets: dict[str, dict[str, int]],
             href: Callable[[Any], str], selected: set[str]) -> list[Region]:
    out = []
    for o in outlines:
        if kind == "sido":
            count = int(facets.get("sido", {}).get(o.sido or "", 0))
            current = o.sido in selected
        else:
            count = sum(int(facets.get("sigungu", {}).get(s, 0)) for s in o.sigungus)
            current = bool(selected & set(o.sigungus))
        out.append(Region(o, count, href(o), f"{o.label} {count}곳", current))
    return out


def search_map(st: ApiState, query: SearchQuery, facets: dict[str, dict[str, int]], url: Callable[..., str],
               map_param: str | None) -> dict[str, Any]:
    """The search page's map: the view from the region filters (or the ``map`` parameter), shaded regions that
    filter by themselves, and the clusters of the search's matches at the view's level."""
    view, outlines, kind = view_for(query.sido, query.sigungu)
    zoomed = parse_view(map_param)
    if zoomed is not None:
        view = zoomed
        wide = view.max_lon - view.min_lon > WIDE_VIEW_DEG
        outlines, kind = (list(provinces()), "sido") if wide else (list(municipalities()), "sigungu")

    def region_href(o: Any) -> str:
        if kind == "sido":
            return url(sido=o.sido, sigungu=None, page=None, map=None)
        return url(sido=o.sido, sigungu=list(o.sigungus) or None, page=None, map=None)

    def cluster_href(c: MapCluster) -> str | None:
        if c.count == 1 and c.id:
            return f"/facilities/{c.id}"
        if kind == "sido":  # on the country map a cluster covers its 시도: it filters by it, as the 시도 does
            found = province_locator().containing(c.lat, c.lon)
            if found and found[0].sido:
                return url(sido=found[0].sido, sigungu=None, page=None, map=None)
        return url(map=view.zoomed(4.0, c.lat, c.lon).param())

    try:
        clusters = st.backend.map_clusters(query, view.level(), bbox=view.bbox() if zoomed is not None else None)
    except Exception as exc:  # noqa: BLE001 - the list still works without the points
        log.warning("map clusters unavailable: %s", exc)
        clusters = []
    selected = set(query.sido) if kind == "sido" else set(query.sigungu)
    regions = _regions(outlines, kind, facets, region_href, selected)
    svg = render_map(view, regions, clusters, cluster_href=cluster_href, title="검색 결과 지도",
                     tile_url=st.settings.map_tile_url, tile_credit=st.settings.map_tile_attribution,
                     css_id="search-map")
    return {
        "svg": svg,
        "kind": kind,
        "points": sum(c.count for c in clusters),
        "zoom_in": url(map=view.zoomed(2.0).param()),
        "zoom_out": url(map=view.zoomed(0.5).param()) if view.max_lon - view.min_lon < 8 else None,
        "reset": url(map=None) if zoomed is not None else None,
    }


def facility_map(st: ApiState, lat: float | None, lon: float | None, sido: str | None,
                 sigungu: str | None) -> Markup | None:
    """A facility's small map: its 시군구 among its neighbours, with a marker (None without coordinates)."""
    if lat is None or lon is None:
        return None
    own = [o for o in municipalities() if o.sido == sido and sigungu in o.sigungus] if sigungu else []
    box = own[0].bbox if own else (lat - 0.04, lon - 0.05, lat + 0.04, lon + 0.05)
    box = (min(box[0], lat), min(box[1], lon), max(box[2], lat), max(box[3], lon))
    view = View.around(box, pad=0.15, width=360)
    near = [o for o in municipalities() if view.intersects(o.bbox)]
    regions = [Region(o, 0, f"/?sigungu={o.sigungus[0]}&sido={o.sido}" if len(o.sigungus) == 1 else None,
                      o.label, current=o in own) for o in near]
    return render_map(view, regions, [], title="시설 위치", marker=(lat, lon), legend=False,
                      tile_url=st.settings.map_tile_url, tile_credit=st.settings.map_tile_attribution,
                      css_id="facility-map")


@router.get("/search-map", name="search_map_fragment")
def search_map_fragment(request: Request) -> Response:
    """The search page's map alone, for the page's script to swap in when zooming (same parameters as ``/``)."""
    from hub.web.search_pages import query_from_params

    st = state(request)
    built = query_from_params(request)
    if built is None:
        return HTMLResponse("", status_code=422)
    query, url = built
    result = st.backend.search(query)
    found = search_map(st, query, result.facets or {}, url, request.query_params.get("map"))
    from hub.web.common import _env

    html = _env.get_template("_map.html").render(map=found)
    return HTMLResponse(html)
