"""Running the API with uvicorn (and, unless split off, the scheduler in the same process)."""

from __future__ import annotations

import logging

from hub.settings import Settings

log = logging.getLogger(__name__)


def serve_forever(settings: Settings, *, scheduler: bool = True, replica_urls: dict[str, str] | None = None) -> None:
    """Serve the API and pages until interrupted; with ``scheduler`` also run scheduled crawls.

    ``replica_urls`` (site → base URL) makes operator-triggered crawls use the running replica sites.
    """
    import uvicorn

    from hub.api.app import create_app
    from hub.api.http_protocol import Utf8TargetH11Protocol

    app = create_app(settings)
    if replica_urls is not None:
        app.state.replica_urls = dict(replica_urls)
    sched = None
    if scheduler:
        try:
            from hub.scheduler.service import start_background_scheduler
        except ModuleNotFoundError:
            start_background_scheduler = None
        if start_background_scheduler is not None:
            sched = start_background_scheduler(settings)
    try:
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            log_level="warning",
            access_log=False,
            http=Utf8TargetH11Protocol,
        )
    finally:
        if sched is not None:
            sched.shutdown(wait=False)
