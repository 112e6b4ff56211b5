"""Facilities for dedupe tests, built through the real normalizers (the pipeline's path)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dedupe.model import MatchModel, load_model
from normalizers.facility import normalize_facility
from normalizers.records import Facility

FacilityFactory = Callable[..., Facility]


def make_facility(source: str, key: str, name: str, address: str = "", phone: str = "",
                  fetched_at: str | None = None, **fields: str | list[str]) -> Facility:
    """One normalised facility from scraped-looking strings."""
    raw: dict[str, str | list[str]] = {"name": name, "address": address, "phone": phone, **fields}
    return normalize_facility({k: v for k, v in raw.items() if v}, source_id=source, key=key,
                              url=f"https://{source}.example/{key}", fetched_at=fetched_at)


@pytest.fixture
def facility() -> FacilityFactory:
    """The :func:`make_facility` factory."""
    return make_facility


@pytest.fixture(scope="session")
def model() -> MatchModel:
    """The shipped model (config/dedupe.yaml)."""
    return load_model()


@pytest.fixture
def world() -> list[Facility]:
    """A small set: one obvious duplicate pair (a1/a2), one weak look-alike pair (c1/c2), and strangers."""
    return [
        make_facility("makeall", "a1", "(주)한빛 메이커스페이스", "서울특별시 강남구 테헤란로 123", "02-555-1234"),
        make_facility("ccei", "a2", "한빛메이커 스페이스", "서울 강남구 테헤란로123 3층", "025551234"),
        make_facility("makeall", "b1", "누리 팹랩", "부산광역시 해운대구 센텀중앙로 45", "051-700-1111"),
        make_facility("makeall", "c1", "다온 공유공방", "대구광역시 수성구 달구벌대로 100", "053-100-2000"),
        make_facility("ccei", "c2", "다온 코딩학원", "대구광역시 수성구 범어로 7", "053-900-3000"),
        make_facility("ccei", "d1", "새솔 3D프린팅 체험센타", "광주광역시 북구 첨단과기로 9", "062-300-4000"),
    ]
