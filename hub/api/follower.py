"""A serving node follows the store: its embedded index is rebuilt when the store's entities moved on.

Several nodes may serve from one PostgreSQL store, each with its own embedded index. Every ``interval`` seconds
a node compares the store's entities revision (``hub.store.revisions``) with the revision its served version
was built from (``hub.pipeline.index_stage.index_status``); when it is behind, it runs the index stage, which
builds a version from the current entities under the store's writer lease and switches to it. Until then
``/healthz`` and ``/metrics`` say that the node is behind. The Elasticsearch backend is shared by all nodes and
is rebuilt by the pipeline itself; a node only reports it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

FOLLOW_SECONDS = 30.0
"""Default seconds between two looks (``FACILITY_HUB_FOLLOW_SECONDS``; 0 turns following off)."""


def follow_seconds() -> float:
    """``FACILITY_HUB_FOLLOW_SECONDS`` (default 30; 0: do not follow)."""
    import os

    raw = os.environ.get("FACILITY_HUB_FOLLOW_SECONDS")
    try:
        return max(0.0, float(raw)) if raw not in (None, "") else FOLLOW_SECONDS
    except ValueError:
        from hub.errors import ConfigError

        raise ConfigError(f"FACILITY_HUB_FOLLOW_SECONDS={raw!r} is not a number of seconds") from None


class IndexFollower:
    """Background thread of a serving process that keeps its embedded index at the store's entities revision."""

    def __init__(self, state: Any, interval: float) -> None:
        self.state = state
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="index-follower", daemon=True)
        self.rebuilds = 0
        """Versions this node built because it was behind."""
        self.last_error: str | None = None

    def check_once(self) -> dict[str, Any]:
        """Look once; rebuild when behind (embedded backend). Returns the status seen before any rebuild."""
        from hub.pipeline.index_stage import index_status, run_index

        st = self.state
        status = index_status(st.store, st.backend)
        if status["index_behind"] and st.settings.index_backend == "embedded":
            log.warning("this node's index (entities revision %s) is behind the store (%s): rebuilding",
                        status["index_entities_revision"], status["entities_revision"])
            result = run_index(st.store, st.settings)
            self.rebuilds += 0 if result.get("skipped") else 1
            log.warning("this node now serves index version %s", result.get("index_version"))
        return status

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.check_once()
                self.last_error = None
            except Exception as exc:  # noqa: BLE001 - keep serving; say so in /healthz and try again later
                self.last_error = (str(exc).splitlines() or [type(exc).__name__])[0]
                log.error("could not follow the store: %s", self.last_error, exc_info=True)

    def start(self) -> IndexFollower:
        """Start looking in the background."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop looking (a rebuild in progress finishes)."""
        self._stop.set()


def start_follower(app: Any) -> IndexFollower | None:
    """Start following for a serving app unless ``FACILITY_HUB_FOLLOW_SECONDS`` is 0."""
    interval = follow_seconds()
    if interval <= 0:
        return None
    follower = IndexFollower(app.state.hub, interval).start()
    app.state.follower = follower
    return follower
