"""Korea's 시도 and 시군구 outlines (``hub/geodata``, 통계청 SGIS 2018) under today's names.

The TopoJSON files are decoded once; each outline is mapped to the 시도 and 시군구 names in force today through the
project's region tables (``normalizers.regions``), so 강원도 is 강원특별자치도 and the 2018 outline of 부천시 stands
for 부천시 원미구, 소사구 and 오정구. Used by the maps (``hub.web.maps``) and by the coordinates check
(``hub.quality``), which asks shapely whether a point lies in (or near) its 시군구.

TopoJSON is decoded here (about 30 lines) because the ``topojson`` package only encodes; the format is small:
quantised, delta-encoded arcs, and polygons as lists of arc indexes (``~i`` for arc ``i`` reversed).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from index.geo import haversine_km

GEODATA = Path(__file__).resolve().parent / "geodata"
PROVINCES = GEODATA / "provinces_2018_topo_simple.json"
MUNICIPALITIES = GEODATA / "municipalities_2018_topo_simple.json"
CREDIT = "경계: 통계청 SGIS (2018)"
"""The attribution every map drawn from the outlines prints (공공누리 제1유형)."""

Ring = list[tuple[float, float]]
"""A closed ring of (lon, lat) points."""


@dataclass(frozen=True)
class Outline:
    """One 2018 outline and the names it stands for today."""

    code: str
    """SGIS code of 2018 (2 digits for a 시도, 5 for a 시군구)."""
    name_2018: str
    sido: str | None
    sigungus: tuple[str, ...]
    """Today's 시군구 inside it (empty for a 시도 outline and for 세종)."""
    polygons: tuple[tuple[Ring, ...], ...]
    """Polygons, each an outer ring then holes."""

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(min_lat, min_lon, max_lat, max_lon)."""
        lons = [p[0] for poly in self.polygons for p in poly[0]]
        lats = [p[1] for poly in self.polygons for p in poly[0]]
        return min(lats), min(lons), max(lats), max(lons)

    @property
    def label(self) -> str:
        """What a map calls it: the 시군구 (the city for several 일반구), else the 시도."""
        if self.sigungus:
            cities = {s.split(" ")[0] for s in self.sigungus}
            return next(iter(cities)) if len(cities) == 1 and len(self.sigungus) > 1 else " · ".join(self.sigungus)
        return self.sido or self.name_2018


def _decode(path: Path) -> list[tuple[dict[str, Any], list[list[Ring]]]]:
    topo = orjson.loads(path.read_bytes())
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        out: Ring = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points[1:] if out else points)
        return out

    (obj,) = topo["objects"].values()
    found = []
    for geom in obj["geometries"]:
        if geom["type"] == "Polygon":
            polys = [[ring(r) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            polys = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        found.append((geom["properties"], polys))
    return found


_GU = re.compile(r"^(\S+?시)(\S+구)$")


def _today_names(sido_2018: str, name: str | None, day: dt.date) -> tuple[str | None, tuple[str, ...]]:
    """Today's 시도 and 시군구 for a 2018 outline, through the region tables."""
    from normalizers.regions import region_index

    index = region_index()
    if name is None:
        return index.read([sido_2018], day).sido, ()
    if name in ("세종시", "세종특별자치시"):
        return index.read([sido_2018], day).sido, ()
    m = _GU.match(name)
    words = [sido_2018, m.group(1), m.group(2)] if m else [sido_2018, name]
    region = index.read(words, day)
    split: set[str] = set()  # an old 구 split between new ones (인천 2026-07): every 구 its area went to
    for ch in index.changes:
        if ch.type == "split_gu" and ch.old == name and ch.sido == region.sido and day >= ch.effective:
            split.update(ch.by_dong.values())
            split.update(g for g in (ch.default, ch.keep) if g)
    if split:
        return region.sido, tuple(sorted(split))
    if region.sigungu is None:
        return region.sido, ()
    city = region.sigungu.split(" ")[0]
    gus = sorted(index.gu_of.get((region.sido or "", city), set()))
    if " " not in region.sigungu and gus:
        return region.sido, tuple(f"{city} {g}" for g in gus)  # a city that got 일반구 after 2018
    return region.sido, (region.sigungu,)


