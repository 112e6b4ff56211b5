"""The stewards' pages: the review queue (``/review``) with decisions and undo, and the decision log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import select

from hub import review
from hub.api.deps import ApiState, state
from hub.api.review_routes import DecisionIn, apply_decision
from hub.reports import open_report_count
from hub.store.schema import FacilityRow
from hub.web.common import PageError, flash_url, guard_form, pages, redirect, render, require_role
from hub.web.labels import DECISION_LABELS, FIELD_LABELS, to_kst
from hub.web.provenance import value_lines
from hub.web.search_pages import source_names

router = APIRouter(include_in_schema=False)

FEATURE_LABELS = {
    "name": "이름",
    "phone": "전화",
    "address": "주소",
    "postal": "우편번호",
    "domain": "홈페이지 도메인",
    "distance": "거리",
    "kind": "유형",
    "region": "지역",
    "equipment": "장비",
    "operator": "운영 기관",
    "email": "이메일",
    "homepage": "홈페이지",
}
COMPARED = [f for f in FIELD_LABELS if f not in ("alt_names", "lat", "lon")]


LEVEL_LABELS = {
    "null": "한쪽 값 없음", "else": "다름", "exact": "같음", "same": "같음", "contained": "한쪽이 다른 쪽을 포함",
    "same_road_other_number": "같은 도로, 다른 번호", "same_office": "같은 국번", "same_number": "같은 번호",
    "same_sigungu": "같은 시군구", "same_sido": "같은 시도", "similar_road": "비슷한 도로명",
    "two_names": "두 이름만 쓰는 값", "two_names_one_site": "두 이름만 쓰는 번호, 같은 주소",
    "same_shared": "다른 시설도 쓰는 값", "shared": "다른 시설도 있는 건물",
    "moved": "다른 주소, 같은 고유 홈페이지 (이전)",
    "same_dong": "같은 동·읍·면", "other_dong": "같은 시군구, 다른 동·읍·면", "campus": "같은 캠퍼스·단지",
}


def level_label(level: str) -> str:
    """A comparison level as stewards read it (``similar>=0.84`` → ``비슷함 ≥ 0.84``, ``<=0.3km`` → ``0.3km 이내``)."""
    if level in LEVEL_LABELS:
        return LEVEL_LABELS[level]
    if level.startswith("similar>="):
        return f"비슷함 ≥ {level.split('>=', 1)[1]}"
    if level.startswith("<="):
        return f"{level[2:]} 이내"
    return level


def score_rows(explanation: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per-feature rows (name, level, weight) and a summary (prior, total, probability) from an explanation.

    Accepts ``{"features"|"comparisons": [{name, level|label, weight, …}]}``, the same keyed by name, or a
    mapping of feature name → ``{level, weight}``.
    """
    if not isinstance(explanation, dict):
        return [], {}
    items: Any = explanation.get("features") or explanation.get("comparisons") or explanation.get("fields")
    if items is None:
        items = {k: v for k, v in explanation.items() if isinstance(v, dict)}
    if isinstance(items, dict):
        items = [{"name": k, **(v if isinstance(v, dict) else {"weight": v})} for k, v in items.items()]
    rows = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        name = str(item.get("name") or item.get("comparison") or "?")
        weight = item.get("weight", item.get("match_weight"))
        try:
            weight = float(weight) if weight is not None else None
        except (TypeError, ValueError):
            weight = None
        rows.append(
            {
                "name": name,
                "label": FEATURE_LABELS.get(name, name),
                "level": level_label(str(item.get("label") or item.get("level_label") or item.get("level") or "")),
                "weight": weight,
                "detail": item.get("detail") or item.get("value") or "",
            }
        )
    top = max((abs(r["weight"]) for r in rows if r["weight"] is not None), default=0.0) or 1.0
    for r in rows:
        r["width"] = round(100 * abs(r["weight"]) / top) if r["weight"] is not None else 0
    summary = {
        k: explanation.get(k)
        for k in ("prior", "prior_weight", "total", "match_weight", "probability")
        if isinstance(explanation.get(k), (int, float))
    }
    return rows, summary


def _facilities(st: ApiState, ids: list[str]) -> dict[str, dict[str, Any]]:
    with st.store.session() as session:
        rows = session.scalars(select(FacilityRow).where(FacilityRow.id.in_(ids)))
        return {r.id: dict(r.data) for r in rows}


