"""Signed cookie sessions and CSRF tokens for the pages.

A session is a small JSON payload (session id, roles, actor name, CSRF token, issue time) signed with HMAC-SHA256.
Logging out revokes the session id on the server (``web_session_revocations``, shared by every node of one
store): its cookie is refused from then on, not only forgotten by the browser. The key
comes from a random secret kept in the data directory (created on first use, readable by the owner only) mixed
with the steward and operator tokens, so that changing a token signs everybody out. Every visitor gets a session
cookie (anonymous until login) so that the login form itself carries a CSRF token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from hub.settings import Settings

COOKIE = "fh_session"
MAX_AGE_SECONDS = 12 * 3600
"""A session lasts at most this long after login."""
ROLES = ("steward", "operator")

_KEYS: dict[tuple[str, str, str], bytes] = {}


@dataclass
class Session:
    """What the cookie says about the visitor."""

    csrf: str
    sid: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    """The session's id (what logout revokes)."""
    roles: list[str] = field(default_factory=list)
    actor: str | None = None
    issued: int = field(default_factory=lambda: int(time.time()))
    fresh: bool = False
    """True when the cookie was missing or invalid and must be (re)sent."""

    def has(self, role: str) -> bool:
        """True when the visitor logged in with this role's token."""
        return role in self.roles

    def actor_for(self, role: str) -> str:
        """The name recorded with decisions: the name given at login, else the role."""
        return self.actor or role


def _secret_file(settings: Settings) -> Path:
    return settings.data_dir / ".web-session-secret"


def _load_secret(settings: Settings) -> bytes:
    path = _secret_file(settings)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race: use its secret
        return path.read_bytes()
    with os.fdopen(fd, "wb") as fh:
        fh.write(secret)
    return secret


def signing_key(settings: Settings) -> bytes:
    """The HMAC key for this data directory and these tokens."""
    cache_key = (str(settings.data_dir), settings.steward_token or "", settings.operator_token or "")
    key = _KEYS.get(cache_key)
    if key is None:
        material = _load_secret(settings) + b"\0" + cache_key[1].encode() + b"\0" + cache_key[2].encode()
        key = hashlib.sha256(b"facility-hub web session v1\0" + material).digest()
        _KEYS[cache_key] = key
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(session: Session, key: bytes) -> str:
    """The cookie value: ``payload.signature``."""
    payload = _b64(orjson.dumps({"c": session.csrf, "s": session.sid, "r": session.roles, "a": session.actor,
                                 "t": session.issued}))
    sig = _b64(hmac.new(key, payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{sig}"


def decode(value: str | None, key: bytes, *, now: float | None = None) -> Session | None:
    """The session in a cookie value, or None when it is missing, forged, malformed or expired."""
    if not value or value.count(".") != 1:
        return None
    payload, sig = value.split(".")
    expected = _b64(hmac.new(key, payload.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(sig, expected):
        return None
    try:
        data: dict[str, Any] = orjson.loads(_unb64(payload))
        session = Session(
            csrf=str(data["c"]),
            sid=str(data.get("s") or ""),
            roles=[r for r in data.get("r") or [] if r in ROLES],
            actor=data.get("a"),
            issued=int(data["t"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
    age = (time.time() if now is None else now) - session.issued
    if session.roles and (not 0 <= age <= MAX_AGE_SECONDS or not session.sid):
        session.roles = []  # expired login: keep the visitor, drop the roles
        session.fresh = True
    return session


def new_session() -> Session:
    """An anonymous session with a fresh CSRF token."""
    return Session(csrf=secrets.token_urlsafe(24), fresh=True)


def csrf_ok(session: Session, submitted: str | None) -> bool:
    """True when the submitted form token is the session's."""
    return bool(submitted) and hmac.compare_digest(submitted.encode(), session.csrf.encode())


def roles_for_token(settings: Settings, token: str) -> list[str]:
    """The roles whose configured token equals the given one (constant-time comparisons)."""
    roles = []
    for role, expected in (("steward", settings.steward_token), ("operator", settings.operator_token)):
        if expected and hmac.compare_digest(token.encode(), expected.encode()):
            roles.append(role)
    return roles


def revoke(store: Any, session: Session) -> None:
    """End a session on the server: its cookie is refused by every node from now on."""
    from datetime import UTC, datetime

    from hub.store.schema import RevokedSession

    if not session.sid:
        return
    now = datetime.now(UTC)
    expires = datetime.fromtimestamp(session.issued + MAX_AGE_SECONDS, UTC)
    with store.session() as db:
        if db.get(RevokedSession, session.sid) is None:
            db.add(RevokedSession(sid=session.sid, revoked_at=now, expires_at=max(expires, now)))
        from sqlalchemy import delete

        db.execute(delete(RevokedSession).where(RevokedSession.expires_at < now))  # long expired anyway


def is_revoked(store: Any, sid: str) -> bool:
    """True when the session id was revoked at logout."""
    from hub.store.schema import RevokedSession

    with store.session() as db:
        return db.get(RevokedSession, sid) is not None
