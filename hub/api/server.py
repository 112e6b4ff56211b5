"""Running the API with uvicorn (and, unless split off, the scheduler in the same process)."""

from __future__ import annotations

import logging

from hub.settings import Settings

log = logging.getLogger(__name__)


def serve_forever(settings: Settings, *, scheduler: bool = True) -> None:
    """Serve the API and pages until interrupted; with ``scheduler`` also run scheduled crawls."""
    import uvicorn

    from hub.api.app import create_app

    app = create_app(settings)
    sched = None
    if scheduler:
        try:
            from hub.scheduler.service import start_background_scheduler
        except ModuleNotFoundError:
            start_background_scheduler = None
        if start_background_scheduler is not None:
            sched = start_background_scheduler(settings)
    try:
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False)
    finally:
        if sched is not None:
            sched.shutdown(wait=False)
