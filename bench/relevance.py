"""Search relevance over the replica data: recall@10 and MRR of tests/relevance/queries.jsonl.

    .venv/bin/python bench/relevance.py [--data-dir DIR] [--queries FILE] [--json]

With ``--data-dir`` it reads a data directory a ``facility-hub run --replicas`` has filled (store + index);
without, it runs ``facility-hub run --replicas --no-serve --json`` into a temporary directory first (1–2
minutes) and deletes it afterwards. Prints recall@10 (averaged over queries) and MRR overall and per query
category, then every miss: the query, the facility expected and the first 10 hits. Exit status 1 when
recall@10 is below 0.95.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.relevance.harness import (  # noqa: E402
    QUERIES,
    K,
    describe_misses,
    load_queries,
    run_queries,
    summarise,
    truth_entities,
)

MIN_RECALL = 0.95


def run_job(data_dir: Path) -> None:
    """The whole job on the replica sites into ``data_dir`` (SQLite store, embedded index)."""
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir)}
    env.pop("FACILITY_HUB_DB_URL", None)
    proc = subprocess.run([sys.executable, "-m", "hub.cli.main", "run", "--replicas", "--no-serve", "--json"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800)
    if proc.returncode != 0:
        sys.exit(f"facility-hub run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def evaluate(data_dir: Path, queries: Path) -> tuple[dict, str, float]:
    """(summary, misses text, seconds spent querying) for the queries over the data dir's active index."""
    from index import get_backend

    backend = get_backend("embedded", data_dir=data_dir)
    truth = truth_entities(data_dir)
    items = load_queries(queries)
    started = time.perf_counter()
    outcomes = run_queries(backend, items, truth)
    seconds = time.perf_counter() - started
    return summarise(outcomes), describe_misses(backend, outcomes, truth), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="a data dir a replica run filled (default: run one now)")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="query set (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()

    tmp = None
    data_dir = args.data_dir
    if data_dir is None:
        tmp = Path(tempfile.mkdtemp(prefix="relevance-"))
        data_dir = tmp / "var"
        print(f"running the replica job into {data_dir} ...", file=sys.stderr)
        run_job(data_dir)
    try:
        summary, misses, seconds = evaluate(data_dir, args.queries)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    overall = summary["overall"]
    if args.json:
        print(json.dumps({**summary, "misses": misses, "query_seconds": round(seconds, 3)}, ensure_ascii=False,
                         indent=2))
    else:
        print(f"queries: {overall['queries']}   expected facilities found: {summary['found']}/"
              f"{summary['expectations']}   ({seconds * 1000:.0f} ms for all queries)")
        print(f"recall@{K} (mean over queries): {overall['recall']:.3f}   MRR: {overall['mrr']:.3f}\n")
        print(f"| category | queries | recall@{K} | MRR |\n|---|---|---|---|")
        for cat, s in summary["by_category"].items():
            print(f"| {cat} | {s['queries']} | {s['recall']:.2f} | {s['mrr']:.2f} |")
        print(f"| **all** | {overall['queries']} | **{overall['recall']:.3f}** | {overall['mrr']:.3f} |")
        print("\nmisses:\n" + (misses or "(none)"))
    sys.exit(0 if overall["recall"] >= MIN_RECALL else 1)


if __name__ == "__main__":
    main()
