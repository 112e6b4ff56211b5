"""Offline simulation of the served v1 documents (holdout3). One document per truth id (tid). Because the
served document's fields may come from any member record, each tid yields candidate documents: one per member
record x hours reading. A criterion is 'robust' on a tid when it holds for every candidate, 'possible' when it
holds for some. Uses only sites/data (v1) and the judge's own match()."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REL = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(REL, "..", "..", ".."))
DATA = os.path.join(ROOT, "sites", "data")
sys.path.insert(0, HERE)
sys.path.insert(0, REL)
import hours as H  # noqa: E402
import judge  # noqa: E402

SIDO = [
    ("서울특별시", ["서울특별시", "서울시", "서울"]), ("부산광역시", ["부산광역시", "부산시", "부산"]),
    ("대구광역시", ["대구광역시", "대구시", "대구"]), ("인천광역시", ["인천광역시", "인천시", "인천"]),
    ("광주광역시", ["광주광역시", "광주시", "광주"]), ("대전광역시", ["대전광역시", "대전시", "대전"]),
    ("울산광역시", ["울산광역시", "울산시", "울산"]), ("세종특별자치시", ["세종특별자치시", "세종시", "세종"]),
    ("경기도", ["경기도", "경기"]), ("강원특별자치도", ["강원특별자치도", "강원도", "강원"]),
    ("충청북도", ["충청북도", "충북"]), ("충청남도", ["충청남도", "충남"]),
    ("전북특별자치도", ["전북특별자치도", "전라북도", "전북"]), ("전라남도", ["전라남도", "전남"]),
    ("경상북도", ["경상북도", "경북"]), ("경상남도", ["경상남도", "경남"]),
    ("제주특별자치도", ["제주특별자치도", "제주도", "제주"]),
]
ALIAS = {a: full for full, al in SIDO for a in al}


def region_of(addr, region_hint=None, sgg_hint=None):
    a = re.sub(r"^\s*(\[\s*\d+\s*\]|\(우\)\s*\S+|\d{5})\s*", "", addr or "")
    a = a.translate({ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"})
    a = re.sub(r"^\s*(\[\s*\d+\s*\]|\(우\)\s*\S+|\d{5})\s*", "", a)
    toks = a.split()
    sido = None
    if toks and toks[0] in ALIAS:
        sido = ALIAS[toks[0]]; toks = toks[1:]
    elif region_hint in ALIAS:
        sido = ALIAS[region_hint]
    sgg = []
    if toks and re.search(r"(시|군|구)$", toks[0]) and not re.search(r"\d", toks[0]):
        sgg.append(toks[0])
        if toks[0].endswith("시") and len(toks) > 1 and re.search(r"구$", toks[1]) and not re.search(r"\d", toks[1]):
            sgg.append(toks[1])
    elif sgg_hint:
        sgg = [sgg_hint]
    if sido == "세종특별자치시":
        sgg = []
    return sido, " ".join(sgg) or None


SITE_KIND = {"devicelab": "ict_devicelab", "ccei": "ccei", "sogongin": "sogongin_center"}


def _equip_list(r):
    out = []
    for e in r.get("equipment") or []:
        out.append(e[0] if isinstance(e, (list, tuple)) else str(e))
    if r.get("equipment_line"):
        out += [x.strip() for x in re.split(r",\s*(?![^()]*\))", r["equipment_line"]) if x.strip()]
    return out


def load():
    recs = []
    for f in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        site = os.path.basename(f)[:-5]
        if site == "manifest":
            continue
        for r in json.load(open(f, encoding="utf-8"))["v1"]:
            kind = SITE_KIND.get(site, "private_makerspace")
            if site == "makeall":
                kind = "makerspace_specialized" if r.get("lab_type") == "전문랩" else "makerspace_general"
            if site == "muhan":
                kind = "muhan_hub" if r.get("room_type") == "거점" else "muhan_small"
            addr = r.get("address") or " ".join(x for x in (r.get("region"), r.get("locality"), r.get("street")) if x)
            sido, sgg = region_of(addr, r.get("region"), r.get("sigungu"))
            recs.append(dict(site=site, key=str(r["key"]), tid=r["tid"], name=r["name"],
                             alt=list(r.get("alt_names") or []), kind=kind, address=addr, sido=sido, sigungu=sgg,
                             hours_raw=r.get("hours"), readings=H.parse(r.get("hours")), equipment=_equip_list(r),
                             operator=r.get("operator") or r.get("host") or ""))
    for d in sorted(glob.glob(os.path.join(DATA, "private", "*"))):
        site = os.path.basename(d)
        if not os.path.isdir(d):
            continue
        tids = {str(r["key"]): r["tid"] for r in json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))["v1"]}
        for line in open(os.path.join(d, "expected_v1.jsonl"), encoding="utf-8"):
            e = json.loads(line); fl = e["fields"]
            h = fl.get("hours")
            readings = H.from_spec(h) if isinstance(h, list) else H.parse(h)
            sido, sgg = region_of(fl.get("address"))
            recs.append(dict(site=site, key=str(e["key"]), tid=tids.get(str(e["key"]), site + ":" + str(e["key"])),
                             name=fl.get("name"), alt=list(fl.get("alt_names") or []), kind="private_makerspace",
                             address=fl.get("address"), sido=sido, sigungu=sgg, hours_raw=h, readings=readings,
                             equipment=[str(x) for x in fl.get("equipment") or []], operator=fl.get("operator") or ""))
    groups = {}
    for r in recs:
        groups.setdefault(r["tid"], []).append(r)
    return groups


def _hours_doc(reading):
    return {d: [[f"{s//60:02d}:{s%60:02d}", f"{e//60 % 24:02d}:{e%60:02d}"] for s, e in ivs]
            for d, ivs in reading.items() if ivs}


def candidates(group):
    names = [r["name"] for r in group]
    alts = sorted({a for r in group for a in r["alt"]} | set(names))
    kinds = sorted({r["kind"] for r in group})
    equip = [e for r in group for e in r["equipment"]]
    members = [f'{r["site"]}:{r["key"]}' for r in group]
    for r in group:
        for rd in r["readings"]:
            yield {"id": "tid:" + r["tid"], "name": r["name"], "alt_names": alts, "kind": r["kind"], "kinds": kinds,
                   "sido": r["sido"], "sigungu": r["sigungu"], "address": r["address"], "hours": _hours_doc(rd),
                   "equipment": [], "equipment_text": equip, "_member_ids": members,
                   "_equip_texts": [t for t in (judge.norm(x) for x in equip) if t]}


def evaluate(crit, groups):
    robust, possible = [], []
    for tid, g in groups.items():
        res = [judge.match(c, crit) for c in candidates(g)]
        if res and all(res):
            robust.append(tid)
        if any(res):
            possible.append(tid)
    return robust, possible


PRIVATE = {"makerunion_table", "makertour_blog", "makersmap_microdata", "makerplace_graph"}


def generated(group):
    return any(r["site"] not in PRIVATE for r in group)


if __name__ == "__main__":
    g = load()
    print(len(g), "tids,", sum(len(v) for v in g.values()), "records")
    for tid, rs in list(g.items()):
        if len(sys.argv) > 1 and not any(re.search(sys.argv[1], x) for r in rs for x in (r["name"], tid, r["address"] or "")):
            continue
        for r in rs:
            print(tid, "|", r["site"], r["key"], r["name"], "|", r["kind"], r["sido"], r["sigungu"], "|", r["hours_raw"])
