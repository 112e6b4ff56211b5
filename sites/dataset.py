"""Read the site data files (``sites/data/<site>.json``, ``sites/data/private/<site>/site.json``) and derive each
version's records."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from sites.paths import PRIVATE_SITE_IDS

DATA_DIR = Path(__file__).parent / "data"
PRIVATE_DIR = DATA_DIR / "private"
VERSIONS = (1, 2)


class SiteDataError(ValueError):
    """A site's data file is missing or malformed, or a version is unknown."""


@cache
def load_site_data(site: str) -> dict:
    """The contents of ``sites/data/<site>.json``, or ``sites/data/private/<site>/site.json`` for a hand-written
    private site (cached)."""
    path = PRIVATE_DIR / site / "site.json" if site in PRIVATE_SITE_IDS else DATA_DIR / f"{site}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        hint = "run `python -m sites.generate`"
        if site in PRIVATE_SITE_IDS:
            hint = "it is hand-written, see sites/data/private/README.md"
        raise SiteDataError(f"no data file for site {site!r} at {path}; {hint}") from None
    except json.JSONDecodeError as exc:
        raise SiteDataError(f"{path}: not valid JSON ({exc})") from None


def check_version(version: int) -> int:
    """Return ``version`` if it is a known site version, else raise ``SiteDataError``."""
    if version not in VERSIONS:
        raise SiteDataError(f"unknown site version {version!r}; allowed: {', '.join(map(str, VERSIONS))}")
    return version


def records_for_version(data: dict, version: int) -> list[dict]:
    """A site's records in ``version`` (1 or 2), from its data file contents."""
    if check_version(version) == 1:
        return list(data["v1"])
    delta = data["v2"]
    changed = {r["key"]: r for r in delta["changed"]}
    gone = set(delta["removed"])
    return [changed.get(r["key"], r) for r in data["v1"] if r["key"] not in gone] + list(delta["added"])


def removed_keys(data: dict, version: int) -> list[str]:
    """Keys that a site listed in version 1 and no longer serves in ``version``."""
    return list(data["v2"]["removed"]) if check_version(version) == 2 else []
