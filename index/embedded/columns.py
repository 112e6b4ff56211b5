"""Map queries in memory: per-document coordinates and facet ids of one version, indexed by ``seq``.

A query with a point and no text or other filters than kind/시도/시군구/equipment (the map view) does not need
the inverted index: the documents in the circle's bounding box come from a grid sorted once per version
(0.04° cells, one ``searchsorted`` pair per grid row), their exact distances from numpy, the nearest ``k`` from
``argpartition`` and the facet counts from ``np.bincount`` over small codes of the facet ids of the documents
inside. Coordinates, facet ids and codes are also kept in grid order, so a bounding box is a few contiguous
runs of every array (``positions``) instead of random reads by ``seq``. Only the page's documents are then
read, by ``seq``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from index.geo import EARTH_RADIUS_KM, bounding_box, distances_km

CELL_DEG = 0.04
_ROW = 1 << 20


distances = distances_km
"""Haversine distances in km from one point to arrays of points (``index.geo.distances_km``)."""


class Columns:
    """The ``columns.npz`` of a version with a grid over the documents that have coordinates."""

    def __init__(self, path: Path) -> None:
        with np.load(path) as data:
            self.lat, self.lon = data["lat"], data["lon"]
            self.ks, self.eq = data["ks"], data["eq"]
        self.ks_values, ks_codes = np.unique(self.ks, return_inverse=True)
        self.ks_codes = ks_codes.reshape(-1).astype(np.int32 if self.ks_values.size < 2**31 else np.int64)
        """Small codes for the facet ids: ``ks == ks_values[ks_codes]`` (counted with ``np.bincount``)."""
        self.eq_values, eq_codes = np.unique(self.eq, return_inverse=True)
        self.eq_codes = eq_codes.reshape(-1).astype(np.int32 if self.eq_values.size < 2**31 else np.int64)
        geo = np.nonzero(~np.isnan(self.lat))[0]
        keys = self._keys(self.lat[geo], self.lon[geo])
        order = np.argsort(keys, kind="stable")
        self.geo_seqs = geo[order]
        """Seqs of the documents with coordinates, sorted by grid cell."""
        self.keys = keys[order]
        self.g_lat, self.g_lon = self.lat[self.geo_seqs], self.lon[self.geo_seqs]
        """Coordinates in grid order (position ``i`` is document ``geo_seqs[i]``)."""
        self.g_ks, self.g_eq = self.ks[self.geo_seqs], self.eq[self.geo_seqs]
        """Facet ids in grid order (the map filters read these)."""
        self.g_ks_codes, self.g_eq_codes = self.ks_codes[self.geo_seqs], self.eq_codes[self.geo_seqs]

    @staticmethod
    def _keys(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        return (np.floor((lat + 90.0) / CELL_DEG).astype(np.int64) * _ROW
                + np.floor((lon + 180.0) / CELL_DEG).astype(np.int64))

    def facet_counts(self, seqs: np.ndarray) -> tuple[dict[int, int], dict[int, int]]:
        """``(ks, eq)``: how many of the documents ``seqs`` hold each facet id (ids with no document left out)."""
        return self._counts(self.ks_codes[seqs], self.eq_codes[seqs])

    def facet_counts_at(self, positions: np.ndarray) -> tuple[dict[int, int], dict[int, int]]:
        """``facet_counts`` of the documents at these grid positions."""
        return self._counts(self.g_ks_codes[positions], self.g_eq_codes[positions])

    def _counts(self, ks_codes: np.ndarray, eq_codes: np.ndarray) -> tuple[dict[int, int], dict[int, int]]:
        out = []
        for values, codes in ((self.ks_values, ks_codes), (self.eq_values, eq_codes)):
            counts = np.bincount(codes, minlength=values.size)
            nz = np.flatnonzero(counts)
            out.append(dict(zip(values[nz].tolist(), counts[nz].tolist(), strict=True)))
        return out[0], out[1]

    def in_box(self, lat: float, lon: float, radius_km: float) -> np.ndarray:
        """Grid positions of the documents in the bounding box's grid cells (a superset of the circle), in
        increasing order: one contiguous run per grid row."""
        min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)
        r0, r1 = int((min_lat + 90.0) // CELL_DEG), int((max_lat + 90.0) // CELL_DEG)
        c0, c1 = int((min_lon + 180.0) // CELL_DEG), int((max_lon + 180.0) // CELL_DEG)
        rows = np.arange(r0, r1 + 1, dtype=np.int64) * _ROW
        starts = np.searchsorted(self.keys, rows + c0, side="left")
        ends = np.searchsorted(self.keys, rows + c1, side="right")
        parts = [np.arange(a, b) for a, b in zip(starts.tolist(), ends.tolist(), strict=True) if b > a]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def nearest(self, lat: float, lon: float, radius_km: float | None, k: int,
                keep: Callable[[np.ndarray], np.ndarray] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(inside, ordered, dists)``: the seqs within the radius (all with coordinates when None), and the
        ``k`` nearest of them with their distances, ordered by (distance, seq). ``keep`` maps grid positions
        to a boolean mask (the filters; see ``nearest_positions``) or is None."""
        inside, ordered, dists = self.nearest_positions(lat, lon, radius_km, k, keep)
        return self.geo_seqs[inside], ordered, dists

    def nearest_positions(self, lat: float, lon: float, radius_km: float | None, k: int,
                          keep: Callable[[np.ndarray], np.ndarray] | None
                          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``nearest`` with the documents inside given as grid positions (``geo_seqs[inside]`` are their seqs;
        ``facet_counts_at`` counts them); ``keep`` reads the grid-ordered columns (``g_ks``, ``g_eq``).

        Small circles first use a flat-earth distance with a proven error bound ``m``: candidates clearly
        inside or outside are decided by it, only the thin ring in between and the few nearest get the exact
        haversine distance."""
        cand = np.arange(self.geo_seqs.size) if radius_km is None else self.in_box(lat, lon, radius_km)
        if keep is not None:
            cand = cand[keep(cand)]
        lats, lons = self.g_lat[cand], self.g_lon[cand]
        m = None if radius_km is None else _flat_error(lat, radius_km)
        if m is None:
            dist = distances(lat, lon, lats, lons)
            if radius_km is not None:
                ok = dist <= radius_km
                cand, dist = cand[ok], dist[ok]
            return cand, *_k_nearest(self.geo_seqs[cand], dist, k)
        assert radius_km is not None
        approx = _flat(lat, lon, lats, lons)
        sure = approx <= radius_km * (1 - m)
        unsure = np.nonzero(~sure & (approx <= radius_km * (1 + m)))[0]
        if unsure.size:
            exact = distances(lat, lon, lats[unsure], lons[unsure]) <= radius_km
            sure[unsure[exact]] = True
        inside, approx = cand[sure], approx[sure]
        if inside.size > k:
            cut = np.partition(approx, k - 1)[k - 1] * (1 + m) / (1 - m)
            near = inside[approx <= cut]
        else:
            near = inside
        ordered, dists = _k_nearest(self.geo_seqs[near], distances(lat, lon, self.g_lat[near], self.g_lon[near]), k)
        return inside, ordered, dists


def _k_nearest(seqs: np.ndarray, dist: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` smallest distances, ordered by (distance, seq), with their seqs."""
    if seqs.size > k:
        cut = np.partition(dist, k - 1)[k - 1]
        part = np.nonzero(dist <= cut)[0]  # keep ties at the cut so the (distance, seq) order is exact
    else:
        part = np.arange(seqs.size)
    order = part[np.lexsort((seqs[part], dist[part]))][:k]
    return seqs[order], dist[order]


_KM_PER_DEG = math.pi * EARTH_RADIUS_KM / 180.0


def _flat(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Equirectangular distance in km, scaled at the query's latitude."""
    dy = (lats - lat) * _KM_PER_DEG
    dx = (lons - lon) * (_KM_PER_DEG * math.cos(math.radians(lat)))
    return np.sqrt(dx * dx + dy * dy)


def _flat_error(lat: float, radius_km: float) -> float | None:
    """A bound on the relative error of ``_flat`` against haversine within ``radius_km`` (None: do not use it):
    the change of cos(latitude) across the circle plus the curvature term, with a safety factor of 2."""
    if radius_km > 200 or abs(lat) > 70:
        return None
    dlat = radius_km / _KM_PER_DEG
    c0 = math.cos(math.radians(lat))
    spread = max(abs(math.cos(math.radians(min(89.9, abs(lat) + dlat))) / c0 - 1),
                 abs(math.cos(math.radians(max(0.0, abs(lat) - dlat))) / c0 - 1))
    m = 2 * (spread + (radius_km / EARTH_RADIUS_KM) ** 2)
    return m if m < 0.1 else None
