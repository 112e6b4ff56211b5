"""Reading golden records back out of the store: an entity with its members and per-field provenance."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from hub.errors import NotFoundError
from hub.store import Store
from hub.store.schema import EntityMember, EntityRow, FacilityRow, RawRecord

FIELDS_SHOWN = (
    "name",
    "kind",
    "operator",
    "address",
    "phones",
    "hours",
    "equipment",
    "programmes",
    "homepage",
    "reservation_url",
    "email",
    "description",
    "ministry",
    "partner_company",
    "specialized_industry",
    "area_m2",
    "opened",
    "lat",
    "lon",
)


def _member_value(data: dict[str, Any], field: str) -> Any:
    return data.get(field)


def entity_detail(store: Store, entity_id: str) -> dict[str, Any]:
    """The golden record, its members with source URLs and crawl times, and each field's provenance.

    ``fields[name]`` is ``{"value", "facility_id", "source_id", "fetched_at", "rule", "alternatives": [{"value",
    "facility_id", "source_id"}]}`` where alternatives are the other members' differing values.
    """
    with store.session() as session:
        entity = session.get(EntityRow, entity_id)
        if entity is None:
            raise NotFoundError(f"no entity {entity_id!r}")
        member_ids = list(
            session.scalars(
                select(EntityMember.facility_id)
                .where(EntityMember.entity_id == entity_id)
                .order_by(EntityMember.facility_id)
            )
        )
        facilities = {f.id: f for f in session.scalars(select(FacilityRow).where(FacilityRow.id.in_(member_ids)))}
        raws = {
            (r.source_id, r.key): r
            for r in session.scalars(
                select(RawRecord).where(RawRecord.source_id.in_({f.source_id for f in facilities.values()}))
            )
        }
    members = []
    for fid in member_ids:
        f = facilities.get(fid)
        if f is None:
            continue
        raw = raws.get((f.source_id, f.key))
        members.append(
            {
                "facility_id": fid,
                "source_id": f.source_id,
                "url": f.data.get("url"),
                "name": f.data.get("name"),
                "fetched_at": raw.fetched_at.isoformat() if raw else f.data.get("fetched_at"),
                "last_crawl_run": raw.last_run_id if raw else None,
                "active": f.active,
            }
        )
    fields: dict[str, Any] = {}
    for name, chosen in (entity.data or {}).items():
        alternatives = []
        for fid in member_ids:
            f = facilities.get(fid)
            if f is None or fid == chosen.get("facility_id"):
                continue
            value = _member_value(f.data, name)
            if value not in (None, "", [], {}) and value != chosen.get("value"):
                alternatives.append({"value": value, "facility_id": fid, "source_id": f.source_id})
        fields[name] = {**chosen, "alternatives": alternatives}
    return {
        "id": entity.id,
        "name": entity.name,
        "member_count": entity.member_count,
        "updated_at": entity.updated_at.isoformat() if entity.updated_at else None,
        "fields": fields,
        "members": members,
    }


def entity_of_facility(store: Store, facility_id: str) -> str | None:
    """The entity a facility belongs to now."""
    with store.session() as session:
        return session.scalar(select(EntityMember.entity_id).where(EntityMember.facility_id == facility_id))
