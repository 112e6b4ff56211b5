"""Offline model of the served v1 documents (one per truth id `tid`), built only from sites/data/*.json.

Each document keeps, per member record, its own parsed region, hours readings and equipment strings, so a
criterion can be checked "surely" (holds whatever member the served document takes the field from, and under
every reading of an ambiguous hours string) or "maybe" (holds for some member / reading).
"""
from __future__ import annotations
import json, re, unicodedata
from collections import OrderedDict
from pathlib import Path

DATA = Path("/work/main/sites/data")
SOURCES = ["ccei", "devicelab", "fablab_jsonld", "makeall", "makercafe_plain", "muhan", "sogongin",
           "workshop_sitemap"]

SIDO = OrderedDict([
    ("서울특별시", ["서울특별시", "서울시", "서울"]), ("부산광역시", ["부산광역시", "부산시", "부산"]),
    ("대구광역시", ["대구광역시", "대구시", "대구"]), ("인천광역시", ["인천광역시", "인천시", "인천"]),
    ("광주광역시", ["광주광역시", "광주시", "광주"]), ("대전광역시", ["대전광역시", "대전시", "대전"]),
    ("울산광역시", ["울산광역시", "울산시", "울산"]), ("세종특별자치시", ["세종특별자치시", "세종시", "세종"]),
    ("경기도", ["경기도", "경기"]), ("강원특별자치도", ["강원특별자치도", "강원도", "강원"]),
    ("충청북도", ["충청북도", "충북"]), ("충청남도", ["충청남도", "충남"]),
    ("전북특별자치도", ["전북특별자치도", "전라북도", "전북"]), ("전라남도", ["전라남도", "전남"]),
    ("경상북도", ["경상북도", "경북"]), ("경상남도", ["경상남도", "경남"]),
    ("제주특별자치도", ["제주특별자치도", "제주도", "제주"]),
])
SHORT2SIDO = {s: full for full, forms in SIDO.items() for s in forms}


def norm(text):
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\s·ㆍ\.\-_/(),\[\]'\"]+", "", text)


def parse_region(addr: str, region_hint: str = "", locality: str = ""):
    """(sido, sigungu) from a printed address; sigungu keeps a 일반구 when the address prints one."""
    a = unicodedata.normalize("NFKC", addr or "")
    a = re.sub(r"^\(우\)\s*\d+\s*|^\[\d+\]\s*|^\d{5}\s*", "", a.strip())
    toks = a.split()
    sido = None
    if toks and toks[0] in SHORT2SIDO:
        sido = SHORT2SIDO[toks[0]]
        toks = toks[1:]
    if not sido and region_hint:
        h = region_hint.split()[0]
        sido = SHORT2SIDO.get(h)
        if locality == "" and len(region_hint.split()) > 1:
            locality = " ".join(region_hint.split()[1:])
    if sido and sido == "세종특별자치시":
        return sido, ""
    sgg = ""
    src = toks if toks and re.search(r"(시|군|구)$", toks[0]) else (locality.split() if locality else [])
    if src and re.search(r"(시|군|구)$", src[0]) and not re.search(r"(로|길)$", src[0]):
        sgg = src[0]
        if sgg.endswith("시") and len(src) > 1 and re.fullmatch(r"\S+구", src[1]):
            sgg += " " + src[1]
    return sido, sgg


# ---------------------------------------------------------------- hours
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KDAY = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
EDAY = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def _t(h, m=0, pm=None):
    h = int(h); m = int(m or 0)
    if pm is True and h < 12:
        h += 12
    if pm is False and h == 12:
        h = 0
    return h * 60 + m


def _kr_time(s):
    m = re.search(r"(오전|오후)\s*(\d{1,2})시(?:\s*(\d{1,2})분)?", s)
    if m:
        return _t(m.group(2), m.group(3), m.group(1) == "오후")
    m = re.search(r"(\d{1,2}):(\d{2})", s)
    if m:
        return _t(m.group(1), m.group(2))
    return None


def _span(s):
    parts = re.split(r"\s*[~\-–]\s*", s.strip(), maxsplit=1)
    if len(parts) == 2:
        a, b = _kr_time(parts[0]), _kr_time(parts[1])
        if a is not None and b is not None:
            return (a, b)
    m = re.search(r"(\d{1,2}:\d{2})\s*[~\-–]\s*(\d{1,2}:\d{2})", s)
    if m:
        return (_kr_time(m.group(1)), _kr_time(m.group(2)))
    return None


