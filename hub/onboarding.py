"""``sources add``: onboard a new private site in one command, and ``sources check``'s preview of records.

1. A polite probe of the site (``python -m crawlers.probe``: robots.txt obeyed, a delay between requests, at most
   ``max_pages`` pages, breadth-first) reports what every page is and what each extraction method read.
2. ``crawlers.onboard.infer_source`` finds how the site lists its places (sitemap or links; the facility pages'
   address shape; the key in it).
3. The first records are normalised for a preview (what each field became, what is missing).
4. The source entry is written to the file the operator names (created, or the entry replaced by id), ready for
   ``facility-hub sources check ID --sources FILE``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from hub.errors import ConfigError, CrawlRunError

CORE_FIELDS = ("name", "address", "phone", "hours", "equipment", "programmes", "homepage", "email", "operator")
"""Fields a preview reports as missing when a record lacks them."""


def suggest_id(url: str) -> str:
    """A source id from a site's host (``www.fablab-seoul.kr`` → ``fablab_seoul``)."""
    host = (urlsplit(url).hostname or "site").lower()
    host = re.sub(r"^(www\d?|m)\.", "", host)
    base = host.split(".")[0] if not re.match(r"^\d+\.\d+\.\d+\.\d+$", host) else "site"
    port = urlsplit(url).port
    ident = re.sub(r"[^a-z0-9]+", "_", base).strip("_") or "site"
    return f"{ident}_{port}" if port and base == "site" else ident


def run_probe(start_url: str, *, max_pages: int, delay: float, config_dir: Path | None,
              settings: Mapping[str, Any] | None = None, timeout: float = 600.0) -> tuple[list[dict[str, Any]],
                                                                                          dict[str, Any]]:
    """Probe a site in a crawl process; return the page report and the probe's statistics."""
    with tempfile.TemporaryDirectory(prefix="fh-probe-") as tmp:
        work = Path(tmp)
        job = {"start_url": start_url, "output": str(work / "pages.jsonl"), "stats": str(work / "stats.json"),
               "max_pages": max_pages, "delay": delay, "settings": dict(settings or {}),
               "config_dir": str(config_dir) if config_dir else None, "log_level": "WARNING"}
        (work / "job.json").write_text(json.dumps(job, ensure_ascii=False), "utf-8")
        try:
            proc = subprocess.run([sys.executable, "-m", "crawlers.probe", str(work / "job.json")], cwd=tmp,
                                  capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise CrawlRunError(f"probing {start_url} took longer than {timeout:.0f} s") from None
        if proc.returncode != 0:
            tail = (proc.stderr or "").strip().splitlines()
            raise CrawlRunError(f"probing {start_url} failed: {tail[-1] if tail else proc.returncode}")
        pages = [json.loads(line) for line in (work / "pages.jsonl").read_text("utf-8").splitlines() if line]
        stats = json.loads((work / "stats.json").read_text("utf-8"))
    return pages, stats


_KO_DAYS = "월화수목금토일"


def short_hours(weekly: Mapping[str, list[tuple[str, str]]]) -> str:
    """A weekly schedule in a few words: days with the same hours grouped (``월-금 10:00-18:00 / 토 10:00-14:00``)."""
    from normalizers.hours import DAYS

    groups: list[tuple[list[int], str]] = []
    for i, day in enumerate(DAYS):
        text = ", ".join(f"{a}-{b}" for a, b in weekly.get(day) or [])
        if not text:
            continue
        if groups and groups[-1][1] == text and groups[-1][0][-1] == i - 1:
            groups[-1][0].append(i)
        else:
            groups.append(([i], text))
    parts = []
    for days, text in groups:
        label = _KO_DAYS[days[0]] if len(days) == 1 else f"{_KO_DAYS[days[0]]}-{_KO_DAYS[days[-1]]}"
        parts.append(f"{label} {text}")
    return " / ".join(parts)


def preview_rows(records: list[Mapping[str, Any]], *, source_id: str, kind: str | None) -> list[dict[str, Any]]:
    """Each record normalised as the pipeline would: the values people read, and what is missing or unread."""
    from normalizers.facility import normalize_facility

    rows = []
    for record in records:
        fields = dict(record.get("fields") or {})
        facility = normalize_facility(fields, source_id=source_id, key=str(record.get("key") or ""),
                                      url=str(record.get("url") or ""), source_kind=kind)
        address = facility.address
        rows.append({
            "key": record.get("key"),
            "name": facility.name,
            "kind": facility.kind,
            "address": " ".join(p for p in (address.sido, address.sigungu, address.road, address.building_no)
                                if p) if address else None,
            "phone": ", ".join(p.display for p in facility.phones) or None,
            "hours": short_hours(facility.hours.weekly) if facility.hours and facility.hours.weekly else None,
            "equipment": len(facility.equipment),
            "programmes": len(facility.programmes),
            "missing": [f for f in CORE_FIELDS if not fields.get(f)],
            "unread": sorted(facility.problems),
            "provenance": dict(record.get("provenance") or {}),
        })
    return rows


def build_entry(source_id: str, start_url: str, extract: dict[str, Any], *, kind: str, name: str,
                schedule: str = "0 5 * * 1", priority: int = 4) -> dict[str, Any]:
    """A complete source entry for ``config/sources.yaml``."""
    return {
        "id": source_id,
        "name": name or source_id,
        "family": "generic",
        "start_urls": [start_url],
        "kind": kind,
        "extract": extract or "auto",
        "schedule": schedule,
        "priority": priority,
        "enabled": True,
    }


def write_entry(path: Path, entry: dict[str, Any]) -> str:
    """Add the entry to a sources file (created when missing; an entry with the same id is replaced)."""
    data: dict[str, Any] = {"sources": []}
    if path.exists():
        try:
            loaded = yaml.safe_load(path.read_text("utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML ({exc}); not overwritten") from None
        if not isinstance(loaded, dict) or not isinstance(loaded.get("sources", []), list):
            raise ConfigError(f"{path}: expected a top-level 'sources:' list; not overwritten")
        data = {**loaded, "sources": list(loaded.get("sources") or [])}
    sources = [s for s in data["sources"] if not (isinstance(s, dict) and s.get("id") == entry["id"])]
    replaced = len(sources) != len(data["sources"])
    sources.append(entry)
    data["sources"] = sources
    header = ("# Sources written by `facility-hub sources add`; check with\n"
              "#   facility-hub sources check ID --sources " + str(path) + "\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + text, "utf-8")
    return "replaced" if replaced else "added"


def entry_yaml(entry: dict[str, Any]) -> str:
    """The entry as YAML (one item of a ``sources:`` list)."""
    return yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=110)
