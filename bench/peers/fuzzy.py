"""Blocking + rapidfuzz baseline with Korean rules.

1. **Blocking** on three keys: the normalised name's prefix (:func:`bench.peers.prepare.name_prefix`), each phone
   number, and the road address with its building number (``시군구|road|number``). A block of at most
   :data:`MAX_BLOCK` listings gives all its pairs; a larger one (a common prefix, a head-office phone, an arcade)
   gives each listing's next :data:`WINDOW` − 1 neighbours in name order (sorted neighbourhood), so that the
   candidate count stays near linear.
2. **Score** = name similarity + address and phone evidence: ``max(token_set_ratio(words), ratio(keys))``
   (0–100); +15 for a shared phone; +15 for the same road address (same building number, road names at
   least 75 similar, so that a misspelt road still agrees), −15 for two different ones; −30 instead
   when the two listings are in different 시도 or 시군구 (a different place is a different facility, even when
   a chain's branches print one head-office number).
3. **Threshold 95**, chosen by common sense and never on a truth file: nearly identical names alone, similar
   names (≥ 80) with one shared phone or address, or loosely similar names (≥ 65) with both.
4. **Union-find** over the pairs at or above the threshold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from bench.peers.prepare import Listing, name_prefix, read_listings, write_clusters

MAX_BLOCK = 50
WINDOW = 10
THRESHOLD = 95.0
PHONE_BONUS = 15.0
ROAD_BONUS = 15.0
ROAD_PENALTY = 15.0
ROAD_NAME_SIMILAR = 75.0
DISTRICT_PENALTY = 30.0


def _codes(values: list[str]) -> np.ndarray:
    """An integer per value (equal values, equal codes); -1 for the empty string."""
    seen: dict[str, int] = {"": -1}
    return np.fromiter((seen.setdefault(v, len(seen) - 1) for v in values), dtype=np.int64, count=len(values))


def _block_pairs(members: np.ndarray, keys: list[str]) -> np.ndarray:
    """Pairs (i < j) of one block: all of them, or the sorted-neighbourhood window when the block is large."""
    n = len(members)
    if n <= MAX_BLOCK:
        a, b = np.triu_indices(n, 1)
        left, right = members[a], members[b]
    else:
        ordered = members[np.argsort(np.array([keys[i] for i in members]), kind="stable")]
        left = np.concatenate([ordered[:-d] for d in range(1, min(WINDOW, n))])
        right = np.concatenate([ordered[d:] for d in range(1, min(WINDOW, n))])
    return np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1)


def candidate_pairs(listings: list[Listing]) -> tuple[np.ndarray, dict[str, int]]:
    """Distinct candidate pairs (rows ``i, j`` with ``i < j``) and per-key counts of blocks and windowed blocks."""
    blocks: dict[tuple[str, str], list[int]] = {}
    for i, x in enumerate(listings):
        prefix = name_prefix(x.key)
        if prefix:
            blocks.setdefault(("name", prefix), []).append(i)
        for phone in x.phones:
            blocks.setdefault(("phone", phone), []).append(i)
        if x.road:
            blocks.setdefault(("road", x.road), []).append(i)
    keys = [x.key for x in listings]
    parts = [np.empty((0, 2), dtype=np.int64)]
    stats: dict[str, int] = {}
    for (kind, _), members in blocks.items():
        if len(members) < 2:
            continue
        stats[f"{kind}_blocks"] = stats.get(f"{kind}_blocks", 0) + 1
        if len(members) > MAX_BLOCK:
            stats[f"{kind}_blocks_windowed"] = stats.get(f"{kind}_blocks_windowed", 0) + 1
        parts.append(_block_pairs(np.asarray(members, dtype=np.int64), keys))
    pairs = np.concatenate(parts)
    n = max(len(listings), 1)
    flat = np.sort(pairs[:, 0] * n + pairs[:, 1])  # sort-based: numpy's hash-based unique is slow on int64
    flat = flat[np.concatenate([[True], flat[1:] != flat[:-1]])] if len(flat) else flat
    return np.stack([flat // n, flat % n], axis=1), stats


def score_pairs(listings: list[Listing], pairs: np.ndarray) -> np.ndarray:
    """The score of every candidate pair (see the module docstring)."""
    if len(pairs) == 0:
        return np.empty(0)
    left, right = pairs[:, 0], pairs[:, 1]
    tokens = [x.tokens for x in listings]
    keys = [x.key for x in listings]
    words = cpdist([tokens[i] for i in left], [tokens[j] for j in right], scorer=fuzz.token_set_ratio, workers=-1)
    joined = cpdist([keys[i] for i in left], [keys[j] for j in right], scorer=fuzz.ratio, workers=-1)
    score = np.maximum(words, joined).astype(np.float64)
    first_phone = _codes([x.phones[0] if x.phones else "" for x in listings])
    shared_phone = (first_phone[left] >= 0) & (first_phone[left] == first_phone[right])
    several = np.fromiter((len(x.phones) > 1 for x in listings), dtype=bool, count=len(listings))
    for k in np.flatnonzero(several[left] | several[right]):
        a, b = listings[left[k]].phones, listings[right[k]].phones
        shared_phone[k] = bool(set(a) & set(b))
    road = _codes([x.road for x in listings])
    both_roads = (road[left] >= 0) & (road[right] >= 0)
    same_road = both_roads & (road[left] == road[right])
    number = _codes([x.road.rpartition("|")[2] for x in listings])
    near = np.flatnonzero(both_roads & ~same_road & (number[left] == number[right]))
    if len(near):
        names = [x.road.rpartition("|")[0] for x in listings]
        similar = cpdist([names[i] for i in left[near]], [names[j] for j in right[near]], scorer=fuzz.ratio,
                         workers=-1)
        same_road[near] = similar >= ROAD_NAME_SIMILAR
    sido = _codes([x.sido for x in listings])
    sigungu = _codes([x.sigungu for x in listings])
    other_district = (((sido[left] >= 0) & (sido[right] >= 0) & (sido[left] != sido[right]))
                      | ((sigungu[left] >= 0) & (sigungu[right] >= 0) & (sigungu[left] != sigungu[right])))
    other_road = both_roads & ~same_road & ~other_district
    score += (PHONE_BONUS * shared_phone + ROAD_BONUS * same_road - ROAD_PENALTY * other_road
              - DISTRICT_PENALTY * other_district)
    return score


def union_find(n: int, edges: np.ndarray) -> list[int]:
    """Connected components of ``n`` nodes: each node's label is the smallest node of its component."""
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in edges.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(a) for a in range(n)]


def cluster_fuzzy(listings: list[Listing]) -> tuple[list[int], dict[str, Any]]:
    """Cluster labels per listing and run statistics."""
    pairs, stats = candidate_pairs(listings)
    score = score_pairs(listings, pairs)
    matched = pairs[score >= THRESHOLD]
    labels = union_find(len(listings), matched)
    return labels, {"candidate_pairs": int(len(pairs)), "matched_pairs": int(len(matched)), "blocks": stats}


def run_fuzzy(input_csv: Path, output_csv: Path) -> dict[str, Any]:
    """Cluster ``input_csv`` with the blocking + rapidfuzz baseline into ``output_csv``; returns run statistics."""
    listings = read_listings(input_csv)
    labels, stats = cluster_fuzzy(listings)
    write_clusters(output_csv, [x.id for x in listings], labels)
    return {"records": len(listings), "clusters": len(set(labels)), **stats}
