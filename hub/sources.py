"""Source definitions from ``config/sources.yaml`` (and extra files given with ``--sources``).

Every problem in a file is reported at once, with the allowed values, as one ``ConfigError``: the hub's own
checks (id, family, kind, start URLs, schedule, priority, enabled) and the crawler's checks of the family's
configuration (``extract``, ``opendata``, ``settings``) together.

``kind`` accepts the words people use (``hub.source_kinds``): ``private_space``, ``민간 메이커 공간``, ``팹랩`` …
An opendata source needs no ``start_urls``: its file (a path is relative to the sources file) or API is the start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawlers.source_schema import FAMILIES  # the one list: a family is a spider module
from hub.errors import ConfigError, NotFoundError
from hub.source_kinds import KindWords, load_kind_words

REQUIRED = ("id", "family", "start_urls", "kind", "schedule", "priority", "enabled")
NO_START_URLS = ("opendata",)
"""Families whose start is given elsewhere (the opendata file or API)."""


@dataclass(frozen=True)
class Source:
    """One configured source site."""

    id: str
    family: str
    start_urls: tuple[str, ...]
    kind: str
    schedule: str
    """Cron expression (minute hour day month weekday), evaluated in ``timezone``."""
    priority: int
    """Survivorship priority: a higher number wins when sources disagree."""
    enabled: bool
    name: str = ""
    timezone: str = "Asia/Seoul"
    replica: str | None = None
    """Id of the offline replica site in ``sites/`` that imitates this source (used with ``--replicas``)."""
    extract: Any = None
    """For the generic family: ``auto`` or ``{structured, labels, selectors, list, detail_url, key, ...}``."""
    settings: dict[str, Any] = field(default_factory=dict)
    """Per-source Scrapy setting overrides."""
    opendata: dict[str, Any] | None = None
    """For the opendata family: ``{file | api, mapping, fields, key, ...}`` (a file path made absolute)."""

    def job_dict(self, start_urls: Iterable[str] | None = None) -> dict[str, Any]:
        """The ``source`` object of a crawl job file."""
        job = {
            "id": self.id,
            "family": self.family,
            "start_urls": list(start_urls if start_urls is not None else self.start_urls),
            "kind": self.kind,
            "extract": self.extract,
            "settings": dict(self.settings),
        }
        if self.opendata is not None:
            job["opendata"] = dict(self.opendata)
        return job


_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _cron_weekday(field: str) -> str:
    """Standard cron weekday numbers (0 or 7 = Sunday, 1 = Monday) as APScheduler's names.

    APScheduler 3 numbers weekdays from Monday = 0, so ``CronTrigger.from_crontab("0 3 * * 1")`` would fire on
    Tuesdays; names mean the same to both.
    """
    return re.sub(r"(?<![/\d])\d+", lambda m: _CRON_DAYS[int(m.group())] if int(m.group()) < 8 else m.group(), field)


def cron_trigger(expr: str, timezone: str) -> Any:
    """An APScheduler trigger for a standard 5-field cron expression evaluated in ``timezone``."""
    from zoneinfo import ZoneInfo

    from apscheduler.triggers.cron import CronTrigger

    minute, hour, day, month, weekday = expr.split()
    return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=_cron_weekday(weekday),
                       timezone=ZoneInfo(timezone))


def _check_cron(expr: Any, tz: str) -> str | None:
    if not isinstance(expr, str) or len(expr.split()) != 5:
        return f"schedule {expr!r} is not a 5-field cron expression such as '0 3 * * *'"
    try:
        cron_trigger(expr, tz)
    except Exception as exc:  # noqa: BLE001 - APScheduler and zoneinfo raise ValueError/LookupError variants
        return f"schedule {expr!r} or timezone {tz!r} is invalid: {exc}"
    return None


def _problems_of(entry: Any, where: str, kinds: KindWords | None) -> list[str]:
    if not isinstance(entry, dict):
        return [f"{where}: expected a mapping with keys {', '.join(REQUIRED)}"]
    required = [k for k in REQUIRED if not (k == "start_urls" and entry.get("family") in NO_START_URLS)]
    problems = [f"{where}: missing '{k}'" for k in required if k not in entry]
    sid = entry.get("id")
    if "id" in entry and (not isinstance(sid, str) or not sid.replace("_", "").replace("-", "").isalnum()):
        problems.append(f"{where}: id {sid!r} must be letters, digits, '-' or '_'")
    if "family" in entry and entry["family"] not in FAMILIES:
        problems.append(f"{where}: family {entry['family']!r} is not one of {', '.join(FAMILIES)}")
    if "kind" in entry and kinds is not None and kinds.canonical(entry["kind"]) is None:
        problems.append(f"{where}: kind {entry['kind']!r} is not one of {kinds.allowed()}")
    urls = entry.get("start_urls")
    if "start_urls" in entry:
        if not isinstance(urls, list) or not urls:
            problems.append(f"{where}: start_urls must be a non-empty list of http(s) URLs")
        else:
            for url in urls:
                parts = urlsplit(str(url))
                if parts.scheme not in ("http", "https") or not parts.netloc:
                    problems.append(f"{where}: start URL {url!r} is not an http(s) URL")
    if "priority" in entry and (not isinstance(entry["priority"], int) or isinstance(entry["priority"], bool)):
        problems.append(f"{where}: priority must be a whole number")
    if "enabled" in entry and not isinstance(entry["enabled"], bool):
        problems.append(f"{where}: enabled must be true or false")
    if "schedule" in entry:
        bad = _check_cron(entry["schedule"], entry.get("timezone", "Asia/Seoul"))
        if bad:
            problems.append(f"{where}: {bad}")
    if entry.get("family") in FAMILIES:
        try:
            from crawlers.registry import validate_family_config
        except ImportError:  # the crawler package is optional for config checks
            validate_family_config = None
        if validate_family_config is not None:
            problems.extend(f"{where}: {_strip_label(p)}" for p in validate_family_config(dict(entry)))
    return problems


def _strip_label(problem: str) -> str:
    """The crawler's message without its own ``source 'x':`` prefix (the hub's names the file and entry)."""
    return re.sub(r"^source(?: '[^']*')?: ", "", problem)


def _opendata_block(entry: dict[str, Any], path: Path) -> dict[str, Any] | None:
    """The entry's opendata block with a relative file path made absolute (relative to the sources file)."""
    spec = entry.get("opendata")
    if not isinstance(spec, dict):
        return None
    spec = dict(spec)
    file = spec.get("file")
    if isinstance(file, str) and "://" not in file:
        spec["file"] = str((path.parent / Path(file).expanduser()).resolve())
    return spec


