"""The dedupe stage: active facilities and steward decisions in, entities and review pairs out.

Everything is written in one transaction: a run that fails half-way leaves the previous entities and every
decision as they were. A decision a steward records while dedupe runs is applied before it publishes.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from hub.lifecycle import keep_gone_entities
from hub.pipeline.ids import content_hash
from hub.pipeline.stages import stage_run
from hub.sources import Source
from hub.store import Store, revisions
from hub.store.schema import DecisionRow, EntityMember, EntityRow, FacilityRow, ReviewPairRow
from hub.writer_lease import writing

if TYPE_CHECKING:
    from dedupe.model import MatchModel
    from dedupe.types import Decision, Entity
    from normalizers.records import Facility

log = logging.getLogger(__name__)


def decision_from_row(row: DecisionRow) -> Decision:
    """A store row as dedupe's ``Decision``."""
    from dedupe.types import Decision

    return Decision(
        id=row.id,
        kind=row.kind,
        a=row.facility_a,
        b=row.facility_b,
        actor=row.actor,
        created_at=row.created_at.isoformat() if row.created_at else "",
        note=row.note,
        undoes=row.undoes,
        members=tuple(row.members or ()),
    )


def learnt_model(store: Store) -> MatchModel:
    """The model with the weights the last dedupe run learnt (the configured model before any run)."""
    from dedupe.model import load_model, parse_model
    from hub.pipeline.stages import last_stage_run

    run = last_stage_run(store, "dedupe")
    data = (run.stats or {}).get("learnt_model") if run is not None else None
    return parse_model(data) if isinstance(data, dict) else load_model()


def load_facilities(session: Session) -> list[Facility]:
    """Every active facility as a normalizers ``Facility``."""
    from normalizers.records import Facility

    rows = session.scalars(select(FacilityRow).where(FacilityRow.active.is_(True)).order_by(FacilityRow.id))
    return [Facility.from_dict(r.data) for r in rows]


def load_decisions(session: Session) -> list[Decision]:
    """Every decision, oldest first."""
    return [decision_from_row(r) for r in session.scalars(select(DecisionRow).order_by(DecisionRow.id))]


def previous_membership(session: Session) -> dict[str, list[str]]:
    """Entity id → member facility ids, as stored now."""
    members: dict[str, list[str]] = defaultdict(list)
    for fid, eid in session.execute(select(EntityMember.facility_id, EntityMember.entity_id)):
        members[eid].append(fid)
    return dict(members)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def entity_data(entity: Entity) -> dict[str, Any]:
    """An entity's golden fields with provenance, as JSON."""
    return {
        name: {
            "value": _plain(fv.value),
            "facility_id": fv.facility_id,
            "source_id": fv.source_id,
            "fetched_at": fv.fetched_at,
            "rule": fv.rule,
        }
        for name, fv in entity.fields.items()
    }


MAX_DECISION_ROUNDS = 5
"""How many times a dedupe clusters again because stewards decided while it ran, before it publishes anyway."""


def run_dedupe(
    store: Store,
    sources: list[Source],
    *,
    progress: Callable[[str, int, int], None] | None = None,
    before_publish: Callable[[int], None] | None = None,
    model: MatchModel | None = None,
) -> dict[str, Any]:
    """Cluster the active facilities into entities, honouring every steward decision — including decisions made
    while it ran: publishing takes a lock that decision writers wait for, and when a decision arrived after the
    clustering read them, it clusters again first. ``before_publish(round)`` is called before each attempt.
    ``model``: the match model (``Resources.model``; None: ``dedupe.yaml`` of the configuration directory)."""
    from dedupe.engine import deduplicate
    from dedupe.model import load_model

    model = model if model is not None else load_model()
    priority = {s.id: s.priority for s in sources}
    with writing(store, "dedupe"), stage_run(store, "dedupe") as stats:
        stats["model"] = {"path": str(model.path) if model.path else None, "merge_threshold": model.merge_threshold,
                          "review_threshold": model.review_threshold}
        with store.session() as session:
            revisions.ensure(session)
            facilities = load_facilities(session)
            decisions = load_decisions(session)
            previous = previous_membership(session)
        for round_no in range(1, MAX_DECISION_ROUNDS + 1):
            result = deduplicate(
                facilities,
                decisions=decisions,
                previous=previous,
                model=model,
                source_priority=priority,
                progress=progress,
            )
            _round_stats(stats, result, facilities, decisions)
            if before_publish is not None:
                before_publish(round_no)
            last_seen = max((d.id for d in decisions if d.id is not None), default=0)
            final = round_no == MAX_DECISION_ROUNDS
            if _publish(store, result, stats, last_seen if not final else None, previous):
                break
            with store.session() as session:
                decisions = load_decisions(session)
            log.info("stewards decided while dedupe ran: clustering again with %d decision(s)", len(decisions))
        stats["decision_rounds"] = round_no
        return dict(stats)


