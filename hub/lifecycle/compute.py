"""The life cycle of every entity, from what the store knows: ``open``, ``moved``, ``possibly_closed``, ``closed``.

What it reads (nothing here crawls or guesses):

- each member's page (``raw_records``): ``last_run_id`` (the last crawl that saw it), ``gone_run_id`` and
  ``gone_reason`` (a healthy crawl found it gone: 404/410, or absent from a complete listing), ``fields`` (what
  the page says now) and ``changed_run_id`` (since when it says it); the runs' times (``crawl_runs``);
- stewards' life-cycle decisions (``lifecycle_decisions``), keyed by facility ids;
- the addresses each facility has had (``address_history``, written by :func:`record_addresses` at every index
  build).

The state, strongest first:

1. a steward's latest decision: ``closed``; or ``open``, which sets aside every piece of evidence older than it;
2. ``closed`` when a member's page says so (``hub.lifecycle.statements``: 폐관, 운영 종료, 폐업 — never 휴관);
3. ``possibly_closed`` when every member's page is gone with evidence and the last one went at least
   ``possibly_closed_days`` ago (before that the entity stays ``open`` with the evidence listed as ``missing``);
4. ``moved`` when the golden address's facility had another address before and the change is at most
   ``moved_days`` old (the old addresses are listed either way);
5. ``open``.

Temporary closures (휴관 중, 임시 휴관) and planned ones (폐관 예정) are ``notices``: they never change the state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.lifecycle.statements import Statement, read_statements
from hub.store.schema import (
    AddressHistory,
    CrawlRun,
    EntityMember,
    EntityRow,
    FacilityRow,
    LifecycleDecision,
    RawRecord,
)

STATES = ("open", "moved", "possibly_closed", "closed")
"""Every life-cycle state, least to most severe."""
STATE_LABELS = {"open": "운영 중", "moved": "이전함", "possibly_closed": "폐관 의심", "closed": "폐관"}
GONE_REASONS = {"http_404": "페이지 없음 (HTTP 404)", "http_410": "페이지 삭제됨 (HTTP 410)",
                "not_listed": "전체 목록에서 빠짐", "accepted_run": "운영자가 승인한 수집에서 빠짐"}


@dataclass(frozen=True)
class LifecycleOptions:
    """How the life cycle reads time."""

    possibly_closed_days: int = 30
    """Days an entity must be missing from every source (each page gone with evidence) to be possibly closed."""
    moved_days: int = 365
    """Days after an address change during which an entity shows as moved."""


@dataclass
class Lifecycle:
    """One entity's life cycle and why."""

    state: str = "open"
    since: str | None = None
    """ISO time the state began (decision, statement, last disappearance or address change), when known."""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    """What the state rests on: ``{"kind": "decision"|"statement"|"gone"|"moved", …}``."""
    notices: list[dict[str, Any]] = field(default_factory=list)
    """Temporary or planned closures a page mentions (they do not change the state)."""
    missing: dict[str, Any] | None = None
    """When every page is gone but not yet for ``possibly_closed_days``: ``{"since", "possibly_closed_on"}``."""
    previous_addresses: list[dict[str, Any]] = field(default_factory=list)
    """Older addresses of the golden address's facility, newest first: ``{"address", "first_seen", "last_seen"}``."""

    @property
    def label(self) -> str:
        """The state in Korean."""
        return STATE_LABELS.get(self.state, self.state)

    def as_json(self) -> dict[str, Any]:
        """Plain dict for the API."""
        return {"state": self.state, "label": self.label, "since": self.since, "evidence": self.evidence,
                "notices": self.notices, "missing": self.missing, "previous_addresses": self.previous_addresses}


def address_key(address: Any) -> str | None:
    """What must change for a move: 시도|시군구|도로명|건물번호 (or 지번); None without one of them."""
    if not isinstance(address, dict):
        return None
    place = [address.get("sido") or "", address.get("sigungu") or ""]
    if address.get("road") and address.get("building_no"):
        return "|".join([*place, str(address["road"]), str(address["building_no"])])
    if address.get("jibun"):
        return "|".join([*place, "", str(address["jibun"])])
    return None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def active_lifecycle_decisions(session: Session) -> list[LifecycleDecision]:
    """Life-cycle decisions not undone (undo rows excluded), oldest first."""
    rows = list(session.scalars(select(LifecycleDecision).order_by(LifecycleDecision.id)))
    undone = {r.undoes for r in rows if r.kind == "undo" and r.undoes is not None}
    return [r for r in rows if r.kind != "undo" and r.id not in undone]


