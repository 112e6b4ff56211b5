"""The ``facility-hub`` entry point: global options, the command groups, and one-line errors."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from hub import __version__
from hub.cli.common import AppContext, configure_logging, say_waiting
from hub.settings import Settings

log = logging.getLogger("facility-hub")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110, "terminal_width": 110})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where the SQLite store, index and crawl files live [env FACILITY_HUB_DATA_DIR; default ./var].",
)
@click.option(
    "--db-url",
    default=None,
    help="SQLAlchemy URL of the store, e.g. postgresql://user@host/db [env FACILITY_HUB_DB_URL].",
)
@click.option(
    "--config-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory of sources.yaml, regions.yaml, taxonomy.yaml, dedupe.yaml [env FACILITY_HUB_CONFIG_DIR].",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
@click.option("--log-json", is_flag=True, help="Logs as one JSON object a line.")
@click.version_option(__version__, prog_name="facility-hub")
@click.pass_context
def cli(
    ctx: click.Context, data_dir: Path | None, db_url: str | None, config_dir: Path | None, verbose: int, log_json: bool
) -> None:
    """facility-hub: crawl Korea's maker-space and support-facility listings, merge duplicates into one golden
    record per facility, and search them.

    \b
    Main job:     facility-hub run --replicas        (crawl the offline replicas, then serve on :8000)
    One stage:    crawl | normalize | dedupe | index
    Look:         search QUERY | status | runs | sources list
    New site:     sources add URL --output new.yaml | sources check ID --sources new.yaml
    Stewards:     review list | review merge A B | review keep-apart A B | review undo ID
    Operators:    schedule list | schedule pause SOURCE | serve
    """
    from hub.writer_lease import set_wait_notice

    configure_logging(verbose, log_json)
    settings = Settings.from_env().with_overrides(
        data_dir=data_dir.resolve() if data_dir else None,
        db_url=db_url,
        config_dir=config_dir.resolve() if config_dir else None,
    )
    set_wait_notice(say_waiting)
    from hub.resources import activate

    activate(settings)  # every file of the config directory, normaliser tables included, from settings.config_dir
    ctx.obj = AppContext(settings=settings, command=ctx.invoked_subcommand or "")


def _register() -> None:
    from hub.cli import (
        dedupe_cmds,
        ops_cmds,
        parse_cmd,
        pipeline_cmds,
        quality_cmd,
        query_cmds,
        review_cmds,
        schedule_cmds,
        source_cmds,
    )

    for command in (
        pipeline_cmds.run,
        pipeline_cmds.crawl,
        pipeline_cmds.normalize,
        dedupe_cmds.dedupe,
        pipeline_cmds.index,
        *query_cmds.COMMANDS,
        parse_cmd.parse,
        review_cmds.review,
        ops_cmds.runs,
        source_cmds.sources,
        schedule_cmds.schedule,
        schedule_cmds.scheduler,
        quality_cmd.quality,
    ):
        cli.add_command(command)


_register()


def _error_types() -> tuple[type[BaseException], ...]:
    from sqlalchemy.exc import SQLAlchemyError

    from crawlers.errors import CrawlError
    from dedupe.errors import DedupeError
    from hub.errors import FacilityHubError
    from index.errors import SearchIndexError
    from normalizers.errors import NormalizationError

    return (FacilityHubError, SQLAlchemyError, CrawlError, NormalizationError, DedupeError, SearchIndexError)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a user's mistake prints one line and exits non-zero, never a traceback."""
    errors = _error_types()
    try:
        cli.main(args=argv, prog_name="facility-hub", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except errors as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        click.echo(f"facility-hub: error: {message}", err=True)
        log.debug("details", exc_info=True)
        sys.exit(1)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug still gets one line; -vv logs the traceback
        log.debug("internal error", exc_info=True)
        click.echo(
            f"facility-hub: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            " (run with -vv for the traceback)",
            err=True,
        )
        sys.exit(70)
    sys.exit(0)


if __name__ == "__main__":
    main()
