"""The catalogue of replica sites (``sites/catalog.yaml``): what each imitates and where a crawl starts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from sites.paths import SITE_IDS

CATALOG_PATH = Path(__file__).parent / "catalog.yaml"
REPLICA_FAMILIES = ("makeall", "muhan", "devicelab", "ccei", "sogongin", "generic")
"""The site families a replica imitates: the spider families without ``opendata`` (files, not sites). The
replicas never import the crawlers, so this is their own list; ``tests/sites`` checks it against
``crawlers.source_schema.FAMILIES``."""


class CatalogError(ValueError):
    """The catalogue file is missing entries or has invalid ones."""


@dataclass(frozen=True)
class SiteInfo:
    """One replica site."""

    id: str
    """Site id, also the key of ``ReplicaServer.urls``."""
    family: str
    """Spider family: makeall, muhan, devicelab, ccei, sogongin or generic."""
    live_base_url: str
    """The live site this replica imitates (same paths)."""
    start_paths: tuple[str, ...]
    """Where a crawl starts, relative to the base URL."""
    kind: str
    """Facility kind listed by the site."""
    title: str
    """Human-readable title."""
    encoding: str
    """Notes on how pages are encoded."""
    notes: str = ""
    """Anything else a crawler should know."""


def load_catalog(path: Path = CATALOG_PATH) -> list[SiteInfo]:
    """Every site of the catalogue, validated; all problems are reported together."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogError(f"cannot read site catalogue {path}: {exc}") from None
    problems, sites = [], []
    required = ("id", "family", "live_base_url", "start_paths", "kind", "title", "encoding")
    for i, entry in enumerate(raw.get("sites") or []):
        missing = [k for k in required if not entry.get(k)]
        if missing:
            problems.append(f"{path}: site #{i + 1} lacks {', '.join(missing)}")
            continue
        if entry["family"] not in REPLICA_FAMILIES:
            problems.append(f"{path}: site {entry['id']!r} has family {entry['family']!r}; allowed: {REPLICA_FAMILIES}")
        sites.append(
            SiteInfo(
                id=entry["id"],
                family=entry["family"],
                live_base_url=entry["live_base_url"],
                start_paths=tuple(entry["start_paths"]),
                kind=entry["kind"],
                title=entry["title"],
                encoding=entry["encoding"],
                notes=entry.get("notes", ""),
            )
        )
    ids = [s.id for s in sites]
    if sorted(ids) != sorted(SITE_IDS):
        problems.append(f"{path}: sites {ids} do not match the served sites {SITE_IDS}")
    if problems:
        raise CatalogError("; ".join(problems))
    return sites
