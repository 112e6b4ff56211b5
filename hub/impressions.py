"""Counting how often entities appear on first result pages (buffered, flushed in batches)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterable

from hub.store import Store
from hub.store.schema import SearchImpression


class ImpressionCounter:
    """Buffers entity ids seen in results and adds them to the store every ``every`` seconds or ``batch`` searches."""

    def __init__(self, store: Store, *, every: float = 30.0, batch: int = 5000) -> None:
        self.store = store
        self.every = every
        self.batch = batch
        self._counts: Counter[str] = Counter()
        self._searches = 0
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def note(self, entity_ids: Iterable[str]) -> None:
        """Count one results page (writing the buffer to the store when it is due)."""
        if self.add(entity_ids):
            self.flush()

    def add(self, entity_ids: Iterable[str]) -> bool:
        """Count one results page without writing; True when a ``flush`` is due (the caller runs it, e.g. after
        the response has been sent)."""
        with self._lock:
            self._counts.update(entity_ids)
            self._searches += 1
            return self._searches >= self.batch or time.monotonic() - self._last >= self.every

    def flush(self) -> None:
        """Add the buffered counts to the store in one upsert (``INSERT … ON CONFLICT DO UPDATE``, which SQLite
        and PostgreSQL both speak), so that concurrent flushes of several workers add up instead of racing.

        The rows go straight to the driver's ``executemany``: through the ORM or SQLAlchemy's insert the same
        100,000 rows cost 0.58 s of CPU instead of 0.12 s, in the serving process."""
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._searches = 0
            self._last = time.monotonic()
        if not counts:
            return
        engine = self.store.engine
        mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
        table = SearchImpression.__tablename__
        sql = (f"INSERT INTO {table} (entity_id, count) VALUES ({mark}, {mark}) "
               f"ON CONFLICT (entity_id) DO UPDATE SET count = {table}.count + excluded.count")
        with engine.begin() as conn:
            conn.exec_driver_sql(sql, list(counts.items()))
