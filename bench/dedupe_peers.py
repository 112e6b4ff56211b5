"""Dedupe side by side: facility-hub's matcher and its peers on the same inputs, in one run.

Methods (each in its own process, so that each peak memory is the method's own):
  ours     dedupe.standalone.cluster_csv with the shipped model (config/dedupe.yaml)
  fuzzy    blocking (name prefix, phone, road + number) + rapidfuzz token_set_ratio with a phone/address bonus,
           Korean name rules, union-find over pairs scoring ≥ 95 (bench/peers/fuzzy.py)
  exact    equal normalised names are one facility (bench/peers/exact.py)
  splink   Splink 5 on DuckDB, unsupervised (random-sampling u, EM blocked on name and on phone), clusters at
           match probability ≥ 0.95 (bench/peers/splink_peer.py). Optional: install it with
               .venv/bin/pip install -e '.[bench]'
           without it the column says "not installed".

Inputs (default: --crosssource --chicago):
  --crosssource   bench/data/crosssource/records.csv + truth.csv (the development part only)
  --chicago       ../shared/data/benchmarks/chicago_ece/ (3,337 real English listings)
  --synth N       ../shared/tools/gen_synth.py --n N --seed 42 (repeatable)
  --input R.csv --truth T.csv   any standalone-format CSV with its truth (repeatable, in pairs)

Scores are pairwise precision / recall / F1 from ../shared/tools/score.py --json. "seconds" is each method's
work from reading the CSV to writing id,cluster (no interpreter start or imports), "CPU s" the CPU time of that
work (all threads and forked processes), "process" the whole child process's wall time; "ours ÷ this" is our
seconds over the method's, "(CPU)" the same for CPU time — on a shared, loaded machine the CPU ratio is the
steadier one. Peak memory is the method process's maximum RSS (with any process it forked, whichever is
larger). The machine's load average is recorded before and after every method.

    .venv/bin/python bench/dedupe_peers.py                       # crosssource + chicago, all methods
    .venv/bin/python bench/dedupe_peers.py --synth 100000 --methods ours,fuzzy,splink --json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()), ROOT.parent / "shared")
METHODS = ("ours", "fuzzy", "exact", "splink")
CROSSSOURCE = ROOT / "bench" / "data" / "crosssource"


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    try:
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), "")
    except OSError:
        pass
    return {"cpu": cpu or platform.processor(), "cores": os.cpu_count(), "python": platform.python_version(),
            "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
            "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE")}


def score(pred: Path, truth: Path) -> dict[str, Any]:
    """score.py --json of a predicted clustering."""
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(pred), str(truth), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def splink_installed() -> bool:
    """Whether the optional Splink extra is installed."""
    return importlib.util.find_spec("splink") is not None


def run_method(method: str, records: Path, clusters: Path, timeout: float) -> dict[str, Any]:
    """Run one method in a child process; its report plus the process's wall time and peak RSS."""
    if method == "splink" and not splink_installed():
        return {"method": method, "error": "not installed", "hint": ".venv/bin/pip install -e '.[bench]'"}
    load_before = _load()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "bench.peers.runner", method, str(records), str(clusters)],
                                cwd=ROOT, stdout=out, stderr=err)
        deadline = started + timeout
        while True:  # os.wait4 gives this child's own rusage (peak RSS), which subprocess does not
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return {"method": method, "error": f"killed after {timeout:.0f} s", "load_before": load_before}
            time.sleep(0.02)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        tail = stderr.strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
        return {"method": method, "error": tail[0], "load_before": load_before}
    report = json.loads(stdout.strip().splitlines()[-1])
    report.update(process_seconds=round(wall, 3), peak_rss_mb=round(usage.ru_maxrss / 1024, 1),
                  load_before=load_before, load_after=_load())
    return report


def datasets(args: argparse.Namespace, work: Path) -> list[tuple[str, Path, Path]]:
    """(name, records, truth) of every input asked for, generating synthetic sets on the way."""
    out: list[tuple[str, Path, Path]] = []
    if args.crosssource:
        out.append(("crosssource (dev)", CROSSSOURCE / "records.csv", CROSSSOURCE / "truth.csv"))
    if args.chicago:
        bench = SHARED / "data" / "benchmarks" / "chicago_ece"
        out.append(("chicago_ece", bench / "records.csv", bench / "truth.csv"))
    for n in args.synth or []:
        data = work / f"synth-{n}-42"
        if not (data / "records.csv").exists():
            print(f"generating gen_synth --n {n} --seed 42 …", file=sys.stderr)
            subprocess.run([sys.executable, str(SHARED / "tools" / "gen_synth.py"), "--n", str(n), "--seed", "42",
                            "--out", str(data)], check=True, capture_output=True)
        out.append((f"synth {n:,}", data / "records.csv", data / "truth.csv"))
    for records, truth in zip(args.input or [], args.truth or [], strict=True):
        out.append((records.name if records.parent == Path(".") else str(records), records, truth))
    return out


