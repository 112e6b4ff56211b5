"""Errors raised by the search index.

Tree::

    SearchIndexError            anything the index cannot do (terminal unless marked transient)
    ├── QueryError              a search request that breaks a documented limit (the API answers 422)
    ├── VersionNotFoundError    a version id that does not exist
    ├── NoActiveVersionError    a search before the first activation
    ├── VerificationError       a built version failed verification (wrong count, probe did not answer)
    └── BackendUnavailableError the backend cannot be reached or its client is not installed (transient)
"""

from __future__ import annotations


class SearchIndexError(Exception):
    """Root of every error the index raises."""

    transient: bool = False
    """True when retrying the same operation later may succeed."""


class QueryError(SearchIndexError, ValueError):
    """A search request outside the documented limits; the message says which limit and the allowed values."""


class VersionNotFoundError(SearchIndexError, KeyError):
    """The named index version does not exist."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the message readable
        return str(self.args[0]) if self.args else "version not found"


class NoActiveVersionError(SearchIndexError):
    """No version has been activated yet: run ``facility-hub index --force`` first."""


class VerificationError(SearchIndexError):
    """A built version did not pass verification; it is not activated."""


class BackendUnavailableError(SearchIndexError):
    """The backend cannot be reached (or its client library is missing)."""

    transient = True
