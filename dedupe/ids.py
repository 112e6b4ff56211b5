"""Stable entity ids.

A new cluster inherits the id of the previous entity it shares most members with; each old id goes to at most
one cluster, the biggest overlap first (ties: the smaller old id, then the cluster with the smaller member id),
so a split leaves the old id with the larger part. A cluster that inherits nothing gets ``ent-`` + 12 hex of
the SHA-1 of its smallest member id (re-runs on the same input give the same ids); if that id is taken, a
counter is mixed into the hash.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence


def derived_id(member_id: str, attempt: int = 0) -> str:
    """Deterministic id of a brand-new entity whose smallest member id is ``member_id``."""
    text = member_id if attempt == 0 else f"{member_id}#{attempt}"
    return "ent-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def assign_ids(clusters: Sequence[Sequence[str]], previous: Mapping[str, Sequence[str]]) -> list[str]:
    """An entity id for each cluster (lists of member facility ids), given old entity id → members."""
    old_of: dict[str, str] = {}
    for old_id in sorted(previous):
        for member in previous[old_id]:
            old_of.setdefault(member, old_id)
    smallest = [min(c) if c else "" for c in clusters]
    candidates: list[tuple[int, str, str, int]] = []
    for k, members in enumerate(clusters):
        overlap = Counter(old_of[m] for m in members if m in old_of)
        for old_id, count in overlap.items():
            candidates.append((-count, old_id, smallest[k], k))
    candidates.sort()
    ids: list[str | None] = [None] * len(clusters)
    taken: set[str] = set()
    for _, old_id, _, k in candidates:
        if ids[k] is None and old_id not in taken:
            ids[k] = old_id
            taken.add(old_id)
    reserved = taken | set(previous)
    for k in sorted(range(len(clusters)), key=lambda i: smallest[i]):
        if ids[k] is None:
            attempt = 0
            while (new := derived_id(smallest[k], attempt)) in reserved:
                attempt += 1
            ids[k] = new
            reserved.add(new)
    return [i for i in ids if i is not None]
