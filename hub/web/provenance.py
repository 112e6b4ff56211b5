"""Field values as people read them, and the facility page's view of a golden record with its provenance."""

from __future__ import annotations

from typing import Any

from hub.api.deps import ApiState
from hub.errors import NotFoundError
from hub.web.labels import DAY_LABELS, DAYS, FIELD_LABELS, hours_today, labels

RULE_LABELS = {
    "agreement": "출처 간 일치",
    "union": "모든 출처의 합",
    "priority": "출처 우선순위",
    "source_priority": "출처 우선순위",
    "recency": "가장 최근 값",
    "completeness": "가장 완전한 값",
    "only": "유일한 출처",
}
"""Survivorship rule → how the facility page says it."""
LINK_FIELDS = ("homepage", "reservation_url")
HIDDEN_FIELDS = ("lat", "lon", "alt_names", "sido", "sigungu", "name_normalized")
"""Shown elsewhere on the page (the map link and the heading)."""


def address_text(address: Any) -> str:
    """A stored address as one line (the parts in official order, the 동 note in brackets, the postal code)."""
    if not isinstance(address, dict):
        return str(address or "")
    parts = [address.get("sido"), address.get("sigungu")]
    if address.get("road"):
        parts += [address.get("road"), address.get("building_no")]
    elif address.get("jibun"):
        parts.append(address.get("jibun"))
    parts.append(address.get("detail"))
    text = " ".join(str(p) for p in parts if p)
    if not text:
        text = address.get("original") or ""
    if address.get("note"):
        text += f" ({address['note']})"
    if address.get("postal_code"):
        text += f" [{address['postal_code']}]"
    return text


def hours_lines(hours: Any) -> list[str]:
    """A weekly schedule as lines (``월–금 09:00–18:00``), grouping consecutive days with the same hours."""
    if not isinstance(hours, dict):
        return [str(hours)] if hours else []
    weekly = hours.get("weekly") if "weekly" in hours or "original" in hours else hours
    if not weekly:
        return [hours.get("original") or ""] if hours.get("original") else []
    groups: list[tuple[list[str], str]] = []
    for day in DAYS:
        text = ", ".join(f"{iv[0]}–{iv[1]}" for iv in weekly.get(day) or [] if len(iv) == 2) or "휴무"
        if groups and groups[-1][1] == text:
            groups[-1][0].append(day)
        else:
            groups.append(([day], text))
    lines = []
    for days, text in groups:
        span = DAY_LABELS[days[0]] if len(days) == 1 else f"{DAY_LABELS[days[0]]}–{DAY_LABELS[days[-1]]}"
        lines.append(f"{span} {text}")
    return lines


def equipment_line(item: Any) -> str:
    """``3D 프린터 ×3 (Ultimaker S5)``."""
    if not isinstance(item, dict):
        return str(item)
    text = labels().equip(item.get("canonical")) or item.get("original") or ""
    if item.get("count"):
        text += f" ×{item['count']}"
    if item.get("model"):
        text += f" ({item['model']})"
    return text


def value_lines(field: str, value: Any) -> list[str]:
    """A field's value as display lines (empty when there is no value)."""
    if value in (None, "", [], {}):
        return []
    if field == "address":
        return [address_text(value)]
    if field == "hours":
        return hours_lines(value)
    if field == "kind":
        return [labels().kind(str(value))]
    if field == "phones":
        return [
            (p.get("display") or p.get("e164") or "") + (f" (내선 {p['extension']})" if p.get("extension") else "")
            if isinstance(p, dict)
            else str(p)
            for p in value
        ]
    if field == "equipment":
        return [equipment_line(e) for e in value]
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, float):
        return [f"{value:g}"]
    return [str(value)]


