"""Storing what a crawl process wrote: raw records upserted by content hash, disappearances applied only
for healthy runs.

Disappearance needs evidence. A page is marked gone (the row is kept, with when and why) only when it answered
404/410, or when a complete, healthy listing crawl neither saw it nor failed to fetch it. A known page whose
fetch failed (5xx after retries, a timeout, a page that could not be read: the crawler writes a ``failed`` line
for it) keeps its last good record and is counted ``kept_after_error``.

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
    """Key → the status (404/410) that said it is gone."""
    failed: dict[str, str] = field(default_factory=dict)
    """Key → why its fetch failed this run (``http_500``, ``timeout``, ``parse_error`` …)."""
    failed_fetches: int = 0
    """``failed`` lines for requests that finally failed to download (the rest failed to parse)."""
    failed_parses: int = 0
    """``failed`` lines for pages that answered but gave no record."""
    kept_after_error: int = 0
    """Current records whose page failed this run and were kept as they were."""


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
        if kind == "failed":
            counts.failed.setdefault(key, str(item.get("reason") or "error")[:40])
            if item.get("phase") == "parse":
                counts.failed_parses += 1
            else:
                counts.failed_fetches += 1
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
            _seen(row, _parse_time(item.get("fetched_at")))
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
        _seen(row, fetched)
        _record_version(session, run, key, digest, url, fields, fetched)
    keep_failed(run, counts, existing)
    return counts


def _seen(row: RawRecord, when: datetime) -> None:
    """A run saw the page alive: it is current again and its failure streak ends."""
    row.gone_run_id = None
    row.gone_at = None
    row.gone_reason = None
    row.last_seen_at = when
    row.failures = 0


def keep_failed(run: CrawlRun, counts: IngestCounts, existing: dict[str, RawRecord]) -> None:
    """Known pages whose fetch failed this run keep their record; the failure is noted on the row and counted."""
    now = datetime.now(UTC)
    for key, reason in sorted(counts.failed.items()):
        row = existing.get(key)
        if row is None or key in counts.seen_keys or key in counts.gone_keys:
            continue
        row.failed_run_id = run.id
        row.failed_at = now
        row.failed_reason = reason
        row.failures = (row.failures or 0) + 1
        if row.gone_run_id is None:
            counts.kept_after_error += 1


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


def listing_healthy(stats: dict[str, Any] | None, counts: IngestCounts) -> bool:
    """True when no part of the listing itself failed: every request that finally failed, and every page that
    could not be read, was a known facility page the crawler named in a ``failed`` line."""
    stats = stats or {}
    failed = stats.get("failed_requests") or {}
    failed_total = sum(v for v in failed.values() if isinstance(v, int)) if isinstance(failed, dict) else 0
    errors = stats.get("errors") or {}
    parse_errors = int(errors.get("parse_error") or 0) if isinstance(errors, dict) else 0
    return (
        stats.get("complete", True) is not False
        and failed_total <= counts.failed_fetches
        and parse_errors <= counts.failed_parses
    )


def mark_gone(row: RawRecord, run_id: str, reason: str, when: datetime | None = None) -> None:
    """Mark a page gone with when and why (the row stays in the store)."""
    row.gone_run_id = run_id
    row.gone_at = when or datetime.now(UTC)
    row.gone_reason = reason


def apply_disappearances(
    session: Session, run: CrawlRun, counts: IngestCounts, *, complete: bool, stats: dict[str, Any] | None = None
) -> int:
    """Mark pages gone on evidence only: those answering 404/410, and (for a complete crawl whose listing was
    healthy) those neither seen nor failed. A page whose fetch failed is never marked gone here."""
    gone = 0
    by_listing = complete and listing_healthy(stats, counts)
    rows = session.scalars(
        select(RawRecord).where(RawRecord.source_id == run.source_id, RawRecord.gone_run_id.is_(None))
    )
    now = datetime.now(UTC)
    for row in rows:
        if row.key in counts.gone_keys:
            mark_gone(row, run.id, f"http_{counts.gone_status.get(row.key, 404)}", now)
            gone += 1
        elif by_listing and row.key not in counts.seen_keys and row.key not in counts.failed:
            mark_gone(row, run.id, "not_listed", now)
            gone += 1
    return gone
