"""Errors raised by the crawler package.

::

    CrawlError                 (root of this package; subclasses FacilityHubError once hub provides it)
    ├── JobError               the job file is missing, unreadable or malformed        (terminal)
    └── SourceConfigError      a source definition is invalid (unknown family, ...)     (terminal)
    JsonLdError (a ValueError) one JSON-LD block unreadable even after repair (counted per page, never raised
                               out of a crawl)

``crawlers`` must not import ``hub``, so the root is a plain ``Exception`` subclass; the hub wraps these when it
needs to. Each error carries ``transient`` so that a scheduler retries only what may succeed later.
"""

from __future__ import annotations


class CrawlError(Exception):
    """Root of the crawler errors."""

    transient: bool = False


class JobError(CrawlError):
    """The job file handed to ``python -m crawlers.run`` cannot be used."""


class SourceConfigError(CrawlError):
    """A source definition is invalid; ``problems`` lists every problem found."""

    def __init__(self, source_id: str, problems: list[str]) -> None:
        self.source_id = source_id
        self.problems = list(problems)
        super().__init__(f"source {source_id!r}: " + "; ".join(self.problems))


class JsonLdError(ValueError):
    """A JSON-LD block could not be parsed, even after repair."""
