"""The outermost ASGI layer: what every request and response goes through, before routing and caching.

- **Invalid paths**: a path with a NUL or another control character is answered 404 (never reaches a handler
  that would pass it to the file system or the database); a query string with an encoded NUL is answered 422.
- **Bounded bodies**: a body larger than ``MAX_BODY_BYTES`` is refused with 413, by its Content-Length at once
  or, for a chunked body, as soon as it grows past the limit.
- **Origin check**: a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another site
  (its ``Origin`` is not this host, is ``null``, or ``Sec-Fetch-Site: cross-site``) is refused with 403. Clients
  that send no ``Origin`` (curl, scripts with a token) are not browsers and go on to the token check.
  ``FACILITY_HUB_ALLOWED_ORIGINS`` (comma-separated ``scheme://host[:port]``) admits other front ends.
- **Security headers** on every response: a Content-Security-Policy (scripts, styles, images and forms from
  this origin only; ``frame-ancestors 'none'``), ``X-Frame-Options: DENY``, ``X-Content-Type-Options: nosniff``
  and ``Referrer-Policy: same-origin``. The interactive API docs (``/docs``, ``/redoc``) load FastAPI's viewer
  from its CDN and get a policy that allows exactly that.

Request-line and header sizes are limited one layer below, in the HTTP protocol (``hub.api.http_protocol``),
before anything is buffered.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import orjson
from starlette.exceptions import HTTPException

MAX_BODY_BYTES = 1 << 20
"""The largest request body accepted (1 MiB: decisions and forms are a few hundred bytes)."""
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "frame-ancestors 'none'"
)
_COMMON = [
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
HEADERS = [*_COMMON, (b"content-security-policy", _CSP.encode())]
DOCS_HEADERS = [*_COMMON, (b"content-security-policy", _DOCS_CSP.encode())]
DOCS_PATHS = ("/docs", "/redoc")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def _bad_path(path: str) -> bool:
    return any(ord(c) < 0x20 or ord(c) == 0x7F for c in path)


def allowed_origins() -> frozenset[str]:
    """Extra origins from ``FACILITY_HUB_ALLOWED_ORIGINS``, normalised to ``scheme://host[:port]``."""
    raw = os.environ.get("FACILITY_HUB_ALLOWED_ORIGINS") or ""
    return frozenset(o.strip().rstrip("/").lower() for o in raw.split(",") if o.strip())


def cross_site(scope: Scope, extra: frozenset[str]) -> str | None:
    """Why a state-changing request looks cross-site (None when it does not)."""
    headers = dict(scope.get("headers") or ())
    origin = headers.get(b"origin")
    if origin is not None:
        text = origin.decode("latin-1").strip().rstrip("/").lower()
        if text == "null":
            return "Origin is null"
        host = headers.get(b"host", b"").decode("latin-1").strip().lower()
        if text in extra:
            return None
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or parts.netloc != host:
            return f"Origin {text} is not this site ({host or 'no Host'})"
        return None
    if headers.get(b"sec-fetch-site", b"").lower() == b"cross-site":
        return "Sec-Fetch-Site is cross-site"
    return None


async def _answer(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]]) -> None:
    body = orjson.dumps({"detail": detail})
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(HTTPException):
    """The request body grew past ``MAX_BODY_BYTES`` (answered 413 by the app's HTTP error handling)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit} bytes")


class GuardMiddleware:
    """Invalid paths, body size, cross-site requests and security headers (see the module docstring)."""

    def __init__(self, app: Callable[..., Awaitable[None]], max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body
        self.extra_origins = allowed_origins()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path") or "/"
        headers = DOCS_HEADERS if path.startswith(DOCS_PATHS) else HEADERS
        if _bad_path(path):
            await _answer(send, 404, "not found", headers)
            return
        if b"%00" in (scope.get("query_string") or b"") or b"\x00" in (scope.get("query_string") or b""):
            await _answer(send, 422, "query parameters must not contain NUL characters", headers)
            return
        method = scope.get("method", "GET")
        if method in STATE_CHANGING:
            reason = cross_site(scope, self.extra_origins)
            if reason is not None:
                await _answer(send, 403, f"cross-site request refused: {reason}", headers)
                return
            length = dict(scope.get("headers") or ()).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                await _answer(send, 413, f"request body larger than {self.max_body} bytes", headers)
                return
            receive = self._bounded(receive)

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _bounded(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.max_body

        async def bounded() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body") or b"")
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return bounded
