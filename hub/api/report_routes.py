"""Reports from visitors (no account; CSRF-protected, rate-limited), their queue and stewards' decisions; the life
cycle of an entity and stewards' life-cycle decisions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from hub import reports
from hub.api.deps import ApiState, json_response, require_steward, state
from hub.errors import ConfigError, NotFoundError

router = APIRouter(prefix="/api", tags=["reports and life cycle"])


class ReportIn(BaseModel):
    """A problem a visitor reports about a facility."""

    entity_id: str = Field(max_length=64, description="The facility (entity id) the report is about.")
    kind: Literal["duplicate", "closed", "wrong_field", "note"]
    other_entity_id: str | None = Field(default=None, max_length=64, description="duplicate: the other facility.")
    field: str | None = Field(default=None, max_length=50, description="wrong_field: which field.")
    value: str | None = Field(default=None, max_length=reports.MAX_VALUE, description="wrong_field: what is right.")
    note: str | None = Field(default=None, max_length=reports.MAX_NOTE)


class ReportDecisionIn(BaseModel):
    """A steward's answer to a report."""

    decision: Literal["merge", "keep_apart", "confirm_closed", "accept", "reject"]
    note: str | None = Field(default=None, max_length=reports.MAX_NOTE)


class LifecycleDecisionIn(BaseModel):
    """A steward's life-cycle decision."""

    kind: Literal["closed", "open"]
    note: str | None = Field(default=None, max_length=2000)


def client_address(request: Request) -> str:
    """The client's address: the socket's peer, or the first ``X-Forwarded-For`` hop when configured to trust it."""
    st: ApiState = state(request)
    if st.settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.client.host if request.client else "unknown"


def check_csrf(request: Request, token: str | None) -> None:
    """403 unless the request carries the visitor's session cookie and its CSRF token (any page sets both)."""
    from hub import sessions
    from hub.api.visitors import visitor

    session = visitor(request)
    if session.fresh or not sessions.csrf_ok(session, token):
        raise HTTPException(403, detail="a session cookie and its CSRF token (X-CSRF-Token) are required; "
                                        "open any page first")


def submit_report(st: ApiState, body: ReportIn, client: str) -> tuple[dict, bool]:
    """File a report, turning its errors into HTTP ones (422 bad input, 429 too many)."""
    try:
        return reports.file_report(st.store, st.settings, reports.NewReport(**body.model_dump()), client=client)
    except (reports.ReportError, NotFoundError) as exc:
        raise HTTPException(422, detail=str(exc)) from None
    except reports.RateLimited as exc:
        raise HTTPException(429, detail=str(exc), headers={"Retry-After": str(exc.retry_after)}) from None


@router.post("/reports", summary="Report a problem with a facility (no account; CSRF token)")
def post_report(request: Request, body: ReportIn, st: Annotated[ApiState, Depends(state)],
                x_csrf_token: Annotated[str | None, Header()] = None) -> Response:
    """201 with the stored report; 200 with the earlier one when this client already sent the same report."""
    check_csrf(request, x_csrf_token)
    report, created = submit_report(st, body, client_address(request))
    return json_response({"report": report, "created": created}, status_code=201 if created else 200)


@router.get("/reports", summary="Open reports by impact (steward token)")
def list_reports(st: Annotated[ApiState, Depends(state)], _actor: Annotated[str, Depends(require_steward)],
                 status: Literal["open", "closed"] = "open",
                 limit: Annotated[int, Query(ge=1, le=500)] = 100) -> Response:
    """The stewards' queue of reports, highest impact first."""
    return json_response({"reports": reports.report_queue(st.store, limit=limit, status=status)})


@router.post("/reports/{report_id}/decision", summary="Decide a report (steward token)")
def decide(report_id: int, body: ReportDecisionIn, st: Annotated[ApiState, Depends(state)],
           actor: Annotated[str, Depends(require_steward)]) -> Response:
    """Close the report; ``confirm_closed``, ``merge`` and ``keep_apart`` record the decision they imply."""
    try:
        return json_response(reports.decide_report(st.store, report_id, body.decision, actor=actor, note=body.note))
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    except ConfigError as exc:
        raise HTTPException(409 if "already decided" in str(exc) else 422, detail=str(exc)) from None


@router.get("/entities/{entity_id}/lifecycle", summary="A facility's life cycle with its evidence")
def lifecycle(entity_id: str, st: Annotated[ApiState, Depends(state)]) -> Response:
    """``open``, ``moved``, ``possibly_closed`` or ``closed``, since when, and what it rests on (computed now)."""
    from hub.lifecycle import compute_lifecycles

    with st.store.session() as session:
        found = compute_lifecycles(session, now=datetime.now(UTC), options=st.settings.lifecycle_options,
                                   entity_ids=[entity_id]).get(entity_id)
        if found is None:
            raise HTTPException(404, detail=f"no entity {entity_id!r}")
    return json_response({"entity_id": entity_id, **found.as_json()})


@router.post("/entities/{entity_id}/lifecycle", status_code=201, summary="Decide a facility's life cycle (steward)")
def post_lifecycle(entity_id: str, body: LifecycleDecisionIn, st: Annotated[ApiState, Depends(state)],
                   actor: Annotated[str, Depends(require_steward)]) -> Response:
    """``closed`` (for good) or ``open`` (sets aside earlier evidence); applied by the next index build."""
    from hub.lifecycle.decisions import record_lifecycle_decision

    try:
        row = record_lifecycle_decision(st.store, entity_id, body.kind, actor=actor, note=body.note)
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    return json_response(row, status_code=201)


@router.post("/lifecycle/decisions/{decision_id}/undo", status_code=201, summary="Undo a life-cycle decision")
def undo_lifecycle(decision_id: int, st: Annotated[ApiState, Depends(state)],
                   actor: Annotated[str, Depends(require_steward)]) -> Response:
    """Record that a life-cycle decision no longer holds."""
    from hub.lifecycle.decisions import undo_lifecycle_decision

    try:
        return json_response(undo_lifecycle_decision(st.store, decision_id, actor=actor), status_code=201)
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    except ConfigError as exc:
        raise HTTPException(409, detail=str(exc)) from None
