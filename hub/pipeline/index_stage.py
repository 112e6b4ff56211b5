"""The index stage: entities to search documents, built as a new version, verified, then switched to.

A build that fails or does not verify never replaces the version being served.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from hub.lifecycle import compute_lifecycles, record_addresses
from hub.pipeline.ids import content_hash
from hub.pipeline.stages import last_stage_run, stage_run
from hub.settings import Settings
from hub.store import Store
from hub.store.schema import EntityMember, EntityRow, FacilityRow
from index.errors import SearchIndexError

log = logging.getLogger(__name__)


def open_backend(settings: Settings) -> Any:
    """The configured search backend, with the query vocabulary of the normaliser tables
    (``hub.search_vocabulary``)."""
    from hub.search_vocabulary import query_vocabulary
    from index import get_backend

    options: dict[str, Any] = {"vocabulary": query_vocabulary()}
    if settings.index_backend == "elasticsearch":
        options["url"] = settings.elasticsearch_url
    return get_backend(settings.index_backend, data_dir=settings.data_dir, **options)


def _value(data: dict[str, Any], name: str, default: Any = None) -> Any:
    field = data.get(name)
    return default if not isinstance(field, dict) else field.get("value", default)


def _address_text(address: Any) -> str | None:
    if not isinstance(address, dict):
        return None
    parts = [address.get("sido"), address.get("sigungu")]
    if address.get("road"):
        parts += [address.get("road"), address.get("building_no")]
    elif address.get("jibun"):
        parts.append(address.get("jibun"))
    if address.get("detail"):
        parts.append(address.get("detail"))
    text = " ".join(p for p in parts if p)
    if address.get("note"):
        text += f" ({address['note']})"
    return text or address.get("original")


def entity_document(
    entity_id: str,
    data: dict[str, Any],
    members: list[tuple[str, str]],
    kind_labels: dict[str, str],
    updated_at: str | None,
    member_kinds: list[str] | None = None,
    lifecycle: tuple[str, str | None] = ("open", None),
) -> Any:
    """One entity's golden fields as the index's ``FacilityDocument``."""
    from index.types import FacilityDocument

    address = _value(data, "address")
    hours = _value(data, "hours") or {}
    equipment = _value(data, "equipment") or []
    phones = _value(data, "phones") or []
    kind = _value(data, "kind")
    return FacilityDocument(
        id=entity_id,
        name=str(_value(data, "name") or entity_id),
        alt_names=[str(n) for n in _value(data, "alt_names") or []],
        kind=kind,
        kind_label=kind_labels.get(kind or "", kind),
        operator=_value(data, "operator"),
        ministry=_value(data, "ministry"),
        address=_address_text(address),
        sido=_value(data, "sido") or (address or {}).get("sido"),
        sigungu=_value(data, "sigungu") or (address or {}).get("sigungu"),
        postal_code=(address or {}).get("postal_code"),
        phones=[p.get("display") or p.get("e164") for p in phones if isinstance(p, dict)],
        homepage=_value(data, "homepage"),
        equipment=sorted({e.get("canonical") for e in equipment if isinstance(e, dict) and e.get("canonical")}),
        equipment_text=[e.get("original") or e.get("canonical") for e in equipment if isinstance(e, dict)],
        programmes=[str(p) for p in _value(data, "programmes") or []],
        description=_value(data, "description"),
        hours={d: [list(iv) for iv in ivs] for d, ivs in (hours.get("weekly") or {}).items()},
        open_evenings=bool(hours.get("open_evenings")),
        open_weekends=bool(hours.get("open_weekends")),
        closed_on_holidays=hours.get("closed_on_holidays"),
        lat=_value(data, "lat"),
        lon=_value(data, "lon"),
        sources=sorted({sid for _, sid in members}),
        source_urls=[url for url, _ in members],
        member_count=len(members),
        updated_at=updated_at,
        partner_company=_value(data, "partner_company"),
        specialized_industry=_value(data, "specialized_industry"),
        kinds=list(dict.fromkeys([k for k in [kind, *(member_kinds or [])] if k])),
        lifecycle=lifecycle[0],
        lifecycle_since=lifecycle[1],
    )


def kind_labels() -> dict[str, str]:
    """Kind key → Korean label from the taxonomy."""
    from normalizers.tables import load_tables

    return {key: kind.label for key, kind in load_tables().kinds.items()}


def iter_documents(store: Store, lifecycles: dict[str, tuple[str, str | None]] | None = None) -> Iterator[Any]:
    """Every entity as a document, in id order, with its life-cycle state and since when (``hub.lifecycle``)."""
    labels = kind_labels()
    with store.session() as session:
        facts = {
            fid: (data.get("url", ""), sid, data.get("kind"))
            for fid, sid, data in session.execute(select(FacilityRow.id, FacilityRow.source_id, FacilityRow.data))
        }
        members: dict[str, list[tuple[str, str]]] = {}
        kinds: dict[str, list[str]] = {}
        for fid, eid in session.execute(select(EntityMember.facility_id, EntityMember.entity_id)):
            url, sid, kind = facts.get(fid, ("", fid.split(":", 1)[0], None))
            members.setdefault(eid, []).append((url, sid))
            if kind:
                kinds.setdefault(eid, []).append(kind)
        rows = session.execute(select(EntityRow.id, EntityRow.data, EntityRow.updated_at).order_by(EntityRow.id))
        for eid, data, updated in rows:
            yield entity_document(
                eid,
                data,
                sorted(members.get(eid, [])),
                labels,
                updated.isoformat() if updated else None,
                sorted(kinds.get(eid, [])),
                (lifecycles or {}).get(eid, ("open", None)),
            )


def run_index(
    store: Store, settings: Settings, *, force: bool = False, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Build, verify and activate a new index version unless the entities are unchanged since the last one."""
    backend = open_backend(settings)
    now = datetime.now(UTC)
    with store.session() as session:
        hashes = list(session.execute(select(EntityRow.id, EntityRow.content_hash).order_by(EntityRow.id)))
        record_addresses(session, now=now)
        session.flush()
        lifecycles = {eid: (life.state, life.since) for eid, life in
                      compute_lifecycles(session, now=now, options=settings.lifecycle_options).items()}
    input_hash = content_hash([[i, h, *lifecycles.get(i, ("open", None))] for i, h in hashes])
    previous = last_stage_run(store, "index")
    active = backend.active_version()
    if not force and previous is not None and previous.input_hash == input_hash and active is not None:
        try:  # the served version must still be readable (e.g. built by an older index schema)
            backend.verify(active, expected=len(hashes))
        except SearchIndexError as exc:
            log.warning("index version %s cannot be kept (%s); building a new one", active, exc)
            force = True
    if not force and previous is not None and previous.input_hash == input_hash and active is not None:
        return {
            "indexed": previous.stats.get("indexed", len(hashes)),
            "index_version": active,
            "skipped": True,
            "input_hash": input_hash,
        }
    with stage_run(store, "index") as stats:
        stats["input_hash"] = input_hash
        version = backend.build(iter_documents(store, lifecycles), expected=len(hashes), progress=progress)
        backend.verify(version, expected=len(hashes))
        backend.activate(version)
        stats.update(indexed=len(hashes), index_version=version, skipped=False, backend=settings.index_backend,
                     lifecycle={state: sum(1 for s, _ in lifecycles.values() if s == state)
                                for state in ("moved", "possibly_closed", "closed")})
        stats["quality_findings"] = _refresh_quality(store)
        return dict(stats)


def _refresh_quality(store: Store) -> int | None:
    """Re-run the data-quality checks (``hub.quality``) after a build; a failure is logged, never fatal."""
    from hub.quality import refresh_findings

    try:
        return len(refresh_findings(store).findings)
    except Exception as exc:  # noqa: BLE001 - the index is served whatever the checks say
        log.warning("quality checks failed: %s", exc)
        return None
