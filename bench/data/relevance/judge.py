#!/usr/bin/env python3
"""Independent relevance judge for facility-hub.

Standalone: Python 3.11 standard library only, HTTP via urllib, talks to the public API only.

    python3 judge.py --api http://127.0.0.1:8765 queries.jsonl [more.jsonl ...] [--json] [--verbose]

1. Fetches every served document once: the whole catalogue through /api/search (empty q, paged) and each
   document's detail through /api/entities/{id} (for its member facility ids).
2. For each query, N = number of served documents that satisfy its criteria (README.md: criteria vocabulary).
3. Search types: runs /api/search?q=...&size=10 and scores the share of the first min(10, N) hits that satisfy
   the criteria (missing hits count as misses).
   Autocomplete types (suggest_*): runs /api/suggest?q=... and scores 1 if the expected name is among the first
   5 suggestions, else 0.
A query whose criteria no served document satisfies (or whose expected name is not served) is reported as
"n/a" and left out of the averages. The exit code is 0 whatever the scores.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import OrderedDict

SEARCH_K = 10
SUGGEST_K = 5
SUGGEST_TYPES = ("suggest_chosung", "suggest_partial", "suggest_layout", "suggest_typo")
TYPE_ORDER = ("name", "region_kind", "region_equipment", "opening", "old_region") + SUGGEST_TYPES

# ---------------------------------------------------------------------------------------------------------------
# Text normalisation


def norm(text: str | None) -> str:
    """NFKC, lower case, without spaces and the punctuation that sites sprinkle into names."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\s·ㆍ\.\-_/(),\[\]'\"]+", "", text)


# ---------------------------------------------------------------------------------------------------------------
# Equipment vocabulary: the judge's own surface forms per equipment key. A document has a piece of equipment when
# the key is among its canonical `equipment` names, or when one of its `equipment` / `equipment_text` entries
# (normalised) contains one of the key's surface forms and none of its exclusions (or equals one of its `exact`
# forms). Keys are the taxonomy's canonical English names plus a few the taxonomy lacks (kiln, pottery wheel,
# sander, drill press, laser welder).

