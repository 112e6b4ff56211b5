"""Validator for queries_holdout3.jsonl (holdout3).

Checks: ids h3-<type>-NNN (unique, numbered in order per type); types opening/name; criteria keys and open
conditions known to judge.py; equipment keys known; no q repeated within the file or from the development set
(compared lower-cased without spaces); name queries do not target development `facility` ids, list ids that
exist in sites/data v1 and cover every member of one truth id; every query has N >= 1 on the simulated served
v1 documents, counting only 'robust' documents (criteria hold for every member record and every reading of an
ambiguous hours string) that have at least one member on the eight generated sites.
    python3 validate.py [-v]
"""
import json
import os
import re
import sys

import sim
import judge

HERE = os.path.dirname(os.path.abspath(__file__))
REL = os.path.dirname(HERE)
QFILE = os.path.join(REL, "queries_holdout3.jsonl")
DEV = os.path.join(REL, "queries.jsonl")
KEYS = {"sido", "sigungu", "kind", "kind_primary", "name_any", "address_any", "equipment", "equipment_all", "open",
        "open_any", "facility", "any", "not"}
TYPES = {"opening", "name"}


def qnorm(s):
    return re.sub(r"\s+", "", s).lower()


def check_keys(crit, errs, qid):
    for k, v in crit.items():
        if k not in KEYS:
            errs.append(f"{qid}: unknown criteria key {k}")
        if k in ("open", "open_any"):
            for c in judge._as_list(v):
                if c not in judge.OPEN_TESTS:
                    errs.append(f"{qid}: unknown open condition {c}")
        if k in ("equipment", "equipment_all"):
            for e in judge._as_list(v):
                if e not in judge.EQUIPMENT:
                    errs.append(f"{qid}: equipment key {e} not in judge.EQUIPMENT")
        if k in ("any",):
            for sub in v:
                check_keys(sub, errs, qid)
        if k == "not":
            check_keys(v, errs, qid)


def main():
    verbose = "-v" in sys.argv
    dev = [json.loads(l) for l in open(DEV, encoding="utf-8") if l.strip()]
    dev_q = {qnorm(q["q"]) for q in dev}
    dev_fac = {f for q in dev for f in judge._as_list(q.get("criteria", {}).get("facility"))}
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    groups = sim.load()
    member_tid = {f'{r["site"]}:{r["key"]}': t for t, rs in groups.items() for r in rs}
    errs, seen_q, seen_id, counters = [], set(), set(), {}
    for q in qs:
        qid, t = q.get("id"), q.get("type")
        if t not in TYPES:
            errs.append(f"{qid}: type {t}")
        counters[t] = counters.get(t, 0) + 1
        if qid != f"h3-{t}-{counters[t]:03d}" or qid in seen_id:
            errs.append(f"{qid}: bad or duplicate id")
        seen_id.add(qid)
        if not q.get("q") or not q.get("why") or not isinstance(q.get("criteria"), dict):
            errs.append(f"{qid}: missing q/why/criteria")
            continue
        n = qnorm(q["q"])
        if n in dev_q:
            errs.append(f"{qid}: q repeats a development query: {q['q']}")
        if n in seen_q:
            errs.append(f"{qid}: q repeated in file")
        seen_q.add(n)
        crit = q["criteria"]
        check_keys(crit, errs, qid)
        if t == "opening" and "open" not in crit and "open_any" not in crit:
            errs.append(f"{qid}: opening query without an open condition")
        if t == "name":
            fac = judge._as_list(crit.get("facility"))
            if set(fac) & dev_fac:
                errs.append(f"{qid}: targets a development facility {set(fac) & dev_fac}")
            tids = {member_tid.get(f) for f in fac}
            if None in tids:
                errs.append(f"{qid}: unknown facility id in {fac}")
            tids.discard(None)
            if len(tids) != 1:
                errs.append(f"{qid}: facility ids span {len(tids)} truth ids")
            for tid in tids:
                want = {f'{r["site"]}:{r["key"]}' for r in groups[tid]}
                if want - set(fac):
                    errs.append(f"{qid}: missing members {want - set(fac)}")
        robust, possible = sim.evaluate(crit, groups)
        robust_gen = [x for x in robust if sim.generated(groups[x])]
        if not robust_gen:
            errs.append(f"{qid}: N=0 on robust generated-site documents (possible={len(possible)})")
        if verbose:
            names = [groups[x][0]["name"] for x in robust_gen][:6]
            unsure = sorted(set(possible) - set(robust))
            print(f"{qid:<16} N_robust={len(robust):<3} N_gen={len(robust_gen):<3} N_possible={len(possible):<3} "
                  f"{q['q']}  -> {names}" + (f"  unsure={[groups[x][0]['name'] for x in unsure][:4]}" if unsure else ""))
    print("counts:", counters, "total", len(qs))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
