"""Fellegi–Sunter scoring: comparison levels → match weights (bits) → match probabilities."""

from __future__ import annotations

import math

import numpy as np

from dedupe.compare import PairLevels
from dedupe.model import MatchModel


def weight_table(model: MatchModel) -> list[np.ndarray]:
    """Per comparison, the weight in bits of each level (index 0 = null = 0; fixed levels as the model fixes)."""
    return [np.asarray(c.weights(), dtype=np.float64) for c in model.comparisons]


def match_weights(model: MatchModel, pairs: PairLevels) -> np.ndarray:
    """Total match weight (log2 odds: prior, levels and term-frequency adjustments) of each pair."""
    prior = math.log2(model.prior / (1 - model.prior))
    total = np.full(len(pairs), prior, dtype=np.float64)
    for j, w in enumerate(weight_table(model)):
        total += w[pairs.levels[:, j]]
    return total + pairs.adjust


def probabilities(model: MatchModel, pairs: PairLevels) -> np.ndarray:
    """Match probability of each pair."""
    return 1.0 / (1.0 + np.exp2(-np.clip(match_weights(model, pairs), -1000, 1000)))