def _start_urls(entry: dict[str, Any], opendata: dict[str, Any] | None) -> tuple[str, ...]:
    if entry.get("start_urls"):
        return tuple(str(u) for u in entry["start_urls"])
    if opendata is None:
        return ()
    if opendata.get("file"):
        file = str(opendata["file"])
        return (file if "://" in file else Path(file).as_uri(),)
    api = opendata.get("api") or {}
    return (str(api.get("url")),) if api.get("url") else ()


def parse_sources(text: str, path: Path) -> list[Source]:
    """Parse and validate a sources file's text; raise one ConfigError listing every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{path}: expected a top-level 'sources:' list")
    problems: list[str] = []
    seen: set[str] = set()
    sources: list[Source] = []
    from normalizers.errors import NormalizationError

    kinds: KindWords | None
    try:
        kinds = load_kind_words()
    except NormalizationError as exc:  # the taxonomy cannot be read: check the rest, then say both
        kinds, tables_problem = None, exc
    for i, entry in enumerate(data["sources"]):
        where = f"{path} sources[{i}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
        found = _problems_of(entry, where, kinds)
        if isinstance(entry, dict) and entry.get("id") in seen:
            found.append(f"{where}: duplicate id {entry.get('id')!r}")
        problems.extend(found)
        if found:
            continue
        seen.add(entry["id"])
        opendata = _opendata_block(entry, path)
        sources.append(
            Source(
                id=entry["id"],
                family=entry["family"],
                start_urls=_start_urls(entry, opendata),
                kind=(kinds.canonical(entry["kind"]) if kinds else None) or str(entry["kind"]),
                schedule=entry["schedule"],
                priority=entry["priority"],
                enabled=entry["enabled"],
                name=str(entry.get("name") or entry["id"]),
                timezone=str(entry.get("timezone") or "Asia/Seoul"),
                replica=entry.get("replica"),
                extract=entry.get("extract"),
                settings=dict(entry.get("settings") or {}),
                opendata=opendata,
            )
        )
    if kinds is None and not problems:
        raise tables_problem
    if problems:
        also = f" (and the kinds could not be checked: {tables_problem})" if kinds is None else ""
        raise ConfigError(f"{len(problems)} problem(s) in sources: " + "; ".join(problems) + also)
    return sources


def load_sources(config_dir: Path, extra: Iterable[Path] = (), *, replace: bool = False) -> list[Source]:
    """Sources from ``config_dir/sources.yaml`` followed by any extra files; an id defined in two files is an
    error (reported with both files), never a silent replacement — unless ``replace`` asks for the later file's
    entry on purpose (``sources check`` checks an entry as written in the file it is given)."""
    files = [config_dir / "sources.yaml", *extra]
    merged: dict[str, Source] = {}
    origin: dict[str, Path] = {}
    duplicates: list[str] = []
    for path in files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{path}: sources file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read ({exc})") from None
        for source in parse_sources(text, Path(path)):
            if source.id in origin and not replace:
                duplicates.append(f"{path}: duplicate source id {source.id!r} (already defined in {origin[source.id]})")
                continue
            origin[source.id] = Path(path)
            merged[source.id] = source
    if duplicates:
        raise ConfigError(f"{len(duplicates)} problem(s) in sources: " + "; ".join(duplicates))
    return list(merged.values())


def select_sources(sources: list[Source], ids: Iterable[str], *, all_enabled: bool) -> list[Source]:
    """The sources named by id (in config order), or every enabled one."""
    ids = list(ids)
    if not ids:
        return [s for s in sources if s.enabled] if all_enabled or not ids else []
    by_id = {s.id: s for s in sources}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise NotFoundError(f"unknown source {', '.join(unknown)}; configured: {', '.join(sorted(by_id)) or 'none'}")
    return [by_id[i] for i in ids]
