"""Own parser of the printed hours strings (holdout3). Returns a list of readings; each reading is a weekly
table {day: [(start_min, end_min), ...]}. Ambiguous strings give more than one reading."""
import re

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KO = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
EN = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def _t(h, m=0):
    return int(h) * 60 + int(m)


def _norm(s):
    s = s.replace("–", "-").replace("~", "-").replace("—", "-")
    # 오전/오후 times -> HH:MM
    def ampm(m):
        h = int(m.group(2)); mi = int(m.group(3) or 0)
        if m.group(1) == "오후" and h < 12:
            h += 12
        if m.group(1) == "오전" and h == 12:
            h = 0
        return f"{h:02d}:{mi:02d}"
    s = re.sub(r"(오전|오후)\s*(\d{1,2})시(?:\s*(\d{1,2})분)?", ampm, s)
    s = re.sub(r"(\d{1,2}:\d\d)\s*-\s*(\d{1,2}:\d\d)", r"\1-\2", s)
    return s


def _dayspec(txt):
    """Day set named in txt (may be empty set). Returns (set, recognised: bool)."""
    t = txt.strip().lower()
    t = re.sub(r"(오픈데이|매주|요일|s\b|days\b)", lambda m: "" if m.group(1) in ("오픈데이", "매주", "요일") else m.group(1), t)
    t = t.replace("요일", "")
    if not t:
        return set(), False
    out = set()
    if re.search(r"평일|weekday", t):
        out |= set(range(5))
    if re.search(r"주말|weekend", t):
        out |= {5, 6}
    if re.search(r"매일|daily", t):
        out |= set(range(7))
    # ranges: 화-일, tu-su, mon-fri, 목-월
    for a, b in re.findall(r"([월화수목금토일]|mo|tu|we|th|fr|sa|su)[a-z]*\s*-\s*([월화수목금토일]|mo|tu|we|th|fr|sa|su)", t):
        ia = KO.get(a, EN.get(a)); ib = KO.get(b, EN.get(b))
        i = ia
        while True:
            out.add(i)
            if i == ib:
                break
            i = (i + 1) % 7
        t = t.replace(f"{a}", " ", 0)
    t2 = re.sub(r"([월화수목금토일]|mo|tu|we|th|fr|sa|su)[a-z]*\s*-\s*([월화수목금토일]|mo|tu|we|th|fr|sa|su)[a-z]*", " ", t)
    t2 = re.sub(r"공휴일|평일|주말|매일", " ", t2)
    for ch in re.findall(r"[월화수목금토일]", t2):
        out.add(KO[ch])
    for w in re.findall(r"\b(mon|tue|wed|thu|fri|sat|sun|mo|tu|we|th|fr|sa|su)[a-z]*", t2):
        out.add(EN[w[:2]])
    return out, bool(out)


def parse(s):
    if not s:
        return [dict()]
    s = _norm(str(s))
    seasonal = bool(re.search(r"\((?:apr|may|jun|jul|mar)[^)]*\)", s, re.I))
    # split main and parentheses
    parts = []
    for m in re.finditer(r"\(([^)]*)\)", s):
        parts.append(m.group(1))
    main = re.sub(r"\([^)]*\)", " ", s)
    segs = []
    for chunk in [main] + parts:
        closing_chunk = bool(re.search(r"휴무|휴관|closed", chunk, re.I))
        for seg in re.split(r"\s*/\s*|\s*,\s*|\s+·\s+", chunk):
            if seg.strip():
                seg = seg.strip()
                if closing_chunk and not re.search(r"\d:\d\d", seg) and not re.search(r"휴무|휴관", seg):
                    seg += " 휴무"
                segs.append(seg)
    opens = []      # (days or None, [(s,e)])
    closed = set()
    vague = set()   # days mentioned as open without times (by reservation, some classes)
    last_days = None
    for seg in segs:
        times = re.findall(r"(\d{1,2}):(\d\d)-(\d{1,2}):(\d\d)", seg)
        pre = re.split(r"\d{1,2}:\d\d", seg)[0]
        days, rec = _dayspec(pre)
        if times:
            ivs = [(_t(a, b), _t(c, d)) for a, b, c, d in times]
            if rec:
                opens.append((days, ivs)); last_days = days
            elif last_days is not None and re.match(r"^\s*\d", seg) and opens:
                opens[-1] = (opens[-1][0], opens[-1][1] + ivs)   # "10:00-13:00, 14:00-17:00"
            else:
                opens.append((None, ivs)); last_days = None
        else:
            d2, rec2 = _dayspec(seg)
            if re.search(r"휴무|휴관|closed", seg, re.I):
                closed |= d2
            elif rec2:
                vague |= d2
    readings = []
    base_options = [set(range(7)), set(range(5))]
    has_none = any(d is None for d, _ in opens)
    for base in (base_options if has_none else [None]):
        table = {d: [] for d in DAYS}
        specified = set()
        for days, ivs in opens:
            if days is not None:
                specified |= days
        for days, ivs in opens:
            ds = days if days is not None else (base - specified)
            for i in ds:
                if i not in closed:
                    table[DAYS[i]] = list(ivs)
        readings.append(table)
    # dedupe
    out = []
    for r in readings:
        if r not in out:
            out.append(r)
    if vague:
        extra = []
        for r in out:
            ref = next((v for v in r.values() if v), [])
            r2 = {k: list(v) for k, v in r.items()}
            for i in vague:
                if not r2[DAYS[i]]:
                    r2[DAYS[i]] = list(ref) or [(600, 1080)]
            extra.append(r2)
        out += extra
    if seasonal:
        out.append({d: [] for d in DAYS})
    return out


def from_spec(spec):
    """Structured hours [{days, opens, closes}]"""
    table = {d: [] for d in DAYS}
    for it in spec or []:
        a = _t(*it["opens"].split(":")); b = _t(*it["closes"].split(":"))
        for d in it["days"]:
            table[d].append((a, b))
    return [table]


def fmt(r):
    return " ".join(f"{d}:" + ",".join(f"{s//60:02d}{s%60:02d}-{e//60:02d}{e%60:02d}" for s, e in r[d]) for d in DAYS if r.get(d))
