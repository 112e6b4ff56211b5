"""Geometry for distance filters without a geo field type: haversine distance and a grid-cell covering.

Every document with coordinates is indexed with one cell id per level of a fixed grid (cells of 0.0025,
0.01, 0.04, 0.16, 0.64 and 2.56 degrees, each level four times coarser per axis). A circle is covered by
cells of several levels: cells wholly inside the circle ("inner") need no further check, and only documents
in the thin ring of finest-level cells on the circle's edge ("boundary") have their exact distance computed.
This keeps a radius filter at 1M documents down to a term-set query plus a few thousand distance checks.

The covering clamps at the poles and does not wrap the antimeridian (the data is Korean).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

EARTH_RADIUS_KM = 6371.0088
LEVEL_SIZES = (0.0025, 0.01, 0.04, 0.16, 0.64, 2.56)
"""Cell edge in degrees for each level, finest first."""
_KM_PER_DEG_LAT = math.pi * EARTH_RADIUS_KM / 180.0
MAP_LEVELS = ((0.5, 9), (0.1, 11), (0.02, 13), (0.005, 15))
"""Map clustering grids, coarsest first: the embedded backend's cell edge in degrees and the Elasticsearch
``geotile_grid`` precision of about the same size (0: the country, 1: a 시도, 2: a 시군구, 3: a neighbourhood)."""
MAX_MAP_CLUSTERS = 2000
"""At most this many cells (the fullest) are returned by a map-cluster query."""


def map_cell(lat: float, lon: float, level: int) -> int:
    """The id of the map-grid cell of ``level`` that holds the point (row << 32 | column)."""
    size = MAP_LEVELS[level][0]
    return (int((lat + 90.0) // size) << 32) | int((lon + 180.0) // size)


def map_cells_in_box(min_lat: float, min_lon: float, max_lat: float, max_lon: float, level: int,
                     limit: int = 2000) -> list[int] | None:
    """Ids of the cells of ``level`` that a box touches; None when there are more than ``limit``."""
    size = MAP_LEVELS[level][0]
    r0, r1 = int((min_lat + 90.0) // size), int((max_lat + 90.0) // size)
    c0, c1 = int((min_lon + 180.0) // size), int((max_lon + 180.0) // size)
    if (r1 - r0 + 1) * (c1 - c0 + 1) > limit:
        return None
    return [(r << 32) | c for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def valid_coordinates(lat: object, lon: object) -> bool:
    """True when both coordinates are present, finite numbers and in range."""
    return (
        isinstance(lat, (int, float)) and isinstance(lon, (int, float))
        and math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
    )


def cell_id(level: int, lat_idx: int, lon_idx: int) -> int:
    """Pack a cell's level and grid indices into one unsigned 64-bit id."""
    return (level << 56) | (lat_idx << 28) | lon_idx


def cells_for_point(lat: float, lon: float) -> list[int]:
    """The cell ids (one per level) that contain the point."""
    out = []
    for level, size in enumerate(LEVEL_SIZES):
        out.append(cell_id(level, int((lat + 90.0) // size), int((lon + 180.0) // size)))
    return out


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """``(min_lat, max_lat, min_lon, max_lon)`` of a circle, clamped at the poles."""
    dlat = radius_km / _KM_PER_DEG_LAT
    cos_lat = max(math.cos(math.radians(min(89.9, abs(lat) + dlat))), 1e-6)
    dlon = min(180.0, dlat / cos_lat)
    return max(-90.0, lat - dlat), min(90.0, lat + dlat), max(-180.0, lon - dlon), min(180.0, lon + dlon)


@dataclass
class Covering:
    """Cells covering a circle: ``inner`` cells lie wholly inside, ``boundary`` cells straddle its edge."""

    inner: list[int]
    boundary: list[int]


def _finest_level(radius_km: float) -> int:
    target = radius_km / 32.0
    best = 0
    for level, size in enumerate(LEVEL_SIZES):
        if size * _KM_PER_DEG_LAT <= max(target, LEVEL_SIZES[0] * _KM_PER_DEG_LAT):
            best = level
    return best


def _start_level(radius_km: float, finest: int) -> int:
    extent_deg = 2 * radius_km / _KM_PER_DEG_LAT
    for level in range(len(LEVEL_SIZES) - 1, finest - 1, -1):
        if LEVEL_SIZES[level] < extent_deg:
            return min(level + 1, len(LEVEL_SIZES) - 1)
    return finest


def distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Haversine distances in km from one point to arrays of points (the index's one vectorised haversine)."""
    p1, p2 = math.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))


def covering(lat: float, lon: float, radius_km: float) -> Covering:
    """Cover the circle of ``radius_km`` around ``(lat, lon)`` with grid cells (see the module docstring).

    Classification is conservative: a cell counts as inner only when its corners and edge midpoints lie
    within 99.8% of the radius, so every document in an inner cell is within the radius; boundary documents
    are checked exactly by the caller. Each level is classified in one vectorised step.
    """
    finest = _finest_level(radius_km)
    level = _start_level(radius_km, finest)
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)
    size = LEVEL_SIZES[level]
    ii, jj = np.meshgrid(
        np.arange(int((min_lat + 90.0) // size), int((max_lat + 90.0) // size) + 1, dtype=np.int64),
        np.arange(int((min_lon + 180.0) // size), int((max_lon + 180.0) // size) + 1, dtype=np.int64),
        indexing="ij",
    )
    ii, jj = ii.ravel(), jj.ravel()
    inner: list[int] = []
    boundary: list[int] = []
    r_in, r_out = radius_km * 0.998, radius_km * 1.002 + 0.001
    while ii.size:
        sz = LEVEL_SIZES[level]
        la0, lo0 = ii * sz - 90.0, jj * sz - 180.0
        la1, lo1 = la0 + sz, lo0 + sz
        keep = distances_km(lat, lon, np.clip(lat, la0, la1), np.clip(lon, lo0, lo1)) <= r_out
        ii, jj, la0, lo0, la1, lo1 = ii[keep], jj[keep], la0[keep], lo0[keep], la1[keep], lo1[keep]
        mla, mlo = (la0 + la1) / 2, (lo0 + lo1) / 2
        far = np.zeros(ii.size)
        probes = ((la0, lo0), (la0, lo1), (la1, lo0), (la1, lo1), (mla, lo0), (mla, lo1), (la0, mlo), (la1, mlo))
        for a, b in probes:
            far = np.maximum(far, distances_km(lat, lon, a, b))
        is_inner = far <= r_in
        base = cell_id(level, 0, 0)
        inner.extend((base + (ii[is_inner] << 28) + jj[is_inner]).tolist())
        rest_i, rest_j = ii[~is_inner], jj[~is_inner]
        if level == finest:
            boundary.extend((base + (rest_i << 28) + rest_j).tolist())
            break
        level -= 1
        ii = np.repeat(rest_i * 4, 16) + np.tile(np.repeat(np.arange(4), 4), rest_i.size)
        jj = np.repeat(rest_j * 4, 16) + np.tile(np.tile(np.arange(4), 4), rest_j.size)
    return Covering(inner=inner, boundary=boundary)
