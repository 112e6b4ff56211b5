"""``schedule`` (list, run-now, pause, resume) and ``scheduler`` (run the scheduler alone)."""

from __future__ import annotations

import contextlib
import getpass
import signal
import threading
from collections.abc import Iterator

import click

from hub import ops
from hub.cli.common import AppContext, emit_json, err_console, json_option, pass_app, table

actor_option = click.option("--actor", default=None, help="Who acts (default: the login name).")
replicas_option = click.option(
    "--replicas", is_flag=True, help="Crawl the offline replica sites (served on loopback) instead of the live sites."
)
replica_url_option = click.option(
    "--replica-url",
    "replica_urls",
    multiple=True,
    metavar="SITE=URL",
    help="Crawl an already running replica site at URL (repeatable).",
)


def _parse_replica_urls(values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        site, sep, url = value.partition("=")
        if not sep or not site or not url.startswith(("http://", "https://")):
            raise click.BadParameter(f"{value!r} is not SITE=http(s)://HOST:PORT", param_hint="--replica-url")
        out[site] = url
    return out


@contextlib.contextmanager
def replica_context(replicas: bool, replica_urls: tuple[str, ...]) -> Iterator[dict[str, str] | None]:
    """Site → base URL of the replicas to crawl, or None for the live sites."""
    given = _parse_replica_urls(replica_urls)
    if replicas:
        from hub.pipeline.runner import replica_sites

        with replica_sites() as urls:
            yield {**urls, **given}
    else:
        yield given or None


@click.group()
def schedule() -> None:
    """Scheduled crawls: when each source runs next, run one now, pause and resume."""


@schedule.command("list")
@json_option
@pass_app
def schedule_list(app: AppContext, as_json: bool) -> None:
    """Each source: schedule, next run, last run and its state, paused."""
    health = ops.source_health(app.store, app.sources())
    if as_json:
        emit_json({"sources": health})
        return
    from datetime import datetime

    from hub.scheduler.describe import korean_time

    def when(iso: str | None) -> str | None:
        return korean_time(datetime.fromisoformat(iso)) if iso else None

    rows = [
        [
            h["id"],
            f"{h['schedule_words']}  ({h['schedule']})" if h["enabled"] else "disabled",
            "paused"
            if h["paused"]
            else (when(h["next_run"]) or (f"{when(h['next_due'])} (no scheduler running)" if h.get("next_due")
                                          else "-")),
            (h["last_run"] or {}).get("started_at") or "-",
            (h["last_run"] or {}).get("state") or "-",
            "yes" if h["paused"] else "",
        ]
        for h in health
    ]
    table(None, ["source", "schedule (Asia/Seoul)", "next run (KST)", "last run", "state", "paused"], rows)


@schedule.command("run-now")
@click.argument("source")
@replicas_option
@replica_url_option
@json_option
@pass_app
def schedule_run_now(
    app: AppContext, source: str, replicas: bool, replica_urls: tuple[str, ...], as_json: bool
) -> None:
    """Crawl SOURCE now, then normalize, dedupe and index; waits for the result (unless it is already running)."""
    sources = app.checked_sources()
    with replica_context(replicas, replica_urls) as urls:
        result = ops.request_run_now(
            app.settings, source, store=app.store, sources=sources, replica_urls=urls, wait=True
        )
    if as_json:
        emit_json(result)
    elif result["state"] == "already_running":
        click.echo(f"{source} is already running (run {result.get('run_id')}); see 'facility-hub runs -s {source}'")
    else:
        click.echo(
            f"run {result['run_id']} of {source}: {result['state']}"
            + (f" — {result['error']}" if result.get("error") else f", {result.get('records', 0)} records")
        )
    if result["state"] == "failed":
        raise SystemExit(1)


def _set_paused(app: AppContext, source: str, paused: bool, actor: str | None, as_json: bool) -> None:
    result = ops.set_paused(app.store, source, paused, actor or getpass.getuser(), sources=app.sources())
    if as_json:
        emit_json(result)
    else:
        click.echo(
            f"{source} {'paused' if paused else 'resumed'}"
            + ("; scheduled runs are skipped until 'facility-hub schedule resume " + source + "'" if paused else "")
        )


@schedule.command("pause")
@click.argument("source")
@actor_option
@json_option
@pass_app
def schedule_pause(app: AppContext, source: str, actor: str | None, as_json: bool) -> None:
    """Skip SOURCE's scheduled runs until resumed (kept across restarts)."""
    _set_paused(app, source, True, actor, as_json)


@schedule.command("resume")
@click.argument("source")
@actor_option
@json_option
@pass_app
def schedule_resume(app: AppContext, source: str, actor: str | None, as_json: bool) -> None:
    """Run SOURCE on its schedule again."""
    _set_paused(app, source, False, actor, as_json)


@click.command()
@replicas_option
@replica_url_option
@click.option(
    "--grace",
    type=click.IntRange(0),
    default=6 * 3600,
    show_default=True,
    help="Seconds a missed run may be late and still fire (once); 0: a missed run never fires late.",
)
@click.option(
    "--lease-ttl",
    type=click.FloatRange(1),
    default=60.0,
    show_default=True,
    help="Seconds before a dead scheduler's runs are taken over.",
)
@click.option(
    "--sync-seconds",
    type=click.FloatRange(0.1),
    default=15.0,
    show_default=True,
    help="How often pause/resume from other processes is applied.",
)
@pass_app
def scheduler(
    app: AppContext, replicas: bool, replica_urls: tuple[str, ...], grace: int, lease_ttl: float, sync_seconds: float
) -> None:
    """Run the scheduler only (no API): each enabled source is crawled on its schedule, then normalize → dedupe →
    index. Several schedulers may share one database; each due run happens once. Stops on Ctrl-C or SIGTERM."""
    from hub.scheduler.service import SchedulerOptions, SchedulerService

    app.checked_sources()  # every config file is checked before anything starts
    # APScheduler takes a positive grace (None would mean "any lateness"): 0 becomes one second
    options = SchedulerOptions(misfire_grace_seconds=max(1, grace), lease_ttl=lease_ttl, sync_seconds=sync_seconds)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with replica_context(replicas, replica_urls) as urls:
        service = SchedulerService(app.settings, app.store, options=options, replica_urls=urls).start()
        for rec in service.recovered:
            what = rec.get("source_id") or rec.get("stage")
            err_console.print(f"run {rec['run_id']} of {what} marked interrupted: {rec['reason']}")
        err_console.print(f"scheduler running with {len(service.jobs())} source job(s); Ctrl-C stops it")
        try:
            while not stop.wait(1.0):
                pass
        finally:
            service.shutdown(wait=False)
