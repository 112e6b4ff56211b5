"""Shared state of the API process: settings, store, search backend, tokens and latency metrics."""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from fastapi import Depends, HTTPException, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hub.api.metrics import ApiMetrics
from hub.settings import Settings

if TYPE_CHECKING:
    from index.types import SearchBackend


@dataclass
class ApiState:
    """What every request handler may need."""

    settings: Settings
    store: Any
    _backend: Any = None
    metrics: ApiMetrics = field(default_factory=ApiMetrics)
    """This app's Prometheus metrics (``hub.api.metrics``)."""
    _impressions: Any = None
    _search_cache: Any = None
    _search_limiter: Any = None

    @property
    def search_limiter(self) -> Any:
        """How many searches run at once (``Settings.search_threads``): an ``anyio.CapacityLimiter`` made on first
        use, inside the event loop. By default twice the cores for the embedded index, whose searches use this
        machine's cores, and anyio's 40 for Elasticsearch, whose searches wait on the cluster."""
        if self._search_limiter is None:
            import anyio

            default = 2 * (os.cpu_count() or 1) if self.settings.index_backend == "embedded" else 40
            n = self.settings.search_threads or default
            self._search_limiter = anyio.CapacityLimiter(max(1, n))
        return self._search_limiter

    @property
    def search_latency(self) -> Any:
        """The search latency histogram (``observe(seconds)``)."""
        return self.metrics.search_latency

    @property
    def search_cache(self) -> Any:
        """The cache of finished search responses (``hub.api.search_cache``)."""
        if self._search_cache is None:
            from hub.api.search_cache import ResponseCache

            self._search_cache = ResponseCache(self.settings.search_cache_mb * 1024 * 1024, metrics=self.metrics)
        return self._search_cache

    @property
    def impressions(self) -> Any:
        """The buffered counter of entities shown on first result pages."""
        if self._impressions is None:
            from hub.impressions import ImpressionCounter

            self._impressions = ImpressionCounter(self.store)
        return self._impressions

    @property
    def backend_opened(self) -> bool:
        """True once the search backend has been opened (by the first search)."""
        return self._backend is not None

    @property
    def backend(self) -> SearchBackend:
        """The search backend, opened on first use."""
        if self._backend is None:
            from hub.resources import open_backend

            self._backend = open_backend(self.settings)
        return self._backend


def state(request: Request) -> ApiState:
    """The ApiState of the running app."""
    return request.app.state.hub


async def api_state(request: Request) -> ApiState:
    """The ApiState as an ``async`` dependency: FastAPI runs a plain ``def`` dependency in its thread pool, a hop
    the hot search endpoints do not need."""
    return request.app.state.hub


def json_bytes(payload: Any) -> bytes:
    """``payload`` as UTF-8 JSON (orjson; dataclasses, sets and tuples as objects and lists)."""
    return orjson.dumps(payload, default=_default)


def json_response(payload: Any, status_code: int = 200) -> Response:
    """Fast JSON (orjson) with non-ASCII kept as is."""
    return Response(content=json_bytes(payload), status_code=status_code, media_type="application/json")


def _default(value: Any) -> Any:
    if hasattr(value, "__dict__"):
        return value.__dict__
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _check(request: Request, expected: str | None, given: str | None, role: str) -> str:
    """The role when ``given`` is its token; 403 when the role is switched off, 401 for a missing or wrong token,
    429 once the client has failed too often (``hub.api.throttle``)."""
    from hub.api import throttle

    if not expected:
        raise HTTPException(
            status_code=403, detail=f"{role} actions are disabled: set FACILITY_HUB_{role.upper()}_TOKEN"
        )
    client = throttle.client_key(request)
    wait = throttle.blocked_for(client) if given else 0
    if wait:
        raise HTTPException(status_code=429, detail=f"too many wrong tokens from this address; try again in {wait} s",
                            headers={"Retry-After": str(wait)})
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        if given:
            throttle.record_failure(client)
        raise HTTPException(status_code=401, detail=f"a valid {role} token is required (Authorization: Bearer …)",
                            headers={"WWW-Authenticate": "Bearer"})
    return role


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


_bearer_scheme = HTTPBearer(auto_error=False, description="The steward or operator token.")


def _given(credentials: HTTPAuthorizationCredentials | None) -> str | None:
    return credentials.credentials.strip() if credentials is not None and credentials.credentials else None


def require_steward(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer_scheme)
) -> str:
    """Dependency: a steward token in ``Authorization: Bearer``; returns the actor name."""
    st = state(request)
    _check(request, st.settings.steward_token, _given(credentials), "steward")
    return request.headers.get("x-actor") or "steward"


def require_operator(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer_scheme)
) -> str:
    """Dependency: an operator token in ``Authorization: Bearer``; returns the actor name."""
    st = state(request)
    _check(request, st.settings.operator_token, _given(credentials), "operator")
    return request.headers.get("x-actor") or "operator"
