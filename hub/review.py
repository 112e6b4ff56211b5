"""The stewards' review queue and decisions.

Decisions are append-only rows keyed by facility ids, so they survive every re-crawl; each is applied by the
next dedupe run. An undo is a new decision naming the one it undoes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from hub.errors import ConfigError, NotFoundError
from hub.store import Store
from hub.store.schema import (
    DecisionRow,
    EntityMember,
    EntityRow,
    FacilityRow,
    ReviewPairRow,
    SearchImpression,
    StageRun,
)

DECISION_KINDS = ("merge", "keep_apart", "skip", "split", "undo")


@dataclass(frozen=True)
class QueueItem:
    """One thing for a steward to look at: a flagged pair, or an entity that changed since a decision."""

    type: str
    """``pair`` or ``membership_changed``."""
    a: str | None
    b: str | None
    probability: float | None
    impact: int
    pair_id: int | None = None
    entity_a: str | None = None
    entity_b: str | None = None
    decision_id: int | None = None
    explanation: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        """Plain dict for the API and --json."""
        return dict(self.__dict__)


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def active_decisions(session: Any) -> list[DecisionRow]:
    """Decisions not undone (undo rows themselves excluded), oldest first."""
    rows = list(session.scalars(select(DecisionRow).order_by(DecisionRow.id)))
    undone = {r.undoes for r in rows if r.kind == "undo" and r.undoes is not None}
    return [r for r in rows if r.kind != "undo" and r.id not in undone]


def review_queue(store: Store, *, limit: int = 100, include_skipped: bool = False) -> list[QueueItem]:
    """Pairs between the thresholds with no decision, ordered by impact (search impressions of the entities
    involved, then member count) then by uncertainty; then entities whose membership changed since decided."""
    with store.session() as session:
        decided: dict[tuple[str, str], str] = {}
        decisions = active_decisions(session)
        for d in decisions:
            if d.facility_b:
                decided[_pair_key(d.facility_a, d.facility_b)] = d.kind
        member_of = dict(session.execute(select(EntityMember.facility_id, EntityMember.entity_id)).all())
        impressions = dict(session.execute(select(SearchImpression.entity_id, SearchImpression.count)).all())
        sizes = dict(session.execute(select(EntityRow.id, EntityRow.member_count)).all())
        items: list[QueueItem] = []
        skipped: list[QueueItem] = []
        for pair in session.scalars(select(ReviewPairRow)):
            key = _pair_key(pair.facility_a, pair.facility_b)
            kind = decided.get(key)
            if kind in ("merge", "keep_apart"):
                continue
            ea, eb = member_of.get(pair.facility_a), member_of.get(pair.facility_b)
            impact = impressions.get(ea, 0) + (impressions.get(eb, 0) if eb != ea else 0)
            item = QueueItem(
                type="pair",
                a=pair.facility_a,
                b=pair.facility_b,
                probability=round(pair.probability, 4),
                impact=impact * 1000 + sizes.get(ea, 1) + sizes.get(eb, 1),
                pair_id=pair.id,
                entity_a=ea,
                entity_b=eb,
                explanation=pair.explanation,
            )
            (skipped if kind == "skip" else items).append(item)
        items.sort(key=lambda i: (-i.impact, abs((i.probability or 0.5) - 0.5), i.a or "", i.b or ""))
        if include_skipped:
            items.extend(sorted(skipped, key=lambda i: (-i.impact, i.a or "")))
        last_dedupe = session.scalar(
            select(StageRun.finished_at)
            .where(StageRun.stage == "dedupe", StageRun.state == "succeeded")
            .order_by(StageRun.id.desc())
            .limit(1)
        )
        for d in decisions:
            if d.kind not in ("merge", "split") or not d.entity_id or not d.members:
                continue
            if last_dedupe is None or d.created_at >= last_dedupe:
                continue  # not applied yet: it is pending, not changed
            current = sorted(fid for fid, eid in member_of.items() if eid == d.entity_id)
            if current and sorted(d.members) != current:
                items.append(
                    QueueItem(
                        type="membership_changed",
                        a=d.facility_a,
                        b=d.facility_b,
                        probability=None,
                        impact=impressions.get(d.entity_id, 0),
                        entity_a=d.entity_id,
                        decision_id=d.id,
                    )
                )
        return items[:limit]


class DecisionConflict(ConfigError):
    """A decision the store's current state does not allow (already undone, nothing to split)."""


