"""Errors of the normalizers package.

The tree::

    NormalizationError          root of this package's errors
    └── TableError              a table file in config/ is missing or malformed (names the file and problem)

The parse functions never raise on input text: unreadable text gives ``Parsed(None, reason)``. Only a broken
table (a deployment mistake, not a data problem) raises.
"""

from __future__ import annotations


class NormalizationError(Exception):
    """Root of the normalizers' errors."""

    transient: bool = False


class TableError(NormalizationError):
    """A table file in the config directory is missing or malformed."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        listing = "; ".join(self.problems)
        super().__init__(f"{path}: {listing} (fix the file, or point FACILITY_HUB_CONFIG_DIR elsewhere)")
