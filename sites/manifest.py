"""The manifest of facility pages per site and version (``sites/data/manifest.json``) and their differences, and
the expected records of the hand-written private sites (``sites/data/private/<site>/expected_v<N>.jsonl``)."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sites.dataset import DATA_DIR, PRIVATE_DIR, check_version, load_site_data, records_for_version
from sites.paths import PRIVATE_SITE_IDS

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


@dataclass(frozen=True)
class ExpectedPage:
    """One facility page of a private site, with every fact a correct crawler must take from it."""

    key: str
    """The site's own key (``no``, slug, post number …)."""
    path: str
    """Path of the detail page (with query), relative to the site's base URL."""
    fields: dict
    """Raw-record field name → value as the page states it (strings; lists for ``alt_names``, ``equipment``,
    ``programmes``; ``hours`` is a list of ``{"days", "opens", "closes"}`` where the page gives
    ``openingHoursSpecification``)."""


def load_expected(site: str, version: int) -> list[ExpectedPage]:
    """The expected records of a private site (``sites/data/private/<site>/expected_v<version>.jsonl``)."""
    if site not in PRIVATE_SITE_IDS:
        raise KeyError(f"{site!r} is not a private site; private sites: {', '.join(PRIVATE_SITE_IDS)}")
    path = PRIVATE_DIR / site / f"expected_v{check_version(version)}.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [ExpectedPage(r["key"], r["path"], r["fields"]) for r in rows]


def load_private_manifest(version: int) -> dict[str, list[PageEntry]]:
    """Per private site, every facility page served in ``version``, like ``load_manifest`` (truth ids from the
    site's ``site.json``; the hash is of the expected fields)."""
    out = {}
    for site in PRIVATE_SITE_IDS:
        truth = {r["key"]: r["tid"] for r in records_for_version(load_site_data(site), version)}
        out[site] = [
            PageEntry(
                page.key,
                page.path,
                truth[page.key],
                hashlib.sha1(json.dumps(page.fields, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16],
            )
            for page in load_expected(site, version)
        ]
    return out
