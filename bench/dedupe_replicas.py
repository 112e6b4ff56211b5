"""Pairwise F1 of the pipeline's entities against the replica sites' ground truth.

Runs the whole job on the version-1 replicas into a fresh data directory (or reads an existing one), writes
``pred.csv`` (facility id → entity id) and ``truth.csv`` (facility id → real facility) and scores them with
``../shared/tools/score.py``.

    python bench/dedupe_replicas.py [--data-dir DIR] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "tools" / "score.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="Use an existing data directory instead of a fresh run.")
    parser.add_argument("--score", type=Path, default=SCORE, help="Path to score.py.")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="fh-replicas-")) / "var"
    if args.data_dir is None:
        env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir)}
        proc = subprocess.run([sys.executable, "-m", "hub.cli.main", "run", "--replicas", "--no-serve", "--json"],
                              env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"run failed: {proc.stderr[-2000:]}")
        print("run:", json.dumps({k: v for k, v in json.loads(proc.stdout).items() if k != "sources"}))
    from hub.store import open_store
    from hub.store.schema import EntityMember

    store = open_store(f"sqlite:///{data_dir / 'facility-hub.db'}")
    with store.session() as session:
        members = dict(session.query(EntityMember.facility_id, EntityMember.entity_id).all())
    store.dispose()
    truth_rows = list(csv.DictReader((ROOT / "sites" / "data" / "ground_truth.csv").open(encoding="utf-8")))
    truth = {f"{r['site']}:{r['key']}": r["truth_id"] for r in truth_rows}
    out = data_dir.parent
    ids = sorted(set(members) & set(truth))
    with (out / "pred.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "cluster"])
        w.writerows([i, members[i]] for i in ids)
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "cluster"])
        w.writerows([i, truth[i]] for i in ids)
    print(f"facilities scored: {len(ids)} (in store {len(members)}, in ground truth for v1+v2 {len(truth)})")
    subprocess.run([sys.executable, str(args.score), str(out / "pred.csv"), str(out / "truth.csv")], check=True)


if __name__ == "__main__":
    main()
