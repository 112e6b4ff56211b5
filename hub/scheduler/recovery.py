"""On scheduler start: leases of dead holders are freed and runs left ``running`` by a process that died are
marked ``interrupted`` (see :mod:`hub.recovery`, which every command runs when it opens the store).

A run recorded with a writer-lease holder is alive while that holder holds the lease. An older row without one
is alive while its scheduler's source lease is (held, not expired, its process present when it is on this host),
or, for a one-off ``facility-hub crawl``, while its recorded process is. A crawl child orphaned by a killed
scheduler is stopped, so that it cannot keep writing.
"""

from __future__ import annotations

import logging
from typing import Any

from hub.recovery import recover_interrupted, stop_orphan
from hub.scheduler.leases import LeaseInfo, LeaseManager
from hub.store import Store

log = logging.getLogger(__name__)

__all__ = ["recover_orphans", "stop_orphan"]


def recover_orphans(store: Store, leases: LeaseManager) -> list[dict[str, Any]]:
    """Free dead leases and mark dead ``running`` runs interrupted; returns what was done, one dict per run."""
    now = leases.clock()
    by_run: dict[str, LeaseInfo] = {}
    for info in leases.all():
        if info.holder is not None and not info.alive(now):
            leases.break_lease(info)
            log.warning("freed lease %s of dead holder %s", info.name, info.holder)
        if info.run_id:
            by_run[info.run_id] = info
    return recover_interrupted(store, by_run=by_run, by="the scheduler on start")
