"""Explanations of pairs and evaluation against stewards' decisions."""

from __future__ import annotations

import math

from dedupe.engine import deduplicate
from dedupe.evaluate import evaluate_against_decisions
from dedupe.explain import explain_pair
from dedupe.types import Decision


def test_explanation_lists_every_comparison_and_adds_up(world, model):
    a1, a2 = world[0], world[1]
    expl = explain_pair(a1, a2, model)
    assert [c["comparison"] for c in expl["comparisons"]] == [c.name for c in model.comparisons]
    levels = {c["comparison"]: c["level"] for c in expl["comparisons"]}
    assert levels["address"] == "exact" and levels["phone"] == "same"
    total = expl["prior_weight"] + expl["term_frequency_weight"] + sum(c["weight"] for c in expl["comparisons"])
    assert math.isclose(total, expl["match_weight"], abs_tol=0.01)
    assert math.isclose(expl["probability"], 1 / (1 + 2 ** -expl["match_weight"]), rel_tol=1e-3)
    assert expl["outcome"] == "merge"


def test_explanation_of_strangers_says_keep_apart(world, model):
    expl = explain_pair(world[2], world[5], model)
    assert expl["outcome"] == "keep_apart" and expl["probability"] < model.review_threshold
    assert {c["level"] for c in expl["comparisons"] if c["comparison"] == "name"} == {"else"}


def test_explanation_with_missing_fields_uses_null_levels(facility, model):
    a = facility("s", "1", "누리 팹랩")
    b = facility("t", "1", "누리팹랩", "부산 해운대구 센텀중앙로 45")
    levels = {c["comparison"]: c["level"] for c in explain_pair(a, b, model)["comparisons"]}
    assert levels["address"] == "null" and levels["phone"] == "null" and levels["name"] == "exact"


def test_evaluate_against_decisions_scores_the_model_not_the_overrides(world, model):
    decisions = [Decision(id=1, kind="merge", a="makeall:a1", b="ccei:a2"),        # model agrees
                 Decision(id=2, kind="keep_apart", a="makeall:b1", b="ccei:d1"),   # model agrees
                 Decision(id=3, kind="merge", a="makeall:c1", b="ccei:c2")]        # model disagrees
    result = deduplicate(world, decisions=decisions, model=model)
    report = evaluate_against_decisions(result, decisions)
    at_merge = report["at_merge_threshold"]
    assert report["scored_pairs"] == 3 and report["positives"] == 2
    assert (at_merge["tp"], at_merge["fp"], at_merge["fn"]) == (1, 0, 1)
    assert at_merge["precision"] == 1.0 and at_merge["recall"] == 0.5
    assert report["best_merge_threshold"]["f1"] >= at_merge["f1"]
    # the result honoured the decisions, so its entities agree with every label
    assert report["entities"]["precision"] == 1.0 and report["entities"]["recall"] == 1.0


def test_evaluate_the_automatic_outcome(world, model):
    decisions = [Decision(id=1, kind="merge", a="makeall:a1", b="ccei:a2"),
                 Decision(id=2, kind="merge", a="makeall:c1", b="ccei:c2"),
                 Decision(id=3, kind="keep_apart", a="makeall:b1", b="ccei:d1"),
                 Decision(id=4, kind="merge", a="gone:1", b="ccei:d1")]
    automatic = deduplicate(world, model=model)  # decisions not applied
    report = evaluate_against_decisions(automatic, decisions)
    assert report["labelled_pairs"] == 4 and report["present_pairs"] == 3
    assert report["entities"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5,
                                  "f1": 2 / 3}
    assert report["scored_pairs"] == 0 and report["at_merge_threshold"] is None
