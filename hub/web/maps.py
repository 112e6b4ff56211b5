"""Maps drawn on the server as inline SVG: outlines, a choropleth of counts, clustered points, optional tiles.

Offline by default: the 시도/시군구 outlines of ``hub.geo`` (통계청 SGIS 2018), projected in Web Mercator and thinned
to the pixels they cover, each region a link that filters the search by it (so the map works without
JavaScript), shaded by how many results it holds. Points come from the backend's map clusters
(``SearchBackend.map_clusters``) at the grid level that fits the view; a cluster is a link that zooms in on it, a
single facility links to its page. With ``FACILITY_HUB_MAP_TILE_URL`` set, the tiles of an operator's tile server
are drawn under the outlines (same projection), with their attribution.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from hub.geo import CREDIT, Outline, municipalities, outlines_of_sido, provinces
from index.geo import MAP_LEVELS
from index.types import MapCluster

PALETTE = ("#dbeafe", "#93c5fd", "#60a5fa", "#2563eb", "#1e3a8a")
"""Choropleth classes, fewest to most (ColorBrewer-like blues)."""
EMPTY = "#f1f5f9"
KOREA = (33.0, 124.5, 38.7, 131.0)
"""(min_lat, min_lon, max_lat, max_lon) of the country view (Dokdo and Ulleung included)."""


def _mx(lon: float) -> float:
    return (lon + 180.0) / 360.0


def _my(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0


def _lat_of(my: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * my))))


@dataclass(frozen=True)
class View:
    """What part of the map is shown, at what size in pixels."""

    min_lat: float
    min_lon: float
    max_lat: float
    max_lon: float
    width: int = 640

    @classmethod
    def around(cls, bbox: tuple[float, float, float, float], pad: float = 0.06, width: int = 640,
               min_deg: float = 0.02) -> View:
        """A view holding the box with a margin (at least ``min_deg`` wide and tall)."""
        a, b, c, d = bbox
        h, w = max(c - a, min_deg), max(d - b, min_deg)
        cy, cx = (a + c) / 2, (b + d) / 2
        return cls(cy - h * (0.5 + pad), cx - w * (0.5 + pad), cy + h * (0.5 + pad), cx + w * (0.5 + pad), width)

    @property
    def height(self) -> int:
        """Pixels, keeping the Mercator aspect."""
        return max(120, round(self.width * (_my(self.min_lat) - _my(self.max_lat)) / (_mx(self.max_lon)
                                                                                        - _mx(self.min_lon))))

    @property
    def k(self) -> float:
        """Pixels per world unit."""
        return self.width / (_mx(self.max_lon) - _mx(self.min_lon))

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        """Pixel position of a point."""
        return (_mx(lon) - _mx(self.min_lon)) * self.k, (_my(lat) - _my(self.max_lat)) * self.k

    def level(self) -> int:
        """The map-cluster grid level for this view: cells of about 1/12 of its width or finer."""
        span = self.max_lon - self.min_lon
        for level, (size, _) in enumerate(MAP_LEVELS):
            if size <= span / 12:
                return level
        return len(MAP_LEVELS) - 1

    def bbox(self) -> tuple[float, float, float, float]:
        """(min_lat, min_lon, max_lat, max_lon)."""
        return self.min_lat, self.min_lon, self.max_lat, self.max_lon

    def zoomed(self, factor: float, lat: float | None = None, lon: float | None = None) -> View:
        """The view ``factor`` times closer (0.5 = twice as wide), centred on a point when given."""
        cy = (self.min_lat + self.max_lat) / 2 if lat is None else lat
        cx = (self.min_lon + self.max_lon) / 2 if lon is None else lon
        h = (self.max_lat - self.min_lat) / factor / 2
        w = (self.max_lon - self.min_lon) / factor / 2
        return View(max(-85.0, cy - h), max(-180.0, cx - w), min(85.0, cy + h), min(180.0, cx + w), self.width)

    def param(self) -> str:
        """``min_lat,min_lon,max_lat,max_lon`` as the ``map`` URL parameter carries it."""
        return ",".join(f"{v:.4f}" for v in self.bbox())

    def intersects(self, bbox: tuple[float, float, float, float]) -> bool:
        """True when a box overlaps the view."""
        a, b, c, d = bbox
        return not (c < self.min_lat or a > self.max_lat or d < self.min_lon or b > self.max_lon)


def _path(outline: Outline, view: View) -> str:
    """The SVG path of an outline in a view (cached by the outline's code and the view)."""
    _OUTLINES.setdefault(outline.code, outline)
    return _path_of(outline.code, view)


_OUTLINES: dict[str, Outline] = {}


@functools.lru_cache(maxsize=4096)
def _path_of(code: str, view: View) -> str:
    """Rings projected to pixels and simplified (Douglas–Peucker, 0.9 px, shapely); rings under 4 px across left
    out unless they are the outline's only ring."""
    from shapely.geometry import LineString

    outline = _OUTLINES[code]
    parts: list[str] = []
    rings = [ring for poly in outline.polygons for ring in poly]
    for ring in rings:
        pts = [view.xy(lat, lon) for lon, lat in ring]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        if max(xs) < 0 or min(xs) > view.width or max(ys) < 0 or min(ys) > view.height:
            continue
        if len(rings) > 1 and max(xs) - min(xs) < 4 and max(ys) - min(ys) < 4:
            continue
        kept = list(LineString(pts).simplify(0.9, preserve_topology=False).coords) if len(pts) > 3 else pts
        if len(kept) < 3:
            continue
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in kept) + "Z")
    return "".join(parts)


