"""String similarity of pairs, computed once per distinct pair of values (names and roads repeat across pairs)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from rapidfuzz.process import cpdist

from dedupe.features import FeatureTable

WORKERS = -1
"""rapidfuzz worker threads (-1: all cores)."""


def pair_similarity(
    ft: FeatureTable, key: str, li: np.ndarray, ri: np.ndarray, scorer: Callable, cutoff: float = 0.0,
    symmetric: bool = True,
) -> np.ndarray:
    """Similarity (0–1) of the ``key`` values of pairs (li[k], ri[k]), both present (code ≥ 0). Scores below
    ``cutoff`` may come out as 0."""
    if len(li) == 0:
        return np.zeros(0, dtype=np.float32)
    codes = ft.codes[key]
    return code_similarity(ft.values(key), codes[li], codes[ri], scorer, cutoff, symmetric)


def code_similarity(
    values: np.ndarray, a: np.ndarray, b: np.ndarray, scorer: Callable, cutoff: float = 0.0, symmetric: bool = True,
) -> np.ndarray:
    """Similarity (0–1) of values[a[k]] and values[b[k]], computed once per distinct (a, b)."""
    if len(a) == 0:
        return np.zeros(0, dtype=np.float32)
    out = np.ones(len(a), dtype=np.float32)  # one value against itself: every scorer gives 100
    rows = np.flatnonzero(a != b)
    if not len(rows):
        return out
    a, b = a[rows], b[rows]
    if symmetric:
        a, b = np.minimum(a, b), np.maximum(a, b)
    k = int(max(a.max(initial=0), b.max(initial=0))) + 1
    encoded = a * k + b
    distinct, inverse = np.unique(encoded, return_inverse=True)
    sim = cpdist(values[distinct // k], values[distinct % k], scorer=scorer, workers=WORKERS, dtype=np.float32,
                 score_cutoff=max(cutoff * 100 - 1e-3, 0))
    out[rows] = (np.asarray(sim, dtype=np.float32) / 100)[inverse.reshape(-1)]
    return out
