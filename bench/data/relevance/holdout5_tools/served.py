#!/usr/bin/env python3
"""Offline model of the served v1 documents, built only from the replica site data (sites/data/<site>.json).

One document per truth id (tid). Because the build's merging rules are not read, every fact that may come from
any one record of the tid is kept as a *variant*: a criterion is called `robust` for a tid when it holds for every
variant (each record's own name/address/region/equipment/hours, each reading of an ambiguous hours string), and
`loose` when it holds for at least one. Kinds are the union over the records (the judge reads kind + kinds).
Judge semantics (norm, equipment surface forms, opening tests) are imported from ../judge.py.
"""
from __future__ import annotations
import json, re, sys, unicodedata, itertools, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
REL = HERE.parent
SITES = REL.parents[2] / "sites" / "data"
sys.path.insert(0, str(REL))
import judge  # noqa: E402

GEN_SITES = ["makeall", "muhan", "devicelab", "ccei", "sogongin", "fablab_jsonld", "makercafe_plain",
             "workshop_sitemap"]

SIDO = {
    "서울": "서울특별시", "서울시": "서울특별시", "서울특별시": "서울특별시",
    "부산": "부산광역시", "부산시": "부산광역시", "부산광역시": "부산광역시",
    "대구": "대구광역시", "대구시": "대구광역시", "대구광역시": "대구광역시",
    "인천": "인천광역시", "인천시": "인천광역시", "인천광역시": "인천광역시",
    "광주": "광주광역시", "광주광역시": "광주광역시",
    "대전": "대전광역시", "대전시": "대전광역시", "대전광역시": "대전광역시",
    "울산": "울산광역시", "울산시": "울산광역시", "울산광역시": "울산광역시",
    "세종": "세종특별자치시", "세종시": "세종특별자치시", "세종특별자치시": "세종특별자치시",
    "경기": "경기도", "경기도": "경기도",
    "강원": "강원특별자치도", "강원도": "강원특별자치도", "강원특별자치도": "강원특별자치도",
    "충북": "충청북도", "충청북도": "충청북도", "충남": "충청남도", "충청남도": "충청남도",
    "전북": "전북특별자치도", "전라북도": "전북특별자치도", "전북특별자치도": "전북특별자치도",
    "전남": "전라남도", "전라남도": "전라남도", "경북": "경상북도", "경상북도": "경상북도",
    "경남": "경상남도", "경상남도": "경상남도",
    "제주": "제주특별자치도", "제주도": "제주특별자치도", "제주특별자치도": "제주특별자치도",
}
GWANGJU_GU = {"동구", "서구", "남구", "북구", "광산구"}


def clean_addr(a: str) -> str:
    a = unicodedata.normalize("NFKC", a or "").strip()
    a = re.sub(r"^\s*(\[\d+\]|\(우\)\s*\d+|\d{5})\s*", "", a)
    return a


def parse_region(addr: str):
    toks = clean_addr(addr).split()
    if not toks:
        return None, None
    t0 = toks[0]
    if t0 == "광주시":
        sido = "광주광역시" if len(toks) > 1 and toks[1] in GWANGJU_GU else "경기도"
        if sido == "경기도":
            return sido, "광주시"
    else:
        sido = SIDO.get(t0)
    rest = toks[1:]
    sgg = None
    if rest and re.fullmatch(r"\S+(시|군|구)", rest[0]) and sido != "세종특별자치시":
        sgg = rest[0]
        if sgg.endswith("시") and len(rest) > 1 and re.fullmatch(r"\S+구", rest[1]):
            sgg = sgg + " " + rest[1]
    return sido, sgg


