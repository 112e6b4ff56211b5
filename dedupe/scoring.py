"""Fellegi–Sunter scoring: level matrices → match weights → probabilities, and parameter estimation.

u (P(level | non-match)) is estimated from random record pairs, which are almost all non-matches; m
(P(level | match)) and the prior are then estimated with EM on the candidate pairs (as Splink does). EM runs on
the distinct level patterns with their counts, so it costs nothing even for tens of millions of pairs.
"""

from __future__ import annotations

import math

import numpy as np

from dedupe.blocking import unique_sorted
from dedupe.compare import compare_pairs
from dedupe.features import FeatureTable
from dedupe.model import MatchModel

PSEUDO_COUNT = 1.0
U_FLOOR = 1e-4
"""Smallest u a level gets from random pairs: rare agreement is strong evidence, never infinite evidence."""
"""Added to every level's count when estimating u and m, so that no level gets probability 0."""


def weight_table(model: MatchModel) -> list[np.ndarray]:
    """Per comparison, the log2 Bayes factor of each level (index 0 = null = 0)."""
    return [np.asarray(c.weights(), dtype=np.float64) for c in model.comparisons]


def match_weights(model: MatchModel, levels: np.ndarray) -> np.ndarray:
    """Total match weight (log2 odds, prior included) of each row of a level matrix."""
    prior = math.log2(model.prior / (1 - model.prior))
    total = np.full(len(levels), prior, dtype=np.float64)
    for j, w in enumerate(weight_table(model)):
        total += w[levels[:, j]]
    return total


def probabilities(model: MatchModel, levels: np.ndarray) -> np.ndarray:
    """Match probability of each row of a level matrix."""
    return 1.0 / (1.0 + np.exp2(-match_weights(model, levels)))