def _range_days(a, b):
    out = [a]
    while a != b:
        a = (a + 1) % 7
        out.append(a)
    return out


def parse_hours(s: str):
    """List of readings; each reading is {day: [(start, end)]}. Several readings when the string is ambiguous."""
    if not s:
        return [{}]
    s = unicodedata.normalize("NFKC", s).strip()
    tab = {d: [] for d in DAYS}
    # OSM style
    if re.match(r"^(Mo|Tu|We|Th|Fr|Sa|Su)", s):
        for part in s.split(","):
            m = re.match(r"\s*(\w\w)(?:-(\w\w))?\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})", part)
            a = EDAY[m.group(1).lower()]; b = EDAY[(m.group(2) or m.group(1)).lower()]
            for d in _range_days(a, b):
                tab[DAYS[d]].append((_kr_time(m.group(3)), _kr_time(m.group(4))))
        return [tab]
    # 평일 X / 토 Y / 일·공휴일 휴관 ; 평일 X / 토·일·공휴일 휴관
    m = re.match(r"^평일\s*(\S+)\s*/\s*(.*)$", s)
    if m:
        sp = _span(m.group(1))
        for d in range(5):
            tab[DAYS[d]].append(sp)
        rest = m.group(2)
        mm = re.match(r"^토\s+(\d{1,2}:\d{2}-\d{1,2}:\d{2})", rest)
        if mm:
            tab["sat"].append(_span(mm.group(1)))
        return [tab]
    # 화-일 11:00-21:00 (월요일 휴무) ; 화요일~일요일 10:00~21:00 / 매주 월요일 휴관
    m = re.match(r"^(.)(?:요일)?\s*[-~]\s*(.)(?:요일)?\s+(\d{1,2}:\d{2}\s*[-~]\s*\d{1,2}:\d{2})", s)
    if m and m.group(1) in KDAY and m.group(2) in KDAY:
        sp = _span(m.group(3))
        for d in _range_days(KDAY[m.group(1)], KDAY[m.group(2)]):
            tab[DAYS[d]].append(sp)
        rest = s[m.end():]
        mm = re.search(r"토요일\s*(\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})", rest)
        if mm:
            tab["sat"].append(_span(mm.group(1)))
        return [tab]
    # 오전 10시 ~ 오후 9시 (토 오전 10시 ~ 오후 2시, 일·공휴일 휴관) / (주말 휴무) / (월 휴무)
    m = re.match(r"^(오전.*?시(?:\s*\d+분)?\s*~\s*오후\s*\d+시(?:\s*\d+분)?)\s*\((.*)\)$", s)
    if m:
        sp = _span(m.group(1)); note = m.group(2)
        if note.startswith("토"):
            for d in range(5):
                tab[DAYS[d]].append(sp)
            mm = re.match(r"토\s*(.*?),", note)
            tab["sat"].append(_span(mm.group(1)))
            return [tab]
        if "주말" in note:
            for d in range(5):
                tab[DAYS[d]].append(sp)
            return [tab]
        if note.startswith("월"):
            # reading A: every day but Monday; reading B (cautious): only Tue-Fri stated
            a = {d: [] for d in DAYS}; b = {d: [] for d in DAYS}
            for d in range(1, 7):
                a[DAYS[d]].append(sp)
            for d in range(1, 5):
                b[DAYS[d]].append(sp)
            return [a, b]
    raise ValueError("unparsed hours: " + s)


def _iv(tab, day):
    out = []
    for (s, e) in tab.get(day) or []:
        if e <= s:
            e += 24 * 60
        out.append((s, e))
    return out


H = 60
WD, WE = DAYS[:5], DAYS[5:]
def _open(t, days): return any(_iv(t, d) for d in days)
def _close(t, days, m): return any(e >= m for d in days for (_, e) in _iv(t, d))
def _cov(t, days, a, b): return any(s <= a and e >= b for d in days for (s, e) in _iv(t, d))
OPEN_TESTS = {
    "weekend": lambda t: _open(t, WE), "weekend_both": lambda t: _open(t, ("sat",)) and _open(t, ("sun",)),
    "saturday": lambda t: _open(t, ("sat",)), "sunday": lambda t: _open(t, ("sun",)),
    "monday": lambda t: _open(t, ("mon",)), "saturday_afternoon": lambda t: _cov(t, ("sat",), 14 * H, 17 * H),
    "evening": lambda t: _close(t, DAYS, 20 * H), "weekday_evening": lambda t: _close(t, WD, 20 * H),
    "weekend_evening": lambda t: _close(t, WE, 20 * H), "night": lambda t: _close(t, DAYS, 21 * H),
    "weekday_night": lambda t: _close(t, WD, 21 * H), "late_22": lambda t: _close(t, DAYS, 22 * H),
}

