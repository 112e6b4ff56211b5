"""The manifest of facility pages per site and version (``sites/data/manifest.json``) and their differences."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sites.dataset import DATA_DIR, check_version

MANIFEST_PATH = DATA_DIR / "manifest.json"
GROUND_TRUTH_PATH = DATA_DIR / "ground_truth.csv"


@dataclass(frozen=True)
class PageEntry:
    """One facility page a site serves."""

    key: str
    """The site's own key (space_no, slug, lab id …)."""
    path: str
    """Path of the detail page (with query), relative to the site's base URL."""
    truth_id: str
    """The real facility the page describes (ground truth)."""
    content_hash: str
    """Hash of the page's facts; differs between versions when the facility changed."""


@lru_cache(maxsize=1)
def _raw(path: Path = MANIFEST_PATH) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"no manifest at {path}; run `python -m sites.generate`") from None


def load_manifest(version: int) -> dict[str, list[PageEntry]]:
    """Per site, every facility page served in ``version`` (1 or 2)."""
    raw = _raw()[str(check_version(version))]
    return {
        site: [PageEntry(e["key"], e["path"], e["truth_id"], e["hash"]) for e in entries]
        for site, entries in raw.items()
    }


def diff_versions(old: int, new: int) -> dict[str, dict[str, int]]:
    """Per site, how many facility pages are ``new``, ``changed``, ``unchanged`` and ``gone`` from old to new."""
    before, after = load_manifest(old), load_manifest(new)
    out = {}
    for site in sorted(set(before) | set(after)):
        a = {e.key: e.content_hash for e in before.get(site, [])}
        b = {e.key: e.content_hash for e in after.get(site, [])}
        common = a.keys() & b.keys()
        changed = sum(1 for k in common if a[k] != b[k])
        out[site] = {
            "new": len(b.keys() - a.keys()),
            "changed": changed,
            "unchanged": len(common) - changed,
            "gone": len(a.keys() - b.keys()),
        }
    return out


def load_ground_truth(path: Path = GROUND_TRUTH_PATH) -> dict[tuple[str, str], str]:
    """``(site, key) → truth_id`` for every facility page of every version."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {(row["site"], row["key"]): row["truth_id"] for row in csv.DictReader(fh)}
