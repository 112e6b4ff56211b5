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
    """Precision/recall of a dedupe result against stewards' decisions taken as labels.

    ``entities``: whether each labelled pair ended in one entity — run ``deduplicate`` *without* the decisions
    to score the automatic outcome. ``at_merge_threshold`` / ``at_review_threshold`` / ``best_merge_threshold``:
    the model's own pair probabilities, available for the pairs that were passed to ``deduplicate`` as
    decisions (``result.stats["decided_pair_probabilities"]``, computed before the decisions overrode them).
    """
    labels = decision_labels(decisions)
    entity_of = {m: e.id for e in result.entities for m in e.member_ids}
    present = {k: lab for k, lab in labels.items() if k[0] in entity_of and k[1] in entity_of}
    same = {k: entity_of[k[0]] == entity_of[k[1]] for k in present}
    tp = sum(1 for k, lab in present.items() if lab and same[k])
    fp = sum(1 for k, lab in present.items() if not lab and same[k])
    fn = sum(1 for k, lab in present.items() if lab and not same[k])
    scored = {pair_key(r["a"], r["b"]): r["probability"] for r in result.stats.get("decided_pair_probabilities", [])}
    thresholds = (result.stats.get("learnt_model") or {}).get("thresholds") or {}
    merge, review = thresholds.get("merge", 0.9), thresholds.get("review", 0.3)
    rows = [(scored[k], lab) for k, lab in present.items() if k in scored]

    def at(t: float) -> dict[str, Any]:
        tp_ = sum(1 for p, lab in rows if p >= t and lab)
        fp_ = sum(1 for p, lab in rows if p >= t and not lab)
        fn_ = sum(1 for p, lab in rows if p < t and lab)
        return {"threshold": t, "tp": tp_, "fp": fp_, "fn": fn_, **_prf(tp_, fp_, fn_)}

    best = None
    for t in sorted({round(p, 4) for p, _ in rows}):
        cand = at(t)
        if cand["f1"] is not None and (best is None or cand["f1"] > best["f1"]):
            best = cand
    return {
        "labelled_pairs": len(labels),
        "present_pairs": len(present),
        "positives": sum(1 for lab in present.values() if lab),
        "negatives": sum(1 for lab in present.values() if not lab),
        "entities": {"tp": tp, "fp": fp, "fn": fn, **_prf(tp, fp, fn)},
        "scored_pairs": len(rows),
        "at_merge_threshold": at(merge) if rows else None,
        "at_review_threshold": at(review) if rows else None,
        "best_merge_threshold": best,
    }
