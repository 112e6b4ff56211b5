"""The normalize stage: every current raw record to one facility; only changed input is re-read."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from hub.pipeline.stages import stage_run
from hub.sources import Source
from hub.store import Store
from hub.store.schema import FacilityRow, RawRecord
from hub.writer_lease import writing

log = logging.getLogger(__name__)


def normalizer_version(config_dir: Any) -> str:
    """Changes when the normalizer code's tables change, so that facilities are re-read."""
    digest = hashlib.sha256(b"normalizers-2")  # 2: hours closures/holiday_hours, names' normalized form (issue 13)
    for name in ("regions.yaml", "taxonomy.yaml", "regions_official.json"):
        path = config_dir / name
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_normalize(
    store: Store, sources: list[Source], config_dir: Any, *, progress: Callable[[int, int], None] | None = None
) -> dict[str, Any]:
    """Normalise new and changed raw records; deactivate facilities whose page is gone."""
    from normalizers.facility import normalize_facility

    kinds = {s.id: s.kind for s in sources}
    version = normalizer_version(config_dir)
    with writing(store, "normalize"), stage_run(store, "normalize") as stats, store.session() as session:
        existing = {
            fid: (raw_hash, nv, active)
            for fid, raw_hash, nv, active in session.execute(
                select(FacilityRow.id, FacilityRow.raw_hash, FacilityRow.normalizer_version, FacilityRow.active)
            )
        }
        raws = session.scalars(select(RawRecord)).all()
        total = len(raws)
        normalized = unchanged = deactivated = problems = 0
        for i, raw in enumerate(raws, 1):
            fid = f"{raw.source_id}:{raw.key}"
            current = existing.get(fid)
            if raw.gone_run_id is not None:
                if current is not None and current[2]:
                    row = session.get(FacilityRow, fid)
                    row.active = False
                    deactivated += 1
                continue
            if current is not None and current[0] == raw.content_hash and current[1] == version and current[2]:
                unchanged += 1
                continue
            facility = normalize_facility(
                raw.fields,
                source_id=raw.source_id,
                key=raw.key,
                url=raw.url,
                source_kind=kinds.get(raw.source_id),
                fetched_at=raw.fetched_at.isoformat(),
            )
            problems += len(facility.problems)
            data = facility.to_dict()
            row = session.get(FacilityRow, fid) if current is not None else None
            if row is None:
                session.add(
                    FacilityRow(
                        id=fid,
                        source_id=raw.source_id,
                        key=raw.key,
                        raw_hash=raw.content_hash,
                        normalizer_version=version,
                        data=data,
                        active=True,
                        problems=len(facility.problems),
                    )
                )
            else:
                row.raw_hash, row.normalizer_version, row.data = raw.content_hash, version, data
                row.active, row.problems = True, len(facility.problems)
            normalized += 1
            if progress is not None and i % 200 == 0:
                progress(i, total)
        if progress is not None:
            progress(total, total)
        active = sum(1 for _ in session.execute(select(FacilityRow.id).where(FacilityRow.active.is_(True))))
        stats.update(
            raw_records=total,
            normalized=normalized,
            unchanged=unchanged,
            deactivated=deactivated,
            problems=problems,
            facilities=active,
        )
        return dict(stats)
