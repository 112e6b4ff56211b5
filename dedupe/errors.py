"""Errors of the dedupe stage.

The tree::

    DedupeError                  root of dedupe's errors (hub shows the message as one line)
    ├── ModelError               the model file is missing, unreadable or invalid (every problem listed)
    └── DedupeInputError         the records to deduplicate are unusable (bad CSV, duplicate ids, …)

``transient`` is False throughout: re-running with the same input gives the same error.
"""

from __future__ import annotations


class DedupeError(Exception):
    """Root of the dedupe stage's errors."""

    transient: bool = False


class ModelError(DedupeError):
    """The match model file is missing, unreadable or invalid."""


class DedupeInputError(DedupeError):
    """The input records cannot be deduplicated as given."""
