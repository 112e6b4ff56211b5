"""Validator for queries_holdout4.jsonl: ids, types, criteria keys, no dev `q` repeats, N >= 1 on the offline model."""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
import model

HERE = Path(__file__).resolve().parent
QF = HERE.parent / "queries_holdout4.jsonl"
DEV = HERE.parent / "queries.jsonl"
TYPES = ["name", "region_kind", "region_equipment", "opening", "old_region",
         "suggest_chosung", "suggest_partial", "suggest_layout", "suggest_typo"]
MIN = {"name": 30, "region_kind": 30, "region_equipment": 30, "opening": 30, "old_region": 30,
       "suggest_chosung": 25, "suggest_partial": 25, "suggest_layout": 25, "suggest_typo": 25}
KEYS = {"sido", "sigungu", "kind", "kind_primary", "name_any", "address_any", "equipment", "equipment_all", "open",
        "open_any", "facility", "any", "not", "expect", "expect_facility"}
OPEN = set(model.OPEN_TESTS)
KINDS = {"makerspace_general", "makerspace_specialized", "muhan_hub", "muhan_small", "ccei", "sogongin_center",
         "ict_devicelab"}
SIDOS = set(model.SIDO)

def qkey(q): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", q)).lower()

def main():
    docs = model.load()
    ids = {m["id"] for d in docs.values() for m in d["members"]}
    dev = [json.loads(l) for l in open(DEV, encoding="utf-8") if l.strip()]
    devq = {qkey(q["q"]) for q in dev}
    devfac = {f for q in dev for f in (q["criteria"].get("facility") or [])}
    devfac |= {f for q in dev for f in (q["criteria"].get("expect_facility") or [])}
    qs = [json.loads(l) for l in open(QF, encoding="utf-8") if l.strip()]
    errs = []; seen = set(); seenq = set(); cnt = Counter(); hit_dev = Counter()
    for q in qs:
        t = q.get("type"); c = q.get("criteria") or {}
        if t not in TYPES: errs.append(f"{q['id']}: bad type")
        if not re.fullmatch(rf"h4-{t}-\d{{3}}", q.get("id", "")): errs.append(f"{q['id']}: bad id")
        if q["id"] in seen: errs.append(f"{q['id']}: duplicate id")
        seen.add(q["id"]); cnt[t] += 1
        k = qkey(q["q"])
        if k in devq: errs.append(f"{q['id']}: repeats a dev q {q['q']!r}")
        if (t, k) in seenq: errs.append(f"{q['id']}: repeated q within the set")
        seenq.add((t, k))
        if not q.get("why"): errs.append(f"{q['id']}: no why")
        bad = set(c) - KEYS
        if bad: errs.append(f"{q['id']}: unknown keys {bad}")
        for o in model._as_list(c.get("open")): 
            if o not in OPEN: errs.append(f"{q['id']}: unknown open {o}")
        for kd in model._as_list(c.get("kind")):
            if kd not in KINDS: errs.append(f"{q['id']}: unknown kind {kd}")
        for sd in model._as_list(c.get("sido")):
            if sd not in SIDOS: errs.append(f"{q['id']}: bad sido {sd}")
        for sg in model._as_list(c.get("sigungu")):
            if sg.split()[0] not in SIDOS: errs.append(f"{q['id']}: bad sigungu {sg}")
        for f in model._as_list(c.get("facility")) + model._as_list(c.get("expect_facility")):
            if f not in ids: errs.append(f"{q['id']}: unknown member id {f}")
            if f in devfac: hit_dev[t] += 1
        if t.startswith("suggest_"):
            if "expect" not in c: errs.append(f"{q['id']}: no expect"); continue
            want = {model.norm(x) for x in model._as_list(c["expect"])}
            fac = set(model._as_list(c.get("expect_facility")))
            served = [d for d in docs.values() if {m["id"] for m in d["members"]} & fac]
            if not served: errs.append(f"{q['id']}: expect_facility not served")
            for d in served:
                nm = {model.norm(m["name"]) for m in d["members"]} | {model.norm(a) for m in d["members"] for a in m["alt_names"]}
                if not want <= nm: errs.append(f"{q['id']}: expect name not a member name of its document")
            # name not shared by another document
            others = [t2 for t2, d in docs.items() if d not in served and {model.norm(m["name"]) for m in d["members"]} & want]
            if others: errs.append(f"{q['id']}: expect name also names {others}")
        else:
            sure, mb = model.counts(docs, c)
            q["_N"] = (len(sure), len(mb))
            if not sure: errs.append(f"{q['id']}: N_sure = 0 (maybe {len(mb)}) {q['q']}")
    for t in TYPES:
        if cnt[t] < MIN[t]: errs.append(f"type {t}: {cnt[t]} < {MIN[t]}")
    if "-v" in sys.argv:
        for q in qs:
            if "_N" in q: print(q["id"], q["_N"], q["q"])
    print("counts:", dict(cnt), "total", len(qs))
    print("criteria/expect ids that are dev targets, per type:", dict(hit_dev))
    print("errors:", len(errs)); [print("  ", e) for e in errs]
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