EQUIPMENT = {
    "3D printer": {"contains": ["3dprinter", "3d프린터", "3d프린팅장비", "3차원프린터", "삼차원프린터", "3디프린터",
                                "fdm", "3dprint", "3d프린트", "적층제조"],
                   "exclude": ["푸드", "food", "음식", "펜", "pen"]},
    "SLA 3D printer": {"contains": ["sla", "dlp", "광경화", "레진"]},
    "metal 3D printer": {"contains": ["금속3d", "메탈3d", "metal3d", "slm"]},
    "food 3D printer": {"contains": ["푸드프린터", "푸드3d", "음식3d", "food3d", "3d푸드"]},
    "3D pen": {"contains": ["3d펜", "3dpen", "3d프린팅펜"]},
    "laser cutter": {"contains": ["레이저커터", "레이저커팅", "레이저컷팅", "레이저절단", "lasercutter", "lasercutting",
                                  "레이저cnc", "레이저가공기"]},
    "laser engraver": {"contains": ["레이저조각", "레이저각인", "레이저마킹", "laserengraver"]},
    "laser welder": {"contains": ["레이저용접", "laserweld"]},
    "CNC router": {"contains": ["cnc라우터", "cncrouter", "cnc조각", "컴퓨터수치제어", "목공cnc", "씨엔씨"],
                   "exact": ["cnc"]},
    "CNC milling machine": {"contains": ["밀링"], "exclude": ["pcb"]},
    "CNC lathe": {"contains": ["cnc선반", "범용선반", "lathe"]},
    "machining center": {"contains": ["머시닝센터", "머시닝센타", "machiningcenter"], "exact": ["mct"]},
    "UV printer": {"contains": ["uv프린터", "uv평판", "uvprinter", "평판프린터"]},
    "large format printer": {"contains": ["대형프린터", "실사출력", "대형출력", "플로터", "plotter", "largeformat"],
                             "exclude": ["커팅"]},
    "vinyl cutter": {"contains": ["비닐커터", "커팅플로터", "커팅plotter", "스캔커터", "시트커터", "vinylcutter",
                                  "스티커커터"]},
    "heat press": {"contains": ["열전사", "히트프레스", "heatpress", "열프레스"]},
    "3D scanner": {"contains": ["3d스캐너", "3dscanner", "3차원스캐너", "삼차원스캐너", "3d스캔"]},
    "coordinate measuring machine": {"contains": ["3차원측정", "삼차원측정", "3d측정", "coordinatemeasuring"],
                                     "exact": ["cmm"], "prefix": ["cmm"]},
    "SMT equipment": {"contains": ["표면실장", "칩마운터", "리플로우", "smt"]},
    "PCB milling machine": {"contains": ["pcb가공", "pcb밀링", "pcb프로토타이핑", "회로기판가공", "pcb프린터",
                                         "pcbmilling"]},
    "soldering station": {"contains": ["인두기", "납땜", "솔더링", "soldering"]},
    "oscilloscope": {"contains": ["오실로스코프", "oscilloscope"]},
    "electronic test equipment": {"contains": ["계측", "테스트장비", "함수발생기", "신호발생기", "스펙트럼",
                                               "spectrumanalyzer", "멀티미터", "전원공급기", "파워서플라이",
                                               "emc", "emi", "testequipment"]},
    "vacuum former": {"contains": ["진공성형", "vacuumform"]},
    "injection molding machine": {"contains": ["사출", "injectionmold"]},
    "band saw": {"contains": ["띠톱", "밴드쏘", "bandsaw"]},
    "table saw": {"contains": ["테이블쏘", "테이블톱", "tablesaw", "정밀톱", "각도절단기"]},
    "woodworking tools": {"contains": ["목공장비", "목공기구", "목공공구", "목선반", "woodworking"]},
    "drill press": {"contains": ["드릴프레스", "탁상드릴", "drillpress"]},
    "sander": {"contains": ["샌더", "샌딩", "sander"]},
    "sewing machine": {"contains": ["재봉틀", "미싱", "재봉기", "봉제기", "오버록", "sewingmachine"]},
    "embroidery machine": {"contains": ["자수", "embroidery"]},
    "automatic cutting machine": {"contains": ["재단기", "automaticcutting"]},
    "leather crafting tools": {"contains": ["가죽공예", "leathercraft"]},
    "power tools": {"contains": ["전동공구", "전동드릴", "그라인더", "로터리툴", "powertool"]},
    "hand tools": {"contains": ["수공구", "공구세트", "handtool"]},
    "VR equipment": {"contains": ["vr", "hmd", "메타버스", "오큘러스"]},
    "video production equipment": {"contains": ["영상", "촬영", "유튜브", "스튜디오", "videoproduction"]},
    "robot arm": {"contains": ["로봇팔", "협동로봇", "robotarm"]},
    "kiln": {"contains": ["가마", "kiln"]},
    "pottery wheel": {"contains": ["물레", "potterywheel"]},
}


def _entry_texts(doc: dict) -> list[str]:
    out = [norm(e) for e in doc.get("equipment") or []]
    for t in doc.get("equipment_text") or []:
        out.append(norm(str(t).split("|")[0]))
    return [t for t in out if t]


def has_equipment(doc: dict, key: str) -> bool:
    if key in (doc.get("equipment") or []):
        return True
    spec = EQUIPMENT.get(key)
    if spec is None:  # unknown key: only the canonical name itself, or the key as text
        spec = {"contains": [norm(key)]}
    for text in doc.get("_equip_texts") or _entry_texts(doc):
        # strip trailing counts such as "5대", "x3", "(2)" before exact comparisons
        bare = re.sub(r"(x?\d+대?|\d+)$", "", text)
        if text in spec.get("exact", []) or bare in spec.get("exact", []):
            return True
        if any(text.startswith(p) for p in spec.get("prefix", [])):
            return True
        if any(c in text for c in spec.get("contains", [])) and not any(x in text for x in spec.get("exclude", [])):
            return True
    return False


# ---------------------------------------------------------------------------------------------------------------
# Opening hours. Judged on the served weekly table `hours` {mon..sun: [[start, end], ...]} only.

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS = DAYS[:5]
WEEKEND = DAYS[5:]


def _minutes(hhmm: str) -> int | None:
    m = re.match(r"^\s*(\d{1,2}):(\d{2})", str(hhmm))
    if not m:
        return None
    return int(m.group(1)) * 60 + int(m.group(2))


