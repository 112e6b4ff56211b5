"""``runs``: crawl history, one run in detail, accepting a suspect run."""

from __future__ import annotations

import getpass

import click

from hub import ops
from hub.cli.common import AppContext, emit_json, json_option, pass_app, table


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
