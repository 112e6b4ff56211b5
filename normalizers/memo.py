"""A bounded cache of answers for the readers' hot paths.

``functools.lru_cache`` costs more per hit than a dict read at the call site (it also moves the entry to the
front of its list), and most hot readers hit far more often than they miss. :class:`Memo` is a plain dict that is
emptied when it reaches its bound: answers never change, so emptying it only costs recomputation.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """Answers by argument: read with ``memo.get(key)``, store with :meth:`put`."""

    def __init__(self, maxsize: int) -> None:
        super().__init__()
        self.maxsize = maxsize

    def put(self, key: K, value: V) -> V:
        """Store ``value`` under ``key`` (emptying the memo first when it is full) and return it."""
        if len(self) >= self.maxsize:
            self.clear()
        self[key] = value
        return value
