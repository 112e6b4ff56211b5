#!/usr/bin/env python3
"""Validator for queries_holdout5.jsonl: ids, types, criteria keys/values the judge knows, no repeats of dev `q`,
no duplicate q, counts per type, every search criterion with N >= 1 (robustly) on the offline model of the served
v1 documents, every expected name served."""
import json, re, sys, collections
from pathlib import Path
from served import load_docs, evaluate
import judge

REL = Path(__file__).resolve().parent.parent
QF = REL / "queries_holdout5.jsonl"
DEV = REL / "queries.jsonl"
MIN = {"name": 30, "region_kind": 30, "region_equipment": 30, "old_region": 30, "opening": 30,
       "suggest_chosung": 25, "suggest_partial": 25, "suggest_layout": 25, "suggest_typo": 25}
KEYS = {"sido", "sigungu", "kind", "kind_primary", "name_any", "address_any", "equipment", "equipment_all", "open",
        "open_any", "facility", "any", "not"}
KINDS = {"makerspace_general", "makerspace_specialized", "muhan_hub", "muhan_small", "ict_devicelab", "ccei",
         "sogongin_center", "private_makerspace"}
SIDO = {"서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시", "경기도",
        "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도"}
EQ = set(judge.EQUIPMENT)


def lst(v):
    return v if isinstance(v, list) else [v]


def check_crit(c, errs, qid):
    for k, v in c.items():
        if k not in KEYS:
            errs.append(f"{qid}: unknown key {k}")
        elif k == "sido" and not set(lst(v)) <= SIDO:
            errs.append(f"{qid}: bad sido {v}")
        elif k == "sigungu" and not all(x.split(" ")[0] in SIDO for x in lst(v)):
            errs.append(f"{qid}: bad sigungu {v}")
        elif k in ("kind", "kind_primary") and not set(lst(v)) <= KINDS:
            errs.append(f"{qid}: bad kind {v}")
        elif k in ("equipment", "equipment_all") and not set(lst(v)) <= EQ:
            errs.append(f"{qid}: bad equipment {v}")
        elif k in ("open", "open_any") and not set(lst(v)) <= set(judge.OPEN_TESTS):
            errs.append(f"{qid}: bad open {v}")
        elif k == "any":
            for sub in v:
                check_crit(sub, errs, qid)
        elif k == "not":
            check_crit(v, errs, qid)


def main():
    docs = load_docs()
    dev = {judge.norm(json.loads(l)["q"]) for l in DEV.open(encoding="utf-8") if l.strip()}
    rows = [json.loads(l) for l in QF.open(encoding="utf-8") if l.strip()]
    errs, seen, cnt = [], set(), collections.Counter()
    served_names = {judge.norm(n) for d in docs.values() for n in d["names"]}
    members = {m for d in docs.values() for m in d["members"]}
    for q in rows:
        qid, t = q.get("id"), q.get("type")
        cnt[t] += 1
        if t not in MIN:
            errs.append(f"{qid}: bad type {t}")
            continue
        if not re.fullmatch(rf"h5-{t}-\d{{3}}", qid or ""):
            errs.append(f"{qid}: bad id")
        if not q.get("q") or not q.get("why"):
            errs.append(f"{qid}: missing q/why")
        nq = judge.norm(q["q"])
        if nq in dev:
            errs.append(f"{qid}: repeats a dev q: {q['q']}")
        if (nq, t) in seen:
            errs.append(f"{qid}: duplicate q {q['q']}")
        seen.add((nq, t))
        c = q["criteria"]
        if t.startswith("suggest_"):
            if set(c) - {"expect", "expect_facility"} or "expect" not in c:
                errs.append(f"{qid}: suggest criteria must be expect(/expect_facility)")
            if not {judge.norm(x) for x in lst(c["expect"])} & served_names:
                errs.append(f"{qid}: expected name not served")
            if not set(lst(c.get("expect_facility", []))) <= members:
                errs.append(f"{qid}: unknown expect_facility")
            if any(judge.norm(q["q"]) == judge.norm(x) for x in lst(c["expect"])):
                errs.append(f"{qid}: autocomplete string equals the name")
            continue
        check_crit(c, errs, qid)
        if "facility" in c and not set(lst(c["facility"])) <= members:
            errs.append(f"{qid}: unknown facility id")
        rob, loose = evaluate(c, docs)
        if not rob:
            errs.append(f"{qid}: N=0 (robust), loose {len(loose)}")
    for t, m in MIN.items():
        if cnt[t] < m:
            errs.append(f"type {t}: {cnt[t]} < {m}")
    print("counts:", dict(cnt), "total:", len(rows))
    print("\n".join(errs) if errs else "OK: no problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