def classes(counts: Iterable[int], n: int = len(PALETTE)) -> list[int]:
    """Upper bounds of ``n`` classes over the non-zero counts (quantiles, de-duplicated)."""
    values = sorted(c for c in counts if c > 0)
    if not values:
        return []
    bounds = sorted({values[min(len(values) - 1, math.ceil(len(values) * (i + 1) / n) - 1)] for i in range(n)})
    return bounds


def _fill(count: int, bounds: Sequence[int]) -> str:
    if count <= 0 or not bounds:
        return EMPTY
    for i, bound in enumerate(bounds):
        if count <= bound:
            return PALETTE[min(len(PALETTE) - 1, i + len(PALETTE) - len(bounds))]
    return PALETTE[-1]


def _tiles(view: View, url: str) -> list[str]:
    """``<image>`` elements for the tiles under the view (zoom chosen so a tile is about 256 px)."""
    span = _mx(view.max_lon) - _mx(view.min_lon)
    z = max(0, min(19, math.ceil(math.log2(view.width / (256 * span)))))
    n = 2 ** z
    x0, x1 = int(_mx(view.min_lon) * n), int(_mx(view.max_lon) * n)
    y0, y1 = int(_my(view.max_lat) * n), int(_my(view.min_lat) * n)
    out = []
    size = view.k / n
    for tx in range(x0, x1 + 1):
        for ty in range(y0, y1 + 1):
            px, py = (tx / n - _mx(view.min_lon)) * view.k, (ty / n - _my(view.max_lat)) * view.k
            href = url.replace("{z}", str(z)).replace("{x}", str(tx)).replace("{y}", str(ty))
            out.append(f'<image class="tile" href="{escape(href)}" x="{px:.1f}" y="{py:.1f}" width="{size:.1f}" '
                       f'height="{size:.1f}" preserveAspectRatio="none"></image>')
    return out[:64]


@dataclass(frozen=True)
class Region:
    """One shaded region of a map: its outline, count, link and title."""

    outline: Outline
    count: int
    href: str | None
    title: str
    current: bool = False


