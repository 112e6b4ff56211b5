"""Stewards' decisions as labels: how well does the model agree with them, and which thresholds fit best."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dedupe.decisions import active_decisions, pair_key
from dedupe.types import Decision, DedupeResult


def decision_labels(decisions: Sequence[Decision]) -> dict[tuple[str, str], bool]:
    """Unordered pair → True (merge) / False (keep apart, split), the latest active decision per pair."""
    active, _ = active_decisions(decisions)
    labels: dict[tuple[str, str], bool] = {}
    for d in active:
        if d.kind in ("merge", "keep_apart") and d.b and d.a != d.b:
            labels[pair_key(d.a, d.b)] = d.kind == "merge"
        elif d.kind == "split" and d.b:
            for other in d.members or (d.a,):
                if other != d.b:
                    labels[pair_key(other, d.b)] = False
    return labels


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else None
    return {"precision": p, "recall": r, "f1": f}


def evaluate_against_decisions(result: DedupeResult, decisions: Sequence[Decision]) -> dict[str, Any]:
    """Precision/recall of the model's own pair probabilities against stewards' decisions.

    Uses ``result.stats["decided_pair_probabilities"]`` (the probability the model gave each decided pair,
    before the decision overrode it). Reports the figures at the merge threshold and at the review threshold,
    and the merge threshold that would have agreed best with the stewards (highest F1).
    """
    labels = decision_labels(decisions)
    scored = {pair_key(r["a"], r["b"]): r["probability"] for r in result.stats.get("decided_pair_probabilities", [])}
    thresholds = (result.stats.get("learnt_model") or {}).get("thresholds") or {}
    merge, review = thresholds.get("merge", 0.9), thresholds.get("review", 0.3)
    rows = [(scored[k], lab) for k, lab in labels.items() if k in scored]

    def at(t: float) -> dict[str, Any]:
        tp = sum(1 for p, lab in rows if p >= t and lab)
        fp = sum(1 for p, lab in rows if p >= t and not lab)
        fn = sum(1 for p, lab in rows if p < t and lab)
        return {"threshold": t, "tp": tp, "fp": fp, "fn": fn, **_prf(tp, fp, fn)}

    best = None
    for t in sorted({round(p, 4) for p, _ in rows}):
        cand = at(t)
        if cand["f1"] is not None and (best is None or cand["f1"] > best["f1"]):
            best = cand
    return {
        "labelled_pairs": len(labels),
        "scored_pairs": len(rows),
        "positives": sum(1 for _, lab in rows if lab),
        "negatives": sum(1 for _, lab in rows if not lab),
        "at_merge_threshold": at(merge),
        "at_review_threshold": at(review),
        "best_merge_threshold": best,
    }
