"""Exact-name baseline: listings whose normalised names are equal are one facility."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.peers.prepare import Listing, read_listings, write_clusters


def cluster_exact(listings: list[Listing]) -> list[int]:
    """A cluster label per listing: one label per distinct non-empty name key; a listing without a name is alone."""
    labels: dict[str, int] = {}
    out = []
    for i, listing in enumerate(listings):
        out.append(labels.setdefault(listing.key, i) if listing.key else i)
    return out


def run_exact(input_csv: Path, output_csv: Path) -> dict[str, Any]:
    """Cluster ``input_csv`` by exact normalised name into ``output_csv``; returns run statistics."""
    listings = read_listings(input_csv)
    labels = cluster_exact(listings)
    write_clusters(output_csv, [x.id for x in listings], labels)
    return {"records": len(listings), "clusters": len(set(labels))}
