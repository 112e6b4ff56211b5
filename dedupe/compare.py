"""Comparison levels of candidate pairs, computed column-wise.

``compare_pairs`` returns an int8 matrix (pairs × comparisons); entry 0 is the null level, 1 the best level, and
so on down each comparison's ladder (see :attr:`dedupe.model.Comparison.labels`).
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from dedupe.features import FeatureTable
from dedupe.model import Comparison, MatchModel

WORKERS = -1
"""rapidfuzz worker threads (-1: all cores)."""


def _pair_similarity(
    ft: FeatureTable, key: str, li: np.ndarray, ri: np.ndarray, scorer, cutoff: float = 0.0,  # noqa: ANN001
    symmetric: bool = True,
) -> np.ndarray:
    """Similarity (0–1) of the ``key`` strings of pairs (li[k], ri[k]), both present: computed once per distinct
    pair of strings (names and roads repeat across candidate pairs). Scores below ``cutoff`` may come out as 0."""
    if len(li) == 0:
        return np.zeros(0, dtype=np.float32)
    codes = ft.codes[key]
    a, b = codes[li], codes[ri]
    if symmetric:
        a, b = np.minimum(a, b), np.maximum(a, b)
    k = int(codes.max(initial=0)) + 1
    encoded = a * k + b
    order = np.argsort(encoded)
    s = encoded[order]
    first = np.r_[True, s[1:] != s[:-1]]
    inverse = np.empty(len(s), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    distinct = s[first]
    values = ft.distinct_values(key)
    sim = cpdist(values[distinct // k], values[distinct % k], scorer=scorer, workers=WORKERS, dtype=np.float32,
                 score_cutoff=max(cutoff * 100 - 1e-3, 0))
    return (np.asarray(sim, dtype=np.float32) / 100)[inverse]


def _ladder_exact(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """null (0) / same (1) / else (2) for two code arrays."""
    out = np.where(a == b, 1, 2).astype(np.int8)
    out[(a < 0) | (b < 0)] = 0
    return out


def _name(c: Comparison, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    t0, t1, t2 = c.thresholds
    codes = ft.codes["name_key"]
    same = codes[li] == codes[ri]
    null = (codes[li] < 0) | (codes[ri] < 0)
    out = np.full(len(li), 6, dtype=np.int8)
    rows = np.flatnonzero(~same & ~null)
    sim = np.zeros(len(li), dtype=np.float32)
    sim[rows] = _pair_similarity(ft, "name_key", li[rows], ri[rows], fuzz.ratio, cutoff=min(t0, t1, t2))
    out[sim >= t2] = 5
    out[sim >= t1] = 3
    out[sim >= t0] = 2
    out[same] = 1
    # containment: one name inside the other ("Jenner" / "Chicago Public Schools Jenner Academy")
    partial = float(c.options.get("partial", 0.9))
    min_len = int(c.options.get("min_partial_length", 4))
    cand = np.flatnonzero(out >= 4)
    if len(cand):
        lens_l, lens_r = ft.name_len[li[cand]], ft.name_len[ri[cand]]
        short, long_ = np.minimum(lens_l, lens_r), np.maximum(lens_l, lens_r)
        # containment needs a clearly shorter side; equal-length names were judged by ratio already
        cand = cand[(short >= min_len) & (short * 10 <= long_ * 8)]
        if len(cand):
            ps = _pair_similarity(ft, "name_key", li[cand], ri[cand], fuzz.partial_ratio, cutoff=partial,
                                  symmetric=False)
            out[cand[ps >= partial]] = 4
    out[null] = 0
    return out


def _address(c: Comparison, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    road, bno = ft.codes["road"], ft.codes["building_no"]
    null = (road[li] < 0) | (road[ri] < 0) | (bno[li] < 0) | (bno[ri] < 0)
    same_no = bno[li] == bno[ri]
    same_road = road[li] == road[ri]
    out = np.full(len(li), 4, dtype=np.int8)
    # similar road: only worth computing where the numbers agree or the roads are not identical
    check = np.flatnonzero(~null & ~same_road)
    similar = np.zeros(len(li), dtype=bool)
    if len(check):
        sim = _pair_similarity(ft, "road", li[check], ri[check], fuzz.ratio, cutoff=c.thresholds[0])
        similar[check] = sim >= c.thresholds[0]
    out[(same_road | similar) & ~same_no] = 3
    out[similar & same_no] = 2
    out[same_road & same_no] = 1
    out[null] = 0
    return out


def _region(ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    sido, sgg = ft.codes["sido"], ft.codes["sigungu"]
    out = _ladder_exact(sgg[li], sgg[ri])
    sido_known = (sido[li] >= 0) & (sido[ri] >= 0)
    out[sido_known & (sido[li] != sido[ri])] = 2
    return out


def _phone(ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    p1, p2, o1, o2 = (ft.codes[k] for k in ("phone1", "phone2", "office1", "office2"))

    def any_equal(x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
        a1, a2, b1, b2 = x1[li], x2[li], x1[ri], x2[ri]
        return (
            ((a1 >= 0) & ((a1 == b1) | (a1 == b2))) | ((a2 >= 0) & ((a2 == b1) | (a2 == b2)))
        )

    out = np.full(len(li), 3, dtype=np.int8)
    out[any_equal(o1, o2)] = 2
    out[any_equal(p1, p2)] = 1
    out[(p1[li] < 0) | (p1[ri] < 0)] = 0
    return out


def _distance(c: Comparison, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    out = np.zeros(len(li), dtype=np.int8)
    rows = np.flatnonzero(~np.isnan(ft.lat[li]) & ~np.isnan(ft.lat[ri]))
    if len(rows) == 0:
        return out
    a, b = li[rows], ri[rows]
    lat1, lon1, lat2, lon2 = (np.radians(x) for x in (ft.lat[a], ft.lon[a], ft.lat[b], ft.lon[b]))
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    km = 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    level = np.full(len(rows), len(c.thresholds) + 1, dtype=np.int8)
    for lv, t in reversed(list(enumerate(c.thresholds, start=1))):
        level[km <= t] = lv
    level[np.isnan(km)] = 0
    out[rows] = level
    return out


def compare_column(c: Comparison, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Levels of one comparison for pairs (li[k], ri[k])."""
    if c.type == "name":
        return _name(c, ft, li, ri)
    if c.type == "address":
        return _address(c, ft, li, ri)
    if c.type == "region":
        return _region(ft, li, ri)
    if c.type == "phone":
        return _phone(ft, li, ri)
    if c.type == "distance":
        return _distance(c, ft, li, ri)
    key = {"postal": "postal_code", "domain": "domain", "kind": "kind"}[c.type]
    return _ladder_exact(ft.codes[key][li], ft.codes[key][ri])


def compare_pairs(model: MatchModel, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Level matrix (pairs × comparisons) for pairs (li[k], ri[k])."""
    out = np.zeros((len(li), len(model.comparisons)), dtype=np.int8)
    index = {c.name: j for j, c in enumerate(model.comparisons)}
    for j, c in enumerate(model.comparisons):
        out[:, j] = compare_column(c, ft, li, ri)
    # a comparison "subsumed by" a finer one (시군구 by the street address) counts in full only where the finer
    # one is null; where the finer one was compared, only a disagreement still counts (a shared road implies a
    # shared 시군구, but two addresses in different provinces are further apart than two on one street)
    for j, c in enumerate(model.comparisons):
        other = c.options.get("subsumed_by")
        if other in index:
            k = index[other]
            own_last = len(c.labels)
            out[(out[:, k] > 0) & (out[:, j] != own_last), j] = 0
    return out
