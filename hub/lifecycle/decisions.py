"""Stewards' life-cycle decisions: a facility closed for good, or open after all (append-only, undoable)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from hub.errors import ConfigError, NotFoundError
from hub.store import Store
from hub.store.schema import EntityMember, EntityRow, LifecycleDecision

DECISION_KINDS = ("closed", "open")


def decision_json(row: LifecycleDecision) -> dict[str, Any]:
    """A decision row as JSON."""
    return {"id": row.id, "kind": row.kind, "entity_id": row.entity_id, "facility_ids": list(row.facility_ids or []),
            "actor": row.actor, "created_at": row.created_at.isoformat() if row.created_at else None,
            "note": row.note, "undoes": row.undoes, "report_id": row.report_id}


def record_lifecycle_decision(store: Store, entity_id: str, kind: str, *, actor: str, note: str | None = None,
                              report_id: int | None = None, session: Any = None) -> dict[str, Any]:
    """Say that an entity is ``closed`` or ``open``; keyed by its current members. Applied at the next index
    build (the facility page shows it at once)."""
    if kind not in DECISION_KINDS:
        raise ConfigError(f"life-cycle decision {kind!r} is not one of {', '.join(DECISION_KINDS)}")
    if session is None:
        with store.session() as own:
            return record_lifecycle_decision(store, entity_id, kind, actor=actor, note=note, report_id=report_id,
                                             session=own)
    if session.get(EntityRow, entity_id) is None:
        raise NotFoundError(f"no entity {entity_id!r}")
    members = sorted(session.scalars(select(EntityMember.facility_id).where(EntityMember.entity_id == entity_id)))
    row = LifecycleDecision(kind=kind, entity_id=entity_id, facility_ids=members, actor=actor, note=note,
                            report_id=report_id)
    session.add(row)
    session.flush()
    return decision_json(row)


def undo_lifecycle_decision(store: Store, decision_id: int, *, actor: str, note: str | None = None) -> dict[str, Any]:
    """Record that a life-cycle decision no longer holds."""
    with store.session() as session:
        target = session.get(LifecycleDecision, decision_id)
        if target is None or target.kind == "undo":
            raise NotFoundError(f"no life-cycle decision {decision_id} to undo")
        already = session.scalar(select(LifecycleDecision.id).where(LifecycleDecision.kind == "undo",
                                                                    LifecycleDecision.undoes == decision_id))
        if already is not None:
            raise ConfigError(f"life-cycle decision {decision_id} was already undone by {already}")
        row = LifecycleDecision(kind="undo", entity_id=target.entity_id, facility_ids=list(target.facility_ids or []),
                                actor=actor, note=note, undoes=decision_id)
        session.add(row)
        session.flush()
        return decision_json(row)


def list_lifecycle_decisions(store: Store, *, limit: int = 200) -> list[dict[str, Any]]:
    """Life-cycle decisions, newest first, with whether each was undone."""
    with store.session() as session:
        rows = list(session.scalars(select(LifecycleDecision).order_by(LifecycleDecision.id.desc()).limit(limit)))
        undone = set(session.scalars(select(LifecycleDecision.undoes).where(LifecycleDecision.kind == "undo")))
        return [{**decision_json(r), "undone": r.id in undone} for r in rows]
