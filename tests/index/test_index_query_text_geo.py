"""Units shared by both backends: query validation, text compaction, and the geo covering."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.errors import QueryError
from index.geo import cells_for_point, covering, haversine_km, valid_coordinates
from index.query import MAX_QUERY_CHARS, validate_query, validate_suggest
from index.text import bigrams, compact, min_should_match, word_starts, words
from index.types import SearchQuery


def test_validate_cleans_and_is_idempotent() -> None:
    q = validate_query(SearchQuery(q="  과천\x00 \t 메이커  ", kind=["ccei", "ccei", " "], near=[37, 127],
                                   radius_km=5))
    assert q.q == "과천 메이커"
    assert q.kind == ("ccei",)
    assert q.near == (37.0, 127.0)
    assert validate_query(q) == q


@pytest.mark.parametrize(("kw", "message"), [
    ({"q": "x" * (MAX_QUERY_CHARS + 1)}, "q is"),
    ({"q": 5}, "q must be text"),
    ({"page": "2"}, "page must be a whole number"),
    ({"page": True}, "page must be a whole number"),
    ({"near": (37.0,)}, "near must be two numbers"),
    ({"near": ("a", "b")}, "near must be two numbers"),
    ({"near": (127.0, 37.0)}, "latitude,longitude"),
    ({"near": (37.0, 127.0), "radius_km": float("inf")}, "radius_km must be a number"),
    ({"near": (37.0, 127.0), "radius_km": 5000}, "radius_km must be greater than 0"),
    ({"open_evenings": "yes"}, "open_evenings"),
    ({"kind": 3}, "kind must be a list"),
])
def test_validate_messages_name_the_parameter(kw: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        validate_query(SearchQuery(**kw))


def test_validate_rejects_non_queries() -> None:
    with pytest.raises(QueryError):
        validate_query("과천")  # type: ignore[arg-type]
    assert validate_suggest(" 과천 ", 5) == ("과천", 5)


@given(st.text(max_size=300))
def test_validate_never_raises_anything_but_query_error(text: str) -> None:
    try:
        q = validate_query(SearchQuery(q=text))
    except QueryError:
        return
    assert len(q.q) <= MAX_QUERY_CHARS


def test_compact_matches_spacing_width_and_case() -> None:
    assert compact("메이커 스페이스") == compact("메이커스페이스")
    assert compact("3D 프린터") == compact("3d-프린터") == compact("３Ｄ프린터") == "3d프린터"
    assert words('과천 "*:( 3D') == ["과천", "3d"]
    assert bigrams("과천과") == ["과천", "천과"]
    assert bigrams("가가가") == ["가가"]
    assert bigrams("a") == ["a"]
    assert [min_should_match(n) for n in (1, 2, 3, 4, 5, 6, 9)] == [1, 2, 2, 2, 3, 4, 6]
    assert word_starts("국립 과천 과학관", 5) == ["국립과천과", "과천과학관", "과학관"]


def test_haversine_known_distance() -> None:
    # Seoul City Hall to Busan City Hall is about 325 km
    assert haversine_km(37.5663, 126.9779, 35.1798, 129.0750) == pytest.approx(325, abs=3)
    assert valid_coordinates(37.0, 127.0) and not valid_coordinates(None, 127.0)
    assert not valid_coordinates(float("nan"), 127.0) and not valid_coordinates(91.0, 0.0)


@settings(max_examples=60, deadline=None)
@given(lat=st.floats(33.0, 38.6), lon=st.floats(124.5, 131.0), radius=st.floats(0.05, 300.0),
       bearing=st.floats(0, 2 * math.pi), frac=st.floats(0.0, 1.6))
def test_covering_is_exact_about_inside_and_outside(lat: float, lon: float, radius: float, bearing: float,
                                                    frac: float) -> None:
    """A point inside the circle lies in an inner or boundary cell; a point in an inner cell is inside."""
    d = radius * frac
    dlat = d * math.cos(bearing) / 111.195
    dlon = d * math.sin(bearing) / (111.195 * math.cos(math.radians(lat)))
    plat, plon = lat + dlat, lon + dlon
    cov = covering(lat, lon, radius)
    inner, boundary = set(cov.inner), set(cov.boundary)
    cells = set(cells_for_point(plat, plon))
    dist = haversine_km(lat, lon, plat, plon)
    if dist <= radius:
        assert cells & (inner | boundary)
    if cells & inner:
        assert dist <= radius
    assert len(cov.inner) + len(cov.boundary) < 8000
