"""``dedupe``: cluster the stored facilities into entities, or any CSV standalone; ``dedupe evaluate``."""

from __future__ import annotations

from pathlib import Path

import click

from hub.cli.common import AppContext, emit_json, err_console, json_option, table


@click.group(invoke_without_command=True)
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Standalone mode: cluster this CSV (columns id,name[,source,address,postal_code,phone,homepage,"
    "lat,lon,kind,operator]) without the store.",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Standalone mode: write id,cluster here.",
)
@json_option
@click.pass_context
def dedupe(ctx: click.Context, input_path: Path | None, output_path: Path | None, as_json: bool) -> None:
    """Merge duplicate facilities into entities (golden records), honouring steward decisions."""
    if ctx.invoked_subcommand is not None:
        return
    from hub.pipeline.runner import make_progress

    if (input_path is None) != (output_path is None):
        raise click.UsageError("--input and --output go together")
    if input_path is not None:
        from dedupe.standalone import cluster_csv

        with make_progress(err_console, not as_json) as progress:
            task = progress.add_task("dedupe", total=None)
            stats = cluster_csv(
                input_path,
                output_path,
                progress=lambda step, d, t: progress.update(task, completed=d, total=t, description=f"dedupe: {step}"),
            )
        if as_json:
            emit_json(stats)
        else:
            table("Dedupe (standalone)", ["key", "value"], [[k, v] for k, v in stats.items()])
        return
    from hub.pipeline.dedupe_stage import run_dedupe

    app = ctx.find_object(AppContext)
    with make_progress(err_console, not as_json) as progress:
        task = progress.add_task("dedupe", total=None)
        stats = run_dedupe(
            app.store,
            app.checked_sources(),
            progress=lambda step, d, t: progress.update(task, completed=d, total=t, description=f"dedupe: {step}"),
        )
    stats.pop("learnt_model", None)
    if as_json:
        emit_json(stats)
    else:
        table(
            "Dedupe",
            ["facilities", "entities", "review pairs", "decisions"],
            [[stats["facilities"], stats["entities"], stats["review_pairs"], stats["decisions"]]],
        )


@dedupe.command("evaluate")
@json_option
@click.pass_context
def evaluate(ctx: click.Context, as_json: bool) -> None:
    """Precision and recall of the current model against stewards' decisions (used as labels)."""
    from hub.review import evaluate_model

    app = ctx.find_object(AppContext)
    report = evaluate_model(app.store, app.sources())
    if as_json:
        emit_json(report)
    else:
        table("Model against steward decisions", ["measure", "value"], [[k, v] for k, v in report.items()])
