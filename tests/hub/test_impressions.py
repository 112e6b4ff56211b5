"""Impressions (entities shown on first result pages) are buffered and added to the store by one upsert."""

from __future__ import annotations

from hub.impressions import ImpressionCounter
from hub.store import open_store
from hub.store.schema import SearchImpression


def _stored(store) -> dict[str, int]:
    with store.session() as s:
        return {r.entity_id: r.count for r in s.query(SearchImpression)}


def test_counts_add_up_across_flushes_and_workers(store, db_url: str) -> None:
    first = ImpressionCounter(store, every=3600, batch=10_000)
    second = ImpressionCounter(open_store(db_url), every=3600, batch=10_000)  # another worker process
    assert first.add(["ent-a", "ent-b"]) is False  # not due: nothing written yet
    assert _stored(store) == {}
    first.add(["ent-a"])
    first.flush()
    assert _stored(store) == {"ent-a": 2, "ent-b": 1}
    second.note(["ent-a", "ent-c"])
    second.flush()
    first.note(["ent-b"])
    first.flush()
    first.flush()  # an empty buffer writes nothing
    assert _stored(store) == {"ent-a": 3, "ent-b": 2, "ent-c": 1}


def test_a_full_batch_is_due(store) -> None:
    counter = ImpressionCounter(store, every=3600, batch=3)
    assert [counter.add([f"ent-{i}"]) for i in range(3)] == [False, False, True]
    counter.note(["ent-9"])  # note() writes when due
    assert sum(_stored(store).values()) == 4
