"""Steward decisions against the automatic outcome, through ``deduplicate``."""

from __future__ import annotations

import dataclasses
import math

from dedupe.engine import deduplicate
from dedupe.types import Decision, DedupeResult


def entity_of(result: DedupeResult, facility_id: str) -> str:
    return next(e.id for e in result.entities if facility_id in e.member_ids)


def together(result: DedupeResult, a: str, b: str) -> bool:
    return entity_of(result, a) == entity_of(result, b)


def test_obvious_duplicates_merge_and_strangers_do_not(world, model):
    result = deduplicate(world, model=model)
    assert together(result, "makeall:a1", "ccei:a2")
    assert not together(result, "makeall:c1", "ccei:c2")
    assert len(result.entities) == 5
    assert sorted(m for e in result.entities for m in e.member_ids) == sorted(f.id for f in world)


def test_cannot_link_keeps_an_auto_merge_pair_apart(world, model):
    keep = Decision(id=1, kind="keep_apart", a="makeall:a1", b="ccei:a2")
    result = deduplicate(world, decisions=[keep], model=model)
    assert not together(result, "makeall:a1", "ccei:a2")
    # and it stays apart on the next run, fed the previous entities
    previous = {e.id: e.member_ids for e in result.entities}
    again = deduplicate(world, decisions=[keep], previous=previous, model=model)
    assert not together(again, "makeall:a1", "ccei:a2")


def test_must_link_joins_a_below_threshold_pair(world, model):
    merge = Decision(id=1, kind="merge", a="makeall:c1", b="ccei:c2")
    result = deduplicate(world, decisions=[merge], model=model)
    assert together(result, "makeall:c1", "ccei:c2")
    assert not together(result, "makeall:c1", "makeall:b1")


def test_undo_restores_the_automatic_outcome(world, model):
    automatic = deduplicate(world, model=model)
    decisions = [Decision(id=1, kind="keep_apart", a="makeall:a1", b="ccei:a2"),
                 Decision(id=2, kind="merge", a="makeall:c1", b="ccei:c2"),
                 Decision(id=3, kind="undo", a="makeall:a1", undoes=1),
                 Decision(id=4, kind="undo", a="makeall:c1", undoes=2)]
    undone = deduplicate(world, decisions=decisions, model=model)
    assert sorted(map(sorted, (e.member_ids for e in undone.entities))) == \
        sorted(map(sorted, (e.member_ids for e in automatic.entities)))


def test_undo_of_an_undo_reinstates_the_decision(world, model):
    decisions = [Decision(id=1, kind="keep_apart", a="makeall:a1", b="ccei:a2"),
                 Decision(id=2, kind="undo", a="makeall:a1", undoes=1),
                 Decision(id=3, kind="undo", a="makeall:a1", undoes=2)]
    assert not together(deduplicate(world, decisions=decisions, model=model), "makeall:a1", "ccei:a2")


def test_decisions_survive_when_every_other_field_changes(world, facility, model):
    decisions = [Decision(id=1, kind="merge", a="makeall:c1", b="ccei:c2"),
                 Decision(id=2, kind="keep_apart", a="makeall:a1", b="ccei:a2")]
    recrawled = [dataclasses.replace(f) for f in world]
    # c1/c2 now look nothing alike; a1/a2 now look identical
    recrawled[3] = facility("makeall", "c1", "전혀 다른 이름", "제주특별자치도 제주시 연동로 1", "064-111-2222")
    recrawled[1] = facility("ccei", "a2", "(주)한빛 메이커스페이스", "서울특별시 강남구 테헤란로 123", "02-555-1234")
    result = deduplicate(recrawled, decisions=decisions, model=model)
    assert together(result, "makeall:c1", "ccei:c2")
    assert not together(result, "makeall:a1", "ccei:a2")


def test_split_takes_a_member_out_of_its_entity(world, facility, model):
    a3 = facility("sgg", "a3", "한빛 메이커스페이스", "서울특별시 강남구 테헤란로 123", "02-555-1234")
    facilities = [*world, a3]
    assert together(deduplicate(facilities, model=model), "makeall:a1", "sgg:a3")
    split = Decision(id=1, kind="split", a="makeall:a1", b="sgg:a3",
                     members=("makeall:a1", "ccei:a2", "sgg:a3"))
    result = deduplicate(facilities, decisions=[split], model=model)
    assert together(result, "makeall:a1", "ccei:a2")
    assert not together(result, "makeall:a1", "sgg:a3")
    assert not together(result, "ccei:a2", "sgg:a3")


def test_cannot_link_wins_over_a_contradicting_must_link_chain(world, model):
    decisions = [Decision(id=1, kind="merge", a="makeall:c1", b="ccei:c2"),
                 Decision(id=2, kind="merge", a="ccei:c2", b="makeall:b1"),
                 Decision(id=3, kind="keep_apart", a="makeall:c1", b="makeall:b1")]
    result = deduplicate(world, decisions=decisions, model=model)
    assert not together(result, "makeall:c1", "makeall:b1")
    assert result.stats["decision_conflicts"]


def test_decisions_on_absent_facilities_are_ignored(world, model):
    result = deduplicate(world, decisions=[Decision(id=1, kind="merge", a="gone:1", b="makeall:b1")], model=model)
    assert result.stats["decisions_applied"]["ignored_absent"] == 1


def test_review_queue_excludes_decided_pairs_and_is_ordered(world, facility, model):
    # similar name, only the district known, another phone: uncertain under wide thresholds
    model = dataclasses.replace(model, review_threshold=0.01, merge_threshold=0.999)
    maybe = facility("sgg", "a9", "한빛메이커스페이스 홍대", "서울특별시 강남구", "02-777-9999")
    facilities = [*world, maybe]
    result = deduplicate(facilities, model=model)
    pairs = {(p.a, p.b) for p in result.review_pairs}
    assert pairs, "expected at least one pair for review"
    for p in result.review_pairs:
        assert model.review_threshold <= p.probability < model.merge_threshold or \
            p.explanation.get("held_apart_by_coherence")
        assert p.explanation["comparisons"]
    mid = (math.log(model.review_threshold) + math.log(model.merge_threshold)) / 2
    uncertainty = [abs(math.log(p.probability) - mid) for p in result.review_pairs]
    assert uncertainty == sorted(uncertainty)  # most uncertain first
    decided = [Decision(id=i, kind="skip", a=p.a, b=p.b) for i, p in enumerate(result.review_pairs, start=1)]
    assert deduplicate(facilities, decisions=decided, model=model).review_pairs == []
