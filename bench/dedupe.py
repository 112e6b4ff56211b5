"""Dedupe benchmark: wall time, peak memory and pairwise F1 of the standalone clustering (and optionally the
full ``deduplicate`` with survivorship) on synthetic Korean records or any CSV with a truth file.

    python bench/dedupe.py --n 100000                 # gen_synth.py --n 100000 --seed 42, then cluster + score
    python bench/dedupe.py --input R.csv --truth T.csv
    python bench/dedupe.py --n 20000 --pipeline       # also time deduplicate() (golden records, review queue)
    python bench/dedupe.py --n 50000 --seed 1 --save-model learnt.yaml   # keep the EM-learnt parameters

Prints one JSON object. Peak memory is the process's maximum resident set size (and, separately, that of the
forked address-parsing process, which shares most of its pages); CPU seconds are this process's, all threads.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED_TOOLS = Path("/work/shared/tools")


def _cpu() -> float:
    """CPU seconds of this process, all threads (rapidfuzz's workers included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _score(pred: Path, truth: Path) -> dict:
    out = subprocess.run([sys.executable, str(SHARED_TOOLS / "score.py"), str(pred), str(truth), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, help="generate this many synthetic records with gen_synth.py")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--input", type=Path, help="records CSV (id,name,…)")
    ap.add_argument("--truth", type=Path, help="truth CSV (id,cluster) for F1")
    ap.add_argument("--workdir", type=Path, help="where to keep generated files (default: a temporary dir)")
    ap.add_argument("--pipeline", action="store_true", help="also run deduplicate() on the same records")
    ap.add_argument("--save-model", type=Path, help="write the model with the parameters learnt on this data")
    args = ap.parse_args(argv)
    if not args.input and not args.n:
        ap.error("give --n or --input")

    from dedupe.features import build_features
    from dedupe.matching import run_matching
    from dedupe.model import load_model, save_model
    from dedupe.standalone import cluster_csv, read_facilities

    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        records, truth = args.input, args.truth
        if args.n:
            data = work / f"synth-{args.n}-{args.seed}"
            if not (data / "records.csv").exists():
                subprocess.run([sys.executable, str(SHARED_TOOLS / "gen_synth.py"), "--n", str(args.n),
                                "--seed", str(args.seed), "--out", str(data)], check=True, capture_output=True)
            records, truth = data / "records.csv", data / "truth.csv"
        pred = work / "clusters.csv"
        model = load_model()
        load_before = os.getloadavg()[0]
        started, cpu_started = time.perf_counter(), _cpu()
        stats = cluster_csv(records, pred, model=model)
        wall, cpu = time.perf_counter() - started, _cpu() - cpu_started
        report = {
            "input": str(records),
            "records": stats["records"],
            "wall_seconds": round(wall, 2),
            "cpu_seconds": round(cpu, 2),
            "load_average": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            # the forked address parser (most of its pages are shared with this process)
            "child_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "stages": stats["seconds"],
            "candidate_pairs": stats["candidate_pairs"],
            "clusters": stats["clusters"],
        }
        if truth:
            report["score"] = _score(pred, truth)
        if args.pipeline:
            from dedupe.engine import deduplicate

            facilities = list(read_facilities(records))
            started = time.perf_counter()
            result = deduplicate(facilities, model=model)
            report["pipeline"] = {"wall_seconds": round(time.perf_counter() - started, 2),
                                  "entities": len(result.entities), "review_pairs": len(result.review_pairs),
                                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        if args.save_model:
            facilities = list(read_facilities(records))
            learnt = run_matching(build_features(facilities), model).model
            save_model(learnt, args.save_model)
            report["saved_model"] = str(args.save_model)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