def _round_stats(stats: dict[str, Any], result: Any, facilities: list[Any], decisions: list[Any]) -> None:
    stats.update({k: v for k, v in (result.stats or {}).items() if isinstance(v, (int, float, str))})
    if isinstance((result.stats or {}).get("learnt_model"), dict):
        stats["learnt_model"] = result.stats["learnt_model"]  # explanations use the weights this run used
    stats.update(
        facilities=len(facilities),
        entities=len(result.entities),
        review_pairs=len(result.review_pairs),
        decisions=len(decisions),
    )


def _lock_decisions(session: Session) -> None:
    """Make decision writers wait until this transaction ends (and see every decision committed before)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE decisions IN SHARE ROW EXCLUSIVE MODE"))
    else:  # SQLite: the first write takes the database's write lock; other writers wait for the commit
        revisions.touch(session)


def _publish(store: Store, result: Any, stats: dict[str, Any], last_decision: int | None,
             previous: dict[str, list[str]]) -> bool:
    """Write entities, members and review pairs in one transaction; False (nothing written) when a decision
    newer than ``last_decision`` exists (None: publish regardless). ``previous``: the entities before this run
    (entity id → member ids), for the entities whose every page is gone."""
    now = datetime.now(UTC)
    with store.session() as session:
        _lock_decisions(session)
        newest = int(session.scalar(select(func.max(DecisionRow.id))) or 0)
        if last_decision is not None and newest != last_decision:
            return False
        stored = {e.id: e for e in session.scalars(select(EntityRow))}
        keep = set()
        changed = 0
        session.execute(delete(EntityMember))
        for entity in result.entities:
            data = entity_data(entity)
            digest = content_hash([data, sorted(entity.member_ids)])
            name_field = entity.fields.get("name")
            name = str(name_field.value) if name_field is not None else entity.id
            row = stored.get(entity.id)
            if row is None:
                changed += 1
                session.add(
                    EntityRow(
                        id=entity.id,
                        name=name,
                        data=data,
                        member_count=len(entity.member_ids),
                        content_hash=digest,
                        created_at=now,
                        updated_at=now,
                    )
                )
            elif row.content_hash != digest:
                changed += 1
                row.name, row.data, row.member_count = name, data, len(entity.member_ids)
                row.content_hash, row.updated_at = digest, now
            keep.add(entity.id)
        # Entities whose every page is gone stay (with those members), so that their life cycle can say
        # possibly closed with the evidence instead of the facility silently vanishing (hub.lifecycle).
        clustered = {fid for e in result.entities for fid in e.member_ids}
        retained = {eid: fids for eid, fids in keep_gone_entities(session, previous, clustered).items()
                    if eid in stored and eid not in keep}
        keep.update(retained)
        stats["kept_gone_entities"] = len(retained)
        session.flush()
        for eid in set(stored) - keep:
            session.delete(stored[eid])
        session.flush()
        session.add_all(
            EntityMember(facility_id=fid, entity_id=e.id) for e in result.entities for fid in e.member_ids
        )
        session.add_all(EntityMember(facility_id=fid, entity_id=eid)
                        for eid, fids in retained.items() for fid in fids)
        session.execute(delete(ReviewPairRow))
        run_id = stats["stage_run_id"]
        stats["removed_entities"] = len(set(stored) - keep)
        session.add_all(
            ReviewPairRow(
                facility_a=p.a,
                facility_b=p.b,
                probability=float(p.probability),
                explanation=_plain(p.explanation),
                stage_run_id=run_id,
            )
            for p in result.review_pairs
        )
        changed += stats["removed_entities"]
        stats["entities_revision"] = revisions.bump(session) if changed else revisions.read(session)
        stats["changed_entities"] = changed
    return True
