"""Run one crawl job in this process: ``python -m crawlers.run JOB.json``.

The job file (written by the hub)::

    {"run_id": str,
     "source": {"id", "family", "start_urls": [...], "kind", "extract" (optional), "settings" (optional)},
     "output": path,            # JSON lines, one item a line, flushed as produced
     "stats": path,             # run statistics written at the end (see crawlers.stats)
     "known": path | null,      # {key: {"url", "etag", "last_modified"}} from the previous run
     "settings": {...},         # global Scrapy setting overrides (highest priority)
     "config_dir": path | null, # where labels.yaml and opendata.yaml are read (default: FACILITY_HUB_CONFIG_DIR
                                # or the shipped config package)
     "log_level": "INFO"}

Settings, lowest first: ``crawlers.settings`` < the spider's ``custom_settings`` < the source's ``settings`` <
the job's ``settings``. Exit status 0 when the crawl ran (even with counted errors), 2 with one line on stderr
when the job cannot run (bad job file, unknown family, unreadable ``known`` file).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawlers.errors import CrawlError, JobError, SourceConfigError
from crawlers.registry import check_source

SOURCE_SETTINGS_PRIORITY = 35  # above the spider's custom_settings (30), below the command line (40)
JOB_SETTINGS_PRIORITY = 40


@dataclass
class CrawlJob:
    """A parsed, validated job file."""

    run_id: str
    """The hub's id of this run."""
    source: dict[str, Any]
    """The source definition (validated with ``crawlers.registry.validate_source``)."""
    output: Path
    """Where items are written as JSON lines."""
    stats: Path
    """Where the run statistics are written at the end."""
    known: Path | None = None
    """The previous run's known pages, or None for a full crawl."""
    settings: dict[str, Any] = field(default_factory=dict)
    """Global Scrapy setting overrides."""
    log_level: str = "INFO"
    """Scrapy's log level."""
    config_dir: Path | None = None
    """Directory of ``labels.yaml`` and ``opendata.yaml`` (None: the environment's or the shipped one)."""


def load_job(path: str | os.PathLike[str]) -> CrawlJob:
    """Read and validate a job file; raises ``JobError``/``SourceConfigError`` naming every problem."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError as exc:
        raise JobError(f"job file {path} not found") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise JobError(f"job file {path} is not readable JSON: {exc}") from exc
    if not isinstance(data, Mapping):
        raise JobError(f"job file {path}: must be a JSON object")
    problems = []
    for key in ("run_id", "output", "stats"):
        if not isinstance(data.get(key), str) or not data.get(key):
            problems.append(f"{key} must be a non-empty string")
    if not isinstance(data.get("source"), Mapping):
        problems.append("source must be an object")
    known = data.get("known")
    if known is not None and (not isinstance(known, str) or not Path(known).is_file()):
        problems.append(f"known must be null or the path of an existing file (got {known!r})")
    settings = data.get("settings") or {}
    if not isinstance(settings, Mapping):
        problems.append("settings must be an object")
    log_level = data.get("log_level", "INFO")
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        problems.append(f"log_level must be DEBUG, INFO, WARNING, ERROR or CRITICAL (got {log_level!r})")
    config_dir = data.get("config_dir")
    if config_dir is not None and (not isinstance(config_dir, str) or not Path(config_dir).is_dir()):
        problems.append(f"config_dir must be null or an existing directory (got {config_dir!r})")
    if problems:
        raise JobError(f"job file {path}: " + "; ".join(problems))
    if config_dir:
        os.environ["FACILITY_HUB_CONFIG_DIR"] = str(config_dir)  # read by labels and opendata mappings
    check_source(dict(data["source"]))
    return CrawlJob(
        run_id=data["run_id"],
        source=dict(data["source"]),
        output=Path(data["output"]),
        stats=Path(data["stats"]),
        known=Path(known) if known else None,
        settings=dict(settings),
        log_level=log_level,
        config_dir=Path(config_dir) if config_dir else None,
    )


def build_settings(job: CrawlJob) -> Any:
    """Layer the project settings, the source's settings and the job's overrides."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    extract = job.source.get("extract")
    if isinstance(extract, Mapping) and extract.get("max_depth") is not None:
        settings.set("DEPTH_LIMIT", int(extract["max_depth"]), priority=SOURCE_SETTINGS_PRIORITY)
    settings.setdict(job.source.get("settings") or {}, priority=SOURCE_SETTINGS_PRIORITY)
    settings.setdict(job.settings, priority=JOB_SETTINGS_PRIORITY)
    settings.set("FACILITY_HUB_OUTPUT", str(job.output), priority=JOB_SETTINGS_PRIORITY)
    settings.set("LOG_LEVEL", job.log_level, priority=JOB_SETTINGS_PRIORITY)
    return settings


def run_job(job: CrawlJob) -> dict[str, Any]:
    """Crawl the job's source in this process, write its output and stats files, return the stats."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from crawlers.registry import spider_class
    from crawlers.spiders.base import load_known
    from crawlers.stats import build_run_stats

    spidercls = spider_class(job.source["family"])
    try:
        known = load_known(job.known) if job.known else {}
    except (OSError, ValueError) as exc:
        raise JobError(f"known file {job.known} is not usable: {exc}") from exc
    job.output.parent.mkdir(parents=True, exist_ok=True)
    job.stats.parent.mkdir(parents=True, exist_ok=True)
    process = CrawlerProcess(build_settings(job))
    crawler = process.create_crawler(spidercls)
    cpu: dict[str, float] = {}

    def on_open(**_: Any) -> None:
        cpu["open"] = time.process_time()

    def on_close(**_: Any) -> None:
        cpu["close"] = time.process_time()

    # the handlers stay referenced here for the whole crawl (the dispatcher holds weak references)
    crawler.signals.connect(on_open, signal=signals.spider_opened)
    crawler.signals.connect(on_close, signal=signals.spider_closed)
    process.crawl(crawler, source=job.source, known=known, run_id=job.run_id)
    process.start()
    stats = build_run_stats(crawler.stats.get_stats())
    if "open" in cpu and "close" in cpu:
        stats["cpu_s"] = round(cpu["close"] - cpu["open"], 3)
    tmp = job.stats.with_suffix(job.stats.suffix + ".tmp")
    tmp.write_text(json.dumps(stats, ensure_ascii=False, indent=2), "utf-8")
    tmp.replace(job.stats)
    return stats


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: python -m crawlers.run JOB.json", file=sys.stderr)
        return 2
    try:
        job = load_job(args[0])
        run_job(job)
    except SourceConfigError as exc:
        print(f"crawlers.run: invalid source in {args[0]}: {exc}", file=sys.stderr)
        return 2
    except CrawlError as exc:
        print(f"crawlers.run: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
