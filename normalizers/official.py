"""The region tables generated from the official code lists (``config/regions_official.json``, written by
``tools/build_region_tables.py``; its ``attribution`` names the sources and their licences).

It holds every 시도 and 시군구/일반구 with the dates each name was in force, the 읍면동 → 일반구 lookup of the
cities with 일반구, the 시군구 of each 읍면동 name, the successor of each abolished 시 and 군, the English names
of 2018 and a dictionary of real road names.
The hand-kept ``regions.yaml`` takes its 시군구 lists from here unless it gives its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from normalizers.errors import TableError

FILE_NAME = "regions_official.json"


@dataclass(frozen=True)
class SigunguPeriod:
    """One 시군구 (or 일반구) name with its code and the dates it was in force (``until`` exclusive)."""

    code: str
    sido: str
    city: str
    gu: str | None
    start: str
    until: str | None


@dataclass(frozen=True)
class Successor:
    """An abolished 시 or 군 and the current 시군구 that holds most of its former 읍면동 and 리."""

    sido: str
    name: str
    until: str
    now_sido: str
    now: str


@dataclass(frozen=True)
class OfficialRegions:
    """What the generated table holds (see the module docstring)."""

    last_version: str
    sigungu: tuple[SigunguPeriod, ...] = ()
    dong_gu: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    """"시도 시" → {읍면동: its 일반구 (two when two 구 have a 읍면동 of that name)} for cities with 일반구."""
    dong_sigungu: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """"시도 읍면동" → the 시군구 (with 일반구) that have a 읍면동 of that name."""
    successors: tuple[Successor, ...] = ()
    """Where each abolished 시 and 군 went (영일군 → 포항시, 경상남도 울주군 → 울산광역시 울주군)."""
    sido_eng: Mapping[str, str] = field(default_factory=dict)
    """English 시도 name (2018) → its Korean name then."""
    sigungu_eng: tuple[tuple[str, str, str], ...] = ()
    """(English 시군구 name, 시도, 시군구) of 2018; 일반구 written with their city (수원시영통구)."""
    roads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """"시도 시군구" → real road names (from public-data road addresses)."""
    attribution: Mapping[str, str] = field(default_factory=dict)

    def current_units(self, sido: str) -> list[tuple[str, str | None]]:
        """(시/군/구, 일반구) in force at the table's last version for one 시도, in code order."""
        return [(p.city, p.gu) for p in sorted(self.sigungu, key=lambda p: p.code)
                if p.sido == sido and p.until is None]


def load_official(directory: Path) -> OfficialRegions | None:
    """The generated table in ``directory``, or None when the directory has none."""
    path = directory / FILE_NAME
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return OfficialRegions(
            last_version=str(data["timeline_last_version"]),
            sigungu=tuple(SigunguPeriod(s["code"], s["sido"], s["city"], s.get("gu"), s["from"], s.get("until"))
                          for s in data["sigungu"]),
            dong_gu={k: {d: tuple(g) for d, g in v.items()} for k, v in data.get("dong_gu", {}).items()},
            dong_sigungu={k: tuple(v) for k, v in data.get("dong_sigungu", {}).items()},
            successors=tuple(Successor(x["sido"], x["name"], x["until"], x["now_sido"], x["now"])
                             for x in data.get("successors", ())),
            sido_eng=dict(data.get("sido_eng", {})),
            sigungu_eng=tuple(tuple(x) for x in data.get("sigungu_eng", ())),  # type: ignore[misc]
            roads={k: tuple(v) for k, v in data.get("roads", {}).items()},
            attribution=dict(data.get("attribution", {})),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TableError(str(path), [f"cannot be read: {exc} (run tools/build_region_tables.py)"]) from None


def official_units(official: OfficialRegions, sido: str) -> list[Any]:
    """The 시군구 list of a 시도 in the regions.yaml shape (a city with 일반구 as ``{city: [구, …]}``)."""
    out: list[Any] = []
    by_city: dict[str, list[str]] = {}
    for city, gu in official.current_units(sido):
        if gu is None:
            if city not in by_city and city not in out:
                out.append(city)
            continue
        if city not in by_city:
            by_city[city] = []
            out.append({city: by_city[city]})
        by_city[city].append(gu)
    if sido == "세종특별자치시":  # the code list gives 세종시 a 시군구 code; its addresses have no 시군구
        return []
    return out