def compare(name: str, records: Path, truth: Path, methods: list[str], work: Path, timeout: float) -> dict:
    """Every method on one input, scored."""
    results: dict[str, Any] = {}
    slug = "".join(c if c.isalnum() else "-" for c in name)
    for method in methods:
        print(f"[{name}] {method} …", file=sys.stderr, flush=True)
        clusters = work / f"{slug}.{method}.csv"
        report = run_method(method, records, clusters, timeout)
        if "error" not in report:
            s = score(clusters, truth)
            report["score"] = {k: s[k] for k in ("pair_precision", "pair_recall", "pair_f1", "b3_f1", "pred_pairs",
                                                 "true_pairs", "tp_pairs", "records")}
            print(f"[{name}] {method}: F1 {s['pair_f1']:.3f}, {report['seconds']:.2f} s, "
                  f"{report['peak_rss_mb']:.0f} MB", file=sys.stderr, flush=True)
        else:
            print(f"[{name}] {method}: {report['error']}", file=sys.stderr, flush=True)
        results[method] = report
    ours = results.get("ours", {})
    for method, report in results.items():
        if method != "ours" and "seconds" in ours and report.get("seconds"):
            report["ours_time_ratio"] = round(ours["seconds"] / report["seconds"], 3)
            report["ours_cpu_ratio"] = round(ours["cpu_seconds"] / report["cpu_seconds"], 3) \
                if report.get("cpu_seconds") else None
    return {"records": str(records), "truth": str(truth), "methods": results}


def table(result: dict[str, Any]) -> str:
    """The summary table for people."""
    head = (f"{'data':<20} {'method':<7} {'P':>6} {'R':>6} {'F1':>6} {'B3 F1':>6} {'seconds':>8} {'CPU s':>7} "
            f"{'process':>8} {'peak MB':>8} {'ours÷this':>9} {'(CPU)':>6}")
    lines = [head, "-" * len(head)]
    for data, entry in result["datasets"].items():
        for method, r in entry["methods"].items():
            if "error" in r:
                lines.append(f"{data:<20} {method:<7} {method}: {r['error']}" + (f" ({r['hint']})" if "hint" in r
                                                                                   else ""))
                continue
            s = r["score"]
            ratio = f"{r['ours_time_ratio']:.2f}×" if "ours_time_ratio" in r else ""
            cpu_ratio = f"{r['ours_cpu_ratio']:.2f}×" if r.get("ours_cpu_ratio") else ""
            lines.append(f"{data:<20} {method:<7} {s['pair_precision']:>6.3f} {s['pair_recall']:>6.3f} "
                         f"{s['pair_f1']:>6.3f} {s['b3_f1']:>6.3f} {r['seconds']:>8.2f} {r['cpu_seconds']:>7.2f} "
                         f"{r['process_seconds']:>8.2f} {r['peak_rss_mb']:>8.0f} {ratio:>9} {cpu_ratio:>6}")
    m = result["machine"]
    lines.append(f"\n{m['cpu']}, {m['cores']} cores, Python {m['python']}; load average at start "
                 f"{' / '.join(map(str, m['load_average_1_5_15']))}, at end {result['load_average_end']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the comparison; returns the exit code."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crosssource", action="store_true", help="the cross-source benchmark, development part")
    ap.add_argument("--chicago", action="store_true", help="chicago_ece (real English listings)")
    ap.add_argument("--synth", type=int, action="append", metavar="N", help="gen_synth.py --n N --seed 42")
    ap.add_argument("--input", type=Path, action="append", help="records CSV (give --truth with each)")
    ap.add_argument("--truth", type=Path, action="append", help="truth CSV (id,cluster) for the --input before")
    ap.add_argument("--methods", default=",".join(METHODS), help=f"comma-separated, from {', '.join(METHODS)}")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a method is killed (default 1800)")
    ap.add_argument("--workdir", type=Path, help="keep generated inputs and predicted clusters here")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)
    if len(args.input or []) != len(args.truth or []):
        ap.error("give one --truth for every --input")
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        ap.error(f"unknown method(s) {', '.join(unknown)}; choose from {', '.join(METHODS)}")
    if not (args.crosssource or args.chicago or args.synth or args.input):
        args.crosssource = args.chicago = True
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result: dict[str, Any] = {"machine": machine(), "datasets": {}}
        for name, records, truth in datasets(args, work):
            result["datasets"][name] = compare(name, records, truth, methods, work, args.timeout)
        result["load_average_end"] = _load()
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
