"""Problems reported by visitors without an account, and stewards' decisions that close them.

A report names an entity and says what is wrong: ``duplicate`` (of another entity), ``closed``, ``wrong_field``
(which field, what is right) or a free ``note``. It is stored with who (a keyed hash of the client's address, not
the address) and when; the same report from the same client is stored once (``fingerprint``), and a client may
file at most ``reports_per_hour`` / ``reports_per_day`` reports (counted in the store, so every API process agrees).

The stewards' queue ranks open reports by impact: how often the entity was shown on a first results page (search
impressions), how many different clients reported the same thing, and how much the kind matters (a closure or a
duplicate misleads every searcher; a wrong field one question). A steward's decision closes the report and, where
it says so, records the matching decision: a life-cycle ``closed``, a dedupe ``merge`` or ``keep_apart``.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from hub.errors import ConfigError, FacilityHubError, NotFoundError
from hub.settings import Settings
from hub.store import Store
from hub.store.schema import EntityMember, EntityRow, ReportRow, SearchImpression

KINDS = ("duplicate", "closed", "wrong_field", "note")
KIND_LABELS = {"duplicate": "중복 등록", "closed": "폐관·운영 종료", "wrong_field": "잘못된 정보", "note": "기타 의견"}
KIND_WEIGHT = {"closed": 3, "duplicate": 3, "wrong_field": 2, "note": 1}
FIELDS = ("name", "address", "phones", "hours", "homepage", "email", "equipment", "programmes", "kind", "operator",
          "description", "reservation_url")
"""Fields a visitor can say are wrong."""
DECISIONS = {
    "duplicate": ("merge", "keep_apart", "reject"),
    "closed": ("confirm_closed", "reject"),
    "wrong_field": ("accept", "reject"),
    "note": ("accept", "reject"),
}
"""What a steward may decide per kind of report."""
DECISION_LABELS = {"merge": "병합", "keep_apart": "분리 유지", "confirm_closed": "폐관 확정", "accept": "반영/확인",
                   "reject": "기각"}
MAX_VALUE = 500
MAX_NOTE = 2000


class ReportError(ConfigError):
    """A report that cannot be accepted as sent (422)."""


class RateLimited(FacilityHubError):
    """The client filed too many reports (429); ``retry_after`` seconds until the next one is accepted."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class NewReport:
    """What a visitor sent."""

    entity_id: str
    kind: str
    other_entity_id: str | None = None
    field: str | None = None
    value: str | None = None
    note: str | None = None


def _clean(text: str | None, limit: int, name: str) -> str | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise ReportError(f"{name} must be text")
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch == "\n" else " " for ch in text).strip()
    if len(text) > limit:
        raise ReportError(f"{name} is {len(text)} characters long; the limit is {limit}")
    return text or None


def client_hash(settings: Settings, client: str) -> str:
    """A keyed hash of the client's address (the web session key): comparable, not reversible."""
    from hub.sessions import signing_key

    return hmac.new(signing_key(settings), b"report-client\0" + client.encode(), hashlib.sha256).hexdigest()


def validate(store: Store, report: NewReport) -> NewReport:
    """The report cleaned, or a ``ReportError`` naming what is wrong (``NotFoundError`` for an unknown entity)."""
    if report.kind not in KINDS:
        raise ReportError(f"kind must be one of {', '.join(KINDS)}; got {report.kind!r}")
    value = _clean(report.value, MAX_VALUE, "value")
    note = _clean(report.note, MAX_NOTE, "note")
    other = _clean(report.other_entity_id, 64, "other_entity_id")
    field = _clean(report.field, 50, "field")
    with store.session() as session:
        if session.get(EntityRow, report.entity_id) is None:
            raise NotFoundError(f"no facility {report.entity_id!r}")
        if report.kind == "duplicate":
            if not other:
                raise ReportError("a duplicate report needs other_entity_id: the facility it duplicates")
            if other == report.entity_id:
                raise ReportError("a facility cannot duplicate itself")
            if session.get(EntityRow, other) is None:
                raise ReportError(f"other_entity_id {other!r} is not a known facility")
    if report.kind == "wrong_field":
        if field not in FIELDS:
            raise ReportError(f"field must be one of {', '.join(FIELDS)}; got {field!r}")
        if not value and not note:
            raise ReportError("say what is right (value) or why it is wrong (note)")
    if report.kind == "note" and not note:
        raise ReportError("a note report needs a note")
    return NewReport(report.entity_id, report.kind, other if report.kind == "duplicate" else None,
                     field if report.kind == "wrong_field" else None, value if report.kind == "wrong_field" else None,
                     note)


