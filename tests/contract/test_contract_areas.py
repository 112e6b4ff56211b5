"""Districts that are no administrative unit (``config/search_areas.yaml``): the facilities that mention the area
typed rank first, the rest of its place follows, and nothing outside the place comes (both backends)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.types import FacilityDocument, SearchBackend, SearchQuery
from tests.contract.test_contract_understood import Clock, _make


def _doc(id_: str, name: str, sigungu: str, address: str, equipment: list[str]) -> FacilityDocument:
    return FacilityDocument(id=id_, name=name, kind="private_space", kinds=["private_space"], sido="부산광역시",
                            sigungu=sigungu, address=address, equipment=equipment)


DOCS = [
    _doc("in-seomyeon", "가람 메이커랩", "부산진구", "부산광역시 부산진구 서면로 68 3층", ["3D printer"]),
    _doc("in-jeonpo", "나무 공작소", "부산진구", "부산광역시 부산진구 전포대로 199 (전포동)", ["3D printer"]),
    _doc("elsewhere-in-gu", "다솜 제작소", "부산진구", "부산광역시 부산진구 엄광로 176 (가야동)", ["3D printer"]),
    _doc("no-printer", "라온 공방", "부산진구", "부산광역시 부산진구 서면문화로 10", ["sewing machine"]),
    _doc("other-gu", "마루 메이커스페이스", "해운대구", "부산광역시 해운대구 센텀중앙로 79", ["3D printer"]),
]


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def areas_served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchBackend]:
    backend = _make(request.param, tmp_path, Clock())  # with the real query vocabulary
    backend.activate(backend.build(DOCS, expected=len(DOCS)))
    yield backend
    if request.param == "elasticsearch":
        backend.delete_everything()  # type: ignore[attr-defined]


def test_an_area_ranks_its_own_first_and_keeps_the_rest_of_its_place(areas_served: SearchBackend) -> None:
    result = areas_served.search(SearchQuery(q="서면 3D프린터", size=10))
    ids = [h.document.id for h in result.hits]
    assert set(ids[:2]) == {"in-seomyeon", "in-jeonpo"}, ids  # 서면로, 전포동: in 서면
    assert ids[2:] == ["elsewhere-in-gu"], ids  # the rest of 부산진구 after them; no other 구, no other machine
    assert result.understood is not None and [p.key for p in result.understood.places] == ["부산광역시 부산진구"]
