"""Stable entity ids."""

from __future__ import annotations

import re

from dedupe.engine import deduplicate
from dedupe.ids import assign_ids, derived_id


def test_new_entities_get_deterministic_ids_from_their_smallest_member():
    ids = assign_ids([["s:2", "s:1"], ["s:3"]], {})
    assert ids == [derived_id("s:1"), derived_id("s:3")]
    assert all(re.fullmatch(r"ent-[0-9a-f]{12}", i) for i in ids)
    assert assign_ids([["s:2", "s:1"], ["s:3"]], {}) == ids


def test_a_cluster_inherits_the_old_id_it_overlaps_most():
    previous = {"ent-old-a": ["s:1", "s:2"], "ent-old-b": ["s:3"]}
    assert assign_ids([["s:1", "s:2", "s:9"], ["s:3"]], previous) == ["ent-old-a", "ent-old-b"]


def test_a_split_leaves_the_old_id_with_the_larger_part():
    previous = {"ent-old": ["s:1", "s:2", "s:3"]}
    ids = assign_ids([["s:1"], ["s:2", "s:3"]], previous)
    assert ids[1] == "ent-old"
    assert ids[0] != "ent-old" and ids[0].startswith("ent-")


def test_derived_id_that_is_taken_is_not_reused():
    # the old entity was derived from s:1; after a split s:1 is alone but the old id goes to the bigger part
    old = derived_id("s:1")
    ids = assign_ids([["s:1"], ["s:2", "s:3"]], {old: ["s:1", "s:2", "s:3"]})
    assert ids[1] == old
    assert ids[0] != old and len(set(ids)) == 2


def test_entity_ids_stable_across_reruns_and_when_a_member_joins(world, facility, model):
    first = deduplicate(world, model=model)
    again = deduplicate(world, model=model)
    assert {e.id: e.member_ids for e in first.entities} == {e.id: e.member_ids for e in again.entities}
    previous = {e.id: e.member_ids for e in first.entities}
    a_id = next(e.id for e in first.entities if "makeall:a1" in e.member_ids)
    newcomer = facility("sgg", "a3", "한빛 메이커스페이스", "서울특별시 강남구 테헤란로 123", "02-555-1234")
    grown = deduplicate([*world, newcomer], previous=previous, model=model)
    entity = next(e for e in grown.entities if "makeall:a1" in e.member_ids)
    assert entity.id == a_id and "sgg:a3" in entity.member_ids
    assert {e.id for e in grown.entities} == {e.id for e in first.entities}