def _fingerprint(client: str, r: NewReport) -> str:
    parts = [client, r.entity_id, r.kind, r.other_entity_id or "", r.field or "",
             " ".join((r.value or "").split()).casefold(), " ".join((r.note or "").split()).casefold()]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def file_report(store: Store, settings: Settings, report: NewReport, *, client: str,
                now: datetime | None = None) -> tuple[dict[str, Any], bool]:
    """Store a visitor's report: ``(report, created)``; ``created`` is False when the same client already sent the
    same report (it is not stored twice). ``ReportError`` (422) or ``RateLimited`` (429) otherwise."""
    now = now or datetime.now(UTC)
    clean = validate(store, report)
    who = client_hash(settings, client)
    fingerprint = _fingerprint(who, clean)
    with store.session() as session:
        existing = session.scalar(select(ReportRow).where(ReportRow.fingerprint == fingerprint))
        if existing is not None:
            return report_json(existing), False
        for window, limit, word in ((timedelta(hours=1), settings.reports_per_hour, "an hour"),
                                    (timedelta(days=1), settings.reports_per_day, "a day")):
            since = now - window
            count, oldest = session.execute(
                select(func.count(), func.min(ReportRow.created_at))
                .where(ReportRow.client_hash == who, ReportRow.created_at > since)).one()
            if count >= limit:
                oldest = oldest.replace(tzinfo=UTC) if oldest is not None and oldest.tzinfo is None else oldest
                wait = int(((oldest or now) + window - now).total_seconds()) + 1
                raise RateLimited(f"at most {limit} reports {word} from one client; try again in {wait} s",
                                  retry_after=max(1, wait))
        members = sorted(session.scalars(select(EntityMember.facility_id)
                                         .where(EntityMember.entity_id == clean.entity_id)))
        row = ReportRow(entity_id=clean.entity_id, facility_ids=members, kind=clean.kind,
                        other_entity_id=clean.other_entity_id, field=clean.field, value=clean.value, note=clean.note,
                        client_hash=who, fingerprint=fingerprint, created_at=now, status="open")
        session.add(row)
        try:
            session.flush()
        except IntegrityError:  # the same report raced in from another request: keep the first
            session.rollback()
            existing = session.scalar(select(ReportRow).where(ReportRow.fingerprint == fingerprint))
            if existing is None:
                raise
            return report_json(existing), False
        return report_json(row), True


def report_json(row: ReportRow, *, private: bool = False) -> dict[str, Any]:
    """A report as JSON (``private`` adds the client hash, for stewards)."""
    out = {"id": row.id, "entity_id": row.entity_id, "kind": row.kind, "kind_label": KIND_LABELS.get(row.kind),
           "other_entity_id": row.other_entity_id, "field": row.field, "value": row.value, "note": row.note,
           "created_at": row.created_at.isoformat() if row.created_at else None, "status": row.status,
           "decision": row.decision, "decided_by": row.decided_by,
           "decided_at": row.decided_at.isoformat() if row.decided_at else None, "decision_note": row.decision_note}
    if private:
        out["client"] = row.client_hash[:12]
        out["facility_ids"] = list(row.facility_ids or [])
    return out


