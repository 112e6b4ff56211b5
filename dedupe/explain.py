"""Explanations: for a pair, each comparison's level and its contribution to the match weight."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from dedupe.compare import compare_pairs
from dedupe.features import any_latin, record_keys, table_from_keys
from dedupe.model import MatchModel, load_model
from normalizers.records import Facility


def explanation_from_levels(model: MatchModel, levels: np.ndarray, adjust: float = 0.0) -> dict[str, Any]:
    """Explanation of one pair from its row of comparison levels and its term-frequency adjustment (bits)."""
    prior = math.log2(model.prior / (1 - model.prior))
    comparisons = []
    total = prior + adjust
    for c, level in zip(model.comparisons, levels.tolist(), strict=True):
        weight = c.weights()[level]
        total += weight
        comparisons.append({
            "comparison": c.name,
            "level": "null" if level == 0 else c.labels[level - 1],
            "weight": round(weight, 3),
        })
    probability = 1.0 / (1.0 + 2.0 ** (-total))
    decision = ("merge" if probability >= model.merge_threshold
                else "review" if probability >= model.review_threshold else "keep_apart")
    return {
        "prior_weight": round(prior, 3),
        "comparisons": comparisons,
        "term_frequency_weight": round(adjust, 3),
        "match_weight": round(total, 3),
        "probability": probability,
        "outcome": decision,
        "thresholds": {"merge": model.merge_threshold, "review": model.review_threshold},
    }


def explain_pair(a: Facility, b: Facility, model: MatchModel | None = None) -> dict[str, Any]:
    """Per-comparison levels and weights of a pair of facilities, with the resulting probability.

    Uses the model's parameters as given (e.g. those saved after training); a deduplicate run's review pairs
    carry explanations made with that run's learnt parameters. Values shared with other facilities (and term
    frequencies) are judged within the pair alone here.
    """
    model = model or load_model()
    lex, taxonomy = model.lexicon(), model.taxonomy_kinds()
    latin = any_latin((a.name, b.name, *a.alt_names, *b.alt_names))
    ft = table_from_keys([a.id, b.id], [record_keys(a, lex, taxonomy, latin), record_keys(b, lex, taxonomy, latin)])
    ft.use_lexicon(lex)
    pl = compare_pairs(model, ft, np.asarray([0]), np.asarray([1]))
    out = explanation_from_levels(model, pl.levels[0], float(pl.adjust[0]))
    out["a"], out["b"] = a.id, b.id
    return out
