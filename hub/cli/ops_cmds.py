"""``runs`` (history, show, accept) and ``sources`` (list with health, check one)."""

from __future__ import annotations

import getpass

import click

from hub import ops
from hub.cli.common import AppContext, emit_json, err_console, pass_app, table
from hub.cli.schedule_cmds import replica_context, replica_url_option, replicas_option
from hub.errors import NotFoundError

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")


@click.group(invoke_without_command=True)
@click.option("-s", "--source", default=None, help="Only runs of this source.")
@click.option("--limit", type=click.IntRange(1, 10000), default=30, show_default=True)
@json_option
@click.pass_context
def runs(ctx: click.Context, source: str | None, limit: int, as_json: bool) -> None:
    """Crawl run history (newest first) with counts, duration, errors and the suspect flag.

    \b
    facility-hub runs --source makeall
    facility-hub runs show RUN_ID
    facility-hub runs accept RUN_ID     (a suspect run: apply its disappearances)
    """
    if ctx.invoked_subcommand is not None:
        return
    app: AppContext = ctx.obj
    rows = ops.list_runs(app.store, source_id=source, limit=limit)
    if as_json:
        emit_json({"runs": rows})
        return
    table(
        f"{len(rows)} run(s)",
        [
            "run",
            "source",
            "state",
            "trigger",
            "started",
            "seconds",
            "records",
            "new",
            "changed",
            "gone",
            "errors",
            "error",
        ],
        [
            [
                r["id"],
                r["source_id"],
                r["state"] + (" ⚠" if r["suspect"] else ""),
                r["trigger"],
                r["started_at"],
                r["duration_seconds"],
                r["records"],
                r["new"],
                r["changed"],
                r["gone"],
                r["errors"],
                r["error"],
            ]
            for r in rows
        ],
    )


@runs.command("show")
@click.argument("run_id")
@json_option
@pass_app
def runs_show(app: AppContext, run_id: str, as_json: bool) -> None:
    """One run with its statistics."""
    detail = ops.run_detail(app.store, run_id)
    if as_json:
        emit_json(detail)
        return
    stats = detail.pop("stats")
    table(f"run {run_id}", ["field", "value"], [[k, v] for k, v in detail.items()])
    if stats:
        table("statistics", ["name", "value"], [[k, v] for k, v in sorted(stats.items())])


@runs.command("accept")
@click.argument("run_id")
@click.option("--actor", default=None, help="Who accepts (default: the login name).")
@json_option
@pass_app
def runs_accept(app: AppContext, run_id: str, actor: str | None, as_json: bool) -> None:
    """Accept a suspect run: the pages it did not see are marked gone."""
    result = ops.accept_run(app.store, run_id, actor or getpass.getuser())
    if as_json:
        emit_json(result)
    else:
        click.echo(
            f"run {run_id} accepted: {result['gone']} page(s) of {result['source_id']} marked gone; "
            "the next run (or 'facility-hub normalize') applies this to facilities"
        )


@click.group()
def sources() -> None:
    """Configured sources: health, and a quick check of what a source's pages yield."""


@sources.command("list")
@json_option
@pass_app
def sources_list(app: AppContext, as_json: bool) -> None:
    """Each source with its health: last success, records, trend, suspect, paused, next run."""
    health = ops.source_health(app.store, app.sources())
    if as_json:
        emit_json({"sources": health})
        return
    table(
        f"{len(health)} source(s)",
        ["source", "family", "enabled", "paused", "last success", "records", "trend", "suspect", "next run"],
        [
            [
                h["id"],
                h["family"],
                "yes" if h["enabled"] else "no",
                "yes" if h["paused"] else "",
                h["last_success"] or "-",
                h["last_records"] if h["last_records"] is not None else "-",
                f"{h['trend_direction']} {h['trend']}",
                "SUSPECT" if h["suspect"] else "",
                h["next_run"] or "-",
            ]
            for h in health
        ],
    )


@sources.command("check")
@click.argument("source")
@replicas_option
@replica_url_option
@click.option("--timeout", type=click.FloatRange(1), default=180.0, show_default=True, help="Seconds to allow.")
@json_option
@pass_app
def sources_check(
    app: AppContext, source: str, replicas: bool, replica_urls: tuple[str, ...], timeout: float, as_json: bool
) -> None:
    """Fetch SOURCE's first list page and one detail page; show what was extracted, warn on empty fields.
    Nothing is stored."""
    from hub.scheduler.check import check_source

    configured = {s.id: s for s in app.sources()}
    if source not in configured:
        raise NotFoundError(f"unknown source {source}; configured: {', '.join(sorted(configured)) or 'none'}")
    with replica_context(replicas, replica_urls) as urls:
        result = check_source(configured[source], replica_urls=urls, timeout=timeout)
    if as_json:
        emit_json(result)
        return
    click.echo(f"{source}: {result['items']} item(s) from {result['pages']} page(s); {result.get('url') or ''}")
    if result.get("fields"):
        table(None, ["field", "value"], [[k, v] for k, v in sorted(result["fields"].items())])
    for warning in result["warnings"]:
        err_console.print(f"[yellow]warning:[/yellow] {warning}")
