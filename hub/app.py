"""The FastAPI application factory: the composition root that puts the API (`hub.api`) and the pages (`hub.web`)
together. It lives above both so that `hub.api` never imports `hub.web` (the pages call the API, not the reverse)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy import text

from hub import __version__
from hub.api.deps import ApiState, json_response
from hub.api.guards import GuardMiddleware
from hub.api.search_cache import RawQueryCache
from hub.settings import Settings
from index.errors import QueryError, SearchIndexError

log = logging.getLogger(__name__)


def create_app(settings: Settings, store: Any = None) -> FastAPI:
    """The API (and pages) over the given settings; opens and migrates the store when none is given."""
    from hub.api.metrics import RequestCounter
    from hub.resources import activate

    activate(settings)
    if store is None:
        from hub.store import open_store

        store = open_store(settings.database_url)
    app = FastAPI(
        title="facility-hub",
        version=__version__,
        description="Search Korea's maker spaces and start-up support facilities: one golden record per facility.",
    )
    from hub.recovery import recover

    try:
        recover(store, settings, by="the API on start")
    except Exception:  # noqa: BLE001 - serving must start even when the store is read-only
        log.warning("could not check for interrupted runs on start", exc_info=True)
    app.state.hub = ApiState(settings=settings, store=store)
    app.add_middleware(RawQueryCache, state=lambda: app.state.hub)
    app.add_middleware(GuardMiddleware)  # the guards, before the cache and routing
    app.add_middleware(RequestCounter, metrics=lambda: getattr(app.state, "hub", None) and app.state.hub.metrics)

    from hub.api import ops_routes, report_routes, review_routes, search_routes
    from hub.web import routes as web_routes

    for module in (search_routes, review_routes, report_routes, ops_routes, web_routes):
        app.include_router(module.router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> Response:
        """Liveness and readiness: the database answers and an index version is being served."""
        st: ApiState = app.state.hub
        checks: dict[str, Any] = {}
        try:
            with st.store.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001 - health reports, never raises
            checks["database"] = f"error: {str(exc).splitlines()[0]}"
        try:
            checks["index_version"] = st.backend.active_version()
        except Exception as exc:  # noqa: BLE001
            checks["index_version"] = None
            checks["index_error"] = str(exc).splitlines()[0]
        if checks["database"] == "ok":
            try:
                from hub.pipeline.index_stage import index_status

                checks.update(index_status(st.store, st.backend))
            except Exception as exc:  # noqa: BLE001
                checks["index_behind"] = None
                checks["follow_error"] = str(exc).splitlines()[0]
        follower = getattr(app.state, "follower", None)
        if follower is not None and follower.last_error:
            checks["follow_error"] = follower.last_error
        ok = checks["database"] == "ok" and checks.get("index_version") is not None
        status = "ok" if ok and not checks.get("index_behind") else "behind" if ok else "degraded"
        return json_response({"status": status, **checks}, status_code=200 if ok else 503)

    from hub.api import openapi_doc

    openapi_doc.install(app)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'body'))}: {e.get('msg')}"
            for e in exc.errors()
        ]
        return json_response({"detail": "; ".join(problems) or "invalid request"}, status_code=422)

    @app.exception_handler(QueryError)
    async def query_error_handler(_request: Request, exc: QueryError) -> Response:
        return json_response({"detail": str(exc)}, status_code=422)

    @app.exception_handler(SearchIndexError)
    async def index_error_handler(_request: Request, exc: SearchIndexError) -> Response:
        log.error("search index error: %s", exc)
        return json_response({"detail": f"search index unavailable: {exc}"}, status_code=503)

    return app
