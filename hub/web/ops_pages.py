"""The operators' page (``/ops``): source health and schedules, recent runs, run-now / pause / resume,
the active index version and rollback, and records per run over time."""

from __future__ import annotations

import importlib
from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from hub.api.deps import ApiState, state
from hub.web.charts import Series, line_chart
from hub.web.common import PageError, flash_url, guard_form, pages, redirect, render, require_role
from hub.web.labels import to_kst

router = APIRouter(include_in_schema=False)


def _ops() -> Any:
    """``hub.ops``, or a PageError saying it is not there."""
    try:
        return importlib.import_module("hub.ops")
    except ModuleNotFoundError as exc:
        if exc.name != "hub.ops":
            raise
        raise PageError(503, "운영 기능(hub.ops)이 아직 설치되지 않았습니다.") from None


def _sources(st: ApiState) -> list[Any]:
    from hub.sources import load_sources

    try:
        return load_sources(st.settings.config_dir)
    except Exception as exc:  # noqa: BLE001 - shown on the page
        raise PageError(503, f"소스 설정을 읽지 못했습니다: {str(exc).splitlines()[0]}") from None


def _source_id(row: dict[str, Any]) -> str:
    return str(row.get("source_id") or row.get("id") or "")


def runs_chart(runs: list[dict[str, Any]]) -> Any:
    """Records per run over time, one line per source."""
    points: dict[str, list[tuple[Any, int]]] = defaultdict(list)
    for run in runs:
        started = to_kst(run.get("started_at"))
        if started is None or run.get("records") is None:
            continue
        points[_source_id(run)].append((started, int(run.get("records") or 0)))
    series = [Series(sid, pts) for sid, pts in sorted(points.items())]
    return line_chart(series, title="소스별 실행당 수집 레코드 수")


def _versions(st: ApiState) -> tuple[str | None, list[Any], str | None]:
    try:
        backend = st.backend
        return backend.active_version(), backend.list_versions(), None
    except Exception as exc:  # noqa: BLE001 - the rest of the page still helps
        return None, [], str(exc).splitlines()[0]


@router.get("/ops", name="ops_page")
@pages
def ops_page(request: Request) -> Response:
    """Sources with health and schedules, recent runs, actions, the index version and a rollback button."""
    require_role(request, "operator")
    st = state(request)
    ops = _ops()
    sources = _sources(st)
    health = ops.source_health(st.store, sources)
    runs = ops.list_runs(st.store, limit=200)
    active, versions, index_error = _versions(st)
    can_rollback = any(v.version != active and active and v.created_at < _created(versions, active) for v in versions)
    from hub.pipeline.stages import last_stage_run
    from hub.quality import CHECK_LABELS, findings_by_source

    quality_run = last_stage_run(st.store, "quality")
    return render(
        request,
        "ops.html",
        {
            "health": health,
            "runs": runs[:40],
            "chart": runs_chart(runs),
            "active_version": active,
            "versions": versions,
            "index_error": index_error,
            "can_rollback": can_rollback,
            "notice": request.query_params.get("msg"),
            "source_id": _source_id,
            "quality": findings_by_source(st.store),
            "quality_run": quality_run,
            "check_labels": CHECK_LABELS,
        },
    )


def _created(versions: list[Any], version: str) -> str:
    return next((v.created_at for v in versions if v.version == version), "")


@router.post("/ops/sources/{source_id}/pause", name="ops_pause")
@pages
def ops_pause(request: Request, source_id: str, csrf: Annotated[str | None, Form()] = None) -> Response:
    """Pause a source: its scheduled crawls stop until resumed."""
    return _set_paused(request, source_id, True, csrf)


@router.post("/ops/sources/{source_id}/resume", name="ops_resume")
@pages
def ops_resume(request: Request, source_id: str, csrf: Annotated[str | None, Form()] = None) -> Response:
    """Resume a paused source."""
    return _set_paused(request, source_id, False, csrf)


def _known_source(st: ApiState, source_id: str) -> None:
    if source_id not in {s.id for s in _sources(st)}:
        raise PageError(404, f"알 수 없는 소스입니다: {source_id}")


def _set_paused(request: Request, source_id: str, paused: bool, csrf: str | None) -> Response:
    session = guard_form(request, "operator", csrf)
    st = state(request)
    _known_source(st, source_id)
    _ops().set_paused(st.store, source_id, paused, session.actor_for("operator"), sources=_sources(st))
    word = "일시 중지" if paused else "재개"
    return redirect(flash_url("/ops", f"{source_id}을(를) {word}했습니다."))


@router.post("/ops/sources/{source_id}/run", name="ops_run_now")
@pages
def ops_run_now(request: Request, source_id: str, csrf: Annotated[str | None, Form()] = None) -> Response:
    """Ask for a crawl of the source now."""
    guard_form(request, "operator", csrf)
    st = state(request)
    _known_source(st, source_id)
    try:
        result = _ops().request_run_now(st.settings, source_id, store=st.store, sources=_sources(st))
    except PageError:
        raise
    except Exception as exc:  # noqa: BLE001 - the operator sees why
        raise PageError(409, f"{source_id} 실행을 요청하지 못했습니다: {str(exc).splitlines()[0]}") from None
    words = {"started": "시작했습니다", "already_running": "이미 실행 중입니다"}
    detail = words.get(result.get("state"), str(result.get("state"))) if isinstance(result, dict) else "요청했습니다"
    return redirect(flash_url("/ops", f"{source_id} 실행: {detail}."))


@router.post("/ops/runs/{run_id}/accept", name="ops_accept_run")
@pages
def ops_accept_run(request: Request, run_id: str, csrf: Annotated[str | None, Form()] = None) -> Response:
    """Accept a suspect run: its disappearances are applied by the next pipeline run."""
    session = guard_form(request, "operator", csrf)
    st = state(request)
    try:
        _ops().accept_run(st.store, run_id, session.actor_for("operator"))
    except PageError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise PageError(409, f"실행 {run_id}을(를) 승인하지 못했습니다: {str(exc).splitlines()[0]}") from None
    return redirect(flash_url("/ops", f"실행 {run_id}을(를) 승인했습니다."))


@router.post("/ops/index/rollback", name="ops_rollback")
@pages
def ops_rollback(request: Request, csrf: Annotated[str | None, Form()] = None) -> Response:
    """Serve the previous index version again."""
    guard_form(request, "operator", csrf)
    st = state(request)
    try:
        version = st.backend.rollback()
    except Exception as exc:  # noqa: BLE001
        raise PageError(409, f"롤백하지 못했습니다: {str(exc).splitlines()[0]}") from None
    return redirect(flash_url("/ops", f"색인 버전 {version}(으)로 되돌렸습니다."))
