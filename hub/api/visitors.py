"""The visitor of a request: the signed session cookie read once per request (``hub.sessions``).

Used by the API's CSRF check and by every page (``hub.web.common`` re-exports :func:`visitor`).
"""

from __future__ import annotations

from fastapi import Request

from hub import sessions
from hub.api.deps import ApiState, state


def visitor(request: Request) -> sessions.Session:
    """The visitor's session (anonymous with a new CSRF token when the cookie is missing or invalid)."""
    cached = getattr(request.state, "web_session", None)
    if cached is not None:
        return cached
    st: ApiState = state(request)
    found = sessions.decode(request.cookies.get(sessions.COOKIE), sessions.signing_key(st.settings))
    if found is not None and found.roles and sessions.is_revoked(st.store, found.sid):
        found = None  # logged out: the cookie is refused, a new anonymous session replaces it
    session = found or sessions.new_session()
    request.state.web_session = session
    return session