class _Facts:
    """Everything the computation reads for a set of entities, loaded in a few queries."""

    def __init__(self, session: Session, entity_ids: Iterable[str] | None) -> None:
        member_q = select(EntityMember.facility_id, EntityMember.entity_id)
        entity_q = select(EntityRow.id, EntityRow.data)
        if entity_ids is not None:
            ids = list(entity_ids)
            member_q = member_q.where(EntityMember.entity_id.in_(ids))
            entity_q = entity_q.where(EntityRow.id.in_(ids))
        self.members: dict[str, list[str]] = defaultdict(list)
        for fid, eid in session.execute(member_q):
            self.members[eid].append(fid)
        self.golden_address_of: dict[str, str | None] = {}
        for eid, data in session.execute(entity_q):
            chosen = (data or {}).get("address") or {}
            self.golden_address_of[eid] = chosen.get("facility_id") if isinstance(chosen, dict) else None
            self.members.setdefault(eid, [])
        fids = [f for fs in self.members.values() for f in fs]
        self.facilities: dict[str, tuple[str, str, bool, dict[str, Any]]] = {}
        self.raws: dict[str, RawRecord] = {}
        self.history: dict[str, list[AddressHistory]] = defaultdict(list)
        for chunk in _chunks(fids, 500):
            for fid, sid, key, active, data in session.execute(
                    select(FacilityRow.id, FacilityRow.source_id, FacilityRow.key, FacilityRow.active,
                           FacilityRow.data).where(FacilityRow.id.in_(chunk))):
                self.facilities[fid] = (sid, key, bool(active), data or {})
            for row in session.scalars(select(AddressHistory).where(AddressHistory.facility_id.in_(chunk))):
                self.history[row.facility_id].append(row)
        by_source: dict[str, list[str]] = defaultdict(list)
        for sid, key, _active, _data in self.facilities.values():
            by_source[sid].append(key)
        for sid, keys in by_source.items():
            for chunk in _chunks(keys, 500):
                for raw in session.scalars(select(RawRecord).where(RawRecord.source_id == sid,
                                                                   RawRecord.key.in_(chunk))):
                    self.raws[f"{raw.source_id}:{raw.key}"] = raw
        run_ids = {r for raw in self.raws.values() for r in (raw.last_run_id, raw.gone_run_id, raw.changed_run_id)
                   if r}
        self.run_times: dict[str, datetime] = {}
        for chunk in _chunks(sorted(run_ids), 500):
            for rid, started, finished in session.execute(
                    select(CrawlRun.id, CrawlRun.started_at, CrawlRun.finished_at).where(CrawlRun.id.in_(chunk))):
                self.run_times[rid] = finished or started
        self.decisions = active_lifecycle_decisions(session)
        self.decision_of: dict[str, list[LifecycleDecision]] = defaultdict(list)
        for d in self.decisions:
            for fid in d.facility_ids or []:
                self.decision_of[fid].append(d)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


_STATEMENT_CACHE: dict[tuple[str, str], list[Statement]] = {}
_STATEMENT_CACHE_MAX = 200_000


def _statements(raw: RawRecord) -> list[Statement]:
    """Statements of a page, remembered by its content hash (pages rarely change between index builds)."""
    key = (f"{raw.source_id}:{raw.key}", raw.content_hash)
    found = _STATEMENT_CACHE.get(key)
    if found is None:
        if len(_STATEMENT_CACHE) >= _STATEMENT_CACHE_MAX:
            _STATEMENT_CACHE.clear()
        found = _STATEMENT_CACHE[key] = read_statements(raw.fields or {})
    return found


