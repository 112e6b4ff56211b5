"""Broad texts (common words): totals summed from per-text buckets, pages looked for among name matches first.

Both shortcuts must give exactly what the one-pass search gives: a backend that keeps nothing between queries
(``facet_cache_size=0``) never takes them, so it is the reference.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from index import get_backend
from index.embedded import facets, plain
from index.types import FacilityDocument, SearchQuery

PLACES = [("서울특별시", "마포구"), ("서울특별시", "강남구"), ("경기도", "수원시 영통구"), ("경기도", "과천시"),
          ("부산광역시", "해운대구"), ("세종특별자치시", None)]
CORES = ["메이커 스페이스", "메이커스페이스 전문랩", "팹랩", "창작 공방", "시제품 제작소", "디바이스랩"]
KINDS = ["maker_space_pro", "maker_space_general", "imagination_room", "ccei", "private"]
PHRASES = ["메이커 교육을 여는 공간", "3D 프린터와 레이저 커터를 갖춘 제작소", "창업 지원 프로그램", "목공 체험"]


def _corpus(n: int) -> list[FacilityDocument]:
    rng = random.Random(5)
    docs = []
    for i in range(n):
        sido, sigungu = rng.choice(PLACES)
        core = rng.choice(CORES)
        kinds = rng.sample(KINDS, rng.randint(1, 2))
        docs.append(FacilityDocument(
            id=f"b{i:05d}", name=f"{(sigungu or '세종')[:2]} {core} {rng.randint(1, 60)}호", kind=kinds[0],
            kinds=kinds, sido=sido, sigungu=sigungu, operator=rng.choice(["메이커협동조합", "테크노파크", "시청"]),
            equipment=rng.sample(["3d_printer", "laser_cutter", "cnc"], rng.randint(0, 2)),
            description=" ".join(rng.sample(PHRASES, 2))))
    return docs


@pytest.fixture(scope="module")
def backends(tmp_path_factory: pytest.TempPathFactory):
    data_dir = tmp_path_factory.mktemp("broad")
    new = get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1)
    new.activate(new.build(_corpus(3000)))
    reference = get_backend("embedded", data_dir=data_dir, facet_cache_size=0)
    return new, reference


def test_broad_shortcuts_answer_exactly_like_one_pass(backends, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain, "BROAD_MATCHES", 1)  # every text of common words is broad in this small corpus
    taken = {"names first": 0, "fell back": 0, "derived": 0}
    names_first, derived_total = plain.PlainSearch.names_first, facets.FacetCounter.derived_total

    def spy_names_first(self, *args, **kwargs):
        page = names_first(self, *args, **kwargs)
        taken["names first" if page is not None else "fell back"] += 1
        return page

    def spy_derived(self, *args, **kwargs):
        taken["derived"] += 1
        return derived_total(self, *args, **kwargs)

    monkeypatch.setattr(plain.PlainSearch, "names_first", spy_names_first)
    monkeypatch.setattr(facets.FacetCounter, "derived_total", spy_derived)
    new, reference = backends
    texts = ["메이커", "메이커 스페이스", "메이커스페이스", "팹랩", "공방", "제작소", "창업", "3D 프린터",
             "마포 메이커", "수원 팹랩 7호", "메이커스페이스 전문랩", "교육"]
    filters = [{}, {"sido": ("서울특별시",)}, {"sido": ("경기도", "부산광역시")}, {"sigungu": ("과천시",)},
               {"kind": ("ccei",)}, {"kind": ("private",), "sido": ("세종특별자치시",)}]
    for text, extra, page in itertools.product(texts, filters, [1, 2, 9]):
        q = SearchQuery(q=text, page=page, size=7, facets=page == 1, **extra)
        got, want = new.search(q), reference.search(q)
        assert got.total == want.total, q
        assert [h.document.id for h in got.hits] == [h.document.id for h in want.hits], q
        assert [h.score for h in got.hits] == pytest.approx([h.score for h in want.hits], rel=1e-6), q
        assert got.facets == want.facets, q
    assert taken["names first"] > 50 and taken["fell back"] > 0 and taken["derived"] > 50, taken


def test_a_text_that_no_name_holds_falls_back_to_one_pass(backends, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain, "BROAD_MATCHES", 1)
    new, reference = backends
    q = SearchQuery(q="교육", size=5)  # only in descriptions: no name clause can decide the page
    assert [h.document.id for h in new.search(q).hits] == [h.document.id for h in reference.search(q).hits]
    assert new.search(q).total == reference.search(q).total > 5


def test_a_page_where_other_matches_outscore_the_names_is_not_taken_from_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The names that match hold only one bigram of the word, and that bigram is in almost every name (it weighs
    nearly nothing); a few short documents repeat the word without holding it in their name. Those rank first,
    and the BM25 bound must send the search back to one pass."""
    monkeypatch.setattr(plain, "BROAD_MATCHES", 1)
    filler = " ".join(f"설명{i}" for i in range(60))
    docs = [FacilityDocument(id=f"e{i:04d}", name=f"이스트 가게 {i}") for i in range(3000)]
    docs += [FacilityDocument(id=f"n{i:03d}", name=f"이스트 센터 {i}호", description=f"메이커스페이스 {filler}")
             for i in range(200)]
    docs += [FacilityDocument(id=f"x{i:02d}", name=f"목재 작업실 {i}", description="메이커스페이스 메이커스페이스")
             for i in range(10)]
    b = get_backend("embedded", data_dir=tmp_path, writer_heap_bytes=30_000_000, writer_threads=1)
    b.activate(b.build(docs))
    reference = get_backend("embedded", data_dir=tmp_path, facet_cache_size=0)
    q = SearchQuery(q="메이커스페이스", size=5)
    want = [h.document.id for h in reference.search(q).hits]
    assert all(i.startswith("x") for i in want), want  # the situation is real: documents without a name match lead
    assert [h.document.id for h in b.search(q).hits] == want