def _require_facilities(session: Any, *ids: str) -> None:
    found = set(session.scalars(select(FacilityRow.id).where(FacilityRow.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"unknown facility {', '.join(missing)} (ids look like '<source>:<key>')")


def _entity_members(session: Any, entity_id: str) -> list[str]:
    return sorted(session.scalars(select(EntityMember.facility_id).where(EntityMember.entity_id == entity_id)))


def record_decision(store: Store, kind: str, a: str, b: str | None, *, actor: str, note: str | None = None) -> dict:
    """Store a merge, keep_apart or skip decision about facilities a and b at once; returns the row."""
    if kind not in ("merge", "keep_apart", "skip"):
        raise ConfigError(f"decision kind {kind!r} is not one of merge, keep_apart, skip")
    if not a or not b:
        raise ConfigError("a decision needs two facility ids")
    with store.session() as session:
        _require_facilities(session, a, b)  # unknown ids first: 404 before any other complaint
        if a == b:
            raise ConfigError("a decision needs two different facility ids")
        ea = session.scalar(select(EntityMember.entity_id).where(EntityMember.facility_id == a))
        eb = session.scalar(select(EntityMember.entity_id).where(EntityMember.facility_id == b))
        members: list[str] = []
        if kind == "merge":
            members = sorted(
                set(_entity_members(session, ea) if ea else [a]) | set(_entity_members(session, eb) if eb else [b])
            )
        row = DecisionRow(kind=kind, facility_a=a, facility_b=b, actor=actor, note=note, members=members, entity_id=ea)
        session.add(row)
        session.flush()
        return decision_json(row)


def record_split(store: Store, entity_id: str, member: str, *, actor: str, note: str | None = None) -> dict:
    """Take a member out of an entity: a cannot-link against every other member at decision time."""
    with store.session() as session:
        members = _entity_members(session, entity_id)
        if not members:
            raise NotFoundError(f"no entity {entity_id!r}")
        if member not in members:
            raise NotFoundError(f"{member} is not a member of {entity_id} (members: {', '.join(members)})")
        others = [m for m in members if m != member]
        if not others:
            raise DecisionConflict(f"{entity_id} has only one member; nothing to split")
        row = DecisionRow(
            kind="split",
            facility_a=others[0],
            facility_b=member,
            actor=actor,
            note=note,
            members=others,
            entity_id=entity_id,
        )
        session.add(row)
        session.flush()
        return decision_json(row)


def undo_decision(store: Store, decision_id: int, *, actor: str, note: str | None = None) -> dict:
    """Record that a decision no longer holds; the next dedupe run restores the automatic outcome."""
    with store.session() as session:
        target = session.get(DecisionRow, decision_id)
        if target is None:
            raise NotFoundError(f"no decision {decision_id}")
        if target.kind == "undo":
            raise DecisionConflict(f"decision {decision_id} is itself an undo; record the decision again instead")
        already = session.scalar(
            select(DecisionRow.id).where(DecisionRow.kind == "undo", DecisionRow.undoes == decision_id)
        )
        if already is not None:
            raise DecisionConflict(f"decision {decision_id} was already undone by decision {already}")
        row = DecisionRow(
            kind="undo",
            facility_a=target.facility_a,
            facility_b=target.facility_b,
            actor=actor,
            note=note,
            undoes=decision_id,
            members=[],
            entity_id=target.entity_id,
        )
        session.add(row)
        session.flush()
        return decision_json(row)


def list_decisions(store: Store, *, limit: int = 200) -> list[dict]:
    """The decision log, newest first."""
    with store.session() as session:
        rows = list(session.scalars(select(DecisionRow).order_by(DecisionRow.id.desc()).limit(limit)))
        undone = set(session.scalars(select(DecisionRow.undoes).where(DecisionRow.kind == "undo")))
        return [{**decision_json(r), "undone": r.id in undone} for r in rows]


def decision_json(row: DecisionRow) -> dict:
    """A decision row as JSON."""
    return {
        "id": row.id,
        "kind": row.kind,
        "a": row.facility_a,
        "b": row.facility_b,
        "actor": row.actor,
        "created_at": row.created_at.isoformat() if row.created_at else None,
        "note": row.note,
        "undoes": row.undoes,
        "entity_id": row.entity_id,
    }


def explain(store: Store, a: str, b: str) -> dict[str, Any]:
    """Why the model scores two facilities as it does: per-field levels and weights."""
    from dedupe.explain import explain_pair
    from hub.pipeline.dedupe_stage import learnt_model
    from normalizers.records import Facility

    with store.session() as session:
        _require_facilities(session, a, b)
        fa = Facility.from_dict(session.get(FacilityRow, a).data)
        fb = Facility.from_dict(session.get(FacilityRow, b).data)
    return {"a": fa.to_dict(), "b": fb.to_dict(), "explanation": explain_pair(fa, fb, learnt_model(store))}


def evaluate_model(store: Store, sources: list[Any]) -> dict[str, Any]:
    """How the model agrees with stewards' merge/keep-apart decisions taken as labels.

    ``entities`` scores the automatic outcome (a run without the decisions); the threshold figures score the
    model's own pair probabilities for the decided pairs, and suggest the merge threshold that fits them best.
    """
    from dedupe.engine import deduplicate
    from dedupe.evaluate import evaluate_against_decisions
    from dedupe.model import load_model
    from hub.pipeline.dedupe_stage import decision_from_row, load_facilities

    with store.session() as session:
        facilities = load_facilities(session)
        decisions = [decision_from_row(r) for r in active_decisions(session)]
    priority = {s.id: s.priority for s in sources}
    model = load_model()
    automatic = evaluate_against_decisions(deduplicate(facilities, model=model, source_priority=priority), decisions)
    decided = evaluate_against_decisions(
        deduplicate(facilities, decisions=decisions, model=model, source_priority=priority), decisions
    )
    return {**decided, "entities": automatic.get("entities"), "labels": len(decisions)}
