"""Fellegi–Sunter scoring: level matrices → match weights → probabilities, and parameter estimation.

u (P(level | non-match)) is estimated from random record pairs, which are almost all non-matches; m
(P(level | match)) and the prior are then estimated with EM on the candidate pairs (as Splink does). EM runs on
the distinct level patterns with their counts, so it costs nothing even for tens of millions of pairs.
"""

from __future__ import annotations

import math

import numpy as np

from dedupe.compare import compare_pairs
from dedupe.features import FeatureTable
from dedupe.model import MatchModel

PSEUDO_COUNT = 1.0
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
    """Distinct rows of a level matrix and their counts."""
    if len(levels) == 0:
        return np.zeros((0, levels.shape[1]), dtype=np.int8), np.zeros(0)
    uniq, counts = np.unique(levels, axis=0, return_counts=True)
    return uniq, counts.astype(np.float64)


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
        out[c.name] = list(counts / counts.sum())
    return out


def estimate_m(model: MatchModel, levels: np.ndarray) -> tuple[dict[str, list[float]], float, int]:
    """EM estimate of m and the prior on candidate pairs, with u held fixed. Returns (m, prior, iterations)."""
    pats, counts = _patterns(levels)
    if len(pats) == 0:
        return {c.name: list(c.m) for c in model.comparisons}, model.prior, 0
    m = [np.asarray([1.0] + list(c.m), dtype=np.float64) for c in model.comparisons]
    u = [np.asarray([1.0] + list(c.u), dtype=np.float64) for c in model.comparisons]
    prior = model.prior
    it = 0
    for it in range(1, model.em_iterations + 1):
        log_m = np.zeros(len(pats))
        log_u = np.zeros(len(pats))
        for j in range(len(m)):
            log_m += np.log(np.maximum(m[j][pats[:, j]], 1e-12))
            log_u += np.log(np.maximum(u[j][pats[:, j]], 1e-12))
        logit = math.log(prior / (1 - prior)) + log_m - log_u
        post = 1.0 / (1.0 + np.exp(-np.clip(logit, -700, 700)))
        wpost = post * counts
        new_prior = float(np.clip(wpost.sum() / counts.sum(), 1e-6, 1 - 1e-6))
        delta = abs(new_prior - prior)
        prior = new_prior
        for j, c in enumerate(model.comparisons):
            nl = len(c.labels)
            mass = np.bincount(pats[:, j], weights=wpost, minlength=nl + 1)[1:]
            mass = mass + PSEUDO_COUNT * m[j][1:] / m[j][1:].sum()
            new = mass / mass.sum()
            delta = max(delta, float(np.abs(new - m[j][1:]).max()))
            m[j][1:] = new
        if delta < 1e-5:
            break
    return {c.name: list(m[j][1:]) for j, c in enumerate(model.comparisons)}, prior, it


def train(model: MatchModel, ft: FeatureTable, levels: np.ndarray) -> tuple[MatchModel, dict[str, float]]:
    """A copy of ``model`` with u from random pairs and m, prior from EM on the candidate pairs' levels."""
    u = estimate_u(model, ft)
    fixed_u = model.with_params({}, u, model.prior)
    m, prior, iterations = estimate_m(fixed_u, levels)
    return fixed_u.with_params(m, u, prior), {"em_iterations": iterations, "prior": prior}
