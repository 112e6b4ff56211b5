"""Survivorship: the golden record of an entity, each field chosen by rules and kept with its provenance.

Scalar fields: among members with a value, the winner is decided by, in order, source priority (higher wins),
agreement (how many members carry the same value), recency (``fetched_at``), completeness (longer / more parts),
then the smaller facility id. ``FieldValue.rule`` names the first criterion that set the winner apart.
List fields (alt_names, phones, equipment, programmes) are unioned and de-duplicated (equipment by canonical
name, keeping the largest count); their ``FieldValue.contributors`` lists every member that added something.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from dedupe.text import name_key, phone_digits
from dedupe.types import FieldValue
from normalizers.records import Facility

SCALAR_FIELDS = ("name", "kind", "operator", "homepage", "reservation_url", "email", "description", "ministry",
                 "partner_company", "specialized_industry", "area_m2", "opened")
GOLDEN_FIELDS = ("name", "alt_names", "kind", "operator", "address", "sido", "sigungu", "phones", "hours",
                 "equipment", "programmes", "homepage", "reservation_url", "email", "lat", "lon", "description",
                 "ministry", "partner_company", "specialized_industry", "area_m2", "opened")
"""Every field of a golden record (absent fields have no value in any member)."""


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _completeness(value: Any) -> float:
    if isinstance(value, dict):
        return sum(1 for v in value.values() if _present(v))
    if isinstance(value, str):
        return len(value)
    return 1


def _comparable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, repr(v)) for k, v in value.items()))
    if isinstance(value, str):
        return "".join(value.split()).casefold()
    return value


def _plain(obj: Any) -> dict[str, Any] | None:
    """A flat dataclass as a dict (shallow: its fields are plain values or lists of tuples)."""
    return None if obj is None else dict(vars(obj))


def choose(
    candidates: Sequence[tuple[Facility, Any]], priority: Mapping[str, int]
) -> FieldValue | None:
    """The surviving value among (member, value) candidates; None when no member has one."""
    cands = [(f, v) for f, v in candidates if _present(v)]
    if not cands:
        return None
    if len(cands) == 1:
        f, v = cands[0]
        return FieldValue(value=v, facility_id=f.id, source_id=f.source_id, fetched_at=f.fetched_at, rule="only")
    agree = Counter(_comparable(v) for _, v in cands)
    criteria = (
        ("priority", lambda f, v: priority.get(f.source_id, 0)),
        ("agreement", lambda f, v: agree[_comparable(v)]),
        ("recency", lambda f, v: f.fetched_at or ""),
        ("completeness", lambda f, v: _completeness(v)),
    )

    def key(fv: tuple[Facility, Any]) -> tuple:
        return tuple(c(*fv) for _, c in criteria)

    # stable sorts: among full ties the smaller facility id stays first
    ranked = sorted(sorted(cands, key=lambda fv: fv[0].id), key=key, reverse=True)
    best = ranked[0]
    rule = "only" if len(cands) == 1 else "id"
    if len(ranked) > 1:
        # the rule is what set the winning value apart from the best *different* value
        best_value = _comparable(best[1])
        runner = next((fv for fv in ranked[1:] if _comparable(fv[1]) != best_value), None)
        if runner is None:
            rule = "agreement"
        else:
            rule = next((label for label, crit in criteria if crit(*best) != crit(*runner)), "id")
    f = best[0]
    return FieldValue(value=best[1], facility_id=f.id, source_id=f.source_id, fetched_at=f.fetched_at, rule=rule)


def _ordered(members: Sequence[Facility], priority: Mapping[str, int]) -> list[Facility]:
    """Members by priority, recency, then id: the order list unions keep."""
    by_id = sorted(members, key=lambda f: f.id)
    by_recency = sorted(by_id, key=lambda f: f.fetched_at or "", reverse=True)
    return sorted(by_recency, key=lambda f: priority.get(f.source_id, 0), reverse=True)


def _union(members: Sequence[Facility], items_of, key_of, merge=None) -> tuple[list[Any], list[str]]:  # noqa: ANN001
    seen: dict[Any, Any] = {}
    contributors: list[str] = []
    for f in members:
        added = False
        for item in items_of(f):
            k = key_of(item)
            if k in ("", None):
                continue
            if k not in seen:
                seen[k] = item
                added = True
            elif merge is not None:
                seen[k] = merge(seen[k], item)
        if added:
            contributors.append(f.id)
    return list(seen.values()), contributors


def _union_value(values: list[Any], contributors: list[str], members: Sequence[Facility]) -> FieldValue | None:
    if not values:
        return None
    first = next(f for f in members if f.id == contributors[0])
    return FieldValue(value=values, facility_id=first.id, source_id=first.source_id, fetched_at=first.fetched_at,
                      rule="union", contributors=tuple(contributors))


def _max_count(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    counts = [c for c in (a.get("count"), b.get("count")) if c is not None]
    return {**a, "count": max(counts) if counts else None}


def _hours(f: Facility) -> dict[str, Any] | None:
    if f.hours is None:
        return None
    out = _plain(f.hours) or {}
    out["weekly"] = {d: [list(iv) for iv in ivs] for d, ivs in f.hours.weekly.items()}
    return out


def golden_fields(members: Sequence[Facility], priority: Mapping[str, int] | None = None) -> dict[str, FieldValue]:
    """The golden record of one entity's members."""
    priority = priority or {}
    ordered = _ordered(members, priority) if len(members) > 1 else list(members)
    out: dict[str, FieldValue] = {}
    for name in SCALAR_FIELDS:
        fv = choose([(f, getattr(f, name)) for f in ordered], priority)
        if fv is not None:
            out[name] = fv
    addr = choose([(f, _plain(f.address)) for f in ordered], priority)
    if addr is not None:
        out["address"] = addr
        for part in ("sido", "sigungu"):
            part_fv = choose([(f, getattr(f.address, part) if f.address else None) for f in ordered], priority)
            if addr.value.get(part):
                out[part] = FieldValue(addr.value[part], addr.facility_id, addr.source_id, addr.fetched_at, addr.rule)
            elif part_fv is not None:
                out[part] = part_fv
    hours = choose([(f, _hours(f)) for f in ordered], priority)
    if hours is not None:
        out["hours"] = hours
    coords = choose([(f, (f.lat, f.lon) if f.lat is not None and f.lon is not None else None) for f in ordered],
                    priority)
    if coords is not None:
        out["lat"] = FieldValue(coords.value[0], coords.facility_id, coords.source_id, coords.fetched_at, coords.rule)
        out["lon"] = FieldValue(coords.value[1], coords.facility_id, coords.source_id, coords.fetched_at, coords.rule)
    golden_name = out["name"].value if "name" in out else ""
    alt, contrib = _union(ordered, lambda f: [f.name, *f.alt_names], lambda s: name_key(s) or s)
    alt = [a for a in alt if (name_key(a) or a) != (name_key(golden_name) or golden_name)]
    if alt:
        out["alt_names"] = _union_value(alt, contrib, members)  # type: ignore[assignment]
    phones, contrib = _union(ordered, lambda f: [_plain(p) for p in f.phones],
                             lambda p: phone_digits(p["e164"] or p["display"]) or p["display"])
    if phones:
        out["phones"] = _union_value(phones, contrib, members)  # type: ignore[assignment]
    equip, contrib = _union(ordered, lambda f: [_plain(e) for e in f.equipment], lambda e: e["canonical"], _max_count)
    if equip:
        out["equipment"] = _union_value(equip, contrib, members)  # type: ignore[assignment]
    progs, contrib = _union(ordered, lambda f: f.programmes, lambda s: " ".join(s.split()).lower())
    if progs:
        out["programmes"] = _union_value(progs, contrib, members)  # type: ignore[assignment]
    return out
