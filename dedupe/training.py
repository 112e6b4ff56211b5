"""Learning a model's parameters from the data, as Splink does without labels — with guards so that it cannot
run away on a small or skewed input (a few hundred records, most from one portal).

- u (P(level | non-match)) from random record pairs, which are almost all non-matches;
- m (P(level | match)) by EM in one session per blocking rule, each learning the comparisons its rule does not
  fix (a session blocked on phones learns nothing about phones), averaged over sessions;
- the prior of the candidate pairs by EM with m and u fixed.

Guards: no EM below ``min_training_pairs`` candidate pairs; levels whose weight the model fixes are never learnt;
a learnt m stays within ``max_m_ratio`` of the written one (the written m is the prior knowledge); a session that
does not converge, or calls nearly every pair a match, is dropped. Each of these is reported in the stats.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from dedupe.blocking import unique_sorted
from dedupe.compare import compare_pairs
from dedupe.features import FeatureTable
from dedupe.model import MULTI_KEYS, MatchModel

PSEUDO_COUNT = 1.0
"""Added to every level's count when estimating u and m, so that no level gets probability 0."""
U_FLOOR = 1e-4
"""Smallest u a level gets from random pairs: rare agreement is strong evidence, never infinite evidence."""
MAX_SESSION_PRIOR = 0.5
"""A session whose EM calls more than this share of its pairs matches teaches nothing about m; it is dropped."""
SESSION_PAIRS = 300_000
"""At most this many pairs (a deterministic sample) per EM training session."""
TOLERANCE = 1e-4
"""EM stops when no parameter moves more than this."""

KEY_FAMILY = {
    "sido": "location", "sigungu": "location", "city": "location", "road": "location", "road_latin": "location",
    "building_no": "location", "road_no": "location", "postal_code": "location", "geo": "location",
    "geo_cell": "location", "name_key": "name", "residue": "name", "name_any": "name", "name_token": "name",
    "latin_token": "name", "name_prefix1": "name", "name_prefix2": "name", "name_prefix3": "name",
    "name_prefix4": "name", "name_kind": "kind", "phone": "contact", "url": "contact", "host": "contact",
    "domain": "contact", "kind": "kind", "kind_group": "kind", "area": "location",
}
"""Family of each blocking key. Comparisons of one family are correlated (a shared road implies a shared
시군구 and postal code), so a training session blocked on a key learns nothing about its whole family."""
if not set(MULTI_KEYS) | {"name_token"} <= set(KEY_FAMILY):  # pragma: no cover - a new multi-valued key needs a family
    raise RuntimeError(f"blocking keys without a family: {sorted(set(MULTI_KEYS) - set(KEY_FAMILY))}")


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


