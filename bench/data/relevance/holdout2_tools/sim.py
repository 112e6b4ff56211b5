#!/usr/bin/env python3
"""Offline simulation of the served documents, built only from the replica facts in sites/data/*.json.

Nothing here reads the search code or its output. One simulated document per truth id (`tid`): the replica
records of one facility are grouped (the system's dedupe may group differently; the real N comes from the judge).
Fields are filled the way the judge reads them:

- `sido` / `sigungu` from the printed address (short and old 시도 forms mapped to today's official names);
  일반구 kept when the address prints it. `region`/`locality` are used when the address lacks them.
- `kind` / `kinds` from the site and its tier (전문랩/일반랩, 거점/소규모).
- `equipment_text` from the printed equipment lists (the judge's surface forms do the rest).
- `hours` parsed from the printed hours with this module's own parser. `(월 휴무)` without days ("오전 11시 ~ 오후
  7시 (월 휴무)") is ambiguous: variant "wide" reads it as Tue-Sun, variant "narrow" as Tue-Fri.
- `name` / `alt_names` from every member's name and alt names.
- `address` of the first member (variant "addr_last": of the last member).

Usage: sim.load(version=1, closed="wide", addr="first") -> dict id -> doc
Standard library only.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "sites", "data"))
SITES = ["makeall", "muhan", "ccei", "devicelab", "sogongin", "fablab_jsonld", "makercafe_plain", "workshop_sitemap"]

SIDO = {
    "서울특별시": ["서울특별시", "서울시", "서울"],
    "부산광역시": ["부산광역시", "부산시", "부산"],
    "대구광역시": ["대구광역시", "대구시", "대구"],
    "인천광역시": ["인천광역시", "인천시", "인천"],
    "광주광역시": ["광주광역시", "광주"],          # 광주시 is ambiguous (경기 광주시): handled below
    "대전광역시": ["대전광역시", "대전시", "대전"],
    "울산광역시": ["울산광역시", "울산시", "울산"],
    "세종특별자치시": ["세종특별자치시", "세종시", "세종"],
    "경기도": ["경기도", "경기"],
    "강원특별자치도": ["강원특별자치도", "강원도", "강원"],
    "충청북도": ["충청북도", "충북"],
    "충청남도": ["충청남도", "충남"],
    "전북특별자치도": ["전북특별자치도", "전라북도", "전북"],
    "전라남도": ["전라남도", "전남"],
    "경상북도": ["경상북도", "경북"],
    "경상남도": ["경상남도", "경남"],
    "제주특별자치도": ["제주특별자치도", "제주도", "제주"],
}
SIDO_OF = {alias: full for full, aliases in SIDO.items() for alias in aliases}
REGION_SHORT = {a: f for f, al in SIDO.items() for a in al}


def fw(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "")


def parse_region(address: str, region: str | None = None, sigungu_hint: str | None = None):
    a = fw(address).strip()
    a = re.sub(r"^\(우\)\s*\d+\s*", "", a)
    a = re.sub(r"^\[?\d{5}\]?\s*", "", a)
    toks = a.split()
    sido = sigungu = None
    rest = toks
    if toks:
        t0 = toks[0]
        if t0 == "광주시":  # 광주광역시 or 경기도 광주시
            sido = REGION_SHORT.get(region or "", "광주광역시")
            if sido == "경기도":
                sigungu_tokens = ["광주시"]
                rest = toks[1:]
                return sido, "광주시", " ".join(rest)
            rest = toks[1:]
        elif t0 in SIDO_OF:
            sido = SIDO_OF[t0]
            rest = toks[1:]
    if sido is None and region:
        sido = REGION_SHORT.get(region, region)
    parts = []
    for t in rest[:2]:
        if re.fullmatch(r"\S+(시|군|구)", t) and not re.search(r"\d", t):
            if parts and not parts[-1].endswith("시"):
                break
            parts.append(t)
        else:
            break
    if sido == "세종특별자치시":
        parts = []
    if parts:
        sigungu = " ".join(parts)
    elif sigungu_hint:
        sigungu = sigungu_hint
    return sido, sigungu, " ".join(rest)


# ---- hours -------------------------------------------------------------------------------------------------------
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KO_DAY = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
EN_DAY = {"Mo": 0, "Tu": 1, "We": 2, "Th": 3, "Fr": 4, "Sa": 5, "Su": 6}


def _hm(h: int, m: int = 0) -> str:
    return f"{h:02d}:{m:02d}"


def _ko_time(s: str) -> str:
    m = re.match(r"(오전|오후)\s*(\d{1,2})시(?:\s*(\d{1,2})분)?", s.strip())
    ap, h, mi = m.group(1), int(m.group(2)), int(m.group(3) or 0)
    if ap == "오후" and h < 12:
        h += 12
    return _hm(h, mi)


def parse_hours(text: str, closed: str = "wide") -> dict:
    t = fw(text or "").strip()
    out = {d: [] for d in DAYS}

    def put(days, s, e):
        for i in days:
            out[DAYS[i]].append([s, e])

    rng = r"(\d{1,2}:\d{2})\s*[-~]\s*(\d{1,2}:\d{2})"
    # 평일 09:30~21:00 / 토 09:00-17:00 / 일·공휴일 휴관
    m = re.match(r"평일\s*" + rng, t)
    if m:
        put(range(5), m.group(1), m.group(2))
        m2 = re.search(r"/\s*토\s+" + rng, t)
        if m2:
            put([5], m2.group(1), m2.group(2))
        return out
    # 화-일 11:00-21:00 (월요일 휴무) / 화요일~일요일 10:00~21:00 / 매주 월요일 휴관
    m = re.match(r"(월|화|수|목|금|토|일)(?:요일)?\s*[-~]\s*(월|화|수|목|금|토|일)(?:요일)?\s*" + rng, t)
    if m:
        a, b = KO_DAY[m.group(1)], KO_DAY[m.group(2)]
        put(range(a, b + 1), m.group(3), m.group(4))
        m2 = re.search(r"토요일\s*" + rng, t)
        if m2:
            put([5], m2.group(1), m2.group(2))
        return out
    # Mo-Fr 09:00-21:00, Sa 09:00-18:00 / Tu-Su 11:00-21:00
    if re.match(r"(Mo|Tu|We|Th|Fr|Sa|Su)", t):
        for seg in t.split(","):
            seg = seg.strip()
            m = re.match(r"(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?\s+" + rng, seg)
            if m:
                a = EN_DAY[m.group(1)]
                b = EN_DAY[m.group(2)] if m.group(2) else a
                put(range(a, b + 1), m.group(3), m.group(4))
        return out
    # 오전 10시 ~ 오후 9시 (토 오전 10시 ~ 오후 2시, 일·공휴일 휴관) / (주말 휴무) / (월 휴무)
    m = re.match(r"((?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?)\s*~\s*((?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?)\s*(.*)", t)
    if m:
        s, e, tail = _ko_time(m.group(1)), _ko_time(m.group(2)), m.group(3)
        if "주말 휴무" in tail:
            put(range(5), s, e)
        elif "월 휴무" in tail:
            put(range(1, 7) if closed == "wide" else range(1, 5), s, e)
        else:
            put(range(5), s, e)
            m2 = re.search(r"토\s*((?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?)\s*~\s*((?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?)", tail)
            if m2:
                put([5], _ko_time(m2.group(1)), _ko_time(m2.group(2)))
        return out
    raise ValueError(f"unparsed hours: {text!r}")


# ---- equipment ---------------------------------------------------------------------------------------------------
def equipment_texts(rec: dict) -> list[str]:
    out = []
    for e in rec.get("equipment") or []:
        out.append(e[0] if isinstance(e, (list, tuple)) else str(e))
    line = rec.get("equipment_line")
    if line:
        # split on commas outside parentheses
        depth, cur = 0, ""
        for ch in line:
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            if ch == "," and depth == 0:
                out.append(cur.strip())
                cur = ""
            else:
                cur += ch
        if cur.strip():
            out.append(cur.strip())
    return out


def kinds_of(site: str, rec: dict) -> list[str]:
    if site == "makeall":
        return ["makerspace_specialized" if rec.get("lab_type") == "전문랩" else "makerspace_general"]
    if site == "muhan":
        return ["muhan_hub" if rec.get("room_type") == "거점" else "muhan_small"]
    return {"ccei": ["ccei"], "devicelab": ["ict_devicelab"], "sogongin": ["sogongin_center"]}.get(site,
                                                                                                   ["private_makerspace"])


def records(version: int = 1):
    """(site, record) for every facility page of the given version."""
    out = []
    for site in SITES:
        with open(os.path.join(DATA, site + ".json"), encoding="utf-8") as f:
            d = json.load(f)
        recs = OrderedDict((r["key"], r) for r in d["v1"])
        if version == 2:
            v2 = d["v2"]
            for k in v2.get("removed", []):
                recs.pop(k, None)
            for r in v2.get("changed", []):
                recs[r["key"]] = r
            for r in v2.get("added", []):
                recs[r["key"]] = r
        out += [(site, r) for r in recs.values()]
    return out


def rec_address(site, r):
    if r.get("address"):
        return r["address"]
    if site == "fablab_jsonld":
        return " ".join(x for x in (r.get("region"), r.get("locality"), r.get("street")) if x)
    return ""


def load(version: int = 1, closed: str = "wide", addr: str = "first") -> "OrderedDict[str, dict]":
    groups: OrderedDict[str, list] = OrderedDict()
    for site, r in records(version):
        groups.setdefault(r["tid"], []).append((site, r))
    docs = OrderedDict()
    for tid, members in groups.items():
        lead_site, lead = members[0] if addr == "first" else members[-1]
        address = rec_address(lead_site, lead)
        region = lead.get("region")
        sido, sigungu, _ = parse_region(address, region, lead.get("sigungu") or lead.get("locality"))
        kinds = []
        for s, r in members:
            for k in kinds_of(s, r):
                if k not in kinds:
                    kinds.append(k)
        alt = []
        for s, r in members:
            for n in [r.get("name")] + list(r.get("alt_names") or []):
                if n and n != lead.get("name") and n not in alt:
                    alt.append(n)
        eq = []
        for s, r in members:
            eq += equipment_texts(r)
        docs[tid] = {
            "id": tid,
            "name": lead.get("name"),
            "alt_names": alt,
            "sido": sido,
            "sigungu": sigungu,
            "address": address,
            "kind": kinds[0],
            "kinds": kinds,
            "equipment": [],
            "equipment_text": eq,
            "hours": parse_hours(lead.get("hours"), closed),
            "_member_ids": [f"{s}:{r['key']}" for s, r in members],
            "_member_names": [r.get("name") for s, r in members],
            "_all_addresses": [rec_address(s, r) for s, r in members],
        }
    return docs


VARIANTS = [(v, c, a) for v in (1, 2) for c in ("wide", "narrow") for a in ("first", "last")]


if __name__ == "__main__":
    import sys
    docs = load()
    print(len(docs), "documents (v1)")
    if len(sys.argv) > 1:
        for d in docs.values():
            if any(sys.argv[1] in (n or "") for n in [d["name"]] + d["alt_names"]) or sys.argv[1] in d["id"]:
                print(json.dumps(d, ensure_ascii=False))
