"""Coordinates printed on a page: read, sanity-check that they fall inside Korea (swapped pairs are turned)."""

from __future__ import annotations

import re

from normalizers.records import Parsed
from normalizers.text import clean

LAT_RANGE = (33.0, 38.9)
"""South Korea including 마라도 (33.1) and the northern border areas."""
LON_RANGE = (124.5, 132.0)
"""From 백령도 (124.6) to 독도 (131.9)."""
_NUMBER = re.compile(r"[-+]?\d{1,3}(?:\.\d+)?")
(_LAT_LOW, _LAT_HIGH), (_LON_LOW, _LON_HIGH) = LAT_RANGE, LON_RANGE


def _read(value: str | None) -> list[float]:
    if value is None:
        return []
    if isinstance(value, (int, float)):
        return [float(value)]
    if not isinstance(value, str):
        return []
    if _NUMBER.fullmatch(value):  # the usual "37.5665": already clean, one number
        return [float(value)]
    return [float(x) for x in _NUMBER.findall(clean(value))]


def _inside(lat: float, lon: float) -> bool:
    return LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LON_RANGE[0] <= lon <= LON_RANGE[1]


def parse_coordinates(lat: str | None, lon: str | None) -> Parsed[tuple[float, float]]:
    """Read a (lat, lon) pair; ``lat`` alone may hold both ("37.57, 126.98"). Rounded to 7 decimals."""
    if type(lat) is str and type(lon) is str and _NUMBER.fullmatch(lat) and _NUMBER.fullmatch(lon):
        return _pair(float(lat), float(lon))  # the usual "37.5665", "126.9780": one clean number each
    lats, lons = _read(lat), _read(lon)
    if lon is None or not lons:
        if len(lats) == 2:
            lats, lons = lats[:1], lats[1:]
    if len(lats) != 1 or len(lons) != 1:
        return Parsed(None, "no coordinate pair found")
    return _pair(lats[0], lons[0])


def _pair(lat: float, lon: float) -> Parsed[tuple[float, float]]:
    """The pair rounded, turned when swapped, or the reason it is not inside South Korea."""
    a, b = round(lat, 7), round(lon, 7)
    if _LAT_LOW <= a <= _LAT_HIGH and _LON_LOW <= b <= _LON_HIGH:  # _inside(a, b), the usual case, inline
        return Parsed((a, b))
    if _inside(b, a):
        return Parsed((b, a))
    if a == 0 and b == 0:
        return Parsed(None, "coordinates are 0, 0 (a placeholder)")
    return Parsed(None, f"({a}, {b}) is outside South Korea")
