"""Retries on 429/5xx that wait as long as the server's ``Retry-After`` header asks.

Scrapy's own ``RetryMiddleware`` retries at once and ignores ``Retry-After``; this subclass keeps its retry
accounting (``RETRY_TIMES``, ``retry/*`` stats, priority adjustment) and adds the wait. A wait longer than
``RETRY_AFTER_MAX`` is not honoured: the request gives up and the response goes on as an error.
"""

from __future__ import annotations

import asyncio
import email.utils
from datetime import UTC, datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_status_message


def parse_retry_after(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Return the wait in seconds a ``Retry-After`` header value asks for, or None when absent or unreadable.

    Accepts both forms of RFC 9110: delay-seconds (``"3"``) and an HTTP-date. Negative waits become 0.
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Retry 429/5xx responses after the delay given by ``Retry-After`` (capped by ``RETRY_AFTER_MAX``)."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 120.0)
        self.default_wait = settings.getfloat("RETRY_AFTER_DEFAULT", 0.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        """Retry a retryable status, first sleeping for the server's ``Retry-After`` if it gave one."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = parse_retry_after(response.headers.get(b"Retry-After"))
        if wait is None:
            wait = self.default_wait
        stats = self.crawler.stats
        if wait > self.max_wait:
            if stats is not None:
                stats.inc_value("retry/retry_after_too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if wait > 0:
            if stats is not None:
                stats.inc_value("retry/retry_after_waits")
                stats.inc_value("retry/retry_after_seconds", wait)
            await asyncio.sleep(wait)
        return retry

    def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        """Retry network failures (timeouts, refused connections) as Scrapy does."""
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            return self._retry(request, exception)
        return None
