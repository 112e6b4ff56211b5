"""Running the API with uvicorn (and, unless split off, the scheduler in the same process)."""

from __future__ import annotations

import gc
import json
import logging
import os

from fastapi import FastAPI

from hub.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_ENV = "FACILITY_HUB_SERVE_SETTINGS"
"""The parent's whole ``Settings`` as JSON, handed to worker processes so that N workers behave as one."""
REPLICA_URLS_ENV = "FACILITY_HUB_REPLICA_URLS"
"""JSON site → base URL handed to worker processes, so operator-triggered crawls use running replicas."""
GC_THRESHOLDS = (10_000, 50, 100)
"""The collector's thresholds while serving (Python's defaults: 700, 10, 10); see ``tune_gc``."""


def tune_gc() -> None:
    """Keep the garbage collector's pauses out of the latency tail of a serving process.

    With the defaults a full collection ran about every two seconds under load and walked every object of the
    process (the app, the modules, the per-version caches): ~100 ms each, which was the API's p99 (110–150 ms at
    1,300 r/s on the query log of ``bench/api.py``). What exists once the app is built is frozen (never scanned
    again: it lives as long as the process), and collections run on larger generations, less often. Cycles are
    still collected; request data is freed by reference counting as before. Measured: p99 56–61 ms, no pause
    above 30 ms.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def warm_tables() -> None:
    """Tables every process builds on first use, built before the first request instead (and then frozen with
    the app by ``tune_gc``): the Hangul syllable tables of autocomplete and typo matching."""
    from index.hangul import warm

    warm()


def create_app_from_env() -> FastAPI:
    """The app for one uvicorn worker process, from the environment the parent prepared."""
    from hub.api.follower import start_follower
    from hub.app import create_app

    handed = os.environ.get(SETTINGS_ENV)
    app = create_app(Settings.from_json(handed) if handed else Settings.from_env())
    urls = os.environ.get(REPLICA_URLS_ENV)
    if urls:
        app.state.replica_urls = json.loads(urls)
    start_follower(app)
    warm_tables()
    tune_gc()
    return app


def _export(settings: Settings, replica_urls: dict[str, str] | None) -> None:
    """Make worker processes see the same settings as this one."""
    os.environ[SETTINGS_ENV] = settings.to_json()  # every setting, config_dir included: N workers behave as one
    if replica_urls is not None:
        os.environ[REPLICA_URLS_ENV] = json.dumps(replica_urls)


def serve_forever(
    settings: Settings, *, scheduler: bool = True, replica_urls: dict[str, str] | None = None, workers: int = 1
) -> None:
    """Serve the API and pages until interrupted; with ``scheduler`` also run scheduled crawls (in this process).

    ``replica_urls`` (site → base URL) makes operator-triggered crawls use the running replica sites. With
    ``workers`` > 1, that many uvicorn processes share the port (searches are CPU-bound: one per core).
    """
    import uvicorn

    from hub.api.http_protocol import protocol_class

    sched = None
    if scheduler:
        from hub.scheduler.service import start_background_scheduler

        sched = start_background_scheduler(settings)
    options = dict(
        host=settings.host, port=settings.port, log_level="warning", access_log=False, http=protocol_class()
    )
    try:
        if workers > 1:
            from hub.api.metrics import multiprocess_directory

            _export(settings, replica_urls)
            with multiprocess_directory():  # every worker counts into it; /metrics adds them up
                uvicorn.run("hub.server:create_app_from_env", factory=True, workers=workers, **options)
        else:
            from hub.api.follower import start_follower
            from hub.app import create_app

            app = create_app(settings)
            if replica_urls is not None:
                app.state.replica_urls = dict(replica_urls)
            start_follower(app)
            warm_tables()
            tune_gc()
            uvicorn.run(app, **options)
    finally:
        if sched is not None:
            sched.shutdown(wait=False)