def _intervals(doc: dict, day: str) -> list[tuple[int, int]]:
    hours = doc.get("hours") or {}
    out = []
    for iv in hours.get(day) or []:
        if not isinstance(iv, (list, tuple)) or len(iv) < 2:
            continue
        s, e = _minutes(iv[0]), _minutes(iv[1])
        if s is None or e is None:
            continue
        if e <= s:  # past midnight
            e += 24 * 60
        out.append((s, e))
    return out


def _open_on(doc, days) -> bool:
    return any(_intervals(doc, d) for d in days)


def _closes_at_or_after(doc, days, minute) -> bool:
    return any(e >= minute for d in days for (_, e) in _intervals(doc, d))


def _covers(doc, days, start, end) -> bool:
    return any(s <= start and e >= end for d in days for (s, e) in _intervals(doc, d))


H = 60
OPEN_TESTS = {
    "weekend": lambda d: _open_on(d, WEEKEND),                     # 주말: Saturday or Sunday
    "weekend_both": lambda d: _open_on(d, ("sat",)) and _open_on(d, ("sun",)),
    "saturday": lambda d: _open_on(d, ("sat",)),
    "sunday": lambda d: _open_on(d, ("sun",)),
    "monday": lambda d: _open_on(d, ("mon",)),
    "saturday_afternoon": lambda d: _covers(d, ("sat",), 14 * H, 17 * H),   # open 14:00-17:00 on Saturday
    "evening": lambda d: _closes_at_or_after(d, DAYS, 20 * H),     # 저녁: open until 20:00 or later, any day
    "weekday_evening": lambda d: _closes_at_or_after(d, WEEKDAYS, 20 * H),  # 평일 저녁 / 퇴근 후
    "weekend_evening": lambda d: _closes_at_or_after(d, WEEKEND, 20 * H),
    "night": lambda d: _closes_at_or_after(d, DAYS, 21 * H),       # 야간 / 밤 / 늦게까지: until 21:00 or later
    "weekday_night": lambda d: _closes_at_or_after(d, WEEKDAYS, 21 * H),   # 평일 야간
    "late_22": lambda d: _closes_at_or_after(d, DAYS, 22 * H),     # 밤 10시까지
}


# ---------------------------------------------------------------------------------------------------------------
# Criteria


def _as_list(v) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def _full_region(doc) -> str:
    return " ".join(p for p in (doc.get("sido"), doc.get("sigungu")) if p)


def match(doc: dict, crit: dict) -> bool:
    """True when the served document satisfies every key of `crit` (list values: any of them)."""
    for key, val in crit.items():
        if key == "sido":
            if doc.get("sido") not in _as_list(val):
                return False
        elif key == "sigungu":
            full = _full_region(doc)
            if not any(full == v or full.startswith(v + " ") for v in _as_list(val)):
                return False
        elif key == "kind":
            kinds = {doc.get("kind")} | set(doc.get("kinds") or [])
            if not kinds & set(_as_list(val)):
                return False
        elif key == "kind_primary":
            if doc.get("kind") not in _as_list(val):
                return False
        elif key == "equipment":
            if not any(has_equipment(doc, k) for k in _as_list(val)):
                return False
        elif key == "equipment_all":
            if not all(has_equipment(doc, k) for k in _as_list(val)):
                return False
        elif key == "open":
            for cond in _as_list(val):
                test = OPEN_TESTS.get(cond)
                if test is None:
                    raise ValueError(f"unknown open condition {cond!r}")
                if not test(doc):
                    return False
        elif key == "open_any":
            if not any(OPEN_TESTS[c](doc) for c in _as_list(val)):
                return False
        elif key == "name_any":
            names = [norm(doc.get("name"))] + [norm(a) for a in doc.get("alt_names") or []]
            if not any(norm(v) in n for v in _as_list(val) for n in names):
                return False
        elif key == "address_any":
            addr = doc.get("address") or ""
            addr_n = norm(addr)
            if not any(v in addr or norm(v) in addr_n for v in _as_list(val)):
                return False
        elif key == "facility":
            ids = {doc.get("id")} | set(doc.get("_member_ids") or [])
            if not ids & set(_as_list(val)):
                return False
        elif key == "any":
            if not any(match(doc, sub) for sub in _as_list(val)):
                return False
        elif key == "not":
            if match(doc, val):
                return False
        elif key in ("expect", "expect_facility"):
            continue  # autocomplete keys, handled elsewhere
        else:
            raise ValueError(f"unknown criteria key {key!r}")
    return True