# ---------------------------------------------------------------- equipment (surface forms as in judge.py's table)
EQUIPMENT = {
    "3D printer": {"contains": ["3dprinter", "3d프린터", "3d프린팅장비", "3차원프린터", "삼차원프린터", "3디프린터",
                                "fdm", "3dprint", "3d프린트", "적층제조"], "exclude": ["푸드", "food", "음식", "펜", "pen"]},
    "SLA 3D printer": {"contains": ["sla", "dlp", "광경화", "레진"]},
    "laser cutter": {"contains": ["레이저커터", "레이저커팅", "레이저컷팅", "레이저절단", "lasercutter", "lasercutting",
                                  "레이저cnc", "레이저가공기"]},
    "laser engraver": {"contains": ["레이저조각", "레이저각인", "레이저마킹", "laserengraver"]},
    "CNC router": {"contains": ["cnc라우터", "cncrouter", "cnc조각", "컴퓨터수치제어", "목공cnc", "씨엔씨"], "exact": ["cnc"]},
    "CNC milling machine": {"contains": ["밀링"], "exclude": ["pcb"]},
    "CNC lathe": {"contains": ["cnc선반", "범용선반", "lathe"]},
    "machining center": {"contains": ["머시닝센터", "머시닝센타", "machiningcenter"], "exact": ["mct"]},
    "UV printer": {"contains": ["uv프린터", "uv평판", "uvprinter", "평판프린터"]},
    "vinyl cutter": {"contains": ["비닐커터", "커팅플로터", "커팅plotter", "스캔커터", "시트커터", "vinylcutter", "스티커커터"]},
    "heat press": {"contains": ["열전사", "히트프레스", "heatpress", "열프레스"]},
    "3D scanner": {"contains": ["3d스캐너", "3dscanner", "3차원스캐너", "삼차원스캐너", "3d스캔"]},
    "coordinate measuring machine": {"contains": ["3차원측정", "삼차원측정", "3d측정", "coordinatemeasuring"],
                                     "exact": ["cmm"], "prefix": ["cmm"]},
    "PCB milling machine": {"contains": ["pcb가공", "pcb밀링", "pcb프로토타이핑", "회로기판가공", "pcb프린터", "pcbmilling"]},
    "soldering station": {"contains": ["인두기", "납땜", "솔더링", "soldering"]},
    "oscilloscope": {"contains": ["오실로스코프", "oscilloscope"]},
    "vacuum former": {"contains": ["진공성형", "vacuumform"]},
    "injection molding machine": {"contains": ["사출", "injectionmold"]},
    "table saw": {"contains": ["테이블쏘", "테이블톱", "tablesaw", "정밀톱", "각도절단기"]},
    "woodworking tools": {"contains": ["목공장비", "목공기구", "목공공구", "목선반", "woodworking"]},
    "drill press": {"contains": ["드릴프레스", "탁상드릴", "drillpress"]},
    "sander": {"contains": ["샌더", "샌딩", "sander"]},
    "band saw": {"contains": ["띠톱", "밴드쏘", "bandsaw"]},
    "sewing machine": {"contains": ["재봉틀", "미싱", "재봉기", "봉제기", "오버록", "sewingmachine"]},
    "embroidery machine": {"contains": ["자수", "embroidery"]},
    "automatic cutting machine": {"contains": ["재단기", "automaticcutting"]},
    "kiln": {"contains": ["가마", "kiln"]},
    "pottery wheel": {"contains": ["물레", "potterywheel"]},
    "VR equipment": {"contains": ["vr", "hmd", "메타버스", "오큘러스"]},
}


def has_equipment(texts, key):
    spec = EQUIPMENT.get(key) or {"contains": [norm(key)]}
    for text in texts:
        bare = re.sub(r"(x?\d+대?|\d+)$", "", text)
        if text in spec.get("exact", []) or bare in spec.get("exact", []):
            return True
        if any(text.startswith(p) for p in spec.get("prefix", [])):
            return True
        if any(c in text for c in spec.get("contains", [])) and not any(x in text for x in spec.get("exclude", [])):
            return True
    return False


