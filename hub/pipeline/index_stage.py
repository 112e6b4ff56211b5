"""The index stage: entities to search documents, built as a new version, verified, then switched to.

A build that fails or does not verify never replaces the version being served.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hub.faults import pause_after_first
from hub.lifecycle import compute_lifecycles, record_addresses
from hub.pipeline.ids import content_hash
from hub.pipeline.stages import stage_run
from hub.resources import open_backend
from hub.settings import Settings
from hub.store import Store, revisions
from hub.store.schema import EntityMember, EntityRow, FacilityRow, StageRun
from hub.writer_lease import writing
from index.errors import SearchIndexError

if TYPE_CHECKING:
    from index.types import FacilityDocument

log = logging.getLogger(__name__)


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
) -> FacilityDocument:
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


def built_from(store: Store, version: str | None) -> StageRun | None:
    """The index stage run that built ``version`` (in this store), or None when it is not known here."""
    if not version:
        return None
    with store.session() as session:
        return session.scalars(
            select(StageRun)
            .where(StageRun.stage == "index", StageRun.state == "succeeded", StageRun.output_version == version)
            .order_by(StageRun.id.desc())
            .limit(1)
        ).first()


def entities_input(
    store: Store, settings: Settings | None = None,
) -> tuple[int, int, str, dict[str, tuple[str, str | None]]]:
    """The entities revision, the entity count, the hash of every entity's content and life-cycle state, and the
    states (entity id → (state, since)), read together. With ``settings`` the life cycle is computed
    (``hub.lifecycle``; addresses recorded first, so that a move is seen); without, every entity counts as open."""
    now = datetime.now(UTC)
    lifecycles: dict[str, tuple[str, str | None]] = {}
    with store.session() as session:
        revision = revisions.read(session)
        hashes = list(session.execute(select(EntityRow.id, EntityRow.content_hash).order_by(EntityRow.id)))
        if settings is not None:
            record_addresses(session, now=now)
            session.flush()
            lifecycles = {eid: (life.state, life.since) for eid, life in
                          compute_lifecycles(session, now=now, options=settings.lifecycle_options).items()}
    digest = content_hash([[i, h, *lifecycles.get(i, ("open", None))] for i, h in hashes])
    return revision, len(hashes), digest, lifecycles


MAX_BUILD_ROUNDS = 3
"""Builds tried when the entities keep changing while one is built."""


def run_index(
    store: Store, settings: Settings, *, force: bool = False, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Build, verify and activate a new index version unless the served version was built from these very
    entities. The decision looks at the version *this* node serves (several nodes may share one store, each with
    its own embedded index), never at whichever build the store recorded last."""
    backend = open_backend(settings)
    with writing(store, "index"):
        revision, count, input_hash, lifecycles = entities_input(store, settings)
        active = backend.active_version()
        built = built_from(store, active)
        keep = not force and active is not None and built is not None and built.input_hash == input_hash
        if keep:
            try:  # the served version must still be readable (e.g. built by an older index schema)
                backend.verify(active, expected=count)
            except SearchIndexError as exc:
                log.warning("index version %s cannot be kept (%s); building a new one", active, exc)
                keep = False
        if keep:
            return {
                "indexed": (built.stats or {}).get("indexed", count),
                "index_version": active,
                "skipped": True,
                "input_hash": input_hash,
                "entities_revision": revision,
            }
        with stage_run(store, "index") as stats:
            for _ in range(MAX_BUILD_ROUNDS):
                stats.update(input_hash=input_hash, entities_revision=revision)
                documents = pause_after_first(iter_documents(store, lifecycles), "index-build")
                version = backend.build(documents, expected=count, progress=progress)
                again = entities_input(store, settings)
                if again[2] == input_hash:
                    break
                log.warning("entities changed while index version %s was built; building again", version)
                _drop_quietly(backend, version)
                revision, count, input_hash, lifecycles = again
            backend.verify(version, expected=count)
            backend.activate(version)
            stats.update(indexed=count, index_version=version, skipped=False, backend=settings.index_backend,
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



def _drop_quietly(backend: Any, version: str) -> None:
    try:
        backend.drop(version)
    except SearchIndexError as exc:
        log.warning("could not drop index version %s: %s", version, exc)


def index_status(store: Store, backend: Any, settings: Settings | None = None) -> dict[str, Any]:
    """Whether the served index follows the store: ``{"entities_revision", "index_entities_revision",
    "index_behind"}`` (``index_behind`` is None when the served version was not built through this store, or
    was built before entities revisions were recorded and no ``settings`` are given to recompute its input)."""
    with store.session() as session:
        revision = revisions.read(session)
    try:
        active = backend.active_version()
    except Exception:  # noqa: BLE001 - no index yet
        active = None
    built = built_from(store, active)
    built_rev = built.entities_revision if built is not None else None
    if built is None:
        behind = None if active is not None else revision > 0
    elif built_rev is not None:
        behind = built_rev < revision
    else:
        behind = built.input_hash != entities_input(store, settings)[2] if settings is not None else None
    return {"entities_revision": revision, "index_entities_revision": built_rev, "index_behind": behind}