# ---------------------------------------------------------------------------------------------------------------
# HTTP


class Api:
    def __init__(self, base: str, timeout: float = 30.0):
        self.base = base.rstrip("/")
        self.timeout = timeout

    def get(self, path: str, params: dict | None = None):
        url = self.base + path
        if params:
            url += "?" + urllib.parse.urlencode(params, doseq=True)
        last = None
        for attempt in range(3):
            try:
                with urllib.request.urlopen(url, timeout=self.timeout) as r:
                    return json.loads(r.read().decode("utf-8"))
            except urllib.error.HTTPError as e:
                if 400 <= e.code < 500:
                    raise
                last = e
            except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
                last = e
            time.sleep(0.5 * (attempt + 1))
        raise RuntimeError(f"GET {url} failed: {last}")


def fetch_catalogue(api: Api) -> "OrderedDict[str, dict]":
    docs: OrderedDict[str, dict] = OrderedDict()
    page, size = 1, 100
    while True:
        res = api.get("/api/search", {"q": "", "size": size, "page": page, "facets": "false"})
        hits = res.get("hits") or []
        for h in hits:
            docs.setdefault(h["id"], dict(h))
        total = res.get("total") or 0
        if not hits or len(docs) >= total or page >= 1000:
            break
        page += 1
    for doc_id, doc in docs.items():
        try:
            detail = api.get("/api/entities/" + urllib.parse.quote(doc_id, safe=""))
        except Exception:  # noqa: BLE001 - a missing detail only loses member ids
            detail = {}
        members = detail.get("members") or []
        doc["_member_ids"] = [m.get("facility_id") for m in members if m.get("facility_id")]
        doc["_member_names"] = [m.get("name") for m in members if m.get("name")]
        doc["_equip_texts"] = _entry_texts(doc)
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Scoring


def expected_names(q: dict) -> list[str]:
    return [norm(x) for x in _as_list((q.get("criteria") or {}).get("expect"))]


def suggestion_hits_expected(sugg: dict, q: dict, docs) -> bool:
    crit = q.get("criteria") or {}
    want = expected_names(q)
    names = [norm(sugg.get("name"))]
    doc = docs.get(sugg.get("id"))
    if doc:
        names += [norm(a) for a in doc.get("alt_names") or []]
    if any(n in want for n in names if n):
        return True
    fac = set(_as_list(crit.get("expect_facility")))
    if fac and doc and ({doc.get("id")} | set(doc.get("_member_ids") or [])) & fac:
        return True
    return False


def expected_is_served(q: dict, docs) -> bool:
    crit = q.get("criteria") or {}
    want = set(expected_names(q))
    fac = set(_as_list(crit.get("expect_facility")))
    for d in docs.values():
        names = {norm(d.get("name"))} | {norm(a) for a in d.get("alt_names") or []}
        if names & want:
            return True
        if fac and ({d.get("id")} | set(d.get("_member_ids") or [])) & fac:
            return True
    return False


def judge_query(api: Api, q: dict, docs) -> dict:
    qtype = q.get("type")
    crit = q.get("criteria") or {}
    out = {"id": q.get("id"), "type": qtype, "q": q.get("q")}
    if qtype in SUGGEST_TYPES:
        if not expected_is_served(q, docs):
            out.update(score=None, status="n/a: expected name not served")
            return out
        res = api.get("/api/suggest", {"q": q["q"], "size": 8})
        sugg = (res.get("suggestions") or [])[:SUGGEST_K]
        hit_rank = next((i + 1 for i, s in enumerate(sugg) if suggestion_hits_expected(s, q, docs)), None)
        out.update(score=1.0 if hit_rank else 0.0, rank=hit_rank, status="ok",
                   top=[s.get("name") for s in sugg])
        return out
    sat = [d_id for d_id, d in docs.items() if match(d, crit)]
    n = len(sat)
    out["N"] = n
    if n == 0:
        out.update(score=None, status="n/a: no served document satisfies the criteria")
        return out
    k = min(SEARCH_K, n)
    res = api.get("/api/search", {"q": q["q"], "size": SEARCH_K, "facets": "false"})
    hits = (res.get("hits") or [])[:k]
    good = []
    for h in hits:
        doc = docs.get(h.get("id"))
        if doc is None:  # not in the catalogue fetched at start: judge the hit as served
            doc = dict(h)
            doc["_equip_texts"] = _entry_texts(doc)
        good.append(match(doc, crit))
    out.update(score=sum(good) / k, k=k, status="ok", total=res.get("total"),
               top=[(h.get("name"), ok) for h, ok in zip(hits, good)])
    return out


