"""Pages for reports: a visitor reports a problem from the facility page (no account), stewards answer them on
``/review/reports``, and set a facility's life cycle from its page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response

from hub import reports
from hub.api.deps import state
from hub.api.report_routes import ReportIn, client_address, submit_report
from hub.web.common import PageError, flash_url, guard_form, pages, redirect, render, require_role

router = APIRouter(include_in_schema=False)


def duplicate_candidates(st: Any, entity_id: str, text: str) -> list[dict[str, Any]]:
    """Facilities a visitor may mean as the duplicate: a search for ``text`` (without this one)."""
    from index.types import SearchQuery

    text = text.strip()[:100]
    if not text:
        return []
    try:
        result = st.backend.search(SearchQuery(q=text, size=8, facets=False))
    except Exception:  # noqa: BLE001 - no index, bad text: nothing to offer
        return []
    return [{"id": h.document.id, "name": h.document.name, "address": h.document.address}
            for h in result.hits if h.document.id != entity_id]


@router.post("/facilities/{entity_id}/report", name="report_problem")
@pages
def report_problem(
    request: Request,
    entity_id: str,
    kind: Annotated[str, Form()] = "",
    csrf: Annotated[str | None, Form()] = None,
    other_entity_id: Annotated[str | None, Form(max_length=64)] = None,
    field: Annotated[str | None, Form(max_length=50)] = None,
    value: Annotated[str | None, Form(max_length=reports.MAX_VALUE)] = None,
    note: Annotated[str | None, Form(max_length=reports.MAX_NOTE)] = None,
) -> Response:
    """Store a visitor's report (the form on the facility page), then back to the page with a message."""
    guard_form(request, None, csrf)
    st = state(request)
    if kind not in reports.KINDS:
        raise PageError(422, "무엇이 문제인지 골라 주세요 (중복, 폐관, 잘못된 정보, 기타).")
    try:
        body = ReportIn(entity_id=entity_id, kind=kind, other_entity_id=other_entity_id or None,
                        field=field or None, value=value or None, note=note or None)
        report, created = submit_report(st, body, client_address(request))
    except HTTPException as exc:
        message = {422: "신고 내용을 확인해 주세요", 429: "신고가 너무 많습니다"}.get(exc.status_code, "신고 실패")
        raise PageError(exc.status_code, f"{message}: {exc.detail}") from None
    text = (f"신고 #{report['id']}이(가) 접수되었습니다. 관리자가 확인합니다." if created
            else f"같은 신고(#{report['id']})가 이미 접수되어 있습니다.")
    return redirect(flash_url(f"/facilities/{entity_id}", text))


@router.get("/review/reports", name="review_reports")
@pages
def review_reports(request: Request) -> Response:
    """Open reports by impact, each with the decisions its kind allows; the latest closed ones below."""
    require_role(request, "steward")
    st = state(request)
    return render(request, "reports.html", {
        "open": reports.report_queue(st.store, limit=200),
        "closed": reports.report_queue(st.store, limit=30, status="closed"),
        "decision_labels": reports.DECISION_LABELS,
        "notice": request.query_params.get("msg"),
    })


@router.post("/review/reports/{report_id}/decide", name="review_report_decide")
@pages
def review_report_decide(
    request: Request,
    report_id: int,
    decision: Annotated[str, Form()],
    csrf: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form(max_length=reports.MAX_NOTE)] = None,
) -> Response:
    """Close a report with the steward's decision."""
    session = guard_form(request, "steward", csrf)
    st = state(request)
    try:
        reports.decide_report(st.store, report_id, decision, actor=session.actor_for("steward"), note=note or None)
    except reports.ReportError as exc:
        raise PageError(409 if "already decided" in str(exc) else 422, f"결정을 저장하지 못했습니다: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - NotFoundError and the like: the steward sees why
        raise PageError(404, f"결정을 저장하지 못했습니다: {exc}") from None
    label = reports.DECISION_LABELS.get(decision, decision)
    return redirect(flash_url("/review/reports", f"신고 #{report_id}: {label} (다음 실행 때 반영)."))


@router.post("/facilities/{entity_id}/lifecycle", name="facility_lifecycle")
@pages
def facility_lifecycle(
    request: Request,
    entity_id: str,
    kind: Annotated[str, Form()],
    csrf: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """A steward says the facility closed for good, or is open after all."""
    from hub.errors import ConfigError, NotFoundError
    from hub.lifecycle.decisions import record_lifecycle_decision

    session = guard_form(request, "steward", csrf)
    try:
        record_lifecycle_decision(state(request).store, entity_id, kind, actor=session.actor_for("steward"),
                                  note=note or None)
    except (ConfigError, NotFoundError) as exc:
        raise PageError(422, f"결정을 저장하지 못했습니다: {exc}") from None
    word = "폐관" if kind == "closed" else "운영 중"
    return redirect(flash_url(f"/facilities/{entity_id}", f"'{word}'(으)로 기록했습니다 (다음 색인 때 검색에 반영)."))
