"""Tables of the store. Every change goes through a migration in ``hub/migrations/versions``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class CrawlRun(Base):
    """One crawl of one source."""

    __tablename__ = "crawl_runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(100), index=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    """running, succeeded, failed, suspect, accepted, interrupted (its process died; marked by the next command)."""
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    records: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    gone: Mapped[int] = mapped_column(Integer, default=0)
    stats: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The crawl process (the child running Scrapy) once started."""
    trigger: Mapped[str] = mapped_column(String(20), default="manual")
    kept_after_error: Mapped[int] = mapped_column(Integer, default=0)
    """Known pages whose fetch failed this run (5xx after retries, timeout, parse failure): their last good
    record is kept, not marked gone."""
    holder: Mapped[str | None] = mapped_column(String(200), nullable=True)
    """The writer-lease holder (``host:pid:nonce``) of the process that runs it; alive while that lease is."""


class RawRecord(Base):
    """The current raw record of one facility page (one row per source and key)."""

    __tablename__ = "raw_records"
    __table_args__ = (UniqueConstraint("source_id", "key", name="uq_raw_source_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(100), index=True)
    key: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONType)
    etag: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_modified: Mapped[str | None] = mapped_column(String(100), nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_run_id: Mapped[str] = mapped_column(String(64))
    last_run_id: Mapped[str] = mapped_column(String(64))
    """The last run that saw this page (changed, unchanged or new)."""
    changed_run_id: Mapped[str] = mapped_column(String(64))
    """The run that first saw the current content."""
    gone_run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    """Set when a run found definite evidence that the page is gone; cleared when it comes back. The row is kept."""
    gone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    """When the page was found gone (None while it is current)."""
    gone_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    """Why it is gone: ``http_404`` / ``http_410`` (the page said so), ``not_listed`` (a complete, healthy listing
    crawl no longer showed it), ``accepted_run`` (an operator accepted a suspect run that did not see it),
    ``unknown`` (gone before this was recorded). The life cycle (``hub.lifecycle``) reads it as the evidence."""
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    """When a crawl last saw the page alive (200 with a record, or 304)."""
    failed_run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    """The last run whose fetch of this page failed (the record was kept after the error)."""
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    """When that failure happened."""
    failed_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    """Its kind: ``http_500``, ``timeout``, ``parse_error``, ``too_large``, ``redirect_loop`` …"""
    failures: Mapped[int] = mapped_column(Integer, default=0)
    """Consecutive runs whose fetch of the page failed; 0 again once a run sees it."""


class RawRecordVersion(Base):
    """Every distinct content a facility page has had, with the run that first saw it (append-only)."""

    __tablename__ = "raw_record_versions"
    __table_args__ = (UniqueConstraint("source_id", "key", "content_hash", name="uq_rawver"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    url: Mapped[str] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONType)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FacilityRow(Base):
    """One normalised facility, id ``<source>:<key>``."""

    __tablename__ = "facilities"

    id: Mapped[str] = mapped_column(String(310), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(100), index=True)
    key: Mapped[str] = mapped_column(String(200))
    raw_hash: Mapped[str] = mapped_column(String(64))
    normalizer_version: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    problems: Mapped[int] = mapped_column(Integer, default=0)
    normalized_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EntityRow(Base):
    """One golden record; ``data`` holds each field's value with its provenance."""

    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    member_count: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EntityMember(Base):
    """Which entity a facility belongs to."""

    __tablename__ = "entity_members"

    facility_id: Mapped[str] = mapped_column(String(310), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), ForeignKey("entities.id", ondelete="CASCADE"), index=True)


class DecisionRow(Base):
    """A steward's decision; append-only (an undo is a new row naming the one it undoes)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    facility_a: Mapped[str] = mapped_column(String(310), index=True)
    facility_b: Mapped[str | None] = mapped_column(String(310), nullable=True, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    undoes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    members: Mapped[list[str]] = mapped_column(JSONType, default=list)
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReviewPairRow(Base):
    """A pair between the thresholds with no decision, from the latest dedupe run."""

    __tablename__ = "review_pairs"
    __table_args__ = (UniqueConstraint("facility_a", "facility_b", name="uq_review_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    facility_a: Mapped[str] = mapped_column(String(310))
    facility_b: Mapped[str] = mapped_column(String(310))
    probability: Mapped[float] = mapped_column(Float)
    explanation: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    stage_run_id: Mapped[int] = mapped_column(Integer)


class StageRun(Base):
    """One run of a pipeline stage (normalize, dedupe, index) with its statistics."""

    __tablename__ = "stage_runs"
    __table_args__ = (Index("ix_stage_runs_stage_started", "stage", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stage: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    stats: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    input_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    holder: Mapped[str | None] = mapped_column(String(200), nullable=True)
    """The writer-lease holder of the process that runs it (see ``CrawlRun.holder``)."""
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The process that runs it."""
    output_version: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    """For the index stage: the index version it built."""
    entities_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """For the index stage: the entities revision (``StoreRevision``) the version was built from."""


class SourceState(Base):
    """Operator state of a source that must survive restarts (paused)."""

    __tablename__ = "source_state"

    source_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


class SearchImpression(Base):
    """How often an entity appeared on a first results page: the review queue puts these first."""

    __tablename__ = "search_impressions"

    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class LifecycleDecision(Base):
    """A steward's decision about a facility's life cycle (append-only; an undo names the row it undoes).

    Keyed by the facility ids that were the entity's members when decided, so that it follows the facility
    through re-crawls and re-clustering (as dedupe decisions do)."""

    __tablename__ = "lifecycle_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    """``closed`` (the facility closed for good), ``open`` (it is open: overrides earlier evidence) or ``undo``."""
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    facility_ids: Mapped[list[str]] = mapped_column(JSONType, default=list)
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    undoes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    report_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The public report this decision answered, if any."""


class AddressHistory(Base):
    """Every distinct normalised address a facility has had, with when it was first and last seen.

    Written by the index stage (``hub.lifecycle.record_addresses``); a facility whose current address differs
    from an older one has moved, and the old one stays here."""

    __tablename__ = "address_history"
    __table_args__ = (UniqueConstraint("facility_id", "address_key", name="uq_address_history"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    facility_id: Mapped[str] = mapped_column(String(310), index=True)
    address_key: Mapped[str] = mapped_column(String(400))
    """시도|시군구|도로명|건물번호 (or 지번): what must change for a move (a floor or spelling does not)."""
    address: Mapped[dict[str, Any]] = mapped_column(JSONType)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReportRow(Base):
    """A problem reported by a visitor (no account): stored with who (a keyed hash of the client) and when."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("fingerprint", name="uq_report_fingerprint"),
        Index("ix_reports_client_created", "client_hash", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    facility_ids: Mapped[list[str]] = mapped_column(JSONType, default=list)
    """The entity's members when reported (the report follows them if the entity id changes)."""
    kind: Mapped[str] = mapped_column(String(20))
    """``duplicate``, ``closed``, ``wrong_field`` or ``note``."""
    other_entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    field: Mapped[str | None] = mapped_column(String(50), nullable=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    """What the reporter says is right (``wrong_field``)."""
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    client_hash: Mapped[str] = mapped_column(String(64))
    """HMAC of the client's address: rate limits and duplicates without keeping the address itself."""
    fingerprint: Mapped[str] = mapped_column(String(64))
    """Hash of the client and the report's content: the same report from the same client is stored once."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    """``open`` until a steward decides, then ``closed``."""
    decision: Mapped[str | None] = mapped_column(String(30), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class QualityFinding(Base):
    """One inconsistency a quality check found in a facility record (replaced at every check run)."""

    __tablename__ = "quality_findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check: Mapped[str] = mapped_column(String(30), index=True)
    """``postal_sigungu``, ``coords_sigungu``, ``phone_sido`` or ``field_shrinkage``."""
    facility_id: Mapped[str] = mapped_column(String(310), index=True)
    source_id: Mapped[str] = mapped_column(String(100), index=True)
    field: Mapped[str] = mapped_column(String(50))
    message: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StoreRevision(Base):
    """A counter bumped in the same transaction as every change it names (``entities``: each dedupe publish that
    changed entities), so that a serving node can tell cheaply whether its index is behind the store."""

    __tablename__ = "store_revisions"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RevokedSession(Base):
    """A web session ended at logout: its cookie is refused until it would have expired anyway."""

    __tablename__ = "web_session_revocations"

    sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    revoked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
