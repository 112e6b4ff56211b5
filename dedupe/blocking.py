"""Candidate pairs: records that agree on every key of at least one blocking rule.

Blocks up to ``max_block_size`` give all their pairs; larger blocks (a common name prefix in a big city) are
sorted by name key and each record is paired with the next ``window`` records only, so one huge block can never
blow up the pair count.
"""

from __future__ import annotations

import numpy as np

from dedupe.features import FeatureTable
from dedupe.model import BlockingRule


def unique_sorted(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (sort-based; numpy's hash-based unique is slow on large int64 arrays)."""
    if len(a) == 0:
        return a
    s = np.sort(a)
    return s[np.r_[True, s[1:] != s[:-1]]]


def dense_codes(a: np.ndarray) -> np.ndarray:
    """Codes 0..k-1 in value order for an int64 array; negative values (missing) stay -1."""
    order = np.argsort(a, kind="stable")
    s = a[order]
    new = np.r_[True, s[1:] != s[:-1]] if len(s) else np.zeros(0, dtype=bool)
    ranks = np.cumsum(new) - 1
    out = np.empty(len(a), dtype=np.int64)
    out[order] = ranks
    if len(s) and s[0] < 0:
        out -= 1
        out[a < 0] = -1
    return out


def _combine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Code of the pair of keys (a, b); -1 when either is missing."""
    out = a * (int(b.max(initial=0)) + 1) + b
    out[(a < 0) | (b < 0)] = -1
    return out


def rule_keys(features: FeatureTable, rule: BlockingRule) -> tuple[np.ndarray, np.ndarray]:
    """(record index, block code) for every record a rule applies to; a record may appear twice (two phones)."""
    n = len(features)
    idx = np.arange(n, dtype=np.int64)
    variants: list[list[np.ndarray]] = [[]]
    for key in rule.keys:
        if key == "phone":
            variants = [v + [features.codes[p]] for v in variants for p in ("phone1", "phone2")]
        else:
            variants = [v + [features.codes[key]] for v in variants]
    all_idx, all_codes = [], []
    for cols in variants:
        code = cols[0].copy()
        for col in cols[1:]:
            code = dense_codes(_combine(code, col))
        keep = code >= 0
        all_idx.append(idx[keep])
        all_codes.append(code[keep])
    return np.concatenate(all_idx), np.concatenate(all_codes)


def block_pairs(
    idx: np.ndarray, codes: np.ndarray, order_key: np.ndarray, n: int, max_block_size: int, window: int
) -> np.ndarray:
    """Encoded pairs ``i * n + j`` (i < j) of records sharing a block code."""
    if len(idx) < 2:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((order_key[idx], codes))
    c, r = codes[order], idx[order]
    m = len(c)
    starts = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
    ends = np.r_[starts[1:], m]
    sizes = ends - starts
    per_size = np.repeat(sizes, sizes)
    per_end = np.repeat(ends, sizes)
    pos = np.arange(m)
    limit = per_end - 1 - pos
    big = per_size > max_block_size
    limit[big] = np.minimum(limit[big], window)
    active = np.flatnonzero(limit >= 1)
    out: list[np.ndarray] = []
    d = 1
    while len(active):
        a, b = r[active], r[active + d]
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        keep = lo != hi
        out.append(lo[keep] * n + hi[keep])
        d += 1
        active = active[limit[active] >= d]
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


def candidate_pairs(
    features: FeatureTable, rules: list[BlockingRule], max_block_size: int, window: int
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """(left, right, encoded pairs per rule) of the union of all rules' pairs, left < right, sorted."""
    n = len(features)
    order_key = features.codes["name_key"]
    encoded: list[np.ndarray] = []
    per_rule: dict[str, np.ndarray] = {}
    for rule in rules:
        idx, codes = rule_keys(features, rule)
        pairs = block_pairs(idx, codes, order_key, n, max_block_size, window)
        per_rule[rule.name] = pairs
        encoded.append(pairs)
    allp = unique_sorted(np.concatenate(encoded)) if encoded else np.zeros(0, dtype=np.int64)
    return allp // n, allp % n, per_rule
