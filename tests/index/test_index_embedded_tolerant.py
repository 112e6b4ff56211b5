"""The typo-tolerant form counted and scored on its candidates matches exactly what the plain form matches."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from index import get_backend
from index.embedded import plain
from index.types import FacilityDocument, SearchQuery

PLACES = ["강릉", "과천", "수원", "여수", "진주", "세종"]
CORES = ["메이커스페이스", "디바이스랩", "창작공방", "과학체험관", "창업지원센터"]
TYPOS = {"메이커스페이스": "메이커스페스", "디바이스랩": "디바이스렙", "창작공방": "창작공빵",
         "과학체험관": "과학체엄관", "창업지원센터": "창업지원센타"}


def _corpus() -> list[FacilityDocument]:
    rng = random.Random(8)
    docs = []
    for i in range(1500):
        place, core = rng.choice(PLACES), rng.choice(CORES)
        written = TYPOS[core] if rng.random() < 0.1 else core  # some sites misspell the name
        docs.append(FacilityDocument(id=f"t{i:04d}", name=f"{rng.choice(['', '스마트', '시립'])}{place} {written} "
                                                         f"{rng.randint(1, 40)}호점",
                                     sido="서울특별시" if i % 3 else "경기도", description="장비와 교육"))
    return docs


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data directory of a built and activated version."""
    data_dir = tmp_path_factory.mktemp("tolerant")
    b = get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1)
    b.activate(b.build(_corpus()))
    return data_dir


def _run(data_dir: Path, q: SearchQuery, limit: int, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(plain, "TOLERANT_CANDIDATES", limit)
    return get_backend("embedded", data_dir=data_dir, facet_cache_size=0).search(q)


def _ranked(result) -> list[tuple[float, str]]:
    """Hits as (score to 4 decimals, id): two sums of the same float32 terms in another order may differ in the
    last bit, and tantivy then orders such near-ties either way."""
    return sorted((-round(h.score, 4), h.document.id) for h in result.hits)


def test_candidates_give_the_plain_answer(backend, monkeypatch: pytest.MonkeyPatch) -> None:
    used = []
    only = plain.PlainSearch.only
    monkeypatch.setattr(plain.PlainSearch, "only", lambda self, *a: used.append(1) or only(self, *a))
    texts = ["스마트여수 메이커스페이스 17호점", "과천 과학체험관 3호점", "진주 디바이스랩", "시립세종 창업지원센타",
             "강릉 창작공방 99호점", "수원 메이커스페스", "여수 과학체엄관 2호점"]
    for text, sido, page in itertools.product(texts, [(), ("경기도",)], [1, 2]):
        q = SearchQuery(q=text, sido=sido, page=page, size=6)
        got, want = _run(backend, q, 2_000, monkeypatch), _run(backend, q, 0, monkeypatch)
        assert got.total == want.total, q
        assert got.facets == want.facets, q
        assert _ranked(got) == _ranked(want), q
    assert used, "the candidate path was never taken"


def test_a_typo_still_finds_the_facility_both_ways(backend, monkeypatch: pytest.MonkeyPatch) -> None:
    q = SearchQuery(q="과천 과학체엄관", size=50)  # the typo of the query; most documents spell it right
    for limit in (2_000, 0):
        names = {h.document.name for h in _run(backend, q, limit, monkeypatch).hits}
        assert any("과학체험관" in n for n in names) and all("과천" in n for n in names)


def test_too_many_candidates_fall_back_to_the_plain_form(backend, monkeypatch: pytest.MonkeyPatch) -> None:
    q = SearchQuery(q="메이커스페스", size=5)
    want = _run(backend, q, 0, monkeypatch)
    got = _run(backend, q, 1, monkeypatch)  # more candidates than that: the plain form runs
    assert got.total == want.total > 1 and [h.document.id for h in got.hits] == [h.document.id for h in want.hits]