def _patterns(levels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of a level matrix and their counts (rows packed into one integer, then unique)."""
    if len(levels) == 0:
        return np.zeros((0, levels.shape[1]), dtype=np.int8), np.zeros(0)
    radix = int(levels.max()) + 1
    packed = np.zeros(len(levels), dtype=np.int64)
    for j in range(levels.shape[1]):
        packed = packed * radix + levels[:, j]
    order = np.argsort(packed, kind="stable")
    s = packed[order]
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    counts = np.diff(np.r_[starts, len(s)])
    return levels[order[starts]], counts.astype(np.float64)


def estimate_u(model: MatchModel, ft: FeatureTable) -> dict[str, list[float]]:
    """u of every comparison from ``model.u_sample_pairs`` random pairs (deterministic seed)."""
    n = len(ft)
    if n < 2 or model.u_sample_pairs <= 0:
        return {c.name: list(c.u) for c in model.comparisons}
    rng = np.random.default_rng(model.seed)
    k = min(model.u_sample_pairs, n * (n - 1) // 2)
    li = rng.integers(0, n, size=k)
    ri = rng.integers(0, n - 1, size=k)
    ri[ri >= li] += 1
    levels = compare_pairs(model, ft, li, ri)
    out: dict[str, list[float]] = {}
    for j, c in enumerate(model.comparisons):
        nl = len(c.labels)
        counts = np.bincount(levels[:, j], minlength=nl + 1)[1:].astype(np.float64)
        if counts.sum() < 50:  # too few observations: keep the file's values
            out[c.name] = list(c.u)
            continue
        prior_u = np.asarray(c.u, dtype=np.float64)
        counts = counts + PSEUDO_COUNT * prior_u / prior_u.sum()
        u = np.maximum(counts / counts.sum(), U_FLOOR)
        out[c.name] = list(u / u.sum())
    return out


KEY_FAMILY = {
    "sido": "location", "sigungu": "location", "road": "location", "building_no": "location",
    "postal_code": "location", "geo_cell": "location", "name_key": "name", "name_prefix1": "name",
    "name_prefix2": "name", "name_prefix3": "name", "name_prefix4": "name", "name_token": "name",
    "phone": "contact", "domain": "contact", "kind": "kind",
}
"""Family of each blocking key. Comparisons of one family are correlated (a shared road implies a shared
시군구 and postal code), so a training session blocked on a key learns nothing about its whole family."""

TYPE_FAMILY = {"address": "location", "region": "location", "postal": "location", "distance": "location",
               "name": "name", "phone": "contact", "domain": "contact", "kind": "kind"}

MAX_SESSION_PRIOR = 1.0
"""A session whose EM calls more than this share of its pairs matches teaches nothing about m; it is skipped."""

SESSION_PAIRS = 300_000
"""At most this many pairs (a deterministic sample) per EM training session."""


def em_session(
    model: MatchModel, levels: np.ndarray, used: list[bool], m: list[np.ndarray], u: list[np.ndarray]
) -> tuple[list[np.ndarray | None], float, int]:
    """EM on one session's levels: m of the ``used`` comparisons that may learn, and the prior; u held fixed.

    Comparisons not ``used`` are left out of the likelihood (the session's blocking fixed them); used ones with
    ``learn: false`` count with their written m but are not updated.
    """
    free = [used[j] and c.learn for j, c in enumerate(model.comparisons)]
    pats, counts = _patterns(levels)
    prior = model.prior
    m = [x.copy() for x in m]
    it = 0
    while it < model.em_iterations:
        it += 1
        logit = np.full(len(pats), math.log(prior / (1 - prior)))
        for j in range(len(m)):
            if used[j]:
                logit += np.log(np.maximum(m[j][pats[:, j]], 1e-12)) - np.log(np.maximum(u[j][pats[:, j]], 1e-12))
        post = 1.0 / (1.0 + np.exp(-np.clip(logit, -700, 700)))
        wpost = post * counts
        new_prior = float(np.clip(wpost.sum() / counts.sum(), 1e-6, 1 - 1e-6))
        delta = abs(new_prior - prior)
        prior = new_prior
        for j, c in enumerate(model.comparisons):
            if not free[j]:
                continue
            mass = np.bincount(pats[:, j], weights=wpost, minlength=len(c.labels) + 1)[1:]
            mass = mass + PSEUDO_COUNT * m[j][1:] / m[j][1:].sum()
            new = mass / mass.sum()
            delta = max(delta, float(np.abs(new - m[j][1:]).max()))
            m[j][1:] = new
        if delta < 1e-5:
            break
    return [m[j] if free[j] else None for j in range(len(m))], prior, it


def estimate_prior(model: MatchModel, levels: np.ndarray) -> float:
    """EM for the prior alone on all candidate pairs, with m and u fixed."""
    pats, counts = _patterns(levels)
    if len(pats) == 0:
        return model.prior
    bf = np.zeros(len(pats))
    for j, c in enumerate(model.comparisons):
        bf += np.log(np.maximum(np.asarray([1.0] + c.m), 1e-12)[pats[:, j]])
        bf -= np.log(np.maximum(np.asarray([1.0] + c.u), 1e-12)[pats[:, j]])
    prior = model.prior
    for _ in range(max(model.em_iterations, 1) * 3):
        post = 1.0 / (1.0 + np.exp(-np.clip(math.log(prior / (1 - prior)) + bf, -700, 700)))
        new = float(np.clip((post * counts).sum() / counts.sum(), 1e-6, 1 - 1e-6))
        if abs(new - prior) < 1e-7:
            return new
        prior = new
    return prior


def train(
    model: MatchModel, ft: FeatureTable, rule_pairs: dict[str, np.ndarray], all_pairs: np.ndarray,
    levels: np.ndarray,
) -> tuple[MatchModel, dict[str, object]]:
    """A copy of ``model`` with parameters learnt from the data, as Splink does without labels.

    u from random pairs; m by EM in one session per blocking rule, each learning the comparisons its rule does
    not fix (averaged over sessions); finally the prior of the candidate pairs by EM with m and u fixed.
    ``all_pairs`` are the sorted encoded candidate pairs (``i * n + j``) whose rows ``levels`` holds.
    """
    u_est = estimate_u(model, ft)
    base = model.with_params({}, u_est, model.prior)
    m0 = [np.asarray([1.0] + c.m, dtype=np.float64) for c in base.comparisons]
    u0 = [np.asarray([1.0] + c.u, dtype=np.float64) for c in base.comparisons]
    sums: list[np.ndarray] = [np.zeros(len(c.labels)) for c in base.comparisons]
    weights = [0.0] * len(base.comparisons)
    rng = np.random.default_rng(model.seed)
    sessions: dict[str, object] = {}
    by_name = {r.name: r for r in base.blocking}
    for name, encoded in rule_pairs.items():
        if len(encoded) < 50:
            continue
        encoded = unique_sorted(encoded)
        if len(encoded) > SESSION_PAIRS:
            encoded = np.sort(rng.choice(encoded, SESSION_PAIRS, replace=False))
        fixed = {KEY_FAMILY[k] for k in by_name[name].keys}
        used = [TYPE_FAMILY[c.type] not in fixed for c in base.comparisons]
        lv = levels[np.searchsorted(all_pairs, encoded)]
        est, prior, it = em_session(base, lv, used, m0, u0)
        sessions[name] = {"pairs": int(len(encoded)), "prior": round(prior, 4), "iterations": it}
        if prior > MAX_SESSION_PRIOR:
            sessions[name]["used"] = False  # nearly every pair called a match: m cannot be told apart
            continue
        for j, mj in enumerate(est):
            observed = float((lv[:, j] > 0).sum())
            if mj is not None and observed >= 20:
                sums[j] += mj[1:] * observed
                weights[j] += observed
    m_est = {c.name: list(sums[j] / weights[j]) if weights[j] else list(c.m) for j, c in enumerate(base.comparisons)}
    learnt = base.with_params(m_est, u_est, base.prior)
    prior = estimate_prior(learnt, levels)
    return learnt.with_params({}, {}, prior), {"sessions": sessions, "prior": round(prior, 6)}
