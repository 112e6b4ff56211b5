"""The pages' router: search, facility, review, operations, login and the static files they use."""

from __future__ import annotations

import mimetypes
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, Response

from hub import sessions
from hub.api import throttle
from hub.web import cluster_pages, map_pages, ops_pages, report_pages, review_pages, search_pages
from hub.web.common import (
    ROLE_LABELS,
    STATIC,
    PageError,
    guard_form,
    local_path,
    pages,
    redirect,
    render,
    save_session,
    visitor,
)

router = APIRouter(include_in_schema=False)
router.include_router(search_pages.router)
router.include_router(review_pages.router)
router.include_router(ops_pages.router)
router.include_router(map_pages.router)
router.include_router(report_pages.router)
router.include_router(cluster_pages.router)

STATIC_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".ico": "image/x-icon"}


@router.get("/static/{name}", name="static")
def static(name: str) -> Response:
    """A file from ``hub/web/static`` (flat directory; cached for an hour)."""
    if not name or len(name) > 100 or any(c in name for c in "/\\\x00") or any(ord(c) < 0x20 for c in name):
        raise HTTPException(404, detail="no such static file")
    try:
        path = (STATIC / name).resolve()
        found = path.parent == STATIC and path.is_file()
    except (OSError, ValueError):  # a name the file system refuses is no file of ours
        found = False
    if not found:
        raise HTTPException(404, detail="no such static file")
    media = STATIC_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/login", name="login_page")
def login_page(request: Request, role: str = "steward", next: str = "/") -> Response:  # noqa: A002
    """The token login form."""
    role = role if role in ROLE_LABELS else "steward"
    return render(request, "login.html", {"role": role, "next": local_path(next), "error": None})


@router.post("/login", name="login")
@pages
def login(
    request: Request,
    token: Annotated[str, Form(max_length=500)] = "",
    csrf: Annotated[str | None, Form()] = None,
    actor: Annotated[str, Form(max_length=100)] = "",
    role: Annotated[str, Form()] = "steward",
    next: Annotated[str, Form()] = "/",  # noqa: A002
) -> Response:
    """Check the token against the steward and operator tokens; on success start a signed session."""
    old = guard_form(request, None, csrf)
    st = request.app.state.hub
    if not (st.settings.steward_token or st.settings.operator_token):
        raise PageError(
            403, "로그인이 꺼져 있습니다: FACILITY_HUB_STEWARD_TOKEN / FACILITY_HUB_OPERATOR_TOKEN을 설정하세요."
        )
    client = throttle.client_key(request)
    wait = throttle.blocked_for(client)
    if wait:
        response = render(
            request,
            "login.html",
            {
                "role": role if role in ROLE_LABELS else "steward",
                "next": local_path(next),
                "error": f"틀린 토큰이 너무 많습니다. {wait}초 뒤에 다시 시도하세요.",
            },
            status_code=429,
        )
        response.headers["Retry-After"] = str(wait)
        return response
    roles = sessions.roles_for_token(st.settings, token.strip()) if token.strip() else []
    if not roles:
        throttle.record_failure(client)
        return render(
            request,
            "login.html",
            {
                "role": role if role in ROLE_LABELS else "steward",
                "next": local_path(next),
                "error": "토큰이 맞지 않습니다.",
            },
            status_code=401,
        )
    fresh = sessions.new_session()  # a new CSRF token at every login
    fresh.roles = sorted(set(roles) | set(old.roles))
    fresh.actor = actor.strip() or None
    target = local_path(next)
    if target == "/" and role in ROLE_LABELS and role in fresh.roles:
        target = "/review" if role == "steward" else "/ops"
    response = redirect(target)
    save_session(request, response, fresh)
    return response


@router.post("/logout", name="logout")
@pages
def logout(request: Request, csrf: Annotated[str | None, Form()] = None) -> Response:
    """End the session: revoked on the server (its cookie is refused from now on, on every node), and a new
    anonymous one replaces it."""
    old = guard_form(request, None, csrf)
    sessions.revoke(request.app.state.hub.store, old)
    response = redirect("/")
    save_session(request, response, sessions.new_session())
    return response


__all__ = ["router", "visitor"]
