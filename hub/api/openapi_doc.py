"""The OpenAPI document says what the API really answers.

FastAPI documents the success status and its own 422 body; this module adds what the rest of the stack answers
(checked by schemathesis with every check in the fault suite):

- every error body is ``{"detail": "…"}`` (``Problem``), including 422 (FastAPI would document a list);
- 422 on every operation (a NUL in a query string is refused before routing), 404 where a path names something;
- the token-protected operations: the bearer scheme, 401 (no or a wrong token), 403 (role switched off),
  429 (too many wrong tokens, with ``Retry-After``);
- every POST: 403 (cross-site requests) and 413 (bounded bodies), and 400 for a body that is not JSON;
- 409 and 503 where the operation can answer them.

The 405 of a method a path does not support lists every method of the path in ``Allow`` (Starlette would
list only the methods of the first route that matched the path).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from hub.api.deps import json_response

PROBLEM = {"$ref": "#/components/schemas/Problem"}
PROBLEM_SCHEMA = {
    "title": "Problem",
    "type": "object",
    "properties": {"detail": {"type": "string", "title": "Detail"}},
    "required": ["detail"],
}
REASONS = {
    400: "The body is not valid JSON",
    401: "A valid token is required (Authorization: Bearer …)",
    403: "Refused: the role is switched off, or a cross-site request",
    404: "Not found",
    409: "Conflicts with the current state",
    413: "Request body too large",
    422: "Invalid parameters",
    429: "Too many wrong tokens from this address",
    503: "No search index is being served yet",
}
CONFLICTS = {("post", "/api/runs/{run_id}/accept"), ("post", "/api/sources/{source_id}/run"),
             ("post", "/api/index/rollback")}
UNAVAILABLE = {("get", "/api/search"), ("get", "/api/suggest"), ("get", "/api/entities/{entity_id}"),
               ("get", "/healthz")}
NOT_FOUND = {("post", "/api/review/decisions")}  # a decision naming an unknown facility
CONFLICTS.add(("post", "/api/review/decisions"))  # undoing an undone decision, splitting a single member


def _problem(status: int) -> dict[str, Any]:
    response: dict[str, Any] = {"description": REASONS[status], "content": {"application/json": {"schema": PROBLEM}}}
    if status == 429:
        response["headers"] = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}
    return response


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document with every status it can answer (cached on the app)."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Problem"] = PROBLEM_SCHEMA
    for path, operations in doc.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            _no_nul(operation)
            wanted = {422}
            if "{" in path:
                wanted.add(404)
            if operation.get("security"):  # FastAPI states it for the token-checking dependencies (HTTPBearer)
                wanted |= {401, 403, 429}
            if method == "post":
                wanted |= {403, 413}
            if "requestBody" in operation:
                wanted.add(400)
            if (method, path) in CONFLICTS:
                wanted.add(409)
            if (method, path) in UNAVAILABLE:
                wanted.add(503)
            if (method, path) in NOT_FOUND:
                wanted.add(404)
            for status in sorted(wanted):
                responses[str(status)] = _problem(status)
    app.openapi_schema = doc
    return doc


NO_NUL = "^[^\\x00]*$"
"""Every text parameter: no NUL character (refused with 422 before routing, 404 in a path)."""


def _no_nul(operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", ()):
        schema = parameter.get("schema") or {}
        for candidate in [schema, *schema.get("anyOf", ())]:
            target = candidate.get("items", candidate) if candidate.get("type") == "array" else candidate
            if target.get("type") == "string" and "pattern" not in target and "enum" not in target:
                target["pattern"] = NO_NUL


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """Every method the documented operations of this path accept (HEAD with GET)."""
    methods: set[str] = set()
    for template, operations in build_openapi(app).get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            methods |= {m.upper() for m in operations}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def install(app: FastAPI) -> None:
    """Use the complete OpenAPI document and answer 405 with the path's every method."""
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            documented = allowed_methods(app, request.url.path)
            if documented:
                headers["Allow"] = ", ".join(documented)
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        response = json_response({"detail": detail}, status_code=exc.status_code)
        response.headers.update(headers)
        return response