@functools.lru_cache(maxsize=2)
def _load(day: dt.date) -> tuple[tuple[Outline, ...], tuple[Outline, ...]]:
    provinces = []
    names_2018: dict[str, str] = {}
    for props, polys in _decode(PROVINCES):
        code = str(props["code"])
        names_2018[code] = props["name"]
        sido, _ = _today_names(props["name"], None, day)
        provinces.append(Outline(code, props["name"], sido, (), tuple(tuple(p) for p in polys)))
    municipalities = []
    for props, polys in _decode(MUNICIPALITIES):
        code = str(props["code"])
        sido_2018 = names_2018.get(code[:2], "")
        sido, sigungus = _today_names(sido_2018, props["name"], day)
        municipalities.append(Outline(code, props["name"], sido, sigungus, tuple(tuple(p) for p in polys)))
    return tuple(provinces), tuple(municipalities)


def provinces(day: dt.date | None = None) -> tuple[Outline, ...]:
    """The 17 시도 outlines under today's names."""
    return _load(day or dt.date.today())[0]


def municipalities(day: dt.date | None = None) -> tuple[Outline, ...]:
    """The 250 시군구 outlines (2018) under today's names."""
    return _load(day or dt.date.today())[1]


def outlines_of_sido(sido: str) -> list[Outline]:
    """The 시군구 outlines of one 시도 (today's name)."""
    return [o for o in municipalities() if o.sido == sido]


class Locator:
    """Which outlines hold a point, and how far a point lies outside a given 시군구 (shapely, STRtree)."""

    def __init__(self, outlines: Iterable[Outline]) -> None:
        from shapely import STRtree
        from shapely.geometry import MultiPolygon, Polygon

        self.outlines = list(outlines)
        self.shapes = [MultiPolygon([Polygon(p[0], [h for h in p[1:] if len(h) >= 4]) for p in o.polygons
                                     if len(p[0]) >= 4]).buffer(0) for o in self.outlines]
        self.tree = STRtree(self.shapes)
        self.by_name: dict[tuple[str | None, str], list[int]] = {}
        for i, o in enumerate(self.outlines):
            for name in o.sigungus or ((o.sido or ""),):
                self.by_name.setdefault((o.sido, name), []).append(i)

    def containing(self, lat: float, lon: float) -> list[Outline]:
        """Outlines that hold the point."""
        from shapely.geometry import Point

        point = Point(lon, lat)
        return [self.outlines[i] for i in self.tree.query(point, predicate="intersects")]

    def known(self, sido: str | None, sigungu: str) -> bool:
        """True when an outline stands for this 시군구."""
        return (sido, sigungu) in self.by_name

    def km_outside(self, lat: float, lon: float, sido: str | None, sigungu: str) -> float | None:
        """How far (km, roughly) the point lies outside the 시군구's outline: 0 inside; None when no outline
        stands for it."""
        from shapely.geometry import Point

        found = self.by_name.get((sido, sigungu))
        if not found:
            return None
        from shapely.ops import nearest_points

        point = Point(lon, lat)
        nearest = min(found, key=lambda i: self.shapes[i].distance(point))
        if self.shapes[nearest].distance(point) == 0:
            return 0.0
        edge = nearest_points(self.shapes[nearest], point)[0]
        return haversine_km(lat, lon, edge.y, edge.x)


@functools.lru_cache(maxsize=1)
def municipality_locator() -> Locator:
    """A ``Locator`` over the 시군구 outlines (built once)."""
    return Locator(municipalities())


@functools.lru_cache(maxsize=1)
def province_locator() -> Locator:
    """A ``Locator`` over the 시도 outlines (built once)."""
    return Locator(provinces())
