"""Suggest the written weights of the match model from labelled development data.

The written model (``config/dedupe.yaml``) is what scores small inputs (no EM below ``training.min_pairs``) and the
prior EM starts from and is bounded by on large ones. This script fits, on the candidate pairs of labelled sets,
an L2-regularised logistic regression on the comparison levels (one indicator per non-null level), and prints each
level's weight in bits beside the written one, with how many candidate pairs and matches the level holds. The
weights are then written into the model by hand, rounded, where domain knowledge agrees (fixed levels stay fixed).

    python bench/dedupe_calibrate.py                      # the cross-source development set and the replicas
    python bench/dedupe_calibrate.py --csv R.csv T.csv    # any labelled CSV (id,cluster truth)

Only development material: never the held-out part of a benchmark.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CROSSSOURCE = ROOT / "bench" / "data" / "crosssource"


def _labelled_csv(records: Path, truth: Path, model):  # noqa: ANN001, ANN202
    from dedupe.matching import run_matching
    from dedupe.standalone import read_columns, table_of_columns

    ids, columns = read_columns(records)
    run = run_matching(table_of_columns(ids, columns, model), model)
    cluster = {r["id"]: r["cluster"] for r in csv.DictReader(truth.open(encoding="utf-8"))}
    y = np.array([cluster[ids[a]] == cluster[ids[b]] for a, b in zip(run.left.tolist(), run.right.tolist(),
                                                                       strict=True)])
    return run.pairs.levels, y


def _labelled_replicas(model):  # noqa: ANN001, ANN202
    from dedupe.features import build_features
    from dedupe.matching import run_matching
    from hub.pipeline.dedupe_stage import load_facilities
    from hub.store import open_store

    data = Path(tempfile.mkdtemp(prefix="fh-calibrate-")) / "var"
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data)}
    subprocess.run([sys.executable, "-m", "hub.cli.main", "run", "--replicas", "--no-serve", "--json"], env=env,
                   check=True, capture_output=True)
    store = open_store(f"sqlite:///{data / 'facility-hub.db'}")
    with store.session() as session:
        facilities = load_facilities(session)
    store.dispose()
    run = run_matching(build_features(facilities, model.lexicon(), model.taxonomy_kinds()), model)
    truth = {f"{r['site']}:{r['key']}": r["truth_id"]
             for r in csv.DictReader((ROOT / "sites" / "data" / "ground_truth.csv").open(encoding="utf-8"))}
    ids = [f.id for f in facilities]
    y = np.array([truth.get(ids[a], ids[a]) == truth.get(ids[b], ids[b])
                  for a, b in zip(run.left.tolist(), run.right.tolist(), strict=True)])
    return run.pairs.levels, y


def _design(model, levels: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int]]]:  # noqa: ANN001
    columns: list[tuple[int, int]] = []
    for j, c in enumerate(model.comparisons):
        for level in range(1, len(c.labels) + 1):
            columns.append((j, level))
    x = np.zeros((len(levels), len(columns)), dtype=np.float64)
    for k, (j, level) in enumerate(columns):
        x[:, k] = levels[:, j] == level
    return x, columns


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton's method (features are few): (coefficients, intercept)."""
    xb = np.c_[np.ones(len(x)), x]
    beta = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + reg * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta[1:], float(beta[0])


def main(argv: list[str] | None = None) -> int:
    """Print suggested weights; returns the exit code."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", nargs=2, action="append", metavar=("RECORDS", "TRUTH"), help="a labelled CSV set")
    ap.add_argument("--no-replicas", action="store_true", help="leave the replica run out")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty (per set, weighted to equal size)")
    args = ap.parse_args(argv)
    from dedupe.model import load_model

    model = load_model()
    sets = [(CROSSSOURCE / "records.csv", CROSSSOURCE / "truth.csv")] + [tuple(map(Path, p)) for p in args.csv or []]
    data = [_labelled_csv(r, t, model) for r, t in sets]
    if not args.no_replicas:
        data.append(_labelled_replicas(model))
    xs, ys, ws = [], [], []
    for levels, y in data:
        x, columns = _design(model, levels)
        xs.append(x)
        ys.append(y.astype(np.float64))
        ws.append(np.full(len(y), 1.0 / len(y)))  # each set counts the same
    x, y, w = np.vstack(xs), np.concatenate(ys), np.concatenate(ws) * len(data)
    coef, intercept = _fit(x, y, w * 1000, args.l2)
    print(f"intercept {intercept / math.log(2):+.2f} bits (prior {1 / (1 + math.exp(-intercept)):.3f})")
    for k, (j, level) in enumerate(columns):
        c = model.comparisons[j]
        sel = x[:, k] > 0
        label = c.labels[level - 1]
        fixed = " (fixed)" if level in c.fixed_weights() else ""
        print(f"{c.name:10s} {label:26s} pairs {int(sel.sum()):6d} matches {int(y[sel].sum()):5d} "
              f"fit {coef[k] / math.log(2):+6.2f}  written {c.weights()[level]:+6.2f}{fixed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
