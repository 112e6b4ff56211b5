"""Embedded facets: match-all counts precomputed at build, the per-version LRU cache, the equipment fallback."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from index import get_backend
from index.embedded import schema
from index.embedded.backend import EmbeddedBackend
from index.types import FacilityDocument, SearchQuery

FIXTURE = Path(__file__).parents[1] / "contract" / "facilities.json"


def _docs() -> list[FacilityDocument]:
    return [FacilityDocument(**row) for row in json.loads(FIXTURE.read_text(encoding="utf-8"))]


def _backend(tmp_path: Path, **kw) -> EmbeddedBackend:
    return get_backend("embedded", data_dir=tmp_path, writer_heap_bytes=30_000_000, writer_threads=1, **kw)


def _expected(docs: list[FacilityDocument]) -> dict[str, dict[str, int]]:
    return {"kind": dict(Counter(k for d in docs for k in dict.fromkeys([d.kind, *d.kinds]) if k)),
            "sido": dict(Counter(d.sido for d in docs if d.sido)),
            "sigungu": dict(Counter(d.sigungu for d in docs if d.sigungu)),
            "equipment": dict(Counter(e for d in docs for e in d.equipment))}


def test_match_all_counts_come_from_the_build(tmp_path: Path) -> None:
    docs = _docs()
    b = _backend(tmp_path)
    v = b.build(docs)
    manifest = json.loads((tmp_path / "index" / "versions" / v / "manifest.json").read_text())
    assert sum(c for _, c in manifest["all_ks"]) == len(docs)
    b.activate(v)
    assert b.search(SearchQuery()).facets == _expected(docs)
    every_kind = tuple({d.kind for d in docs if d.kind})
    counted = _backend(tmp_path, facet_cache_size=0).search(SearchQuery(kind=every_kind)).facets
    assert counted == b.search(SearchQuery()).facets


def test_cached_facets_are_exact_and_do_not_leak_across_versions(tmp_path: Path) -> None:
    docs = _docs()
    b = _backend(tmp_path, facet_cache_size=4)
    uncached = _backend(tmp_path, facet_cache_size=0)
    b.activate(b.build(docs))
    queries = [SearchQuery(q="메이커"), SearchQuery(q="메이커", page=2, size=5, sort="name"),
               SearchQuery(q="메이커", sido=("경기도",)), SearchQuery(near=(37.5665, 126.978), radius_km=12),
               SearchQuery(q="과천"), SearchQuery(q="팹랩"), SearchQuery(q="메이커")]
    for q in queries:
        first, again = b.search(q).facets, b.search(q).facets
        assert first == again == uncached.search(q).facets
    first = b.search(SearchQuery(q="메이커")).facets
    first["kind"].clear()  # callers may change what they get; the cache keeps its own copy
    assert b.search(SearchQuery(q="메이커")).facets == uncached.search(SearchQuery(q="메이커")).facets
    before = b.search(SearchQuery(q="메이커")).facets
    changed = [d for d in docs if d.sido != "경기도"]
    for d in changed:
        d.kinds = [d.kind or "other", "muhan_hub"]
    b.activate(b.build(changed))
    after = b.search(SearchQuery(q="메이커"))
    assert after.facets == uncached.search(SearchQuery(q="메이커")).facets
    assert after.facets != before
    assert "경기도" not in after.facets["sido"]
    assert after.facets["kind"]["muhan_hub"] == after.total
    assert b.search(SearchQuery()).facets == _expected(changed)


def test_equipment_facet_falls_back_to_slots_with_many_sets(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "MAX_EQUIPMENT_SETS", 1)
    docs = _docs()
    docs[0].equipment = [f"tool_{i:02d}" for i in range(20)]
    b = _backend(tmp_path, facet_cache_size=0)
    b.activate(b.build(docs))
    assert b.search(SearchQuery()).facets == _expected(docs)
    q = SearchQuery(q="메이커")
    hits = {h.document.id for h in b.search(SearchQuery(q="메이커", size=100)).hits}
    assert b.search(q).facets["equipment"] == dict(Counter(e for d in docs if d.id in hits for e in d.equipment))


def _random_docs(n: int) -> list[FacilityDocument]:
    import random

    rng = random.Random(5)
    places = [("서울특별시", "강남구", 37.517, 127.047), ("서울특별시", "중구", 37.564, 126.997),
              ("경기도", "과천시", 37.429, 126.988), ("부산광역시", "중구", 35.10, 129.03)]
    kinds = ["makerspace_general", "muhan_hub", "ccei", "private_space"]
    out = []
    for i in range(n):
        sido, sigungu, lat, lon = rng.choice(places)
        kind = rng.choice(kinds)
        geo = rng.random() > 0.05
        out.append(FacilityDocument(
            id=f"r{i:05d}", name=f"공간 {i}", kind=kind, kinds=[kind, *rng.sample(kinds, rng.randint(0, 1))],
            sido=sido, sigungu=sigungu, equipment=sorted(set(rng.sample(["a", "b", "c", "d"], rng.randint(0, 3)))),
            lat=round(lat + rng.gauss(0, 0.05), 3) if geo else None, lon=round(lon + rng.gauss(0, 0.05), 3)
            if geo else None))
    return out


@pytest.mark.parametrize("kw", [
    {"near": (37.5, 127.0), "radius_km": 5.0},
    {"near": (37.5, 127.0), "radius_km": 12.0, "page": 3, "size": 7},
    {"near": (37.45, 126.99), "radius_km": 3.0, "kind": ("muhan_hub",)},
    {"near": (37.45, 126.99), "radius_km": 30.0, "sido": ("서울특별시",), "sigungu": ("중구",)},
    {"near": (37.45, 126.99), "radius_km": 30.0, "equipment": ("a", "d"), "kind": ("ccei", "private_space")},
    {"near": (35.1, 129.0)},
    {"near": (35.1, 129.0), "page": 2, "size": 50, "sido": ("부산광역시",)},
    {"near": (36.0, 128.0), "radius_km": 1.0},
])
def test_map_queries_from_columns_equal_the_index_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       kw: dict) -> None:
    from index.embedded.geo_search import GeoSearch

    b = _backend(tmp_path, facet_cache_size=0)
    b.activate(b.build(_random_docs(1500)))
    q = SearchQuery(sort="distance", **kw)
    fast = b.search(q)
    assert b._current().geo.columns is not None  # answered from the columns
    monkeypatch.setattr(GeoSearch, "is_map_query", lambda self, q: False)
    slow = b.search(q)
    assert fast.total == slow.total
    assert [h.document.id for h in fast.hits] == [h.document.id for h in slow.hits]
    assert [h.distance_km for h in fast.hits] == pytest.approx([h.distance_km for h in slow.hits])
    assert fast.facets == slow.facets


def test_typo_tolerance_only_when_exact_words_find_few(tmp_path: Path) -> None:
    from index.embedded.plain import EXACT_ENOUGH

    docs = [FacilityDocument(id=f"s{i:02d}", name=f"과학체험관 {i}호", sido="서울특별시") for i in range(EXACT_ENOUGH)]
    docs += [FacilityDocument(id="typo-busan", name="부산과학체엄관", sido="부산광역시"),
             FacilityDocument(id="exact-busan", name="부산과학체험관", sido="부산광역시")]
    b = _backend(tmp_path)
    b.activate(b.build(docs))
    broad = b.search(SearchQuery(q="과학체험관", size=50))
    assert broad.total == EXACT_ENOUGH + 1 and "typo-busan" not in {h.document.id for h in broad.hits}
    narrow = b.search(SearchQuery(q="과학체험관", sido=("부산광역시",), size=50))
    assert [h.document.id for h in narrow.hits] == ["exact-busan", "typo-busan"]
    assert [h.document.id for h in b.search(SearchQuery(q="부산과학체엄관")).hits][:1] == ["typo-busan"]


def test_repeated_match_sets_answer_from_what_is_known(tmp_path: Path) -> None:
    """A match set seen before (another page, sort or facets flag) takes its page without counting; the total,
    the exact-or-typo choice, the hits and the facets equal a backend that keeps nothing."""
    from index.embedded.plain import EXACT_ENOUGH

    docs = _docs() + [FacilityDocument(id=f"s{i:02d}", name=f"과학체험관 {i}호", sido="서울특별시")
                      for i in range(EXACT_ENOUGH)]
    docs += [FacilityDocument(id="typo-busan", name="부산과학체엄관", sido="부산광역시")]
    b = _backend(tmp_path, facet_cache_size=64)
    uncached = _backend(tmp_path, facet_cache_size=0)
    b.activate(b.build(docs))
    variants = [{}, {"page": 2, "size": 3}, {"sort": "name"}, {"facets": False}, {"size": 1, "page": 4},
                {"page": 50}]
    for text, extra in [("과학체험관", {}), ("과학체험관", {"sido": ("부산광역시",)}), ("메이커", {}),
                        ("메이커스페이스", {"sido": ("경기도",)}), ("", {}), ("", {"kind": ("makerspace_general",)}),
                        ("()", {}), ("과천", {})]:
        for variant in variants * 2:
            q = SearchQuery(q=text, **extra, **variant)
            got, want = b.search(q), uncached.search(q)
            assert got.total == want.total, q
            assert [h.document.id for h in got.hits] == [h.document.id for h in want.hits], q
            assert [h.score for h in got.hits] == pytest.approx([h.score for h in want.hits]), q
            assert got.facets == want.facets, q
    assert "typo-busan" in {h.document.id for h in b.search(SearchQuery(q="과학체험관",
                                                                          sido=("부산광역시",))).hits}
