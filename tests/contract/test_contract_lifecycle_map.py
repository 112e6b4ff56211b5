"""Life cycle and map clusters, the same on every backend: a filter of any states, a facet counting every state,
clusters whose counts add up to the matches with coordinates."""

from __future__ import annotations

from collections import Counter

import pytest

from index.errors import QueryError
from index.geo import MAP_LEVELS
from index.types import FacilityDocument, SearchBackend, SearchQuery

STATES = {"e-mapo-sogong": "closed", "e-gwacheon-library": "possibly_closed", "e-pohang-maker": "moved"}


@pytest.fixture
def lived(backend: SearchBackend, docs: list[FacilityDocument]) -> tuple[SearchBackend, list[FacilityDocument]]:
    """The fixture documents with a few life-cycle states set, served."""
    for doc in docs:
        doc.lifecycle = STATES.get(doc.id, "open")
        if doc.id in STATES:
            doc.lifecycle_since = "2026-10-01T00:00:00+00:00"
    version = backend.build(docs, expected=len(docs))
    backend.activate(version)
    return backend, docs


def test_lifecycle_filter_keeps_any_of_the_states(lived) -> None:
    backend, docs = lived
    found = backend.search(SearchQuery(lifecycle=("closed", "possibly_closed"), size=100))
    assert {h.document.id for h in found.hits} == {"e-mapo-sogong", "e-gwacheon-library"}
    assert {h.document.lifecycle for h in found.hits} == {"closed", "possibly_closed"}
    assert found.hits[0].document.lifecycle_since == "2026-10-01T00:00:00+00:00"
    opened = backend.search(SearchQuery(lifecycle=("open",), size=100))
    assert opened.total == len(docs) - len(STATES)
    with_text = backend.search(SearchQuery(q="마포", lifecycle=("closed",)))
    assert [h.document.id for h in with_text.hits] == ["e-mapo-sogong"]


def test_lifecycle_facet_counts_every_state(lived) -> None:
    backend, docs = lived
    facets = backend.search(SearchQuery()).facets
    assert facets["lifecycle"] == dict(Counter(d.lifecycle for d in docs))
    seoul = backend.search(SearchQuery(sido=("서울특별시",))).facets["lifecycle"]
    assert seoul == dict(Counter(d.lifecycle for d in docs if d.sido == "서울특별시"))


def test_map_query_honours_the_lifecycle_filter(lived) -> None:
    backend, docs = lived
    found = backend.search(SearchQuery(near=(37.5665, 126.978), sort="distance", lifecycle=("open",), size=100))
    assert "e-mapo-sogong" not in {h.document.id for h in found.hits}
    assert found.total == sum(1 for d in docs if d.lifecycle == "open" and d.lat is not None)


def test_an_unknown_state_is_refused(lived) -> None:
    backend, _ = lived
    with pytest.raises(QueryError, match="lifecycle 'gone' is not one of"):
        backend.search(SearchQuery(lifecycle=("gone",)))


@pytest.mark.parametrize("level", range(len(MAP_LEVELS)))
def test_map_clusters_add_up_to_the_matches_with_coordinates(lived, level: int) -> None:
    backend, docs = lived
    clusters = backend.map_clusters(SearchQuery(), level)
    assert sum(c.count for c in clusters) == sum(1 for d in docs if d.lat is not None)
    by_id = {d.id: d for d in docs}
    for c in clusters:
        assert c.id is None or (c.id in by_id and c.name == by_id[c.id].name)
        if c.count == 1:
            assert c.id in by_id
            assert (round(c.lat, 6), round(c.lon, 6)) == (round(by_id[c.id].lat, 6), round(by_id[c.id].lon, 6))
    assert len(clusters) >= len(backend.map_clusters(SearchQuery(), 0))


def test_map_clusters_follow_the_filters_and_the_box(lived) -> None:
    backend, docs = lived
    seoul = backend.map_clusters(SearchQuery(sido=("서울특별시",)), 2)
    assert sum(c.count for c in seoul) == sum(1 for d in docs if d.sido == "서울특별시" and d.lat is not None)
    closed = backend.map_clusters(SearchQuery(lifecycle=("closed",)), 3)
    assert [c.id for c in closed] == ["e-mapo-sogong"]
    boxed = backend.map_clusters(SearchQuery(), 2, bbox=(37.40, 126.80, 37.70, 127.20))
    inside = [d for d in docs if d.lat is not None and 37.40 <= d.lat <= 37.70 and 126.80 <= d.lon <= 127.20]
    assert sum(c.count for c in boxed) >= len(inside)
    assert all(36.9 <= c.lat <= 38.2 for c in boxed), "only cells near the box"
    with pytest.raises(QueryError, match="bbox"):
        backend.map_clusters(SearchQuery(), 1, bbox=(38.0, 126.0, 37.0, 127.0))
