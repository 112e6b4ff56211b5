"""A scheduler process for the multi-process tests: ``python sched_proc.py DB_URL DATA_DIR``.

It schedules three fake sources with the small recording runner and runs until SIGTERM.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sched_helpers import RecordingRunner, make_source  # noqa: E402

from hub.scheduler.service import SchedulerOptions, SchedulerService  # noqa: E402
from hub.settings import Settings  # noqa: E402

SOURCES = [make_source(s) for s in ("s1", "s2", "s3")]


def main() -> None:
    """Run until SIGTERM."""
    db_url, data_dir = sys.argv[1], Path(sys.argv[2])
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    settings = Settings(data_dir=data_dir, db_url=db_url)
    service = SchedulerService(
        settings, sources=SOURCES, runner=RecordingRunner(), options=SchedulerOptions(sync_seconds=3600)
    ).start()
    print("started", flush=True)
    stop.wait()
    service.shutdown(wait=True)


if __name__ == "__main__":
    main()