def compare_rows(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    """Field by field: both sides' display lines and whether they differ."""
    rows = []
    for f in COMPARED:
        la, lb = value_lines(f, a.get(f)), value_lines(f, b.get(f))
        if not la and not lb:
            continue
        differ = bool(la) and bool(lb) and sorted(la) != sorted(lb)
        rows.append(
            {
                "field": f,
                "label": FIELD_LABELS[f],
                "a": la,
                "b": lb,
                "differ": differ,
                "one_sided": bool(la) != bool(lb),
            }
        )
    return rows


def _pending_since(st: ApiState) -> Any:
    from hub.pipeline.stages import last_stage_run

    run = last_stage_run(st.store, "dedupe")
    return run.finished_at if run is not None else None


def recent_decisions(st: ApiState, limit: int) -> list[dict[str, Any]]:
    """Decisions newest first, each marked pending when recorded after the last dedupe run finished."""
    since = to_kst(_pending_since(st))
    out = []
    for d in review.list_decisions(st.store, limit=limit):
        made = to_kst(d.get("created_at"))
        d["pending"] = since is None or (made is not None and made > since)
        d["label"] = DECISION_LABELS.get(d["kind"], d["kind"])
        out.append(d)
    return out


@router.get("/review", name="review_page")
@pages
def review_page(request: Request, pair: int | None = None) -> Response:
    """Flagged pairs by impact; one side by side with differences highlighted and the score by feature."""
    require_role(request, "steward")
    st = state(request)
    items = review.review_queue(st.store, limit=100)
    pairs = [i for i in items if i.type == "pair"]
    changed = [i for i in items if i.type != "pair"]
    current = next((i for i in pairs if i.pair_id == pair), None) if pair is not None else None
    current = current or (pairs[0] if pairs else None)
    context: dict[str, Any] = {
        "pairs": pairs,
        "changed": changed,
        "current": current,
        "notice": request.query_params.get("msg"),
        "decisions": recent_decisions(st, 12),
        "names": source_names(st),
        "blind": request.cookies.get("fh_blind") == "1",
        "open_reports": open_report_count(st.store),
    }
    if current is not None:
        facts = _facilities(st, [current.a, current.b])
        a, b = facts.get(current.a, {}), facts.get(current.b, {})
        explanation = current.explanation
        if not explanation:
            try:
                explanation = review.explain(st.store, current.a, current.b).get("explanation")
            except Exception:  # noqa: BLE001 - the breakdown is optional; the pair is still shown
                explanation = None
        features, summary = score_rows(explanation)
        position = pairs.index(current)
        context.update(
            a=a,
            b=b,
            rows=compare_rows(a, b),
            features=features,
            summary=summary,
            next_pair=pairs[position + 1].pair_id if position + 1 < len(pairs) else None,
            prev_pair=pairs[position - 1].pair_id if position > 0 else None,
            position=position + 1,
        )
    return render(request, "review.html", context)


def _decide(request: Request, body: DecisionIn, csrf: str | None) -> dict[str, Any]:
    session = guard_form(request, "steward", csrf)
    try:
        return apply_decision(state(request), body, session.actor_for("steward"))
    except HTTPException as exc:
        raise PageError(exc.status_code, f"결정을 저장하지 못했습니다: {exc.detail}") from None


@router.post("/review/decide", name="review_decide")
@pages
def review_decide(
    request: Request,
    kind: Annotated[str, Form()],
    a: Annotated[str, Form(max_length=310)],
    b: Annotated[str, Form(max_length=310)],
    csrf: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Store a merge, keep-apart or skip decision at once; applied by the next dedupe run."""
    if kind not in ("merge", "keep_apart", "skip"):
        raise PageError(422, "결정은 merge, keep_apart, skip 중 하나여야 합니다.")
    row = _decide(request, DecisionIn(kind=kind, a=a, b=b, note=note or None), csrf)
    label = DECISION_LABELS[kind]
    return redirect(flash_url("/review", f"{label} 결정 #{row['id']}을(를) 저장했습니다 (다음 dedupe 실행 때 적용)."))


@router.post("/review/undo", name="review_undo")
@pages
def review_undo(
    request: Request,
    decision_id: Annotated[int, Form()],
    csrf: Annotated[str | None, Form()] = None,
    back: Annotated[str | None, Form()] = None,
) -> Response:
    """Undo a decision (a new decision naming it); the next dedupe run restores the automatic outcome."""
    row = _decide(request, DecisionIn(kind="undo", decision_id=decision_id), csrf)
    target = "/review/log" if back == "log" else "/review"
    return redirect(flash_url(target, f"결정 #{decision_id}을(를) 되돌렸습니다 (기록 #{row['id']})."))


@router.get("/review/log", name="review_log")
@pages
def review_log(request: Request) -> Response:
    """Every decision, newest first, with who made it, whether it was undone and whether it is still pending."""
    require_role(request, "steward")
    st = state(request)
    return render(
        request,
        "review_log.html",
        {
            "decisions": recent_decisions(st, 500),
            "notice": request.query_params.get("msg"),
        },
    )
