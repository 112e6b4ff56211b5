"""Run one deduplication method on one CSV in this process and print its figures as one JSON object.

    python -m bench.peers.runner {ours,fuzzy,exact,splink} RECORDS.csv CLUSTERS.csv

``bench/dedupe_peers.py`` starts one of these per method and input, so that each method's peak memory is its own
process's. ``seconds`` is the method's work (reading the CSV to writing ``id,cluster``), without interpreter start
and imports; ``import_seconds`` is the import of the method's modules; ``cpu_seconds`` is the CPU time of the
work in this process (all threads) and in any process it forked and waited for.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _method(name: str) -> Any:
    """The method's ``run(records, clusters)`` function, imported here so that its import is timed apart."""
    if name == "ours":
        from dedupe.standalone import cluster_csv

        def ours(records: Path, clusters: Path) -> dict[str, Any]:
            stats = cluster_csv(records, clusters)  # the shipped model (config/dedupe.yaml), as a black box
            return {k: stats[k] for k in ("records", "clusters", "candidate_pairs", "seconds") if k in stats}

        return ours
    if name == "fuzzy":
        from bench.peers.fuzzy import run_fuzzy

        return run_fuzzy
    if name == "exact":
        from bench.peers.exact import run_exact

        return run_exact
    if name == "splink":
        import splink  # noqa: F401 - imported here so that its import time is not the method's
        import splink.comparison_library  # noqa: F401

        from bench.peers.splink_peer import run_splink

        return run_splink
    raise SystemExit(f"unknown method {name!r}; choose ours, fuzzy, exact or splink")


def main(argv: list[str]) -> int:
    """Entry point; returns the exit code."""
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    name, records, clusters = argv[0], Path(argv[1]), Path(argv[2])
    started = time.perf_counter()
    run = _method(name)
    imported = time.perf_counter()
    cpu_before = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
    stats = run(records, clusters)
    seconds = time.perf_counter() - imported
    cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) - cpu_before
    usage = resource.getrusage(resource.RUSAGE_SELF)
    report = {
        "method": name,
        "seconds": round(seconds, 3),
        "import_seconds": round(imported - started, 3),
        "cpu_seconds": round(cpu, 3),
        "self_peak_mb": round(usage.ru_maxrss / 1024, 1),
        "children_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "stats": stats,
    }
    print(json.dumps(report, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