def report_queue(store: Store, *, limit: int = 100, status: str = "open") -> list[dict[str, Any]]:
    """Reports by impact, highest first: ``impact = weight(kind) × (search impressions of the entity + 1) ×
    (clients reporting the same entity and kind)``, then oldest first."""
    with store.session() as session:
        rows = list(session.scalars(select(ReportRow).where(ReportRow.status == status)))
        entities = {r.entity_id for r in rows}
        impressions = dict(session.execute(select(SearchImpression.entity_id, SearchImpression.count)
                                           .where(SearchImpression.entity_id.in_(entities))).all()) if rows else {}
        names = dict(session.execute(select(EntityRow.id, EntityRow.name).where(
            EntityRow.id.in_(entities | {r.other_entity_id for r in rows if r.other_entity_id}))).all()) if rows else {}
        reporters = Counter((r.entity_id, r.kind) for r in {(r.entity_id, r.kind, r.client_hash): r
                                                             for r in rows}.values())
        out = []
        for r in rows:
            impact = KIND_WEIGHT[r.kind] * (int(impressions.get(r.entity_id, 0)) + 1) * reporters[(r.entity_id, r.kind)]
            out.append({**report_json(r, private=True), "impact": impact, "reporters": reporters[(r.entity_id, r.kind)],
                        "entity_name": names.get(r.entity_id), "other_name": names.get(r.other_entity_id or ""),
                        "decisions": list(DECISIONS[r.kind])})
    out.sort(key=lambda r: (-r["impact"], r["created_at"] or "", r["id"]))
    return out[:limit]


def decide_report(store: Store, report_id: int, decision: str, *, actor: str, note: str | None = None
                  ) -> dict[str, Any]:
    """Close a report with a steward's decision, recording what it implies: ``confirm_closed`` → a life-cycle
    decision ``closed``; ``merge`` / ``keep_apart`` → the dedupe decision between the two entities."""
    from hub import review
    from hub.lifecycle.decisions import record_lifecycle_decision

    note = _clean(note, MAX_NOTE, "note")
    pair: tuple[str, str] | None = None
    with store.session() as session:
        row = _open_report(session, report_id, decision)
        if decision in ("merge", "keep_apart"):
            mine = _one_member(session, row.entity_id, row.facility_ids)
            theirs = _one_member(session, row.other_entity_id or "", [])
            if mine is None or theirs is None:
                raise ReportError("one of the two facilities no longer exists; reject the report instead")
            pair = (mine, theirs)
    implied: dict[str, Any] | None = None
    if pair is not None:  # recorded first: a report is never closed without the decision it implies
        implied = review.record_decision(store, decision, pair[0], pair[1], actor=actor,
                                         note=note or f"report #{report_id}")
    with store.session() as session:
        row = _open_report(session, report_id, decision)
        if decision == "confirm_closed":
            implied = record_lifecycle_decision(store, row.entity_id, "closed", actor=actor,
                                                note=note or f"report #{row.id}", report_id=row.id, session=session)
        row.status, row.decision, row.decided_by = "closed", decision, actor
        row.decided_at, row.decision_note = datetime.now(UTC), note
        result = report_json(row, private=True)
    result["implied_decision"] = implied
    return result


def _open_report(session: Any, report_id: int, decision: str) -> ReportRow:
    row = session.get(ReportRow, report_id)
    if row is None:
        raise NotFoundError(f"no report {report_id}")
    if row.status != "open":
        raise ReportError(f"report {report_id} was already decided ({row.decision} by {row.decided_by})")
    if decision not in DECISIONS[row.kind]:
        raise ReportError(f"a {row.kind} report takes one of {', '.join(DECISIONS[row.kind])}; got {decision!r}")
    return row


def _one_member(session: Any, entity_id: str, fallback: list[str]) -> str | None:
    members = sorted(session.scalars(select(EntityMember.facility_id).where(EntityMember.entity_id == entity_id)))
    return (members or sorted(fallback) or [None])[0]


def open_report_count(store: Store) -> int:
    """How many reports wait for a steward."""
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(ReportRow).where(ReportRow.status == "open")) or 0)
