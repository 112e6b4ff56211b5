"""Errors of the application shell.

The tree (each stage package has its own subtree with the same shape)::

    FacilityHubError                 hub/errors.py — root of hub's errors
    ├── ConfigError                  a config file or setting is wrong (every problem listed)
    ├── StoreError                   the database cannot be reached or migrated
    ├── PipelineError                a stage could not run
    │   └── CrawlRunError            a crawl process could not start or its output is unreadable
    ├── NotFoundError                an unknown source, run, entity or decision
    └── AuthError                    a missing or wrong token
    CrawlError (crawlers), NormalizationError (normalizers), DedupeError (dedupe), SearchIndexError (index)

``transient`` marks errors worth retrying later (an unreachable site or database), as the scheduler does.
"""

from __future__ import annotations


class FacilityHubError(Exception):
    """Root of facility-hub's own errors; the CLI prints its message as one line."""

    transient: bool = False


class ConfigError(FacilityHubError):
    """A configuration file or setting is wrong."""


class StoreError(FacilityHubError):
    """The database cannot be reached, opened or migrated."""

    transient = True


class PipelineError(FacilityHubError):
    """A pipeline stage could not run."""


class CrawlRunError(PipelineError):
    """A crawl process could not start, or its output could not be read."""

    transient = True


class NotFoundError(FacilityHubError):
    """An unknown source, run, entity or decision."""


class AuthError(FacilityHubError):
    """A token is missing or wrong."""
