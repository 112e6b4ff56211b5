"""Storing what a crawl process wrote: raw records upserted by content hash, disappearances applied only
for healthy runs.

A facility line's ``provenance`` (``{field: method}``, from the generic and opendata families) is kept with the
stored raw record as ``fields["_provenance"]``; the content hash is over the fields alone, so a change of method
that reads the same values is no change.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.pipeline.ids import content_hash
from hub.store.schema import CrawlRun, RawRecord, RawRecordVersion

log = logging.getLogger(__name__)

SUSPECT_RATIO = 0.7
"""A run with fewer records than this share of the last healthy run's is suspect."""

PROVENANCE_KEY = "_provenance"
"""Where a raw record's per-field provenance is kept inside its stored fields."""


@dataclass
class IngestCounts:
    """What one crawl changed in the store."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    gone: int = 0
    records: int = 0
    bad_lines: int = 0
    seen_keys: set[str] = field(default_factory=set)
    gone_keys: set[str] = field(default_factory=set)
    gone_status: dict[str, int] = field(default_factory=dict)
    """HTTP status (404/410) of each gone key, as the crawl saw it (``raw_records.gone_reason``)."""


def read_items(path: Path) -> Iterator[dict[str, Any]]:
    """Items from a crawl output file; a truncated last line (a killed crawl) is skipped."""
    if not path.exists():
        return
    with path.open("rb") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                item = orjson.loads(line)
            except orjson.JSONDecodeError:
                log.warning("skipping an unreadable line in %s", path)
                yield {"type": "_bad"}
                continue
            if isinstance(item, dict):
                yield item


def _parse_time(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.now(UTC)


def known_pages(session: Session, source_id: str) -> dict[str, dict[str, Any]]:
    """The ``known`` map a crawl job gets: key → url, etag, last_modified of current pages."""
    rows = session.execute(
        select(RawRecord.key, RawRecord.url, RawRecord.etag, RawRecord.last_modified).where(
            RawRecord.source_id == source_id, RawRecord.gone_run_id.is_(None)
        )
    )
    return {k: {"url": u, "etag": e, "last_modified": lm} for k, u, e, lm in rows}


def ingest_items(session: Session, run: CrawlRun, items: Iterable[dict[str, Any]]) -> IngestCounts:
    """Upsert facility items, touch unchanged ones, remember gone ones (applied later if the run is healthy)."""
    counts = IngestCounts()
    existing = {r.key: r for r in session.scalars(select(RawRecord).where(RawRecord.source_id == run.source_id))}
    for item in items:
        kind = item.get("type")
        if kind == "_bad":
            counts.bad_lines += 1
            continue
        key = str(item.get("key") or "")
        if not key:
            counts.bad_lines += 1
            continue
        if kind == "gone":
            counts.gone_keys.add(key)
            if isinstance(item.get("status"), int):
                counts.gone_status[key] = item["status"]
            continue
        if key in counts.seen_keys:
            continue
        counts.seen_keys.add(key)
        counts.records += 1
        row = existing.get(key)
        if kind == "unchanged":
            if row is None:
                counts.bad_lines += 1
                continue
            counts.unchanged += 1
            row.last_run_id = run.id
            row.gone_run_id = row.gone_reason = None
            continue
        if kind != "facility":
            counts.bad_lines += 1
            continue
        fields = item.get("fields") or {}
        digest = content_hash(fields)
        if isinstance(item.get("provenance"), dict) and item["provenance"]:
            fields = {**fields, PROVENANCE_KEY: dict(item["provenance"])}
        fetched = _parse_time(item.get("fetched_at"))
        url = str(item.get("url") or "")
        if row is None:
            counts.new += 1
            row = RawRecord(
                source_id=run.source_id,
                key=key,
                url=url,
                content_hash=digest,
                fields=fields,
                etag=item.get("etag"),
                last_modified=item.get("last_modified"),
                fetched_at=fetched,
                first_run_id=run.id,
                last_run_id=run.id,
                changed_run_id=run.id,
                gone_run_id=None,
            )
            session.add(row)
            existing[key] = row
        else:
            if row.content_hash == digest and row.gone_run_id is None:
                counts.unchanged += 1
            else:
                counts.changed += 1 if row.gone_run_id is None else 0
                counts.new += 1 if row.gone_run_id is not None else 0
                row.content_hash = digest
                row.fields = fields
                row.changed_run_id = run.id
                row.fetched_at = fetched
            row.url = url
            row.etag = item.get("etag")
            row.last_modified = item.get("last_modified")
            row.last_run_id = run.id
            row.gone_run_id = row.gone_reason = None
        _record_version(session, run, key, digest, url, fields, fetched)
    return counts


def _record_version(
    session: Session, run: CrawlRun, key: str, digest: str, url: str, fields: dict[str, Any], fetched: datetime
) -> None:
    found = session.scalar(
        select(RawRecordVersion.id).where(
            RawRecordVersion.source_id == run.source_id,
            RawRecordVersion.key == key,
            RawRecordVersion.content_hash == digest,
        )
    )
    if found is None:
        session.add(
            RawRecordVersion(
                source_id=run.source_id,
                key=key,
                content_hash=digest,
                run_id=run.id,
                url=url,
                fields=fields,
                fetched_at=fetched,
            )
        )


def last_healthy_records(session: Session, source_id: str, *, before: str) -> int | None:
    """Record count of the source's most recent succeeded or accepted run before this one."""
    row = session.execute(
        select(CrawlRun.records)
        .where(
            CrawlRun.source_id == source_id,
            CrawlRun.state.in_(("succeeded", "accepted")),
            CrawlRun.id != before,
        )
        .order_by(CrawlRun.started_at.desc())
        .limit(1)
    ).first()
    return None if row is None else int(row[0])


def apply_disappearances(session: Session, run: CrawlRun, counts: IngestCounts, *, complete: bool) -> int:
    """Mark pages gone: those answering 404/410, and (for a complete crawl) those no longer listed."""
    gone = 0
    rows = session.scalars(
        select(RawRecord).where(RawRecord.source_id == run.source_id, RawRecord.gone_run_id.is_(None))
    )
    for row in rows:
        if row.key in counts.gone_keys or (complete and row.key not in counts.seen_keys):
            row.gone_run_id = run.id
            status = counts.gone_status.get(row.key)
            row.gone_reason = f"http_{status}" if row.key in counts.gone_keys and status else "not_listed"
            gone += 1
    return gone
