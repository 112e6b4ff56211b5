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


NO_NUL = r"^[^\x00]*$"
FacilityId = Annotated[str, Field(min_length=1, max_length=310, pattern=NO_NUL, description="Facility id.")]
Note = Annotated[str | None, Field(default=None, max_length=2000, pattern=NO_NUL)]


class PairDecision(BaseModel):
    """Merge two facilities, keep them apart, or skip the pair for now."""

    kind: Literal["merge", "keep_apart", "skip"]
    a: FacilityId
    b: FacilityId
    note: Note = None


class UndoDecision(BaseModel):
    """Undo an earlier decision."""

    kind: Literal["undo"]
    decision_id: int = Field(ge=1, description="Decision to undo.")
    note: Note = None


class SplitDecision(BaseModel):
    """Take a member out of an entity."""

    kind: Literal["split"]
    entity_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL, description="Entity to split.")
    b: FacilityId = Field(description="The member to take out.")
    note: Note = None


DecisionBody = Annotated[PairDecision | UndoDecision | SplitDecision, Field(discriminator="kind")]
"""The API's request body: one shape per kind, so that the OpenAPI document states what each kind needs."""


def apply_decision(st: ApiState, body: DecisionIn, actor: str) -> dict:
    """Store one decision (shared by the API and the review page). 404 for an unknown facility, entity or
    decision; 409 when the store's state does not allow it (undone already, a single member); 422 for a
    decision that makes no sense (a facility with itself, a NUL character)."""
    if any("\x00" in v for v in (body.a, body.b, body.entity_id, body.note) if isinstance(v, str)):
        raise HTTPException(422, detail="decision fields must not contain NUL characters")
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
    except review.DecisionConflict as exc:
        raise HTTPException(409, detail=str(exc)) from None
    except ConfigError as exc:
        raise HTTPException(422, detail=str(exc)) from None


@router.post("/decisions", status_code=201, summary="Record a decision (steward token)")
def post_decision(
    body: DecisionBody, st: Annotated[ApiState, Depends(state)], actor: Annotated[str, Depends(require_steward)]
) -> Response:
    """Stored at once; applied by the next dedupe run (a dedupe under way applies it before it publishes)."""
    return json_response(apply_decision(st, DecisionIn(**body.model_dump()), actor), status_code=201)