def _entity_lifecycle(eid: str, facts: _Facts, now: datetime, options: LifecycleOptions) -> Lifecycle:
    members = sorted(facts.members.get(eid, []))
    life = Lifecycle()
    decisions = sorted({d.id: d for fid in members for d in facts.decision_of.get(fid, [])}.values(),
                       key=lambda d: d.id)
    decision = decisions[-1] if decisions else None
    open_since: datetime | None = decision.created_at if decision is not None and decision.kind == "open" else None
    if decision is not None:
        life.evidence.append({"kind": "decision", "decision": decision.kind, "actor": decision.actor,
                              "created_at": _iso(decision.created_at), "note": decision.note,
                              "decision_id": decision.id, "report_id": decision.report_id})
        if decision.kind == "closed":
            life.state, life.since = "closed", _iso(decision.created_at)
    gone: list[tuple[datetime, dict[str, Any]]] = []
    all_gone = bool(members)
    statements: list[dict[str, Any]] = []
    for fid in members:
        fact = facts.facilities.get(fid)
        raw = facts.raws.get(fid)
        if fact is None or raw is None:
            all_gone = False
            continue
        source_id = fact[0]
        if raw.gone_run_id is None:
            all_gone = False
            since = facts.run_times.get(raw.changed_run_id)
            for st in _statements(raw):
                entry = {"kind": "statement", "statement": st.kind, "source_id": source_id, "facility_id": fid,
                         "field": st.field, "text": st.text, "url": raw.url, "since": _iso(since)}
                if st.kind == "closed" and (open_since is None or (since is not None and since > open_since)):
                    statements.append(entry)
                elif st.kind != "closed":
                    life.notices.append(entry)
            continue
        gone_at = facts.run_times.get(raw.gone_run_id)
        if gone_at is None:
            all_gone = False
            continue
        gone.append((gone_at, {"kind": "gone", "source_id": source_id, "facility_id": fid, "url": raw.url,
                               "reason": raw.gone_reason or "unknown",
                               "reason_label": GONE_REASONS.get(raw.gone_reason or "", "사라짐 (이유 기록 없음)"),
                               "gone_at": _iso(gone_at), "run_id": raw.gone_run_id,
                               "last_seen": _iso(facts.run_times.get(raw.last_run_id))}))
    if life.state != "closed" and statements:
        life.state = "closed"
        life.since = min((s["since"] for s in statements if s["since"]), default=None)
        life.evidence.extend(statements)
    if all_gone and gone:
        missing_since = max(t for t, _ in gone)
        if open_since is None or missing_since > open_since:
            due = missing_since + timedelta(days=options.possibly_closed_days)
            if life.state != "closed":
                if now >= due:
                    life.state, life.since = "possibly_closed", _iso(missing_since)
                else:
                    life.missing = {"since": _iso(missing_since), "possibly_closed_on": _iso(due)}
            life.evidence.extend(e for _, e in sorted(gone, key=lambda g: g[0]))
    _addresses(eid, facts, now, options, life)
    return life


def _addresses(eid: str, facts: _Facts, now: datetime, options: LifecycleOptions, life: Lifecycle) -> None:
    fid = facts.golden_address_of.get(eid)
    fact = facts.facilities.get(fid or "")
    if fid is None or fact is None:
        return
    current = address_key(fact[3].get("address"))
    rows = facts.history.get(fid, [])
    now_row = next((r for r in rows if r.address_key == current), None)
    older = sorted((r for r in rows if r.address_key != current), key=lambda r: r.last_seen_at, reverse=True)
    if current is None or now_row is None or not older:
        return
    life.previous_addresses = [{"address": r.address, "first_seen": _iso(r.first_seen_at),
                                "last_seen": _iso(r.last_seen_at)} for r in older]
    if life.state == "open" and now - now_row.first_seen_at <= timedelta(days=options.moved_days):
        life.state, life.since = "moved", _iso(now_row.first_seen_at)
        life.evidence.append({"kind": "moved", "facility_id": fid, "source_id": fact[0],
                              "from": older[0].address, "to": fact[3].get("address"),
                              "changed_at": _iso(now_row.first_seen_at)})


def compute_lifecycles(session: Session, *, now: datetime, options: LifecycleOptions | None = None,
                       entity_ids: Iterable[str] | None = None) -> dict[str, Lifecycle]:
    """Entity id → its life cycle (every entity, or only ``entity_ids``)."""
    options = options or LifecycleOptions()
    facts = _Facts(session, entity_ids)
    return {eid: _entity_lifecycle(eid, facts, now, options) for eid in facts.members}


def record_addresses(session: Session, *, now: datetime) -> int:
    """Add each active facility's current address to ``address_history`` (or refresh its last-seen day);
    returns how many new addresses were recorded. Idempotent within a day."""
    history: dict[tuple[str, str], AddressHistory] = {
        (r.facility_id, r.address_key): r for r in session.scalars(select(AddressHistory))}
    added = 0
    stale = now - timedelta(days=1)
    for fid, data in session.execute(select(FacilityRow.id, FacilityRow.data).where(FacilityRow.active.is_(True))):
        address = (data or {}).get("address")
        key = address_key(address)
        if key is None:
            continue
        row = history.get((fid, key))
        if row is None:
            session.add(AddressHistory(facility_id=fid, address_key=key, address=address, first_seen_at=now,
                                       last_seen_at=now))
            added += 1
        elif row.last_seen_at < stale:
            row.last_seen_at = now
    return added


def keep_gone_entities(session: Session, previous: dict[str, list[str]], clustered: set[str]) -> dict[str, list[str]]:
    """Entities of the previous dedupe run to keep although no member was clustered this time, because every
    member's page is gone (an inactive facility): entity id → its members. Without this an entity would vanish
    the day its last source dropped it; kept, its life cycle can say *possibly closed* with the evidence."""
    inactive = set(session.scalars(select(FacilityRow.id).where(FacilityRow.active.is_(False))))
    kept: dict[str, list[str]] = {}
    for eid, fids in previous.items():
        if fids and all(f in inactive and f not in clustered for f in fids):
            kept[eid] = sorted(fids)
    return kept
