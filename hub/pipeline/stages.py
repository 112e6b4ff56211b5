"""Bookkeeping shared by the normalize, dedupe and index stages: a stage run row with its statistics."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from hub.faults import fault_point
from hub.store import Store
from hub.store.schema import StageRun
from hub.writer_lease import current_holder


@contextmanager
def stage_run(store: Store, stage: str) -> Iterator[dict[str, Any]]:
    """Record a stage run: yields a stats dict to fill; failed runs keep their error."""
    with store.session() as session:
        row = StageRun(stage=stage, state="running", stats={}, holder=current_holder(store), pid=os.getpid())
        session.add(row)
        session.flush()
        run_id = row.id
    fault_point(stage)
    stats: dict[str, Any] = {"stage_run_id": run_id}
    try:
        yield stats
    except BaseException as exc:
        with store.session() as session:
            row = session.get(StageRun, run_id)
            if row is not None:
                row.state = "failed"
                row.error = (str(exc).splitlines() or [type(exc).__name__])[0][:2000]
                row.finished_at = datetime.now(UTC)
                row.stats = _jsonable(stats)
        raise
    with store.session() as session:
        row = session.get(StageRun, run_id)
        if row is not None:
            row.state = "succeeded"
            row.finished_at = datetime.now(UTC)
            row.stats = _jsonable(stats)
            row.input_hash = stats.get("input_hash")
            if stats.get("index_version"):
                row.output_version = str(stats["index_version"])
            if isinstance(stats.get("entities_revision"), int):
                row.entities_revision = stats["entities_revision"]


def last_stage_run(store: Store, stage: str) -> StageRun | None:
    """The newest succeeded run of a stage."""
    with store.session() as session:
        return session.scalars(
            select(StageRun)
            .where(StageRun.stage == stage, StageRun.state == "succeeded")
            .order_by(StageRun.id.desc())
            .limit(1)
        ).first()


def _jsonable(stats: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in stats.items() if isinstance(v, (str, int, float, bool, list, dict, type(None)))}
