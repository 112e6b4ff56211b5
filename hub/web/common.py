"""What every page handler shares: the Jinja2 environment, the visitor's session, guards and error pages."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from hub import sessions
from hub.api.deps import ApiState, state
from hub.api.visitors import visitor
from hub.lifecycle import STATE_LABELS
from hub.scheduler.describe import korean_time
from hub.web.labels import DAY_LABELS, DECISION_LABELS, FIELD_LABELS, RUN_STATE_LABELS, format_time, labels

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html", "svg"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["kst"] = format_time
_env.globals.update(
    lifecycle_label=lambda state: STATE_LABELS.get(state, state),
    korean_time=lambda iso: korean_time(datetime.fromisoformat(iso)) if iso else "",
    day_labels=DAY_LABELS,
    decision_labels=DECISION_LABELS,
    field_labels=FIELD_LABELS,
    run_state_labels=RUN_STATE_LABELS,
)


class PageError(Exception):
    """A request the page cannot serve: shown as an error page with this status."""

    def __init__(self, status: int, message: str, *, login: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.login = login
        """The role to log in as, when logging in would help."""


def save_session(request: Request, response: Response, session: sessions.Session) -> None:
    """Send the session cookie (HttpOnly, SameSite=Lax, Secure when served over HTTPS)."""
    st: ApiState = state(request)
    response.set_cookie(
        sessions.COOKIE,
        sessions.encode(session, sessions.signing_key(st.settings)),
        max_age=sessions.MAX_AGE_SECONDS,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """A page from a template, with the visitor's session available as ``visitor``."""
    session = visitor(request)
    html = _env.get_template(template).render(
        request=request, visitor=session, labels=labels(), path=request.url.path, **context
    )
    response = HTMLResponse(html, status_code=status_code)
    if session.fresh:
        save_session(request, response, session)
    return response


def error_page(request: Request, exc: PageError) -> HTMLResponse:
    """The error page for a ``PageError``."""
    login_url = None
    if exc.login:
        target = request.url.path if request.method == "GET" else request.headers.get("referer", "/")
        login_url = f"/login?{urlencode({'role': exc.login, 'next': local_path(target)})}"
    return render(
        request,
        "error.html",
        {"status": exc.status, "message": exc.message, "login_url": login_url},
        status_code=exc.status,
    )


def pages(handler: Callable[..., Response]) -> Callable[..., Response]:
    """Decorator: a ``PageError`` raised by the handler becomes an error page."""

    @functools.wraps(handler)
    def wrapper(*args: Any, **kwargs: Any) -> Response:
        try:
            return handler(*args, **kwargs)
        except LoginRedirect as exc:
            return redirect(exc.url)
        except PageError as exc:
            request = kwargs.get("request") or next(a for a in args if isinstance(a, Request))
            return error_page(request, exc)

    return wrapper


ROLE_LABELS = {"steward": "데이터 관리자", "operator": "운영자"}


def require_role(request: Request, role: str) -> sessions.Session:
    """The session when the visitor logged in as ``role``; else a redirect to the login page."""
    session = visitor(request)
    if not session.has(role):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRedirect(f"/login?{urlencode({'role': role, 'next': target})}")
    return session


class LoginRedirect(PageError):
    """A page for a role the visitor has not logged in as: go to the login page."""

    def __init__(self, url: str) -> None:
        super().__init__(303, "login required")
        self.url = url


def guard_form(request: Request, role: str | None, csrf: str | None) -> sessions.Session:
    """Check a submitted form: a valid session with the role (when given) and its CSRF token."""
    session = visitor(request)
    if session.fresh:
        raise PageError(403, "세션이 없거나 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도하세요.", login=role)
    if not sessions.csrf_ok(session, csrf):
        raise PageError(403, "CSRF 토큰이 없거나 맞지 않습니다. 페이지를 새로 고친 뒤 다시 시도하세요.")
    if role is not None and not session.has(role):
        raise PageError(401, f"{ROLE_LABELS[role]}로 로그인해야 합니다.", login=role)
    return session


def local_path(target: str | None) -> str:
    """A same-site path to go back to (anything else becomes ``/``)."""
    if not target:
        return "/"
    if "://" in target:
        after = target.split("://", 1)[1]
        target = "/" + after.split("/", 1)[1] if "/" in after else "/"
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def redirect(url: str) -> RedirectResponse:
    """303 See Other: the browser follows with a GET (post/redirect/get)."""
    return RedirectResponse(url, status_code=303)


def flash_url(path: str, message: str) -> str:
    """A path with a one-time message for the next page."""
    sep = "&" if "?" in path else "?"
    return f"{path}{sep}msg={quote(message)}"
