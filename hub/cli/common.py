"""What every command shares: settings from flags and environment, the store, output for people and scripts."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from hub.settings import Settings

err_console = Console(stderr=True, highlight=False)
out_console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)


@dataclass
class AppContext:
    """Per-invocation state: settings and lazily opened resources."""

    settings: Settings
    command: str = ""
    """The subcommand being run (named in recovery messages)."""
    _store: Any = field(default=None, repr=False)

    @property
    def store(self) -> Any:
        """The migrated store (opened on first use; runs left ``running`` by a dead process are marked
        ``interrupted`` and leftovers of an interrupted index build removed, see ``hub.recovery``)."""
        if self._store is None:
            from hub.recovery import recover
            from hub.store import open_store

            self._store = open_store(self.settings.database_url)
            done = recover(self._store, self.settings, by=f"'facility-hub {self.command}'".replace(" '", "'"))
            for rec in done["runs"]:
                what = rec.get("source_id") or rec.get("stage")
                err_console.print(f"facility-hub: {rec['kind']} run {rec['run_id']} ({what}) was interrupted: "
                                  f"{rec['reason']}; marked interrupted")
            for name in done["builds"]:
                err_console.print(f"facility-hub: removed the leftovers of an interrupted index build ({name})")
        return self._store

    def sources(self, extra: tuple[Path, ...] = (), *, replace: bool = False) -> list[Any]:
        """Configured sources plus any extra files (``replace``: an extra file's entry wins over the same id)."""
        from hub.sources import load_sources

        return load_sources(self.settings.config_dir, extra, replace=replace)

    def checked_sources(self, extra: tuple[Path, ...] = ()) -> list[Any]:
        """The sources, after every config file (sources, dedupe, regions, taxonomy) was checked: a command that
        will do work calls this first, so that a broken file stops it before anything runs."""
        from hub.config_check import check_config

        return check_config(self.settings.config_dir, extra)


pass_app = click.make_pass_decorator(AppContext)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout (one object) for scripts.")
"""The ``--json`` flag every command that prints something for people also takes."""


def emit_json(obj: Any) -> None:
    """One JSON object on stdout."""
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def table(title: str | None, columns: list[str], rows: list[list[Any]]) -> None:
    """A summary table on stdout for people."""
    t = Table(title=title, title_justify="left", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    out_console.print(t)


class JsonLogFormatter(logging.Formatter):
    """One JSON object a line, with the run id when the record carries one."""

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("run_id", "source_id", "stage"):
            if hasattr(record, key):
                payload[key] = getattr(record, key)
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


def say_waiting(message: str) -> None:
    """How a command tells that it waits for the store's writer lease (one line on stderr)."""
    err_console.print(f"facility-hub: {message}")


def configure_logging(verbose: int, log_json: bool) -> None:
    """Logs go to stderr: warnings by default, info with -v, debug with -vv; JSON lines with --log-json."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLogFormatter() if log_json else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("alembic", "scrapy", "urllib3", "elastic_transport", "apscheduler", "httpx"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
