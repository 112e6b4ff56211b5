"""Cluster review: all members of an entity side by side with per-field agreement; split a member out, merge
another entity in, keep many flagged pairs apart at once; a blind mode that hides scores while deciding."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import select

from hub import review
from hub.api.deps import ApiState, state
from hub.api.review_routes import DecisionIn, apply_decision
from hub.quality import findings_of_entity
from hub.store.schema import EntityMember, EntityRow, FacilityRow
from hub.web.common import PageError, flash_url, guard_form, local_path, pages, redirect, render, require_role
from hub.web.labels import FIELD_LABELS
from hub.web.provenance import value_lines
from hub.web.search_pages import source_names

router = APIRouter(include_in_schema=False)

BLIND_COOKIE = "fh_blind"
COMPARED = [f for f in FIELD_LABELS if f not in ("alt_names", "lat", "lon")]


def is_blind(request: Request) -> bool:
    """True when the steward asked to decide without seeing scores (a cookie set by ``/review/blind``)."""
    return request.cookies.get(BLIND_COOKIE) == "1"


def agreement_rows(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per field: each member's display lines and how they agree (``agree``: one value, everyone has it;
    ``partial``: one value, some members have none; ``differ``: several values)."""
    rows = []
    for f in COMPARED:
        lines = [value_lines(f, m.get(f)) for m in members]
        present = [tuple(sorted(ls)) for ls in lines if ls]
        if not present:
            continue
        distinct = len(set(present))
        status = "differ" if distinct > 1 else ("agree" if len(present) == len(members) else "partial")
        rows.append({"field": f, "label": FIELD_LABELS[f], "cells": lines, "status": status,
                     "have": len(present), "distinct": distinct})
    return rows


def _cluster(st: ApiState, entity_id: str) -> tuple[EntityRow, list[dict[str, Any]]]:
    with st.store.session() as session:
        entity = session.get(EntityRow, entity_id)
        if entity is None:
            raise PageError(404, f"시설 {entity_id}을(를) 찾을 수 없습니다 (병합·분리로 id가 바뀌었을 수 있습니다).")
        ids = sorted(session.scalars(select(EntityMember.facility_id).where(EntityMember.entity_id == entity_id)))
        rows = {r.id: r for r in session.scalars(select(FacilityRow).where(FacilityRow.id.in_(ids)))}
        members = [{**rows[i].data, "id": i, "active": rows[i].active} for i in ids if i in rows]
        return entity, members


@router.get("/review/entities/{entity_id}", name="review_cluster")
@pages
def review_cluster(request: Request, entity_id: str, merge_q: str = "") -> Response:
    """One entity's members side by side, the flagged pairs that involve it, and the cluster actions."""
    require_role(request, "steward")
    st = state(request)
    entity, members = _cluster(st, entity_id)
    ids = {m["id"] for m in members}
    pairs = [i for i in review.review_queue(st.store, limit=500) if i.type == "pair" and (i.a in ids or i.b in ids)]
    candidates: list[dict[str, Any]] = []
    if merge_q.strip():
        from hub.web.report_pages import duplicate_candidates

        candidates = duplicate_candidates(st, entity_id, merge_q)
    return render(request, "cluster.html", {
        "entity": entity, "members": members, "rows": agreement_rows(members), "pairs": pairs,
        "names": source_names(st), "blind": is_blind(request), "merge_q": merge_q, "candidates": candidates,
        "findings": findings_of_entity(st.store, entity_id),
        "notice": request.query_params.get("msg"),
    })


def _decide(request: Request, body: DecisionIn, csrf: str | None) -> dict[str, Any]:
    session = guard_form(request, "steward", csrf)
    try:
        return apply_decision(state(request), body, session.actor_for("steward"))
    except HTTPException as exc:
        raise PageError(exc.status_code, f"결정을 저장하지 못했습니다: {exc.detail}") from None


@router.post("/review/entities/{entity_id}/split", name="review_cluster_split")
@pages
def cluster_split(request: Request, entity_id: str, member: Annotated[str, Form(max_length=310)],
                  csrf: Annotated[str | None, Form()] = None,
                  note: Annotated[str | None, Form(max_length=2000)] = None) -> Response:
    """Take one member out of the entity (kept apart from every other member by the next dedupe run)."""
    row = _decide(request, DecisionIn(kind="split", entity_id=entity_id, b=member, note=note or None), csrf)
    return redirect(flash_url(f"/review/entities/{entity_id}",
                              f"{member} 분리 결정 #{row['id']}을(를) 저장했습니다 (다음 dedupe 실행 때 적용)."))


@router.post("/review/entities/{entity_id}/merge", name="review_cluster_merge")
@pages
def cluster_merge(request: Request, entity_id: str, other: Annotated[str, Form(max_length=64)],
                  csrf: Annotated[str | None, Form()] = None,
                  note: Annotated[str | None, Form(max_length=2000)] = None) -> Response:
    """Merge another entity into this one (a must-link between one member of each)."""
    st = state(request)
    with st.store.session() as session:
        mine = session.scalar(select(EntityMember.facility_id).where(EntityMember.entity_id == entity_id)
                              .order_by(EntityMember.facility_id).limit(1))
        theirs = session.scalar(select(EntityMember.facility_id).where(EntityMember.entity_id == other)
                                .order_by(EntityMember.facility_id).limit(1))
    if mine is None or theirs is None or other == entity_id:
        raise PageError(422, f"합칠 시설 {other}을(를) 찾을 수 없습니다.")
    row = _decide(request, DecisionIn(kind="merge", a=mine, b=theirs, note=note or None), csrf)
    return redirect(flash_url(f"/review/entities/{entity_id}",
                              f"{other} 병합 결정 #{row['id']}을(를) 저장했습니다 (다음 dedupe 실행 때 적용)."))


@router.post("/review/bulk", name="review_bulk")
@pages
def review_bulk(request: Request, pair: Annotated[list[str], Form()] = [],  # noqa: B006
                csrf: Annotated[str | None, Form()] = None, back: Annotated[str, Form()] = "/review",
                note: Annotated[str | None, Form(max_length=2000)] = None) -> Response:
    """Keep every checked pair (``a|b``) apart at once."""
    if not pair:
        raise PageError(422, "분리 유지할 쌍을 하나 이상 고르세요.")
    if len(pair) > 200:
        raise PageError(422, "한 번에 200쌍까지 결정할 수 있습니다.")
    done = []
    for value in pair:
        a, sep, b = value.partition("|")
        if not sep:
            raise PageError(422, f"잘못된 쌍입니다: {value}")
        done.append(_decide(request, DecisionIn(kind="keep_apart", a=a, b=b, note=note or None), csrf)["id"])
    message = f"{len(done)}쌍을 분리 유지로 저장했습니다 (결정 #{done[0]}–#{done[-1]})."
    return redirect(flash_url(local_path(back), message))


@router.get("/review/blind", name="review_blind")
def review_blind(on: int = 1, next: str = "/review") -> Response:  # noqa: A002
    """Turn blind mode on or off (a cookie), then back to where the steward was."""
    response = redirect(local_path(next))
    response.set_cookie(BLIND_COOKIE, "1" if on else "0", max_age=180 * 24 * 3600, httponly=True, samesite="lax",
                        path="/")
    return response