def u_sample(model: MatchModel, n: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The ``model.u_sample_pairs`` random pairs (deterministic seed) u is estimated on; None when there are none."""
    if n < 2 or model.u_sample_pairs <= 0:
        return None
    rng = np.random.default_rng(model.seed)
    k = min(model.u_sample_pairs, n * (n - 1) // 2)
    li = rng.integers(0, n, size=k)
    ri = rng.integers(0, n - 1, size=k)
    ri[ri >= li] += 1
    return li, ri


def estimate_u(model: MatchModel, ft: FeatureTable, levels: np.ndarray | None = None) -> dict[str, list[float]]:
    """u of every comparison from the levels of the :func:`u_sample` pairs (compared here unless given)."""
    if levels is None:
        sample = u_sample(model, len(ft))
        if sample is None:
            return {c.name: list(c.u) for c in model.comparisons}
        levels = compare_pairs(model, ft, *sample).levels
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


def _bounded(new: np.ndarray, written: np.ndarray, ratio: float, fixed: list[int]) -> np.ndarray:
    """``new`` m (levels 1..) kept within ``ratio`` of the written m, fixed levels as written, summing to 1."""
    lo, hi = written / ratio, written * ratio
    out = np.clip(new, lo, hi)
    free = np.ones(len(out), dtype=bool)
    for i in fixed:
        out[i - 1] = written[i - 1]
        free[i - 1] = False
    budget = 1.0 - out[~free].sum()
    if free.any() and out[free].sum() > 0:
        out[free] *= budget / out[free].sum()
    return out


def em_session(
    model: MatchModel, levels: np.ndarray, used: list[bool], m: list[np.ndarray], u: list[np.ndarray]
) -> tuple[list[np.ndarray | None], float, int, bool]:
    """EM on one session's levels: m of the ``used`` comparisons that may learn, and the prior; u held fixed.
    Returns (learnt m per comparison or None, prior, iterations, converged).

    Comparisons not ``used`` are left out of the likelihood (the session's blocking fixed them); used ones with
    ``learn: false`` count with their written m but are not updated; fixed levels count with their fixed weight.
    """
    comps = model.comparisons
    free = [used[j] and c.learn for j, c in enumerate(comps)]
    fixed = [c.fixed_weights() for c in comps]
    written = [x.copy() for x in m]
    pats, counts = _patterns(levels)
    prior = model.prior
    m = [x.copy() for x in m]
    it, converged = 0, False
    while it < model.em_iterations:
        it += 1
        logit = np.full(len(pats), math.log(prior / (1 - prior)))
        for j in range(len(m)):
            if used[j]:
                w = np.log(np.maximum(m[j], 1e-12)) - np.log(np.maximum(u[j], 1e-12))
                for level, bits in fixed[j].items():
                    w[level] = bits * math.log(2)
                w[0] = 0.0
                logit += w[pats[:, j]]
        post = 1.0 / (1.0 + np.exp(-np.clip(logit, -700, 700)))
        wpost = post * counts
        new_prior = float(np.clip(wpost.sum() / counts.sum(), 1e-6, 1 - 1e-6))
        delta = abs(new_prior - prior)
        prior = new_prior
        for j, c in enumerate(comps):
            if not free[j]:
                continue
            mass = np.bincount(pats[:, j], weights=wpost, minlength=len(c.labels) + 1)[1:]
            mass = mass + PSEUDO_COUNT * written[j][1:] / written[j][1:].sum()
            new = _bounded(mass / mass.sum(), written[j][1:], model.max_m_ratio, list(fixed[j]))
            delta = max(delta, float(np.abs(new - m[j][1:]).max()))
            m[j][1:] = new
        if delta < TOLERANCE:
            converged = True
            break
    return [m[j] if free[j] else None for j in range(len(m))], prior, it, converged


def estimate_prior(model: MatchModel, pairs_levels: np.ndarray, adjust: np.ndarray | None = None) -> float:
    """EM for the prior alone on all candidate pairs, with m and u fixed (the written prior when the model does
    not estimate it)."""
    if len(pairs_levels) == 0 or not model.estimate_prior:
        return model.prior
    bits = np.zeros(len(pairs_levels))
    for j, c in enumerate(model.comparisons):
        bits += np.asarray(c.weights())[pairs_levels[:, j]]
    if adjust is not None:
        bits += adjust
    bf = bits * math.log(2)
    prior = model.prior
    for _ in range(max(model.em_iterations, 1) * 3):
        post = 1.0 / (1.0 + np.exp(-np.clip(math.log(prior / (1 - prior)) + bf, -700, 700)))
        new = float(np.clip(post.mean(), 1e-6, 1 - 1e-6))
        if abs(new - prior) < 1e-7:
            return new
        prior = new
    return prior


def train(
    model: MatchModel, ft: FeatureTable, rule_pairs: dict[str, np.ndarray], all_pairs: np.ndarray,
    levels: np.ndarray, adjust: np.ndarray | None = None, prior_rows: np.ndarray | None = None,
    u_levels: np.ndarray | None = None,
) -> tuple[MatchModel, dict[str, Any]]:
    """A copy of ``model`` with parameters learnt from the data (see the module docstring), and what training
    did (``stats["training"]``). ``all_pairs`` are the sorted encoded candidate pairs (``i * n + j``) whose rows
    ``levels`` holds; the prior is estimated on rows ``prior_rows`` (all when None); ``u_levels`` are the levels
    of the :func:`u_sample` pairs when the caller compared them already."""
    if prior_rows is not None:
        prior_levels = levels[prior_rows]
        prior_adjust = adjust[prior_rows] if adjust is not None else None
    else:
        prior_levels, prior_adjust = levels, adjust
    if len(all_pairs) < model.min_training_pairs:
        prior = estimate_prior(model, prior_levels, prior_adjust)
        return model.with_params({}, {}, prior), {
            "em": "skipped", "reason": f"{len(all_pairs)} candidate pairs (< {model.min_training_pairs}): "
                                       "the written m and u are kept", "prior": round(prior, 6)}
    u_est = estimate_u(model, ft, u_levels)
    base = model.with_params({}, u_est, model.prior)
    m0 = [np.asarray([1.0] + c.m, dtype=np.float64) for c in base.comparisons]
    u0 = [np.asarray([1.0] + c.u, dtype=np.float64) for c in base.comparisons]
    sums: list[np.ndarray] = [np.zeros(len(c.labels)) for c in base.comparisons]
    weights = [0.0] * len(base.comparisons)
    rng = np.random.default_rng(model.seed)
    sessions: dict[str, Any] = {}
    by_name = {r.name: r for r in base.blocking}
    for name, encoded in rule_pairs.items():
        if len(encoded) < 50:
            continue
        encoded = unique_sorted(encoded)
        if len(encoded) > SESSION_PAIRS:
            encoded = np.sort(rng.choice(encoded, SESSION_PAIRS, replace=False))
        fixed_families = {KEY_FAMILY[k] for k in by_name[name].keys}
        used = [c.family not in fixed_families for c in base.comparisons]
        lv = levels[np.searchsorted(all_pairs, encoded)]
        est, prior, it, converged = em_session(base, lv, used, m0, u0)
        info: dict[str, Any] = {"pairs": int(len(encoded)), "prior": round(prior, 4), "iterations": it,
                                "converged": converged}
        sessions[name] = info
        if not converged or prior > MAX_SESSION_PRIOR:
            info["used"] = False
            info["why"] = "did not converge" if not converged else "called nearly every pair a match"
            continue
        for j, mj in enumerate(est):
            observed = float((lv[:, j] > 0).sum())
            if mj is not None and observed >= 20:
                sums[j] += mj[1:] * observed
                weights[j] += observed
    m_est = {c.name: list(sums[j] / weights[j]) if weights[j] else list(c.m) for j, c in enumerate(base.comparisons)}
    learnt = bound_weights(model, base.with_params(m_est, u_est, base.prior))
    prior = estimate_prior(learnt, prior_levels, prior_adjust)
    used_sessions = sum(1 for s in sessions.values() if s.get("used", True))
    stats: dict[str, Any] = {"em": "ran", "sessions": sessions, "prior": round(prior, 6)}
    if used_sessions == 0:
        stats.update(em="fell back", reason="no training session converged: the written m is kept")
        learnt = bound_weights(model, model.with_params({}, u_est, prior))
    stats["weights"] = {c.name: [round(w, 2) for w in c.weights()[1:]] for c in learnt.comparisons}
    return learnt.with_params({}, {}, prior), stats


def bound_weights(written: MatchModel, learnt: MatchModel) -> MatchModel:
    """``learnt`` with every level's weight kept within ``max_weight_shift`` bits of the written model's (u is
    set to realise the bounded weight: the weight, not u itself, is what scoring reads)."""
    shift = written.max_weight_shift
    u_new: dict[str, list[float]] = {}
    for c0, c1 in zip(written.comparisons, learnt.comparisons, strict=True):
        w0, w1 = c0.weights()[1:], c1.weights()[1:]
        u_new[c1.name] = [
            u if abs(b - a) <= shift else m / 2.0 ** (a + shift if b > a else a - shift)
            for a, b, m, u in zip(w0, w1, c1.m, c1.u, strict=True)
        ]
    return learnt.with_params({}, u_new, learnt.prior)
