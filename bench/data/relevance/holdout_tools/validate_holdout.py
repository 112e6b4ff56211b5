#!/usr/bin/env python3
"""Validate queries_holdout.jsonl (Python standard library only; reads data files, never the search system).

    python3 validate_holdout.py [queries_holdout.jsonl]

Checks: every line parses; ids unique and of the form ho-<type>-NNN; types and counts as in the README holdout
column; criteria use only keys, open conditions and equipment keys the judge understands; no `q` repeats the
development set (exact, and after removing spaces/case); every facility id (`facility`, `expect_facility`) is a
`site:key` that the replica data holds; every `expect` name is the name of a replica record. Also reports
(informational) which facility ids and q's overlap with the development set. Exit code 1 on any error.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = Path("/work/main/bench/data/relevance/queries.jsonl")
DATA = Path("/work/main/sites/data")
SITES = ["makeall", "muhan", "devicelab", "ccei", "sogongin", "fablab_jsonld", "makercafe_plain", "workshop_sitemap"]
COUNTS = {"name": 16, "region_kind": 14, "region_equipment": 14, "opening": 14, "old_region": 14,
          "suggest_chosung": 9, "suggest_partial": 9, "suggest_layout": 9, "suggest_typo": 9}
SUGGEST = {t for t in COUNTS if t.startswith("suggest_")}
SEARCH_KEYS = {"sido", "sigungu", "kind", "kind_primary", "name_any", "address_any", "equipment", "equipment_all",
               "open", "open_any", "facility", "any", "not"}
SUGGEST_KEYS = {"expect", "expect_facility"}
OPEN = {"weekend", "weekend_both", "saturday", "sunday", "monday", "saturday_afternoon", "evening",
        "weekday_evening", "weekend_evening", "night", "weekday_night", "late_22"}
KINDS = {"makerspace_general", "makerspace_specialized", "muhan_hub", "muhan_small", "ccei", "sogongin_center",
         "ict_devicelab"}
EQUIPMENT = {"3D printer", "SLA 3D printer", "metal 3D printer", "food 3D printer", "3D pen", "laser cutter",
             "laser engraver", "laser welder", "CNC router", "CNC milling machine", "CNC lathe", "machining center",
             "UV printer", "large format printer", "vinyl cutter", "heat press", "3D scanner",
             "coordinate measuring machine", "SMT equipment", "PCB milling machine", "soldering station",
             "oscilloscope", "electronic test equipment", "vacuum former", "injection molding machine", "band saw",
             "table saw", "woodworking tools", "drill press", "sander", "sewing machine", "embroidery machine",
             "automatic cutting machine", "leather crafting tools", "power tools", "hand tools", "VR equipment",
             "video production equipment", "robot arm", "kiln", "pottery wheel"}
SIDO = {"서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시",
        "경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도"}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t or "")).lower()
    return re.sub(r"[\s·ㆍ\.\-_/(),\[\]'\"]+", "", t)


def as_list(v):
    return list(v) if isinstance(v, (list, tuple)) else [v]


def replica():
    ids, names = {}, set()
    for s in SITES:
        d = json.loads((DATA / f"{s}.json").read_text(encoding="utf-8"))
        recs = list(d["v1"]) + list(d["v2"].get("changed", [])) + list(d["v2"].get("added", []))
        v1 = {r["key"] for r in d["v1"]}
        removed = set(d["v2"].get("removed", []))
        for r in recs:
            fid = f"{s}:{r['key']}"
            ids[fid] = ("v1+v2" if r["key"] in v1 and r["key"] not in removed else
                        "v1 only" if r["key"] in v1 else "v2 only")
            names.add(norm(r["name"]))
            for a in r.get("alt_names") or []:
                names.add(norm(a))
    return ids, names


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else HERE / "queries_holdout.jsonl"
    errors, notes = [], []
    ids, names = replica()
    dev = [json.loads(l) for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()]
    dev_q = {q["q"] for q in dev}
    dev_qn = {norm(q["q"]) for q in dev}
    dev_fac = Counter(f for q in dev for f in as_list(q["criteria"].get("facility", [])))
    dev_expect = {norm(e) for q in dev for e in as_list(q["criteria"].get("expect", []))}

    qs, seen = [], set()
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: does not parse: {e}")
            continue
        qs.append(q)
        qid, t, text, crit = q.get("id"), q.get("type"), q.get("q"), q.get("criteria")
        where = f"{qid or 'line ' + str(ln)}"
        if set(q) != {"id", "type", "q", "criteria", "why"}:
            errors.append(f"{where}: fields {sorted(q)}")
        if t not in COUNTS:
            errors.append(f"{where}: unknown type {t!r}")
            continue
        if not re.fullmatch(rf"ho-{t}-\d{{3}}", str(qid)):
            errors.append(f"{where}: id does not match ho-{t}-NNN")
        if qid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(qid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty q")
        if not str(q.get("why") or "").strip():
            errors.append(f"{where}: empty why")
        if text in dev_q:
            errors.append(f"{where}: q {text!r} is in the development set")
        elif norm(text) in dev_qn:
            errors.append(f"{where}: q {text!r} equals a development q up to spaces/case")
        if not isinstance(crit, dict) or not crit:
            errors.append(f"{where}: empty criteria")
            continue
        if t in SUGGEST:
            bad = set(crit) - SUGGEST_KEYS
            if bad or "expect" not in crit:
                errors.append(f"{where}: suggest criteria keys {sorted(crit)}")
            for e in as_list(crit.get("expect", [])):
                if norm(e) not in names:
                    errors.append(f"{where}: expect {e!r} is not a replica facility name")
                if norm(e) in dev_expect:
                    notes.append(f"{where}: expect {e!r} is also a development target")
            for f in as_list(crit.get("expect_facility", [])):
                if f not in ids:
                    errors.append(f"{where}: expect_facility {f!r} not in replica data")
        else:
            check_search(crit, where, ids, errors)
            for f in as_list(crit.get("facility", [])):
                if dev_fac.get(f):
                    notes.append(f"{where}: facility {f} also targeted by the development set")
            for f in as_list(crit.get("facility", [])):
                if f in ids and ids[f] != "v1+v2":
                    notes.append(f"{where}: facility {f} is {ids[f]} in the replica data")

    counts = Counter(q.get("type") for q in qs)
    for t, n in COUNTS.items():
        if counts.get(t, 0) != n:
            errors.append(f"type {t}: {counts.get(t, 0)} queries, expected {n}")
    if len(qs) != sum(COUNTS.values()):
        errors.append(f"{len(qs)} queries, expected {sum(COUNTS.values())}")

    for t in COUNTS:
        print(f"{t:<18}{counts.get(t, 0):>4}")
    print(f"{'total':<18}{len(qs):>4}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def check_search(crit, where, ids, errors):
    for k, v in crit.items():
        if k not in SEARCH_KEYS:
            errors.append(f"{where}: unknown criteria key {k!r}")
        elif k == "sido":
            for s in as_list(v):
                if s not in SIDO:
                    errors.append(f"{where}: sido {s!r} is not an official 시도 name")
        elif k == "sigungu":
            for s in as_list(v):
                if s.split()[0] not in SIDO or len(s.split()) < 2:
                    errors.append(f"{where}: sigungu {s!r} must be '시도 시군구[ 일반구]'")
        elif k in ("kind", "kind_primary"):
            for s in as_list(v):
                if s not in KINDS:
                    errors.append(f"{where}: kind {s!r} unknown")
        elif k in ("equipment", "equipment_all"):
            for s in as_list(v):
                if s not in EQUIPMENT:
                    errors.append(f"{where}: equipment key {s!r} unknown to the judge")
        elif k in ("open", "open_any"):
            for s in as_list(v):
                if s not in OPEN:
                    errors.append(f"{where}: open condition {s!r} unknown")
        elif k == "facility":
            for f in as_list(v):
                if f not in ids:
                    errors.append(f"{where}: facility {f!r} not in replica data")
        elif k in ("any",):
            for sub in as_list(v):
                check_search(sub, where, ids, errors)
        elif k == "not":
            check_search(v, where, ids, errors)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
