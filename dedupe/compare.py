"""Comparison levels of candidate pairs, computed column-wise by the model's comparisons
(:mod:`dedupe.comparisons`).

:func:`compare_pairs` returns :class:`PairLevels`: an int8 matrix (pairs × comparisons; 0 = null, 1 = the best
level, and so on down each ladder) and each pair's term-frequency adjustment in bits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dedupe.features import FeatureTable
from dedupe.forked import beside
from dedupe.model import MatchModel


@dataclass
class PairLevels:
    """Levels of pairs (rows) by comparison (columns), and the term-frequency adjustment of each pair (bits)."""

    levels: np.ndarray
    adjust: np.ndarray

    def __len__(self) -> int:
        return len(self.levels)

    def take(self, rows: np.ndarray) -> PairLevels:
        """The rows ``rows`` only."""
        return PairLevels(self.levels[rows], self.adjust[rows])


CHUNK_PAIRS = 2_000_000
"""Pairs compared at a time: each comparison's temporaries (similarities, masks, code pairs) then stay a few
hundred MB at a million records instead of growing with every candidate pair; the levels are the same."""


PARALLEL_MIN_PAIRS = 500_000
"""From this many pairs on (and fork available), the second half is compared in a second process."""


def compare_pairs(model: MatchModel, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> PairLevels:
    """Levels (pairs × comparisons) and adjustments for pairs (li[k], ri[k])."""
    li = np.asarray(li, dtype=np.int64)
    ri = np.asarray(ri, dtype=np.int64)
    if len(li) >= PARALLEL_MIN_PAIRS:
        prepare(model, ft)  # built once, here, and inherited by the child instead of built again on both sides
        half = len(li) // 2
        there, here = beside(lambda: _compare_rows(model, ft, li[half:], ri[half:]),
                             lambda: _compare_rows(model, ft, li[:half], ri[:half]))
        return PairLevels(np.concatenate([here.levels, there.levels]), np.concatenate([here.adjust, there.adjust]))
    return _compare_rows(model, ft, li, ri)


def prepare(model: MatchModel, ft: FeatureTable) -> None:
    """Build what every comparison computes once per table (:meth:`Comparison.prepare`)."""
    for c in model.comparisons:
        c.prepare(ft)


def _compare_rows(model: MatchModel, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> PairLevels:
    if len(li) <= CHUNK_PAIRS:
        return _compare_chunk(model, ft, li, ri)
    out = np.zeros((len(li), len(model.comparisons)), dtype=np.int8)
    adjust = np.zeros(len(li), dtype=np.float32)
    for start in range(0, len(li), CHUNK_PAIRS):
        part = _compare_chunk(model, ft, li[start:start + CHUNK_PAIRS], ri[start:start + CHUNK_PAIRS])
        out[start:start + len(part)] = part.levels
        adjust[start:start + len(part)] = part.adjust
    return PairLevels(out, adjust)


def _compare_chunk(model: MatchModel, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> PairLevels:
    out = np.zeros((len(li), len(model.comparisons)), dtype=np.int8)
    adjust = np.zeros(len(li), dtype=np.float32)
    index = {c.name: j for j, c in enumerate(model.comparisons)}
    for j, c in enumerate(model.comparisons):
        out[:, j] = c.levels(ft, li, ri)
    # a comparison "subsumed by" a finer one (시군구 by the street address) counts in full only where the finer
    # one is null; where the finer one was compared, only a disagreement still counts (a shared road implies a
    # shared 시군구, but two addresses in different provinces are further apart than two on one street)
    for j, c in enumerate(model.comparisons):
        other = c.options.get("subsumed_by")
        if other in index:
            k = index[other]
            keep = set(c.options.get("subsumed_keep") or [c.labels[-1]])
            kept_levels = [i for i, label in enumerate(c.labels, start=1) if label in keep]
            out[(out[:, k] > 0) & ~np.isin(out[:, j], kept_levels), j] = 0
    for j, c in enumerate(model.comparisons):
        extra = c.adjustments(ft, li, ri, out[:, j])
        if extra is not None:
            adjust += extra
    return PairLevels(out, adjust)
