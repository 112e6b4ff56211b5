"""The in-memory map columns agree exactly with brute-force haversine (totals, order, distances)."""

from __future__ import annotations

import numpy as np
import pytest

from index.embedded.columns import Columns, distances


@pytest.fixture(scope="module")
def columns(tmp_path_factory: pytest.TempPathFactory) -> Columns:
    rng = np.random.default_rng(3)
    n = 20_000
    lat = np.concatenate([rng.normal(37.5, 0.3, n // 2), rng.uniform(33, 39, n // 2)])
    lon = np.concatenate([rng.normal(127.0, 0.3, n // 2), rng.uniform(124, 131, n // 2)])
    lat[::50] = np.nan
    path = tmp_path_factory.mktemp("cols") / "columns.npz"
    np.savez(path, lat=lat, lon=lon, ks=np.zeros(n, dtype=np.uint64), eq=np.zeros(n, dtype=np.uint32))
    return Columns(path)


@pytest.mark.parametrize("radius", [0.5, 2.0, 5.0, 20.0, 80.0, 150.0, 400.0, None])
@pytest.mark.parametrize("k", [1, 20, 300])
def test_nearest_equals_brute_force(columns: Columns, radius: float | None, k: int) -> None:
    rng = np.random.default_rng(int((radius or 999) * 10) + k)
    for lat, lon in zip(rng.uniform(34, 38.5, 5), rng.uniform(125, 130, 5), strict=True):
        inside, ordered, dists = columns.nearest(float(lat), float(lon), radius, k, None)
        seqs = np.nonzero(~np.isnan(columns.lat))[0]
        d = distances(float(lat), float(lon), columns.lat[seqs], columns.lon[seqs])
        if radius is not None:
            seqs, d = seqs[d <= radius], d[d <= radius]
        assert sorted(inside.tolist()) == sorted(seqs.tolist())
        order = np.lexsort((seqs, d))[:k]
        assert ordered.tolist() == seqs[order].tolist()
        assert dists == pytest.approx(d[order])


def test_facet_counts_equal_unique(tmp_path) -> None:
    rng = np.random.default_rng(9)
    n = 5_000
    ks = (rng.integers(0, 40, n).astype(np.uint64) << np.uint64(32)) | rng.integers(0, 300, n).astype(np.uint64)
    eq = rng.integers(0, 70, n).astype(np.uint32)
    path = tmp_path / "columns.npz"
    np.savez(path, lat=rng.uniform(33, 39, n), lon=rng.uniform(124, 131, n), ks=ks, eq=eq)
    cols = Columns(path)
    for seqs in (np.arange(n), rng.choice(n, 700, replace=False), np.zeros(0, dtype=np.int64)):
        got_ks, got_eq = cols.facet_counts(seqs)
        for got, values in ((got_ks, ks[seqs]), (got_eq, eq[seqs])):
            keys, counts = np.unique(values, return_counts=True)
            assert got == dict(zip(keys.tolist(), counts.tolist(), strict=True))


def test_positions_and_grid_columns_match_the_seqs(tmp_path) -> None:
    """The grid-ordered columns are the seq-ordered ones permuted; a filter over positions keeps exactly the
    documents a filter over seqs keeps; facet counts by position equal those by seq."""
    rng = np.random.default_rng(5)
    n = 4_000
    lat, lon = rng.uniform(34, 38, n), rng.uniform(126, 129, n)
    lat[::7] = np.nan
    ks = rng.integers(0, 30, n).astype(np.uint64)
    eq = rng.integers(0, 9, n).astype(np.uint32)
    path = tmp_path / "columns.npz"
    np.savez(path, lat=lat, lon=lon, ks=ks, eq=eq)
    cols = Columns(path)
    assert np.array_equal(cols.g_ks, ks[cols.geo_seqs]) and np.array_equal(cols.g_lat, lat[cols.geo_seqs])
    inside, ordered, _ = cols.nearest_positions(36.0, 127.5, 60.0, 25, lambda pos: cols.g_eq[pos] == 3)
    seqs = cols.geo_seqs[inside]
    d = distances(36.0, 127.5, lat, lon)
    want = np.nonzero((d <= 60.0) & (eq == 3))[0]
    assert sorted(seqs.tolist()) == want.tolist()
    assert ordered.tolist() == want[np.lexsort((want, d[want]))][:25].tolist()
    assert cols.facet_counts_at(inside) == cols.facet_counts(seqs)
