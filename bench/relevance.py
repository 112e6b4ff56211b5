"""Search relevance over the replica data, two ways:

- **the independent benchmark** (``bench/data/relevance/``: queries, criteria and ``judge.py`` written by an
  author who never read the search code; its README describes the criteria). The judge talks to a real
  ``facility-hub serve`` over HTTP and scores each query type: the share of the first min(10, N) hits that
  satisfy the query's criteria, or for autocomplete whether the expected name is among the first 5;
- **the team's own set** (``tests/relevance/queries.jsonl``): recall@10 and MRR of expected facilities.

    .venv/bin/python bench/relevance.py [--data-dir DIR] [--json] [--write-results] [--strict]

With ``--data-dir`` it reads a data directory a ``facility-hub run --replicas`` has filled (store + index);
without, it runs ``facility-hub run --replicas --no-serve --json`` into a temporary directory first (a fresh
replica run) and deletes it afterwards. ``--write-results`` replaces the "Search relevance" section of
bench/RESULTS.md. With ``--strict`` the exit status is 1 when a type of the independent benchmark scores below
0.95 or the team's recall@10 is below 0.95.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
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

MIN_SCORE = 0.95
INDEPENDENT = ROOT / "bench" / "data" / "relevance"


def run_job(data_dir: Path) -> None:
    """The whole job on the replica sites into ``data_dir`` (SQLite store, embedded index)."""
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir)}
    env.pop("FACILITY_HUB_DB_URL", None)
    proc = subprocess.run([sys.executable, "-m", "hub.cli.main", "run", "--replicas", "--no-serve", "--json"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800)
    if proc.returncode != 0:
        sys.exit(f"facility-hub run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def independent(data_dir: Path, *query_files: Path) -> list[dict]:
    """Serve ``data_dir`` on a free loopback port and run the independent judge against it (``--json``), once per
    query file."""
    port = _free_port()
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir)}
    env.pop("FACILITY_HUB_DB_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "hub.cli.main", "serve", "--no-scheduler", "--port", str(port)],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit(f"the server did not answer at {base}")
                time.sleep(0.3)
        return [json.loads(subprocess.run([sys.executable, str(INDEPENDENT / "judge.py"), "--api", base, str(q),
                                           "--json"], capture_output=True, text=True, check=True,
                                          timeout=1800).stdout) for q in query_files]
    finally:
        server.terminate()
        server.wait(timeout=30)


def own_set(data_dir: Path, queries: Path) -> tuple[dict, str]:
    """(summary, misses text) of the team's recall set over the data dir's active index."""
    from hub.search_vocabulary import query_vocabulary
    from index import get_backend

    backend = get_backend("embedded", data_dir=data_dir, vocabulary=query_vocabulary())
    truth = truth_entities(data_dir)
    outcomes = run_queries(backend, load_queries(queries), truth)
    return summarise(outcomes), describe_misses(backend, outcomes, truth)


HISTORY = """History (same development queries, the replica run of the day): before issue 15 the independent set
scored 0.343 overall (name 0.851, region_kind 0.820, region_equipment 0.637, opening 0.002, old_region 0.244,
every autocomplete type 0.000); query understanding, the Korean autocomplete tiers and the fallbacks of issue 15
brought it to the figures above. The team's own set was recall@10 1.000, MRR 0.935 before (it was written with
the index). The first, second and fourth held-out sets were read after their first scores were reported (to find
what failed; the fourth's first score, 0.922, is in "A fourth held-out set, every query type"); the third, by
another author, has never been opened."""


def _type_rows(summary: dict, header: str) -> list[str]:
    """A Markdown table of the judge's per-type summary."""
    lines = [f"| {header}: query type | queries | judged | score |", "|---|---|---|---|"]
    for t, s in summary.items():
        score = "—" if s["score"] is None else f"{s['score']:.3f}"
        lines.append(f"| {'**all**' if t == 'ALL' else t} | {s['queries']} | {s['judged']} | {score} |")
    return lines


HOLDOUTS = {
    "queries_holdout.jsonl": "read after its first score was reported (2026-12-02), to find what failed",
    "queries_holdout2.jsonl": "read after its first score was reported (2026-12-02, third session)",
    "queries_holdout3.jsonl": "never looked at while tuning",
    "queries_holdout4.jsonl": "read after its first score was reported (2026-12-04)",
}
"""The held-out sets, each by another independent author, and whether the team has read its misses."""


def holdout_table(judged: dict, path: Path) -> str:
    """A held-out set's scores per type only (its queries are not listed: nobody tunes against them)."""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    status = HOLDOUTS.get(path.name, "never looked at while tuning")
    return "\n".join([f"\n**Held-out set** (`{shown}`, written by another independent author, {status}; per type "
                      "only):\n", *_type_rows(judged["summary"], "held-out")])


def table(judged: dict, own: dict) -> str:
    """The Markdown table of both benchmarks, the queries scoring below 1.0 and the history."""
    lines = _type_rows(judged["summary"], "independent benchmark")
    o = own["overall"]
    lines.append(f"\nTeam's own set (`tests/relevance/queries.jsonl`): {o['queries']} queries, recall@{K} "
                 f"{o['recall']:.3f}, MRR {o['mrr']:.3f}.")
    low = [r for r in judged["results"] if r.get("score") is not None and r["score"] < 1]
    if low:
        lines.append("\nIndependent queries below 1.0: " + "; ".join(f"`{r['q']}` ({r['type']}, {r['score']:.2f})"
                                                                  for r in low) + ".")
    lines.append("\n" + HISTORY)
    return "\n".join(lines)


def write_results(text: str, command: str) -> None:
    """Replace (or append) the "Search relevance" section of bench/RESULTS.md."""
    path = Path(__file__).with_name("RESULTS.md")
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    section = (f"## Search relevance\n\nA fresh replica run, served over HTTP; the independent benchmark's judge "
               f"(`bench/data/relevance/judge.py`, criteria in its README) scores each query type. Command: "
               f"`{command}`\n\n{text}\n")
    pattern = re.compile(r"^## Search relevance\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(section + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + section
    path.write_text(new, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="a data dir a replica run filled (default: run one now)")
    parser.add_argument("--queries", type=Path, default=INDEPENDENT / "queries.jsonl",
                        help="independent benchmark queries (JSON lines)")
    parser.add_argument("--holdout", type=Path, nargs="*", default=[INDEPENDENT / name for name in HOLDOUTS],
                        help="held-out query files, each scored per type only (missing files are skipped)")
    parser.add_argument("--own-queries", type=Path, default=QUERIES, help="the team's recall set")
    parser.add_argument("--json", action="store_true", help="print both summaries as JSON")
    parser.add_argument("--write-results", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--strict", action="store_true", help="exit 1 below the 0.95 floors")
    args = parser.parse_args()

    tmp = None
    data_dir = args.data_dir
    if data_dir is None:
        tmp = Path(tempfile.mkdtemp(prefix="relevance-"))
        data_dir = tmp / "var"
        print(f"running the replica job into {data_dir} ...", file=sys.stderr)
        run_job(data_dir)
    try:
        holdouts = [h for h in args.holdout if h.exists()]
        files = [args.queries, *holdouts]
        judged, *held = independent(data_dir, *files)
        own, misses = own_set(data_dir, args.own_queries)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    text = table(judged, own)
    if held:
        head, _, history = text.rpartition("\n\n" + HISTORY)
        tables = "\n".join(holdout_table(h, path) for h, path in zip(held, holdouts, strict=True))
        text = head + "\n" + tables + "\n\n" + HISTORY + history
    if args.json:
        print(json.dumps({"independent": judged["summary"],
                          "holdout": {p.name: h["summary"] for h, p in zip(held, holdouts, strict=True)},
                          "own": own}, ensure_ascii=False, indent=2))
    else:
        print(text)
        low = [r for r in judged["results"] if r.get("score") is not None and r["score"] < 1]
        print("\nindependent queries below 1.0:")
        for r in low:
            print(f"  {r['score']:.2f}  {r['type']:<17} {r['q']}")
        print("\nown-set misses:\n" + (misses or "(none)"))
    if args.write_results:
        write_results(text, "PYTHONPATH=. .venv/bin/python " + " ".join(["bench/relevance.py", *sys.argv[1:]]))
    floors = [s["score"] for t, s in judged["summary"].items() if t != "ALL" and s["score"] is not None]
    failed = any(s < MIN_SCORE for s in floors) or own["overall"]["recall"] < MIN_SCORE
    sys.exit(1 if args.strict and failed else 0)


if __name__ == "__main__":
    main()
