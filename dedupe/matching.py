"""The matching pipeline shared by :func:`dedupe.engine.deduplicate` and the standalone CSV mode:
features → candidate pairs → comparison levels → (EM) → probabilities → constrained clustering.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dedupe.blocking import candidate_pairs, unique_sorted
from dedupe.clustering import ClusterOutcome, cluster
from dedupe.compare import PairLevels, compare_pairs
from dedupe.features import FeatureTable
from dedupe.model import MatchModel
from dedupe.scoring import probabilities
from dedupe.training import train, u_sample

Progress = Callable[[str, int, int], None]


@dataclass
class MatchRun:
    """Everything one matching run computed (kept for the review queue and explanations)."""

    model: MatchModel
    """The model actually used (with EM-estimated parameters when training is on)."""
    left: np.ndarray
    right: np.ndarray
    pairs: PairLevels
    prob: np.ndarray
    outcome: ClusterOutcome
    stats: dict[str, Any] = field(default_factory=dict)


def _focused_rows(model: MatchModel, per_rule: dict[str, np.ndarray], encoded: np.ndarray) -> np.ndarray | None:
    """Rows of the candidate pairs found by at least one rule that is not ``broad`` (None: every row)."""
    broad = {r.name for r in model.blocking if r.broad}
    if not broad or not len(encoded):
        return None
    focused = [p for name, p in per_rule.items() if name not in broad and len(p)]
    if not focused:
        return None
    wanted = unique_sorted(np.concatenate(focused))
    return np.searchsorted(encoded, wanted)


def run_matching(
    ft: FeatureTable,
    model: MatchModel,
    *,
    must: list[tuple[int, int, int]] | None = None,
    cannot: list[tuple[int, int]] | None = None,
    progress: Progress | None = None,
) -> MatchRun:
    """Score and cluster the records of ``ft``; ``must``/``cannot`` are record-index constraints."""
    n = len(ft)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    def tick(stage: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        timings[stage] = round(now - t0, 3)
        t0 = now
        if progress:
            progress(stage, 1, 1)

    li, ri, per_rule = candidate_pairs(ft, model.blocking, model.max_block_size, model.window)
    tick("blocking")
    if len(li) == 0:
        per_rule = {}
    # the random pairs u is learnt on are compared with the candidates, in one run over the pairs
    sample = u_sample(model, n) if model.em_enabled and len(li) >= model.min_training_pairs else None
    if sample is None:
        pairs, u_levels = compare_pairs(model, ft, li, ri), None
    else:
        both = compare_pairs(model, ft, np.concatenate([li, sample[0]]), np.concatenate([ri, sample[1]]))
        pairs, u_levels = PairLevels(both.levels[:len(li)], both.adjust[:len(li)]), both.levels[len(li):]
    tick("comparing")
    used = model
    training: dict[str, Any] = {"em": "off"}
    if model.em_enabled:
        # the prior is estimated on the pairs the focused rules find: broad rules add candidates, not matches
        focused = _focused_rows(model, per_rule, li * n + ri)
        used, training = train(model, ft, per_rule, li * n + ri, pairs.levels, pairs.adjust, focused, u_levels)
    tick("training")
    prob = probabilities(used, pairs)
    tick("scoring")

    def fill(fl: np.ndarray, fr: np.ndarray) -> np.ndarray:
        return probabilities(used, compare_pairs(used, ft, fl, fr))

    outcome = cluster(n, li, ri, prob, merge=used.merge_threshold, coherence=used.coherence_threshold,
                      must=must or [], cannot=cannot or [], fill=fill, fill_limit=used.fill_component_limit)
    tick("clustering")
    stats = {
        "records": n,
        "candidate_pairs": int(len(li)),
        "pairs_per_rule": {k: int(len(v)) for k, v in per_rule.items()},
        "pairs_above_merge": int((prob >= used.merge_threshold).sum()),
        "pairs_for_review": int(((prob >= used.review_threshold) & (prob < used.merge_threshold)).sum()),
        "filled_pairs": outcome.filled_pairs,
        "held_apart_by_coherence": len(outcome.held_apart),
        "decision_conflicts": outcome.conflicts,
        "training": training,
        "seconds": timings,
    }
    return MatchRun(model=used, left=li, right=ri, pairs=pairs, prob=prob, outcome=outcome, stats=stats)
