"""What is known about the match sets of one open version: a bounded LRU keyed by ``MatchKey`` / ``TextKey``.

Versions never change, so every value kept here stays exact; a newly opened version starts empty.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Any

from cachetools import LRUCache


class Known:
    """What is known about one match set: its total, whether its text matched as exact words (the plain-query
    path), its facet counts, and for a text alone its raw facet buckets. None: not known yet."""

    __slots__ = ("buckets", "exact", "facets", "total")

    def __init__(self) -> None:
        self.buckets: tuple[dict[int, int], dict[int, int]] | None = None
        self.total: int | None = None
        self.exact: bool | None = None
        self.facets: dict[str, dict[str, int]] | None = None


class KnownCache:
    """A thread-safe LRU of ``Known`` entries (``size`` 0 keeps nothing)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: LRUCache[Hashable, Known] | None = LRUCache(maxsize=size) if size > 0 else None
        self.lock = threading.Lock()
        """Also guards the lazy loading of a version's in-memory columns."""

    def get(self, key: Hashable) -> Known | None:
        """What is known about ``key``, or None."""
        if self._entries is None:
            return None
        with self.lock:
            return self._entries.get(key)  # a hit becomes the most recently used

    def remember(self, key: Hashable, **values: Any) -> None:
        """Record what a match set holds; the least recently used entries go first once ``size`` is exceeded."""
        if self._entries is None:
            return
        with self.lock:
            known = self._entries.get(key)
            if known is None:
                known = self._entries[key] = Known()
            for name, value in values.items():
                setattr(known, name, value)