def render_map(view: View, regions: Sequence[Region], clusters: Sequence[MapCluster], *,
               cluster_href: Callable[[MapCluster], str | None] | None = None, title: str,
               tile_url: str | None = None, tile_credit: str | None = None, marker: tuple[float, float] | None = None,
               legend: bool = True, css_id: str | None = None) -> Markup:
    """An SVG map: tiles (optional), shaded regions (links), clusters (links), a marker, a legend and the credit."""
    w, h = view.width, view.height
    bounds = classes(r.count for r in regions)
    parts = [f'<svg class="map" role="img" viewBox="0 0 {w} {h}" width="100%" xmlns="http://www.w3.org/2000/svg" '
             f'aria-label="{escape(title)}"' + (f' id="{escape(css_id)}"' if css_id else "")
             + f' data-bbox="{view.param()}" data-level="{view.level()}">'
             f"<title>{escape(title)}</title>",
             f'<rect class="sea" x="0" y="0" width="{w}" height="{h}"></rect>']
    if tile_url:
        parts.append('<g class="tiles">' + "".join(_tiles(view, tile_url)) + "</g>")
    parts.append('<g class="regions">')
    for r in regions:
        if not view.intersects(r.outline.bbox):
            continue
        d = _path(r.outline, view)
        if not d:
            continue
        cls = "region current" if r.current else "region"
        body = (f'<path class="{cls}" d="{d}" fill="{_fill(r.count, bounds)}" data-count="{r.count}" '
                f'data-name="{escape(r.outline.label)}"><title>{escape(r.title)}</title></path>')
        parts.append(f'<a href="{escape(r.href)}">{body}</a>' if r.href else body)
    parts.append("</g><g class=\"clusters\">")
    for c in clusters:
        if not (view.min_lat <= c.lat <= view.max_lat and view.min_lon <= c.lon <= view.max_lon):
            continue
        x, y = view.xy(c.lat, c.lon)
        radius = 4.5 if c.count == 1 else min(22.0, 7.0 + 3.0 * math.log2(c.count))
        tip = c.name if c.count == 1 and c.name else f"{c.count}곳"
        body = (f'<g class="cluster{" one" if c.count == 1 else ""}" data-count="{c.count}">'
                f'<title>{escape(tip)}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"></circle>'
                + (f'<text x="{x:.1f}" y="{y + 3.5:.1f}" text-anchor="middle">{c.count}</text>' if c.count > 1 else "")
                + "</g>")
        href = cluster_href(c) if cluster_href else None
        zoom = " data-map-zoom" if href and "map=" in href else ""  # the page's script redraws the map alone
        parts.append(f'<a href="{escape(href)}"{zoom}>{body}</a>' if href else body)
    parts.append("</g>")
    if marker is not None:
        x, y = view.xy(*marker)
        parts.append(f'<g class="marker"><path d="M{x:.1f},{y:.1f} l-7,-14 a8,8 0 1,1 14,0 z"></path>'
                     f'<circle cx="{x:.1f}" cy="{y - 17:.1f}" r="3"></circle></g>')
    if legend and bounds:
        lx, ly = 10, h - 14 - 16 * len(bounds)
        parts.append('<g class="legend">')
        low = 1
        for i, bound in enumerate(bounds):
            color = PALETTE[min(len(PALETTE) - 1, i + len(PALETTE) - len(bounds))]
            text = f"{low}곳" if low == bound else f"{low}–{bound}곳"
            parts.append(f'<rect x="{lx}" y="{ly + 16 * i}" width="12" height="12" fill="{color}"></rect>'
                         f'<text x="{lx + 17}" y="{ly + 16 * i + 10}">{text}</text>')
            low = bound + 1
        parts.append("</g>")
    credit = CREDIT + (f" · 배경 지도: {tile_credit}" if tile_url and tile_credit else "")
    parts.append(f'<text class="credit" x="{w - 6}" y="{h - 6}" text-anchor="end">{escape(credit)}</text></svg>')
    return Markup("".join(parts))


def country_view(width: int = 640) -> View:
    """The whole country."""
    return View(*KOREA, width=width)


def view_for(sido: Sequence[str], sigungu: Sequence[str], width: int = 640) -> tuple[View, list[Outline], str]:
    """The view that fits the region filters, the outlines to draw and which kind they are (``sido`` or
    ``sigungu``): the country by 시도; one 시도 by its 시군구; one 시군구 closer, among its neighbours."""
    if len(sido) == 1:
        outlines = outlines_of_sido(sido[0])
        if outlines:
            chosen = [o for o in outlines if set(sigungu) & set(o.sigungus)]
            boxes = [o.bbox for o in (chosen if len(sigungu) >= 1 and chosen else outlines)]
            return View.around(_union(boxes), width=width), outlines, "sigungu"
    if sigungu:
        chosen = [o for o in municipalities() if set(sigungu) & set(o.sigungus)]
        if chosen:
            sidos = {o.sido for o in chosen}
            outlines = [o for o in municipalities() if o.sido in sidos]
            return View.around(_union([o.bbox for o in chosen]), width=width), outlines, "sigungu"
    return country_view(width), list(provinces()), "sido"


def _union(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def parse_view(text: str | None, width: int = 640) -> View | None:
    """A ``map`` URL parameter (``min_lat,min_lon,max_lat,max_lon``) as a view, or None when absent or invalid."""
    if not text:
        return None
    try:
        a, b, c, d = (float(v) for v in text.split(","))
    except ValueError:
        return None
    if not (all(math.isfinite(v) for v in (a, b, c, d)) and -85 <= a < c <= 85 and -180 <= b < d <= 180):
        return None
    if c - a < 0.002 or d - b < 0.002:
        return None
    return View(a, b, c, d, width)
