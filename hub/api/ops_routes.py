"""The operator API: source health, run history, run now, pause/resume, accept a suspect run, index rollback,
and Prometheus metrics. Reading needs no token; actions need the operator token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response

from hub import ops
from hub.api.deps import ApiState, json_response, require_operator, state
from hub.errors import NotFoundError
from hub.sources import Source, load_sources

router = APIRouter(tags=["operations"])


_loaded: dict[str, tuple[tuple[int, int], list[Source]]] = {}


def _sources(st: ApiState) -> list[Source]:
    """The configured sources, read again only when sources.yaml changes (its size and mtime)."""
    path = st.settings.config_dir / "sources.yaml"
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        return load_sources(st.settings.config_dir)  # reports the missing file
    cached = _loaded.get(str(path))
    if cached is None or cached[0] != stamp:
        cached = _loaded[str(path)] = (stamp, load_sources(st.settings.config_dir))
    return list(cached[1])


def _source(st: ApiState, source_id: str) -> list[Source]:
    sources = _sources(st)
    if source_id not in {s.id for s in sources}:
        raise HTTPException(404, detail=f"unknown source {source_id}")
    return sources


@router.get("/api/sources", summary="Sources with their health")
def get_sources(st: Annotated[ApiState, Depends(state)]) -> Response:
    """Every configured source: last success, last record count, trend, suspect flag, paused, next run."""
    return json_response({"sources": ops.source_health(st.store, _sources(st))})


@router.get("/api/runs", summary="Crawl run history")
def get_runs(
    st: Annotated[ApiState, Depends(state)],
    source: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> Response:
    """Runs newest first, with counts, duration, error and suspect flag."""
    return json_response({"runs": ops.list_runs(st.store, source_id=source, limit=limit)})


@router.get("/api/runs/{run_id}", summary="One crawl run")
def get_run(run_id: str, st: Annotated[ApiState, Depends(state)]) -> Response:
    """A run with its statistics."""
    try:
        return json_response(ops.run_detail(st.store, run_id))
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None


@router.post("/api/runs/{run_id}/accept", summary="Accept a suspect run (operator token)")
def post_accept(
    run_id: str, st: Annotated[ApiState, Depends(state)], actor: Annotated[str, Depends(require_operator)]
) -> Response:
    """Mark the suspect run accepted and apply its disappearances."""
    try:
        return json_response(ops.accept_run(st.store, run_id, actor))
    except NotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    except ops.RunStateError as exc:
        raise HTTPException(409, detail=str(exc)) from None


@router.post("/api/sources/{source_id}/run", status_code=202, summary="Run a source now (operator token)")
def post_run(
    source_id: str,
    request: Request,
    st: Annotated[ApiState, Depends(state)],
    actor: Annotated[str, Depends(require_operator)],
) -> Response:
    """Start a crawl and the following stages in the background; 409 when the source is already running.

    ``app.state.ops_runner`` (a runner function) and ``app.state.replica_urls`` (site → base URL) may be set by
    whoever builds the app, e.g. to crawl the offline replicas."""
    sources = _source(st, source_id)
    result = ops.request_run_now(
        st.settings,
        source_id,
        store=st.store,
        sources=sources,
        runner=getattr(request.app.state, "ops_runner", None),
        replica_urls=getattr(request.app.state, "replica_urls", None),
    )
    result["requested_by"] = actor
    return json_response(result, status_code=409 if result["state"] == "already_running" else 202)


@router.post("/api/sources/{source_id}/pause", summary="Pause a source (operator token)")
def post_pause(
    source_id: str, st: Annotated[ApiState, Depends(state)], actor: Annotated[str, Depends(require_operator)]
) -> Response:
    """Scheduled runs of the source are skipped until it is resumed (kept across restarts)."""
    return json_response(ops.set_paused(st.store, source_id, True, actor, sources=_source(st, source_id)))


@router.post("/api/sources/{source_id}/resume", summary="Resume a source (operator token)")
def post_resume(
    source_id: str, st: Annotated[ApiState, Depends(state)], actor: Annotated[str, Depends(require_operator)]
) -> Response:
    """Scheduled runs of the source happen again from its next fire time."""
    return json_response(ops.set_paused(st.store, source_id, False, actor, sources=_source(st, source_id)))


@router.post("/api/index/rollback", summary="Serve the previous index version (operator token)")
def post_rollback(
    st: Annotated[ApiState, Depends(state)], actor: Annotated[str, Depends(require_operator)]
) -> Response:
    """Activate the newest version older than the served one."""
    try:
        from index.errors import SearchIndexError
    except ImportError:  # pragma: no cover - the index package ships with the distribution
        SearchIndexError = RuntimeError  # noqa: N806
    try:
        before = st.backend.active_version()
        after = st.backend.rollback()
    except SearchIndexError as exc:
        raise HTTPException(409, detail=f"cannot roll back: {exc}") from None
    return json_response({"previous": before, "active": after, "by": actor})


@router.get("/metrics", response_class=PlainTextResponse, summary="Prometheus metrics")
def metrics(st: Annotated[ApiState, Depends(state)]) -> Response:
    """Runs by state, records and last success per source, index version and size, search latency."""
    from hub.scheduler.metrics import StoreCollector

    try:
        source_ids = [s.id for s in _sources(st)]
    except Exception:  # noqa: BLE001 - metrics still answer with a broken config
        source_ids = []
    try:
        backend = st.backend
    except Exception:  # noqa: BLE001 - no index configured yet
        backend = None
    from hub.api.metrics import CONTENT_TYPE

    st.search_cache  # noqa: B018 - made (with its metrics) before the first search, so its series show
    return Response(content=st.metrics.render(StoreCollector(st.store, source_ids, backend)), media_type=CONTENT_TYPE)
