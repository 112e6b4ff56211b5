#!/usr/bin/env python3
"""N per query on the simulated documents (sim.py) in all 8 variants, using the judge's own match().

Prints one line per query: min/max N over the variants, N for v1 (wide, first), and the matching names when N is
small. Exits 1 if any query has N = 0 in the v1 variants (the served build) or in any variant with --strict.
"""
from __future__ import annotations

import sys as _sys

_sys.dont_write_bytecode = True  # leave no __pycache__ beside the judge

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))
import judge  # noqa: E402  (the benchmark's judge; only match() is used)
import sim  # noqa: E402

QFILE = os.path.normpath(os.path.join(HERE, "..", "queries_holdout2.jsonl"))


def main():
    strict = "--strict" in sys.argv
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    variants = {v: sim.load(*v) for v in sim.VARIANTS}
    bad = 0
    for q in qs:
        ns = {}
        for v, docs in variants.items():
            ns[v] = sum(1 for d in docs.values() if judge.match(d, q["criteria"]))
        v1 = [n for v, n in ns.items() if v[0] == 1]
        base = ns[(1, "wide", "first")]
        flag = ""
        if min(v1) == 0 or (strict and min(ns.values()) == 0):
            flag = "  <-- N=0"
            bad += 1
        elif min(ns.values()) == 0:
            flag = "  (N=0 in a v2 variant)"
        names = ""
        if base <= 3:
            names = " | " + "; ".join(f"{d['name']} [{d['sigungu'] or d['sido']}]"
                                      for d in variants[(1, "wide", "first")].values()
                                      if judge.match(d, q["criteria"]))
        print(f"{q['id']:<26} N={base:<4} v1[{min(v1)}-{max(v1)}] all[{min(ns.values())}-{max(ns.values())}] "
              f"{q['q']}{names}{flag}")
    print(f"{len(qs)} queries, {bad} with N=0")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
