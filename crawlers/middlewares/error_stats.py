"""Count every response status and every download failure, named by kind, in the crawl stats.

Installed closest to the downloader (order 960), so it sees each response and exception before retries or
redirects act on them: a 503 that is retried and then succeeds still counts one ``http_503``. Counters go to the
stats collector as ``fh/status/<code>`` and ``fh/error/<kind>``; ``crawlers.stats`` turns them into the run's
statistics file.

A request may declare statuses it expects (``request.meta["fh_expected_statuses"]``, e.g. 304/404/410 for a
conditional request of a known page); those are not errors. A missing ``robots.txt`` is not an error either.
"""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Request, Response
from twisted.internet import error as twisted_error

_KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, twisted_error.TimeoutError, twisted_error.TCPTimedOutError, TimeoutError), "timeout"),
    ((CannotResolveHostError, twisted_error.DNSLookupError), "dns"),
    ((DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError, ConnectionRefusedError),
     "connection_refused"),
    ((ResponseDataLossError,), "data_loss"),
    ((DownloadCancelledError,), "too_large"),
    ((twisted_error.ConnectionLost, twisted_error.ConnectionDone, DownloadFailedError, ConnectionError),
     "connection_lost"),
)


def classify_exception(exc: BaseException) -> str:
    """Return the error kind for a download exception (``timeout``, ``dns``, ``connection_refused``...)."""
    for types, kind in _KINDS:
        if isinstance(exc, types):
            return kind
    name = type(exc).__name__
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


class ErrorStatsMiddleware:
    """Record status codes and classified download errors in the crawler stats."""

    def __init__(self, stats: object) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: object) -> ErrorStatsMiddleware:
        """Build the middleware with the crawler's stats collector."""
        return cls(crawler.stats)  # type: ignore[attr-defined]

    def process_response(self, request: Request, response: Response) -> Response:
        """Count the response's status, and an ``http_<status>`` error for unexpected 4xx/5xx."""
        status = response.status
        self.stats.inc_value(f"fh/status/{status}")
        if status >= 400 and status not in request.meta.get("fh_expected_statuses", ()):
            if not (status == 404 and request.url.endswith("/robots.txt")):
                self.stats.inc_value(f"fh/error/http_{status}")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        """Count a download failure by kind; requests dropped on purpose (robots, offsite) are not counted here."""
        if isinstance(exception, IgnoreRequest):
            return None
        self.stats.inc_value(f"fh/error/{classify_exception(exception)}")
        return None
