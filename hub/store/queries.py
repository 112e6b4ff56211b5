"""Counts more than one part of the shell reads from the store."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.store.schema import RawRecord


def live_records_by_source(session: Session) -> dict[str, int]:
    """Raw records per source that are not gone (the source's current size)."""
    rows = session.execute(
        select(RawRecord.source_id, func.count()).where(RawRecord.gone_run_id.is_(None)).group_by(RawRecord.source_id)
    ).all()
    return {source_id: count for source_id, count in rows}
