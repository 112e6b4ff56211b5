"""Exact-match figures of the normalisers on a directory of labelled cases, per field.

    PYTHONPATH=. .venv/bin/python bench/normalize_cases.py [--cases DIR] [--json] [--failures]

The cases are JSONL files in the format of ``tests/cases/normalizers`` (read by the same loader and compared by
the same rules as the test suite); the file name's first word names the field. Without ``--cases`` the
development set in ``tests/cases/normalizers``. ``--failures`` prints each case that does not match: do not use
it on a held-out set you have not finished tuning against.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.normalizers.conftest import CASES_DIR, FIELDS, actual_value, load_cases, matches  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Score the cases; prints a table (or one JSON object) and returns 0."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=Path, default=CASES_DIR, help="directory of *.jsonl case files")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--failures", action="store_true", help="print every case that does not match")
    args = ap.parse_args(argv)
    if not args.cases.is_dir():
        ap.error(f"{args.cases}: not a directory")
    total, exact = Counter(), Counter()
    failures = []
    for case in load_cases(directory=args.cases):
        actual = actual_value(case)
        ok = matches(case, actual)
        total[case.field] += 1
        exact[case.field] += ok
        if not ok and args.failures:
            failures.append({"case": case.id, "input": case.input, "expected": case.expected, "actual": actual})
    fields = [f for f in FIELDS if total[f]]
    report = {"cases": str(args.cases), "fields": {f: {"exact": exact[f], "cases": total[f],
                                                        "share": round(exact[f] / total[f], 4)} for f in fields},
              "all": {"exact": sum(exact.values()), "cases": sum(total.values()),
                      "share": round(sum(exact.values()) / max(sum(total.values()), 1), 4)}}
    if args.failures:
        report["failures"] = failures
    if args.json:
        print(json.dumps(report, ensure_ascii=False, default=str))
        return 0
    print(f"{'field':<10} {'exact':>6} {'cases':>6} {'share':>7}")
    for f in fields:
        r = report["fields"][f]
        print(f"{f:<10} {r['exact']:>6} {r['cases']:>6} {r['share']:>7.1%}")
    print(f"{'all':<10} {report['all']['exact']:>6} {report['all']['cases']:>6} {report['all']['share']:>7.1%}")
    for fail in failures:
        print(json.dumps(fail, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
