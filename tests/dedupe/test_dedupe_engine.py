"""deduplicate(): input checks, golden records, progress and statistics."""

from __future__ import annotations

import pytest

from dedupe.engine import deduplicate
from dedupe.errors import DedupeError, DedupeInputError
from dedupe.model import parse_model


def test_duplicate_ids_and_wrong_types_are_clear_errors(world, model):
    with pytest.raises(DedupeInputError, match="makeall:a1.*twice"):
        deduplicate([*world, world[0]], model=model)
    with pytest.raises(DedupeError, match="record 0 is a dict"):
        deduplicate([{"id": "x"}], model=model)  # type: ignore[list-item]


def test_empty_input_gives_an_empty_result(model):
    result = deduplicate([], model=model)
    assert result.entities == [] and result.review_pairs == []


def test_golden_record_of_a_merged_entity_keeps_provenance(world, model):
    result = deduplicate(world, model=model, source_priority={"ccei": 10, "makeall": 1})
    entity = next(e for e in result.entities if "makeall:a1" in e.member_ids)
    assert entity.member_ids == ["ccei:a2", "makeall:a1"]
    name = entity.fields["name"]
    # both spell the same name (spacing aside): they agree, and priority picked the spelling shown
    assert name.source_id == "ccei" and name.rule == "agreement" and name.facility_id == "ccei:a2"
    assert entity.fields["sido"].value == "서울특별시" and entity.fields["sigungu"].value == "강남구"
    phones = entity.fields["phones"]
    assert len(phones.value) == 1 and set(phones.contributors) <= {"ccei:a2", "makeall:a1"}
    assert "alt_names" not in entity.fields or all(isinstance(a, str) for a in entity.fields["alt_names"].value)


def test_progress_is_reported_and_stats_are_filled(world, model):
    seen: list[str] = []
    result = deduplicate(world, model=model, progress=lambda stage, done, total: seen.append(stage))
    assert {"features", "blocking", "comparing", "clustering", "done"} <= set(seen)
    assert result.stats["entities"] == len(result.entities)
    assert result.stats["candidate_pairs"] >= 1
    # the learnt model comes back as data that loads again (for explanations made later)
    assert parse_model(result.stats["learnt_model"]).merge_threshold == model.merge_threshold
