"""The review queue and stewards' decisions."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from hub import review
from hub.api.deps import ApiState, json_response, require_steward, state
from hub.errors import ConfigError, NotFoundError

router = APIRouter(prefix="/api/review", tags=["review"])


class DecisionIn(BaseModel):
    """A steward's decision."""

    kind: Literal["merge", "keep_apart", "skip", "undo", "split"]
    a: str | None = Field(default=None, max_length=310, description="Facility id (merge/keep_apart/skip).")
    b: str | None = Field(default=None, max_length=310, description="Other facility id, or the member to split.")
    entity_id: str | None = Field(default=None, max_length=64, description="Entity to split a member out of.")
    decision_id: int | None = Field(default=None, description="Decision to undo.")
    note: str | None = Field(default=None, max_length=2000)


@router.get("", summary="The review queue (steward token)")
def queue(
    st: Annotated[ApiState, Depends(state)],
    _actor: Annotated[str, Depends(require_steward)],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Response:
    """Flagged pairs ordered by impact then uncertainty, and entities changed since a steward decided."""
    return json_response({"items": [i.as_json() for i in review.review_queue(st.store, limit=limit)]})


@router.get("/decisions", summary="The decision log (steward token)")
def decisions(
    st: Annotated[ApiState, Depends(state)],
    _actor: Annotated[str, Depends(require_steward)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    """Decisions, newest first, with whether each was undone."""
    return json_response({"decisions": review.list_decisions(st.store, limit=limit)})


def apply_decision(st: ApiState, body: DecisionIn, actor: str) -> dict:
    """Store one decision (shared by the API and the review page)."""
    try:
        if body.kind == "undo":
            if body.decision_id is None:
                raise ConfigError("undo needs decision_id")
            return review.undo_decision(st.store, body.decision_id, actor=actor, note=body.note)
        if body.kind == "split":
            if not body.entity_id or not body.b:
                raise ConfigError("split needs entity_id and b (the member to take out)")
            return review.record_split(st.store, body.entity_id, body.b, actor=actor, note=body.note)
        return review.record_decision(st.store, body.kind, body.a or "", body.b, actor=actor, note=body.note)
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    except ConfigError as exc:
        raise HTTPException(422, detail=str(exc)) from None


@router.post("/decisions", status_code=201, summary="Record a decision (steward token)")
def post_decision(
    body: DecisionIn, st: Annotated[ApiState, Depends(state)], actor: Annotated[str, Depends(require_steward)]
) -> Response:
    """Stored at once; applied by the next dedupe run."""
    return json_response(apply_decision(st, body, actor), status_code=201)