def split_line(s: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in s or "":
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth <= 0:
            out.append(cur.strip()); cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


# ---------------------------------------------------------------- hours: own parser, all printed formats
DAYS = judge.DAYS
KO = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
EN = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def _drange(a: int, b: int) -> list[int]:
    return list(range(a, b + 1)) if a <= b else list(range(a, 7)) + list(range(0, b + 1))


def _ampm(s: str) -> str:
    m = re.fullmatch(r"\s*(오전|오후)\s*(\d{1,2})시(?:\s*(\d{1,2})분)?\s*", s)
    h, mi = int(m.group(2)), int(m.group(3) or 0)
    if m.group(1) == "오후" and h < 12:
        h += 12
    return f"{h:02d}:{mi:02d}"


T = r"(\d{1,2}:\d{2})\s*[~\-–]\s*(\d{1,2}:\d{2})"
AP = r"((?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?)\s*~\s*((?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?)"


def parse_hours(h: str) -> list[dict]:
    """All readings of a printed hours string, each a table {day: [[start, end]]}."""
    h = unicodedata.normalize("NFKC", h or "").strip()
    empty = {d: [] for d in DAYS}

    def table(assign):
        t = {d: [] for d in DAYS}
        for days, s, e in assign:
            for i in days:
                t[DAYS[i]] = [[s, e]]
        return t
    if not h:
        return [empty]
    # 평일 A~B / 토 C-D / 일·공휴일 휴관     |  평일 A~B / 토·일·공휴일 휴관
    m = re.fullmatch(r"평일 " + T + r"(?: / 토 " + T + r")? / .*휴관", h)
    if m:
        a = [(range(0, 5), m.group(1), m.group(2))]
        if m.group(3):
            a.append(([5], m.group(3), m.group(4)))
        return [table(a)]
    # 화-일 A-B (월요일 휴무) | 화요일~일요일 A~B / 매주 월요일 휴관
    m = re.fullmatch(r"(화|화요일)\s*[~\-]\s*(일|일요일) " + T + r" .*월요일 휴[무관]\)?", h)
    if m:
        return [table([(range(1, 7), m.group(3), m.group(4))])]
    # 월~금 A - B (주말 및 공휴일 휴무) | 월~금 A - B, 토요일 C - D (일요일, 공휴일 휴무)
    m = re.fullmatch(r"월~금 " + T + r"(?:, 토요일 " + T + r")? \(.*휴무\)", h)
    if m:
        a = [(range(0, 5), m.group(1), m.group(2))]
        if m.group(3):
            a.append(([5], m.group(3), m.group(4)))
        return [table(a)]
    # Mo-Fr A-B[, Sa C-D] | Tu-Su A-B
    if re.fullmatch(r"[A-Z][a-z]-[A-Z][a-z] \d.*", h):
        a = []
        for seg in h.split(","):
            mm = re.fullmatch(r"\s*([A-Z][a-z])(?:-([A-Z][a-z]))?\s+" + T + r"\s*", seg)
            d1 = EN[mm.group(1).lower()]; d2 = EN[(mm.group(2) or mm.group(1)).lower()]
            a.append((_drange(d1, d2), mm.group(3), mm.group(4)))
        return [table(a)]
    # 오전 X시 ~ 오후 Y시 (주말 휴무) | (월 휴무) | (토 오전..~오후.., 일·공휴일 휴관)
    m = re.fullmatch(AP + r"\s*\((.*)\)", h)
    if m:
        s, e, note = _ampm(m.group(1)), _ampm(m.group(2)), m.group(3)
        if note == "주말 휴무":
            return [table([(range(0, 5), s, e)])]
        mm = re.fullmatch(r"토 " + AP + r", 일·공휴일 휴관", note)
        if mm:
            return [table([(range(0, 5), s, e), ([5], _ampm(mm.group(1)), _ampm(mm.group(2)))])]
        if note == "월 휴무":
            # ambiguous: the days are not printed. Reading A: every day but Monday. Reading B: weekdays but Monday.
            return [table([(range(1, 7), s, e)]), table([(range(1, 5), s, e)])]
    raise ValueError(f"unparsed hours: {h!r}")


# ---------------------------------------------------------------- records
def kind_of(site: str, r: dict) -> str:
    if site == "makeall":
        return "makerspace_specialized" if r.get("lab_type") == "전문랩" else "makerspace_general"
    if site == "muhan":
        return "muhan_hub" if r.get("room_type") == "거점" else "muhan_small"
    return {"devicelab": "ict_devicelab", "ccei": "ccei", "sogongin": "sogongin_center"}.get(site,
                                                                                           "private_makerspace")


def load_records() -> list[dict]:
    recs = []
    for site in GEN_SITES:
        data = json.loads((SITES / f"{site}.json").read_text(encoding="utf-8"))
        for r in data["v1"]:
            if site == "fablab_jsonld":
                addr = f"{r['region']} {r['locality']} {r['street']}"
            else:
                addr = r.get("address") or ""
            sido, sgg = parse_region(addr)
            if site == "sogongin" and not sgg:
                sgg = r.get("sigungu")
            eq = []
            if isinstance(r.get("equipment"), list):
                eq = [e[0] if isinstance(e, list) else str(e) for e in r["equipment"]]
            if r.get("equipment_line"):
                eq += split_line(r["equipment_line"])
            recs.append(dict(site=site, key=r["key"], fid=f"{site}:{r['key']}", tid=r["tid"], name=r["name"],
                             alt_names=list(r.get("alt_names") or []), address=clean_addr(addr), raw_address=addr,
                             sido=sido, sigungu=sgg, kind=kind_of(site, r), equip=eq,
                             hours_text=r.get("hours") or "", readings=parse_hours(r.get("hours") or "")))
    return recs


def load_docs() -> dict:
    by = collections.OrderedDict()
    for r in load_records():
        by.setdefault(r["tid"], []).append(r)
    docs = {}
    for tid, rs in by.items():
        kinds = sorted({r["kind"] for r in rs})
        names = sorted({r["name"] for r in rs} | {a for r in rs for a in r["alt_names"]})
        variants = []
        for r in rs:
            for t in r["readings"]:
                v = {"id": tid, "name": r["name"], "alt_names": [n for n in names if n != r["name"]],
                     "address": r["address"], "sido": r["sido"], "sigungu": r["sigungu"], "kind": r["kind"],
                     "kinds": kinds, "equipment": [], "equipment_text": r["equip"], "hours": t,
                     "_member_ids": [x["fid"] for x in rs]}
                v["_equip_texts"] = judge._entry_texts(v)
                variants.append(v)
        docs[tid] = {"tid": tid, "records": rs, "variants": variants, "members": [x["fid"] for x in rs],
                     "names": names, "kinds": kinds}
    return docs


def evaluate(crit: dict, docs: dict) -> tuple[list[str], list[str]]:
    """(robust tids, loose tids) satisfying crit."""
    robust, loose = [], []
    for tid, d in docs.items():
        res = [judge.match(v, crit) for v in d["variants"]]
        if all(res):
            robust.append(tid)
        if any(res):
            loose.append(tid)
    return robust, loose


if __name__ == "__main__":
    docs = load_docs()
    print(len(docs), "documents;", sum(len(d["records"]) for d in docs.values()), "records")
