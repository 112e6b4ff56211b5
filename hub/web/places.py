"""Places a searcher can pick instead of sharing their location: major stations and city halls."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A named point."""

    key: str
    label: str
    lat: float
    lon: float

    @property
    def near(self) -> str:
        """``lat,lon`` as the search query takes it."""
        return f"{self.lat:.5f},{self.lon:.5f}"


PLACES: tuple[Place, ...] = (
    Place("seoul-station", "서울역", 37.55465, 126.97060),
    Place("gangnam-station", "강남역", 37.49794, 127.02762),
    Place("hongdae", "홍대입구역", 37.55720, 126.92450),
    Place("suwon-station", "수원역", 37.26570, 127.00010),
    Place("incheon-cityhall", "인천시청", 37.45600, 126.70520),
    Place("chuncheon-station", "춘천역", 37.88490, 127.71690),
    Place("cheongju-cityhall", "청주시청", 36.64240, 127.48900),
    Place("daejeon-station", "대전역", 36.33240, 127.43420),
    Place("sejong-cityhall", "세종시청", 36.48010, 127.28900),
    Place("jeonju-station", "전주역", 35.84990, 127.16170),
    Place("gwangju-songjeong", "광주송정역", 35.13780, 126.79320),
    Place("dongdaegu-station", "동대구역", 35.87960, 128.62850),
    Place("pohang-station", "포항역", 36.07160, 129.34130),
    Place("ulsan-cityhall", "울산시청", 35.53960, 129.31150),
    Place("changwon-cityhall", "창원시청", 35.22800, 128.68110),
    Place("busan-station", "부산역", 35.11510, 129.04210),
    Place("jeju-airport", "제주국제공항", 33.50700, 126.49280),
)
"""The places offered on the search page, north to south."""

BY_KEY = {p.key: p for p in PLACES}
RADII_KM = (1, 3, 5, 10, 20, 50, 100)
"""The radii offered with a place or the searcher's location."""
