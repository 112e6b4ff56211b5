"""Running the quality checks over the store and keeping their findings (``quality_findings``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select

from hub.quality.checks import CHECK_LABELS, CheckReport, run_checks
from hub.store import Store
from hub.store.schema import EntityMember, FacilityRow, QualityFinding, RawRecordVersion


def _versions(session: Any, keys: set[tuple[str, str]]) -> dict[str, list[dict[str, Any]]]:
    """Facility id → the raw fields of its page's last two versions, oldest first."""
    out: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    counts = session.execute(select(RawRecordVersion.source_id, RawRecordVersion.key, func.count())
                             .group_by(RawRecordVersion.source_id, RawRecordVersion.key)
                             .having(func.count() > 1))
    several = {(s, k) for s, k, _ in counts if (s, k) in keys}
    by_source: dict[str, list[str]] = defaultdict(list)
    for s, k in several:
        by_source[s].append(k)
    for source, source_keys in by_source.items():
        for i in range(0, len(source_keys), 500):
            chunk = source_keys[i:i + 500]
            for rid, key, fields in session.execute(
                    select(RawRecordVersion.id, RawRecordVersion.key, RawRecordVersion.fields)
                    .where(RawRecordVersion.source_id == source, RawRecordVersion.key.in_(chunk))):
                out[f"{source}:{key}"].append((rid, fields or {}))
    return {fid: [f for _, f in sorted(rows, key=lambda r: r[0])[-2:]] for fid, rows in out.items()}


def refresh_findings(store: Store, *, now: datetime | None = None) -> CheckReport:
    """Run every check over the active facilities and replace the stored findings (a ``quality`` stage run with
    the counts); returns the report."""
    from hub.pipeline.stages import stage_run

    now = now or datetime.now(UTC)
    with stage_run(store, "quality") as stats, store.session() as session:
        rows = list(session.execute(select(FacilityRow.id, FacilityRow.source_id, FacilityRow.key, FacilityRow.data)
                                    .where(FacilityRow.active.is_(True)).order_by(FacilityRow.id)))
        versions = _versions(session, {(s, k) for _, s, k, _ in rows})
        report = run_checks(((fid, sid, data or {}) for fid, sid, _, data in rows), versions)
        session.execute(delete(QualityFinding))
        session.add_all(QualityFinding(check=f.check, facility_id=f.facility_id, source_id=f.source_id, field=f.field,
                                       message=f.message, detail=f.detail, found_at=now) for f in report.findings)
        stats.update(findings=report.by_check(), checked=dict(report.checked), unchecked=dict(report.unchecked))
    return report


def finding_json(row: QualityFinding) -> dict[str, Any]:
    """A stored finding as JSON."""
    return {"check": row.check, "label": CHECK_LABELS.get(row.check, row.check), "facility_id": row.facility_id,
            "source_id": row.source_id, "field": row.field, "message": row.message, "detail": row.detail,
            "found_at": row.found_at.isoformat() if row.found_at else None}


def findings_by_source(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Stored findings grouped by source id."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with store.session() as session:
        for row in session.scalars(select(QualityFinding).order_by(QualityFinding.source_id, QualityFinding.check,
                                                                   QualityFinding.facility_id)):
            out[row.source_id].append(finding_json(row))
    return dict(out)


def findings_of_entity(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Stored findings of an entity's members."""
    with store.session() as session:
        members = select(EntityMember.facility_id).where(EntityMember.entity_id == entity_id)
        return [finding_json(r) for r in session.scalars(select(QualityFinding)
                                                         .where(QualityFinding.facility_id.in_(members))
                                                         .order_by(QualityFinding.check))]
