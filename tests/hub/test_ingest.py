"""Storing crawl output: new/changed/unchanged/gone counts, idempotency, suspect runs keep what they cannot see."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from hub.pipeline.crawl import CrawlOutcome, CrawlStage
from hub.sources import Source
from hub.store.schema import CrawlRun, RawRecord, RawRecordVersion

SOURCE = Source(id="demo", family="makeall", start_urls=("https://example.org/list",), kind="makerspace",
                schedule="0 3 * * *", priority=5, enabled=True)


def facility(key: str, name: str) -> dict:
    return {"type": "facility", "source_id": "demo", "key": key, "url": f"https://example.org/{key}",
            "fields": {"name": name}, "fetched_at": "2026-11-22T01:00:00Z", "etag": f'"{key}-{name}"'}


def record(stage: CrawlStage, tmp_path: Path, run_id: str, items: list[dict], finish: str = "finished"):
    out = tmp_path / f"{run_id}.jsonl"
    out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    with stage.store.session() as s:
        s.add(CrawlRun(id=run_id, source_id="demo", state="running", stats={}))
    outcome = CrawlOutcome(source_id="demo", run_id=run_id, state="running")
    stage.record_output(SOURCE, run_id, {"pages": len(items), "finish_reason": finish, "errors": {}}, out, outcome)
    return outcome


def test_counts_and_idempotency(store, tmp_path: Path) -> None:
    stage = CrawlStage(store, tmp_path)
    first = record(stage, tmp_path, "r1", [facility(str(i), f"랩 {i}") for i in range(10)])
    assert (first.state, first.new, first.changed, first.unchanged, first.gone) == ("succeeded", 10, 0, 0, 0)
    again = record(stage, tmp_path, "r2", [facility(str(i), f"랩 {i}") for i in range(10)])
    assert (again.new, again.changed, again.unchanged, again.gone) == (0, 0, 10, 0)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(RawRecord)) == 10
        assert s.scalar(select(func.count()).select_from(RawRecordVersion)) == 10
    items = [facility(str(i), f"랩 {i}") for i in range(1, 9)]
    items[0] = facility("1", "이름이 바뀐 랩")
    items.append({"type": "unchanged", "source_id": "demo", "key": "9", "url": "https://example.org/9"})
    items.append({"type": "gone", "source_id": "demo", "key": "0", "url": "https://example.org/0", "status": 410})
    items.append(facility("10", "새 랩"))
    third = record(stage, tmp_path, "r3", items)
    assert (third.new, third.changed, third.unchanged, third.gone) == (1, 1, 8, 1)
    with store.session() as s:
        gone = s.scalars(select(RawRecord.key).where(RawRecord.gone_run_id.is_not(None))).all()
        assert gone == ["0"]
        assert s.scalar(select(func.count()).select_from(RawRecordVersion)) == 12


def test_suspect_run_does_not_apply_disappearances(store, tmp_path: Path) -> None:
    stage = CrawlStage(store, tmp_path)
    record(stage, tmp_path, "r1", [facility(str(i), "랩") for i in range(20)])
    small = record(stage, tmp_path, "r2", [facility(str(i), "랩") for i in range(5)])
    assert small.state == "suspect"
    assert small.gone == 0
    assert "runs accept r2" in (small.error or "")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(RawRecord).where(RawRecord.gone_run_id.is_(None))) == 20


def test_truncated_output_keeps_complete_lines(store, tmp_path: Path) -> None:
    stage = CrawlStage(store, tmp_path)
    out = tmp_path / "cut.jsonl"
    out.write_text(json.dumps(facility("1", "랩"), ensure_ascii=False) + "\n" + '{"type": "facility", "ke',
                   encoding="utf-8")
    with store.session() as s:
        s.add(CrawlRun(id="cut", source_id="demo", state="running", stats={}))
    outcome = CrawlOutcome(source_id="demo", run_id="cut", state="running")
    stage.record_output(SOURCE, "cut", {"pages": 2, "finish_reason": "shutdown", "errors": {}}, out, outcome)
    assert (outcome.records, outcome.errors) == (1, 1)


def test_provenance_is_kept_with_the_raw_record_but_not_hashed(store, tmp_path: Path) -> None:
    stage = CrawlStage(store, tmp_path)
    item = facility("1", "랩")
    record(stage, tmp_path, "r1", [{**item, "provenance": {"name": "jsonld"}}])
    again = record(stage, tmp_path, "r2", [{**item, "provenance": {"name": "labels"}}])
    assert (again.changed, again.unchanged) == (0, 1)  # the same values read by another method: no change
    with store.session() as s:
        row = s.scalars(select(RawRecord)).one()
        assert row.fields == {"name": "랩", "_provenance": {"name": "jsonld"}}
