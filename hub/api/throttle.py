"""Limits on guessing tokens: failed logins and failed bearer tokens per client address.

A client (by its address) may fail ``FAILURES`` times in a moving window of ``WINDOW``; after that every login
and every token-checked request from it is answered 429 with ``Retry-After`` until the window has moved on. A
correct token is never counted. Counters live in this process (the ``limits`` library's memory storage): with
several API processes each keeps its own, so the effective limit is per process.
"""

from __future__ import annotations

import os
import time

from limits import parse, storage, strategies

FAILURES = int(os.environ.get("FACILITY_HUB_TOKEN_FAILURES") or 10)
"""Failed attempts allowed per client address and window (``FACILITY_HUB_TOKEN_FAILURES``, default 10)."""
WINDOW = "5 minutes"
"""The moving window failures are counted in."""

_limit = parse(f"{FAILURES}/{WINDOW}")
_storage = storage.MemoryStorage()
_limiter = strategies.MovingWindowRateLimiter(_storage)


def client_key(request: object) -> str:
    """The address a request came from."""
    client = getattr(request, "client", None)
    return getattr(client, "host", None) or "unknown"


def blocked_for(key: str) -> int:
    """Seconds until the client may try again (0 when it may try now)."""
    if _limiter.test(_limit, "token-failures", key):
        return 0
    reset, _remaining = _limiter.get_window_stats(_limit, "token-failures", key)
    return max(1, int(reset - time.time()) + 1)


def record_failure(key: str) -> None:
    """Count one failed attempt of the client."""
    _limiter.hit(_limit, "token-failures", key)


def reset() -> None:
    """Forget every counter (tests)."""
    _storage.reset()
