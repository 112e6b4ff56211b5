"""Candidate pairs: records that agree on every key of at least one blocking rule.

Blocks up to ``max_block_size`` give all their pairs; larger blocks (a common name prefix in a big city) are
sorted by name key and each record is paired with the next ``window`` records only, so one huge block can never
blow up the pair count.
"""

from __future__ import annotations

import numpy as np

from dedupe.features import FeatureTable
from dedupe.model import MULTI_KEYS, BlockingRule


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
    """Code of the pair of keys (a, b) (dense, so that products stay small); -1 when either is missing."""
    a = dense_codes(a)
    out = a * (int(b.max(initial=0)) + 1) + b
    out[(a < 0) | (b < 0)] = -1
    return dense_codes(out)


def rule_keys(features: FeatureTable, rule: BlockingRule) -> tuple[np.ndarray, np.ndarray]:
    """(record index, block code) for every record a rule applies to; a record may appear several times (two
    phones, alternative names), each value once."""
    n = len(features)
    if len(rule.keys) == 1 and (found := features.memberships(rule.keys[0])) is not None:
        return found
    idx = np.arange(n, dtype=np.int64)
    variants: list[list[np.ndarray]] = [[]]
    for key in rule.keys:
        columns = MULTI_KEYS.get(key, (key,))
        variants = [v + [features.codes[c]] for v in variants for c in columns]
    all_idx, all_codes = [], []
    for cols in variants:
        code = cols[0].copy()
        for col in cols[1:]:
            code = _combine(code, col)
        keep = code >= 0
        all_idx.append(idx[keep])
        all_codes.append(code[keep])
    rec, code = np.concatenate(all_idx), np.concatenate(all_codes)
    if len(variants) > 1 and len(rec):  # one entry per (record, value): the same value twice is one membership
        enc = unique_sorted(dense_codes(code) * n + rec)
        rec, code = enc % n, enc // n
    else:
        code = dense_codes(code)
    return rec, code


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
    latin = None
    for rule in rules:
        if rule.cross_script:
            if latin is None:
                latin = features.codes["latin_script"].astype(bool)
            if not latin.any():
                per_rule[rule.name] = np.zeros(0, dtype=np.int64)
                continue
        idx, codes = rule_keys(features, rule)
        if rule.cross_script:
            pairs = block_pairs(idx, codes, features.codes["latin"], n, max_block_size, window)
            pairs = pairs[latin[pairs // n] != latin[pairs % n]]  # one name in each script
        else:
            pairs = block_pairs(idx, codes, order_key, n, max_block_size, window)
        if rule.only_without:
            vague = np.ones(n, dtype=bool)
            for key in rule.only_without:
                vague &= features.codes[key] < 0
            pairs = pairs[vague[pairs // n] | vague[pairs % n]]
        per_rule[rule.name] = pairs
        encoded.append(pairs)
    allp = unique_sorted(np.concatenate(encoded)) if encoded else np.zeros(0, dtype=np.int64)
    return allp // n, allp % n, per_rule