def _equip_texts(r):
    out = []
    if isinstance(r.get("equipment"), list):
        out += [e[0] if isinstance(e, list) else str(e) for e in r["equipment"]]
    if r.get("equipment_line"):
        out += re.split(r",\s*(?![^()]*\))", r["equipment_line"])
    return [t for t in (norm(x) for x in out) if t]


def _kind(src, r):
    if src == "makeall":
        return "makerspace_specialized" if r.get("lab_type") == "전문랩" else "makerspace_general"
    if src == "muhan":
        return "muhan_hub" if r.get("room_type") == "거점" else "muhan_small"
    return {"ccei": "ccei", "devicelab": "ict_devicelab", "sogongin": "sogongin_center"}.get(src, "private_makerspace")


def load(version="v1"):
    docs = OrderedDict()
    for src in SOURCES:
        for r in json.load(open(DATA / f"{src}.json"))[version]:
            addr = r.get("address") or ""
            if src == "fablab_jsonld":
                sido, sgg = parse_region("", r.get("region", ""), r.get("locality", ""))
                addr = " ".join(x for x in (r.get("region"), r.get("locality"), r.get("street")) if x)
            else:
                sido, sgg = parse_region(addr, r.get("region", ""))
                if src == "sogongin" and not sgg:
                    sgg = r.get("sigungu", "")
            m = {"id": f"{src}:{r['key']}", "src": src, "name": r["name"], "alt_names": r.get("alt_names") or [],
                 "kind": _kind(src, r), "sido": sido, "sigungu": sgg, "address": addr,
                 "hours_raw": r.get("hours") or "", "hours": parse_hours(r.get("hours") or ""),
                 "equip": _equip_texts(r)}
            docs.setdefault(r["tid"], {"tid": r["tid"], "members": []})["members"].append(m)
    return docs


# ---------------------------------------------------------------- criteria on the model
def _as_list(v):
    return [] if v is None else (list(v) if isinstance(v, (list, tuple)) else [v])


def member_match(doc, m, crit, allnames):
    """One member's view of the document. Kinds are the union of members (judge: kind or kinds)."""
    for key, val in crit.items():
        if key == "sido":
            if m["sido"] not in _as_list(val): return False
        elif key == "sigungu":
            full = " ".join(p for p in (m["sido"], m["sigungu"]) if p)
            if not any(full == v or full.startswith(v + " ") for v in _as_list(val)): return False
        elif key == "kind":
            if not {x["kind"] for x in doc["members"]} & set(_as_list(val)): return False
        elif key == "kind_primary":
            if m["kind"] not in _as_list(val): return False
        elif key == "equipment":
            if not any(has_equipment(m["equip"], k) for k in _as_list(val)): return False
        elif key == "equipment_all":
            if not all(has_equipment(m["equip"], k) for k in _as_list(val)): return False
        elif key == "open":
            if not all(all(OPEN_TESTS[c](t) for c in _as_list(val)) for t in m["hours"]): return False
        elif key == "open_any":
            if not all(any(OPEN_TESTS[c](t) for c in _as_list(val)) for t in m["hours"]): return False
        elif key == "name_any":
            names = [norm(m["name"])] + [norm(a) for a in m["alt_names"]]
            if not any(norm(v) in n for v in _as_list(val) for n in names): return False
        elif key == "address_any":
            if not any(v in m["address"] or norm(v) in norm(m["address"]) for v in _as_list(val)): return False
        elif key == "facility":
            if not {x["id"] for x in doc["members"]} & set(_as_list(val)): return False
        elif key == "any":
            if not any(member_match(doc, m, s, allnames) for s in val): return False
        elif key == "not":
            if member_match(doc, m, val, allnames): return False
        elif key in ("expect", "expect_facility"):
            continue
        else:
            raise ValueError("unknown key " + key)
    return True


def sure(doc, crit):
    return all(member_match(doc, m, crit, None) for m in doc["members"])


def maybe(doc, crit):
    return any(member_match(doc, m, crit, None) for m in doc["members"])


def counts(docs, crit):
    s = [t for t, d in docs.items() if sure(d, crit)]
    mb = [t for t, d in docs.items() if maybe(d, crit)]
    return s, mb


if __name__ == "__main__":
    docs = load()
    print(len(docs), "documents")
    for t, d in list(docs.items()):
        for m in d["members"]:
            pass
    bad = [(m["id"], m["address"]) for d in docs.values() for m in d["members"] if not m["sido"]]
    print("no sido:", bad)