def load_queries(paths: list[str]) -> list[dict]:
    qs = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("//"):
                    continue
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{p}:{ln}: {e}")
    return qs


def summarise(results: list[dict]) -> "OrderedDict[str, dict]":
    by: OrderedDict[str, dict] = OrderedDict()
    types = [t for t in TYPE_ORDER if any(r["type"] == t for r in results)]
    types += sorted({r["type"] for r in results} - set(types))
    for t in types:
        rs = [r for r in results if r["type"] == t]
        scored = [r["score"] for r in rs if r.get("score") is not None]
        by[t] = {"queries": len(rs), "judged": len(scored), "n_a": len(rs) - len(scored),
                 "score": round(sum(scored) / len(scored), 3) if scored else None}
    allscored = [r["score"] for r in results if r.get("score") is not None]
    by["ALL"] = {"queries": len(results), "judged": len(allscored), "n_a": len(results) - len(allscored),
                 "score": round(sum(allscored) / len(allscored), 3) if allscored else None}
    return by


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--api", required=True, help="base URL, e.g. http://127.0.0.1:8765")
    ap.add_argument("queries", nargs="+", help="queries .jsonl file(s)")
    ap.add_argument("--json", action="store_true", help="print the summary and per-query results as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every query with its score and top hits")
    ap.add_argument("--type", action="append", help="only queries of this type (repeatable)")
    args = ap.parse_args(argv)

    api = Api(args.api)
    queries = load_queries(args.queries)
    if args.type:
        queries = [q for q in queries if q.get("type") in set(args.type)]
    try:
        docs = fetch_catalogue(api)
    except Exception as e:  # noqa: BLE001
        print(f"cannot fetch the served documents from {args.api}: {e}", file=sys.stderr)
        return 0
    if not docs:
        print("warning: the API served no documents for an empty query; every search query will be n/a",
              file=sys.stderr)
    results = []
    for q in queries:
        try:
            results.append(judge_query(api, q, docs))
        except Exception as e:  # noqa: BLE001 - a failing query scores 0, the run goes on
            results.append({"id": q.get("id"), "type": q.get("type"), "q": q.get("q"), "score": 0.0,
                            "status": f"error: {e}"})
    summary = summarise(results)
    if args.json:
        print(json.dumps({"api": args.api, "documents": len(docs), "summary": summary, "results": results},
                         ensure_ascii=False, indent=1))
        return 0
    if args.verbose:
        for r in results:
            sc = "n/a " if r.get("score") is None else f"{r['score']:.2f}"
            extra = f"N={r['N']}" if "N" in r else (f"rank={r.get('rank')}" if "rank" in r else "")
            print(f"{sc}  {r['type']:<17} {r['id']:<14} {extra:<8} {r['q']}")
            if r.get("status", "ok") != "ok":
                print(f"        {r['status']}")
            for t in r.get("top") or []:
                print(f"        {'+' if isinstance(t, (list, tuple)) and t[1] else ('-' if isinstance(t, (list, tuple)) else ' ')} "
                      f"{t[0] if isinstance(t, (list, tuple)) else t}")
        print()
    print(f"documents served: {len(docs)}   api: {args.api}")
    print(f"{'type':<18}{'queries':>8}{'judged':>8}{'n/a':>6}{'score':>8}")
    for t, s in summary.items():
        sc = "-" if s["score"] is None else f"{s['score']:.3f}"
        print(f"{t:<18}{s['queries']:>8}{s['judged']:>8}{s['n_a']:>6}{sc:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
