"""The life cycle from the store, on SQLite and PostgreSQL: gone pages with evidence, what pages say, stewards'
decisions, address history, and entities kept when every page is gone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hub.lifecycle import LifecycleOptions, compute_lifecycles, keep_gone_entities, record_addresses
from hub.lifecycle.decisions import record_lifecycle_decision, undo_lifecycle_decision
from hub.pipeline.ids import content_hash
from hub.store.schema import CrawlRun, EntityMember, EntityRow, FacilityRow, RawRecord

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
OPTIONS = LifecycleOptions(possibly_closed_days=30, moved_days=365)


def _address(road: str, no: str) -> dict:
    return {"sido": "서울특별시", "sigungu": "마포구", "road": road, "building_no": no, "detail": None,
            "postal_code": "04147", "original": f"서울 마포구 {road} {no}"}


def _run(session, run_id: str, source: str, days_ago: float) -> None:
    started = NOW - timedelta(days=days_ago)
    session.add(CrawlRun(id=run_id, source_id=source, state="succeeded", started_at=started,
                         finished_at=started + timedelta(minutes=5), stats={}))


def _facility(session, source: str, key: str, entity: str, *, fields: dict | None = None, run: str,
              gone_run: str | None = None, reason: str | None = None, address: dict | None = None) -> None:
    fid = f"{source}:{key}"
    fields = fields or {"name": key}
    digest = content_hash(fields)  # the store's hash of the page's fields (what the life cycle caches by)
    session.add(RawRecord(source_id=source, key=key, url=f"https://{source}.example.kr/{key}", content_hash=digest,
                          fields=fields, fetched_at=NOW - timedelta(days=60), first_run_id=run,
                          last_run_id=run, changed_run_id=run, gone_run_id=gone_run, gone_reason=reason))
    session.add(FacilityRow(id=fid, source_id=source, key=key, raw_hash=f"h{key}", normalizer_version="t",
                            data={"id": fid, "name": key, "address": address or _address("백범로31길", "21")},
                            active=gone_run is None))
    if session.get(EntityRow, entity) is None:
        session.add(EntityRow(id=entity, name=entity, member_count=1, content_hash="c",
                              data={"address": {"value": address or _address("백범로31길", "21"), "facility_id": fid}}))
        session.flush()
    session.add(EntityMember(facility_id=fid, entity_id=entity))


def _life(store, entity: str, now: datetime = NOW):
    with store.session() as session:
        return compute_lifecycles(session, now=now, options=OPTIONS, entity_ids=[entity])[entity]


def test_missing_from_every_source_long_enough_is_possibly_closed_with_evidence(store) -> None:
    with store.session() as s:
        for rid, src, days in (("r-a-old", "a", 70), ("r-a-gone", "a", 45), ("r-b-old", "b", 65),
                               ("r-b-gone", "b", 40)):
            _run(s, rid, src, days)
        _facility(s, "a", "1", "e1", run="r-a-old", gone_run="r-a-gone", reason="http_404")
        _facility(s, "b", "9", "e1", run="r-b-old", gone_run="r-b-gone", reason="not_listed")
    life = _life(store, "e1")
    assert life.state == "possibly_closed"
    assert life.since == (NOW - timedelta(days=40) + timedelta(minutes=5)).isoformat()
    gone = [e for e in life.evidence if e["kind"] == "gone"]
    assert [(e["source_id"], e["reason"]) for e in gone] == [("a", "http_404"), ("b", "not_listed")]
    assert gone[0]["last_seen"] == (NOW - timedelta(days=70) + timedelta(minutes=5)).isoformat()


def test_missing_for_less_than_the_configured_time_stays_open(store) -> None:
    with store.session() as s:
        _run(s, "r-old", "a", 20)
        _run(s, "r-gone", "a", 5)
        _facility(s, "a", "1", "e1", run="r-old", gone_run="r-gone", reason="http_410")
    life = _life(store, "e1")
    assert life.state == "open"
    assert life.missing is not None and life.missing["possibly_closed_on"] > NOW.isoformat()
    assert _life(store, "e1", NOW + timedelta(days=26)).state == "possibly_closed"


def test_one_source_still_listing_it_keeps_it_open(store) -> None:
    with store.session() as s:
        _run(s, "r-a", "a", 60)
        _run(s, "r-gone", "a", 50)
        _run(s, "r-b", "b", 1)
        _facility(s, "a", "1", "e1", run="r-a", gone_run="r-gone", reason="http_404")
        _facility(s, "b", "2", "e1", run="r-b")
    life = _life(store, "e1")
    assert (life.state, life.evidence, life.missing) == ("open", [], None)


@pytest.mark.parametrize(("fields", "state", "notice"), [
    ({"name": "팹랩 마포 [운영종료]"}, "closed", None),
    ({"notice": "2026년 3월 31일부로 운영을 종료합니다."}, "closed", None),
    ({"hours": "휴관중"}, "open", "temporary"),
    ({"hours": "평일 09:00~18:00, 매주 월요일 휴관"}, "open", None),
    ({"description": "폐관된 목욕탕을 고쳐 만든 공간"}, "open", None),
])
def test_what_a_page_says(store, fields: dict, state: str, notice: str | None) -> None:
    with store.session() as s:
        _run(s, "r", "a", 3)
        _facility(s, "a", "1", "e1", run="r", fields=fields)
    life = _life(store, "e1")
    assert life.state == state
    assert [n["statement"] for n in life.notices] == ([notice] if notice else [])
    if state == "closed":
        assert life.evidence[0]["kind"] == "statement" and life.evidence[0]["source_id"] == "a"


def test_steward_decisions_win_and_can_be_undone(store) -> None:
    with store.session() as s:
        _run(s, "r", "a", 3)
        _facility(s, "a", "1", "e1", run="r")
    row = record_lifecycle_decision(store, "e1", "closed", actor="kim", note="전화로 확인")
    assert _life(store, "e1").state == "closed"
    assert _life(store, "e1").evidence[0]["actor"] == "kim"
    undo_lifecycle_decision(store, row["id"], actor="kim")
    assert _life(store, "e1").state == "open"


def test_an_open_decision_sets_earlier_evidence_aside_not_later_evidence(store) -> None:
    with store.session() as s:
        _run(s, "r-old", "a", 90)
        _run(s, "r-gone", "a", 60)
        _facility(s, "a", "1", "e1", run="r-old", gone_run="r-gone", reason="http_404")
    assert _life(store, "e1").state == "possibly_closed"
    decided = record_lifecycle_decision(store, "e1", "open", actor="lee")
    assert _life(store, "e1").state == "open"
    after = datetime.fromisoformat(decided["created_at"]) + timedelta(days=1)
    with store.session() as s:  # the page is found gone again after the decision
        s.add(CrawlRun(id="r-gone-2", source_id="a", state="succeeded", started_at=after, finished_at=after,
                       stats={}))
        s.query(RawRecord).one().gone_run_id = "r-gone-2"
    assert _life(store, "e1", after + timedelta(days=10)).state == "open"
    assert _life(store, "e1", after + timedelta(days=40)).state == "possibly_closed"


def test_an_address_change_is_a_move_for_a_while_and_history_for_good(store) -> None:
    with store.session() as s:
        _run(s, "r", "a", 3)
        _facility(s, "a", "1", "e1", run="r")
        record_addresses(s, now=NOW - timedelta(days=100))
        row = s.get(FacilityRow, "a:1")
        row.data = {**row.data, "address": _address("월드컵로", "235")}
        entity = s.get(EntityRow, "e1")
        entity.data = {"address": {"value": _address("월드컵로", "235"), "facility_id": "a:1"}}
    with store.session() as s:
        assert record_addresses(s, now=NOW - timedelta(days=10)) == 1
        assert record_addresses(s, now=NOW - timedelta(days=10)) == 0  # idempotent
    life = _life(store, "e1")
    assert life.state == "moved" and life.since == (NOW - timedelta(days=10)).isoformat()
    assert [a["address"]["road"] for a in life.previous_addresses] == ["백범로31길"]
    later = _life(store, "e1", NOW + timedelta(days=400))
    assert later.state == "open" and later.previous_addresses


def test_a_new_floor_is_not_a_move(store) -> None:
    with store.session() as s:
        _run(s, "r", "a", 3)
        _facility(s, "a", "1", "e1", run="r")
        record_addresses(s, now=NOW - timedelta(days=30))
        row = s.get(FacilityRow, "a:1")
        row.data = {**row.data, "address": {**_address("백범로31길", "21"), "detail": "4층"}}
    with store.session() as s:
        assert record_addresses(s, now=NOW) == 0
    assert _life(store, "e1").state == "open"


def test_entities_whose_every_page_is_gone_are_kept(store) -> None:
    with store.session() as s:
        _run(s, "r", "a", 30)
        _run(s, "g", "a", 20)
        _facility(s, "a", "1", "e1", run="r", gone_run="g", reason="http_404")
        _facility(s, "a", "2", "e2", run="r", gone_run="g", reason="http_404")
        _facility(s, "a", "3", "e2", run="r")
        kept = keep_gone_entities(s, {"e1": ["a:1"], "e2": ["a:2", "a:3"]}, clustered={"a:3"})
    assert kept == {"e1": ["a:1"]}