def _row(field: str, chosen: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    alternatives = [
        {
            "lines": value_lines(field, alt.get("value")),
            "source_id": alt.get("source_id"),
            "source_name": names.get(alt.get("source_id") or "", alt.get("source_id")),
            "facility_id": alt.get("facility_id"),
        }
        for alt in chosen.get("alternatives") or []
    ]
    source_id = chosen.get("source_id")
    return {
        "field": field,
        "label": FIELD_LABELS.get(field, field),
        "lines": value_lines(field, chosen.get("value")),
        "is_link": field in LINK_FIELDS,
        "source_id": source_id,
        "source_name": names.get(source_id or "", source_id),
        "facility_id": chosen.get("facility_id"),
        "fetched_at": chosen.get("fetched_at"),
        "rule": RULE_LABELS.get(chosen.get("rule") or "", chosen.get("rule")),
        "alternatives": [a for a in alternatives if a["lines"]],
    }


def facility_view(st: ApiState, entity_id: str, names: dict[str, str]) -> dict[str, Any] | None:
    """Everything the facility page shows, or None when there is no such entity (in the store or the index)."""
    from hub.entities import entity_detail

    doc = None
    try:
        doc = st.backend.get(entity_id) if st.backend.active_version() else None
    except Exception:  # noqa: BLE001 - the page can show the store's record without the index
        doc = None
    try:
        detail = entity_detail(st.store, entity_id)
    except NotFoundError:
        detail = None
    if detail is None and doc is None:
        return None
    rows: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    if detail is not None:
        fields = detail["fields"]
        order = [f for f in FIELD_LABELS if f in fields] + [f for f in fields if f not in FIELD_LABELS]
        rows = [_row(f, fields[f], names) for f in order if f not in HIDDEN_FIELDS]
        rows = [r for r in rows if r["lines"] or r["alternatives"]]
        members = [{**m, "source_name": names.get(m["source_id"], m["source_id"])} for m in detail["members"]]
    lat = (fields.get("lat") or {}).get("value") if fields else (doc.lat if doc else None)
    lon = (fields.get("lon") or {}).get("value") if fields else (doc.lon if doc else None)
    crawled = [m["fetched_at"] for m in members if m.get("fetched_at")]
    name = detail["name"] if detail else doc.name
    address = (fields.get("address") or {}).get("value") if fields else None
    sido = (address or {}).get("sido") if isinstance(address, dict) else (doc.sido if doc else None)
    sigungu = (address or {}).get("sigungu") if isinstance(address, dict) else (doc.sigungu if doc else None)
    kind = ((fields.get("kind") or {}).get("value") if fields else None) or (doc.kind if doc else None)
    alt_names = ((fields.get("alt_names") or {}).get("value") if fields else None) or (doc.alt_names if doc else [])
    return {
        "id": entity_id,
        "name": name,
        "alt_names": alt_names or [],
        "kind_label": (doc.kind_label if doc and doc.kind_label else labels().kind(kind)),
        "rows": rows,
        "members": members,
        "member_count": detail["member_count"] if detail else doc.member_count,
        "updated_at": detail["updated_at"] if detail else doc.updated_at,
        "last_crawled": max(crawled) if crawled else None,
        "lat": lat,
        "lon": lon,
        "doc": doc,
        "hours_today": hours_today(doc.hours) if doc else "",
        "in_index": doc is not None,
        "sido": sido,
        "sigungu": sigungu,
        "lifecycle": entity_lifecycle(st, entity_id) if detail is not None else None,
        "indexed_lifecycle": doc.lifecycle if doc is not None else None,
        "source_urls": [] if members else (list(zip(doc.sources, doc.source_urls, strict=False)) if doc else []),
    }


def entity_lifecycle(st: ApiState, entity_id: str) -> Any:
    """The entity's life cycle computed now from the store (``hub.lifecycle``), with addresses as display lines."""
    from datetime import UTC, datetime

    from hub.lifecycle import compute_lifecycles

    with st.store.session() as session:
        found = compute_lifecycles(session, now=datetime.now(UTC), options=st.settings.lifecycle_options,
                                   entity_ids=[entity_id]).get(entity_id)
    if found is None:
        return None
    for entry in found.previous_addresses:
        entry["text"] = address_text(entry.get("address"))
    for entry in found.evidence:
        if entry.get("kind") == "moved":
            entry["from_text"], entry["to_text"] = address_text(entry.get("from")), address_text(entry.get("to"))
    return found
