"""``run``, ``crawl``, ``normalize`` and ``index``: the pipeline, whole or one stage at a time."""

from __future__ import annotations

from pathlib import Path

import click

from hub.cli.common import AppContext, emit_json, err_console, json_option, pass_app, table
from hub.sources import select_sources

sources_option = click.option(
    "--sources",
    "extra_sources",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An extra sources file (same schema as config/sources.yaml); may be repeated.",
)


def _crawl_rows(outcomes: list) -> list[list]:
    return [
        [o.source_id, o.state, o.pages, o.records, o.new, o.changed, o.unchanged, o.gone, o.errors, f"{o.seconds:.1f}"]
        for o in outcomes
    ]


CRAWL_COLUMNS = ["source", "state", "pages", "records", "new", "changed", "unchanged", "gone", "errors", "s"]


@click.command()
@click.option(
    "--replicas",
    is_flag=True,
    help="Start the offline replica sites on free loopback ports and crawl them instead of the live URLs.",
)
@click.option("--no-serve", is_flag=True, help="Exit after the run instead of serving the API and pages.")
@click.option("--host", default=None, help="Address to serve on afterwards (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port to serve on afterwards (default 8000).")
@sources_option
@json_option
@pass_app
def run(
    app: AppContext,
    replicas: bool,
    no_serve: bool,
    host: str | None,
    port: int | None,
    extra_sources: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Run every stage (crawl → normalize → dedupe → index) on all enabled sources, then serve search.

    Prints a summary table, or with --json one object: {"sources": {id: {"pages", "records", "errors", …}},
    "facilities", "entities", "review_pairs", "indexed", "index_version", "seconds"}. With --replicas the replica
    sites keep running while the API serves, so "run now" on the operations page crawls them too.
    """
    from contextlib import ExitStack

    from hub.pipeline.runner import replica_sites, run_all
    from hub.writer_lease import writing

    sources = select_sources(app.checked_sources(extra_sources), (), all_enabled=True)
    with ExitStack() as stack:
        urls = stack.enter_context(replica_sites()) if replicas else None
        with writing(app.store, "run"):
            summary = run_all(
                app.store, app.settings, sources, replica_urls=urls, console=err_console, show_progress=not as_json
            )
        result = summary.as_json()
        if as_json:
            emit_json(result)
        else:
            table("Crawl", CRAWL_COLUMNS, _crawl_rows(summary.crawls))
            table(
                "Pipeline",
                ["facilities", "entities", "review pairs", "indexed", "index version", "seconds"],
                [
                    [
                        result["facilities"],
                        result["entities"],
                        result["review_pairs"],
                        result["indexed"],
                        result["index_version"],
                        result["seconds"],
                    ]
                ],
            )
        if not no_serve:
            from hub.server import serve_forever

            settings = app.settings.with_overrides(host=host, port=port)
            err_console.print(f"Serving search at http://{settings.host}:{settings.port} (Ctrl-C to stop)")
            serve_forever(settings, scheduler=False, replica_urls=urls)


@click.command()
@click.argument("source_ids", nargs=-1)
@click.option("--all", "all_sources", is_flag=True, help="Crawl every enabled source.")
@click.option("--replicas", is_flag=True, help="Crawl the offline replica sites in place of the live URLs.")
@click.option(
    "--replica-version",
    type=click.IntRange(1, 2),
    default=1,
    show_default=True,
    help="Which version of the replica sites to serve (2 has changed, removed and added facilities).",
)
@click.option(
    "--replica-faults",
    default=None,
    help="Comma-separated misbehaviours for the replicas to show (robots, broken, redirect, ratelimit, "
    "unavailable, slow, down; default: robots,broken,redirect; 'none' for none).",
)
@sources_option
@json_option
@pass_app
def crawl(
    app: AppContext,
    source_ids: tuple[str, ...],
    all_sources: bool,
    replicas: bool,
    replica_version: int,
    replica_faults: str | None,
    extra_sources: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Crawl the named sources (or --all enabled ones) and store their raw records under a new run id."""
    from hub.pipeline.runner import crawl_sources, make_progress, replica_sites

    if not source_ids and not all_sources:
        raise click.UsageError("name one or more sources, or pass --all")
    sources = select_sources(app.checked_sources(extra_sources), source_ids, all_enabled=all_sources)
    store = app.store
    with make_progress(err_console, not as_json) as progress:
        if replicas:
            faults = None if replica_faults is None else [f for f in replica_faults.split(",") if f and f != "none"]
            with replica_sites(replica_version, faults) as urls:
                outcomes = crawl_sources(store, app.settings, sources, replica_urls=urls, progress=progress)
        else:
            outcomes = crawl_sources(store, app.settings, sources, replica_urls=None, progress=progress)
    if as_json:
        emit_json({"sources": {o.source_id: o.summary() for o in outcomes}})
    else:
        table("Crawl", CRAWL_COLUMNS, _crawl_rows(outcomes))
        for o in outcomes:
            if o.error:
                err_console.print(f"[yellow]{o.source_id}[/]: {o.error}")
    if any(o.state == "failed" for o in outcomes):
        raise SystemExit(1)


@click.command()
@click.option("--report", is_flag=True,
              help="Write nothing; report per source and field the share read, the share with a reason, the most "
                   "frequent unread values and the equipment the taxonomy does not know.")
@click.option("--input", "inputs", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With --report: a CSV file in the public-data standard (전국도서관표준데이터 columns) instead of "
                   "the store; may be given several times.")
@click.option("--top", type=int, default=10, show_default=True, help="With --report: unread values listed per field.")
@json_option
@pass_app
def normalize(app: AppContext, report: bool, inputs: tuple[Path, ...], top: int, as_json: bool) -> None:
    """Normalise new and changed raw records into facilities (unchanged ones are skipped).

    With --report, read every record (from the store, or from --input CSV files) without writing and show how
    well each field is read: e.g. `facility-hub normalize --report --input library_2026.csv --json`."""
    if report or inputs:
        from hub.cli.report_cmd import print_report

        print_report(app, inputs, top, as_json)
        return
    from hub.pipeline.normalize import run_normalize
    from hub.pipeline.runner import make_progress

    with make_progress(err_console, not as_json) as progress:
        task = progress.add_task("normalize", total=None)
        stats = run_normalize(
            app.store,
            app.checked_sources(),
            app.settings.config_dir,
            progress=lambda d, t: progress.update(task, completed=d, total=t),
        )
    if as_json:
        emit_json(stats)
    else:
        table(
            "Normalize",
            ["raw records", "normalised", "unchanged", "deactivated", "problems", "facilities"],
            [
                [
                    stats["raw_records"],
                    stats["normalized"],
                    stats["unchanged"],
                    stats["deactivated"],
                    stats["problems"],
                    stats["facilities"],
                ]
            ],
        )


@click.group(invoke_without_command=True)
@click.option("--force", is_flag=True, help="Build a new version even when the entities have not changed.")
@json_option
@click.pass_context
def index(ctx: click.Context, force: bool, as_json: bool) -> None:
    """Build a new index version from the entities, verify it and switch to it (subcommands manage versions)."""
    if ctx.invoked_subcommand is not None:
        return
    from hub.pipeline.index_stage import run_index
    from hub.pipeline.runner import make_progress

    app = ctx.find_object(AppContext)
    with make_progress(err_console, not as_json) as progress:
        task = progress.add_task("index", total=None)
        stats = run_index(app.store, app.settings, force=force, progress=lambda n: progress.update(task, completed=n))
    if as_json:
        emit_json(stats)
    else:
        table(
            "Index",
            ["indexed", "version", "skipped (unchanged)"],
            [[stats.get("indexed"), stats.get("index_version"), stats.get("skipped")]],
        )


@index.command("versions")
@json_option
@pass_app
def index_versions(app: AppContext, as_json: bool) -> None:
    """List built index versions (the active one and those kept for rollback)."""
    from hub.resources import open_backend

    versions = open_backend(app.settings).list_versions()
    if as_json:
        emit_json({"versions": [v.__dict__ for v in versions]})
    else:
        table(
            "Index versions",
            ["version", "documents", "created", "active", "bytes"],
            [[v.version, v.documents, v.created_at, "yes" if v.active else "", v.size_bytes] for v in versions],
        )


@index.command("rollback")
@json_option
@pass_app
def index_rollback(app: AppContext, as_json: bool) -> None:
    """Serve the previous index version again."""
    from hub.resources import open_backend

    version = open_backend(app.settings).rollback()
    if as_json:
        emit_json({"index_version": version})
    else:
        click.echo(f"now serving index version {version}")
