#!/usr/bin/env python3
"""Validates ../queries_holdout2.jsonl. Standard library only; exits 1 on any error.

Checks: every line parses and has id/type/q/criteria/why; ids are `h2-<type>-NNN`, unique and numbered 001… per
type; types are the five search types with at least the required counts; criteria use only keys, kind keys,
equipment keys and open conditions that the judge knows (`any`/`not` checked recursively); `sido` values are
official 시도 names and `sigungu` values start with one; no `q` repeats a development `q` or another `q` of this
file (exactly or up to spaces/case); every `facility` id is a `site:key` of the replica data (v1 or v2) and none
is a development `facility` target. Also prints, for information, queries whose criteria equal a dev query's.
"""
from __future__ import annotations

import sys as _sys

_sys.dont_write_bytecode = True  # leave no __pycache__ beside the judge

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REL = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, REL)
import judge  # noqa: E402

QFILE = os.path.join(REL, "queries_holdout2.jsonl")
DEVFILE = os.path.join(REL, "queries.jsonl")
DATA = os.path.normpath(os.path.join(REL, "..", "..", "..", "sites", "data"))
SITES = ["makeall", "muhan", "ccei", "devicelab", "sogongin", "fablab_jsonld", "makercafe_plain", "workshop_sitemap"]

MIN_COUNTS = {"name": 35, "region_equipment": 30, "opening": 30, "old_region": 30, "region_kind": 25}
MIN_TOTAL = 150
KEYS = {"sido", "sigungu", "kind", "kind_primary", "name_any", "address_any", "equipment", "equipment_all", "open",
        "open_any", "facility", "any", "not"}
KINDS = {"makerspace_general", "makerspace_specialized", "muhan_hub", "muhan_small", "ccei", "sogongin_center",
         "ict_devicelab"}
SIDO = {"서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시",
        "경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도",
        "제주특별자치도"}


def qnorm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).lower()


def as_list(v):
    return list(v) if isinstance(v, (list, tuple)) else [v]


def replica_ids() -> set[str]:
    ids = set()
    for site in SITES:
        with open(os.path.join(DATA, site + ".json"), encoding="utf-8") as f:
            d = json.load(f)
        for r in d["v1"] + d["v2"].get("changed", []) + d["v2"].get("added", []):
            ids.add(f"{site}:{r['key']}")
    return ids


def check_criteria(c, where, errors, facilities):
    if not isinstance(c, dict) or not c:
        errors.append(f"{where}: criteria must be a non-empty object")
        return
    for k, v in c.items():
        if k not in KEYS:
            errors.append(f"{where}: unknown criteria key {k!r}")
        elif k in ("kind", "kind_primary"):
            for x in as_list(v):
                if x not in KINDS:
                    errors.append(f"{where}: unknown kind {x!r}")
        elif k in ("equipment", "equipment_all"):
            for x in as_list(v):
                if x not in judge.EQUIPMENT:
                    errors.append(f"{where}: equipment key {x!r} not in the judge's EQUIPMENT table")
        elif k in ("open", "open_any"):
            for x in as_list(v):
                if x not in judge.OPEN_TESTS:
                    errors.append(f"{where}: unknown open condition {x!r}")
        elif k == "sido":
            for x in as_list(v):
                if x not in SIDO:
                    errors.append(f"{where}: sido {x!r} is not an official 시도 name")
        elif k == "sigungu":
            for x in as_list(v):
                if x.split(" ")[0] not in SIDO or len(x.split(" ")) < 2:
                    errors.append(f"{where}: sigungu {x!r} must be '<official 시도> <시군구>'")
        elif k in ("name_any", "address_any"):
            if not all(isinstance(x, str) and x for x in as_list(v)):
                errors.append(f"{where}: {k} must hold non-empty strings")
        elif k == "facility":
            facilities.extend(as_list(v))
        elif k == "any":
            if not isinstance(v, list) or not v:
                errors.append(f"{where}: any must be a non-empty list")
            else:
                for i, sub in enumerate(v):
                    check_criteria(sub, f"{where}.any[{i}]", errors, facilities)
        elif k == "not":
            check_criteria(v, f"{where}.not", errors, facilities)


def dev_facilities(c, out):
    for k, v in c.items():
        if k == "facility":
            out.update(as_list(v))
        elif k == "any":
            for sub in v:
                dev_facilities(sub, out)
        elif k == "not":
            dev_facilities(v, out)


def main() -> int:
    errors = []
    dev = [json.loads(l) for l in open(DEVFILE, encoding="utf-8") if l.strip()]
    dev_q = {qnorm(q["q"]): q["id"] for q in dev}
    dev_fac: set[str] = set()
    dev_crit = {}
    for q in dev:
        dev_facilities(q.get("criteria") or {}, dev_fac)
        dev_crit.setdefault(json.dumps(q.get("criteria"), sort_keys=True, ensure_ascii=False), q["id"])
    known = replica_ids()

    seen_ids, seen_q, counts, numbers = set(), {}, {}, {}
    same_crit = []
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"line {ln}"
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: {e}")
            continue
        for f in ("id", "type", "q", "criteria", "why"):
            if f not in q:
                errors.append(f"{where}: missing {f}")
        qid, qtype = q.get("id", ""), q.get("type", "")
        where = f"{where} ({qid})"
        if qtype not in MIN_COUNTS:
            errors.append(f"{where}: type {qtype!r} is not one of {sorted(MIN_COUNTS)}")
        m = re.fullmatch(r"h2-([a-z_]+)-(\d{3})", qid)
        if not m or m.group(1) != qtype:
            errors.append(f"{where}: id must be h2-<type>-NNN with its own type")
        else:
            numbers.setdefault(qtype, []).append(int(m.group(2)))
        if qid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(qid)
        counts[qtype] = counts.get(qtype, 0) + 1
        n = qnorm(q.get("q", ""))
        if not n:
            errors.append(f"{where}: empty q")
        if n in dev_q:
            errors.append(f"{where}: q {q['q']!r} repeats dev query {dev_q[n]}")
        if n in seen_q:
            errors.append(f"{where}: q {q['q']!r} repeats {seen_q[n]}")
        seen_q[n] = qid
        if not str(q.get("why", "")).strip():
            errors.append(f"{where}: empty why")
        facilities: list[str] = []
        check_criteria(q.get("criteria"), where, errors, facilities)
        if qtype == "name" and not facilities:
            errors.append(f"{where}: a name query must have a facility criterion")
        for fid in facilities:
            if fid not in known:
                errors.append(f"{where}: facility {fid!r} is not a site:key of the replica data")
            if fid in dev_fac:
                errors.append(f"{where}: facility {fid!r} is a dev facility target")
        key = json.dumps(q.get("criteria"), sort_keys=True, ensure_ascii=False)
        if key in dev_crit:
            same_crit.append(f"{qid} ({q['q']}) has the same criteria as {dev_crit[key]}")

    for t, need in MIN_COUNTS.items():
        if counts.get(t, 0) < need:
            errors.append(f"type {t}: {counts.get(t, 0)} queries, need at least {need}")
        nums = sorted(numbers.get(t, []))
        if nums != list(range(1, len(nums) + 1)):
            errors.append(f"type {t}: ids are not numbered 001..{len(nums):03d}")
    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"{total} queries, need at least {MIN_TOTAL}")

    print(f"{QFILE}: {total} queries " + ", ".join(f"{t}={counts.get(t, 0)}" for t in MIN_COUNTS))
    if same_crit:
        print(f"info: {len(same_crit)} queries share their criteria with a dev query (different q):")
        for s in same_crit:
            print("  " + s)
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
