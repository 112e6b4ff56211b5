"""How each site prints the same facts: names, legal forms, addresses, phones, hours, equipment, counts.

Every function takes a ``random.Random`` so that the generator stays deterministic, and a *style* naming the
site's habit. The truth values they start from are the canonical ones held by ``sites.universe``.
"""

from __future__ import annotations

import random
import re

from sites.geo import FULLWIDTH_DIGITS, SIDO

EQUIPMENT_NAMES: dict[str, list[str]] = {
    "3D프린터": ["3D프린터", "3D 프린터", "3D Printer", "FDM 3D프린터", "FDM 프린터"],
    "SLA 3D프린터": ["SLA 3D프린터", "광경화 3D프린터", "SLA 프린터", "레진 3D 프린터"],
    "금속 3D프린터": ["금속 3D프린터", "금속 3D 프린터", "Metal 3D Printer"],
    "레이저 커터": ["레이저 커터", "레이저커터", "레이저커팅기", "Laser Cutter", "레이저 가공기"],
    "3D 스캐너": ["3D 스캐너", "3D스캐너", "3D Scanner", "3차원 스캐너"],
    "CNC 라우터": ["CNC 라우터", "CNC라우터", "CNC Router", "CNC 조각기"],
    "UV 프린터": ["UV 프린터", "UV 평판 프린터", "UV프린터"],
    "커팅 플로터": ["커팅 플로터", "커팅플로터", "비닐 커터", "Vinyl Cutter"],
    "납땜 스테이션": ["납땜 스테이션", "인두기", "솔더링 스테이션"],
    "오실로스코프": ["오실로스코프", "Oscilloscope", "디지털 오실로스코프"],
    "밀링머신": ["밀링머신", "밀링 머신", "범용 밀링"],
    "CNC 선반": ["CNC 선반", "CNC선반", "CNC Lathe"],
    "머시닝센터": ["머시닝센터", "머시닝 센터", "MCT", "Machining Center"],
    "3차원 측정기": ["3차원 측정기", "3차원측정기", "CMM", "삼차원 측정기"],
    "사출성형기": ["사출성형기", "사출 성형기", "소형 사출기"],
    "공업용 재봉틀": ["공업용 재봉틀", "공업용 미싱", "재봉기"],
    "오버록 미싱": ["오버록 미싱", "오버록미싱", "인터록 미싱"],
    "자동재단기": ["자동재단기", "자동 재단기", "CAD 재단기"],
    "자수기": ["자수기", "컴퓨터 자수기", "자수 프린터"],
    "열전사 프레스": ["열전사 프레스", "열전사기", "히트프레스"],
    "진공성형기": ["진공성형기", "진공 성형기"],
    "테이블 쏘": ["테이블 쏘", "테이블쏘", "Table Saw", "테이블톱"],
    "드릴 프레스": ["드릴 프레스", "드릴프레스", "탁상 드릴"],
    "PCB 가공기": ["PCB 가공기", "PCB 밀링머신", "PCB 프로토타이핑 머신"],
    "전자파 시험장비": ["전자파 시험장비", "EMC 측정장비", "EMI/EMS 시험기"],
    "항온항습 챔버": ["항온항습 챔버", "항온항습기", "환경 시험 챔버"],
    "스펙트럼 분석기": ["스펙트럼 분석기", "스펙트럼 애널라이저", "Spectrum Analyzer"],
    "신호발생기": ["신호발생기", "신호 발생기", "함수 발생기"],
    "전기 가마": ["전기 가마", "전기가마", "도예 가마"],
    "물레": ["물레", "전동 물레"],
    "가죽 재봉틀": ["가죽 재봉틀", "가죽 미싱", "가죽용 재봉기"],
    "샌딩기": ["샌딩기", "벨트 샌더", "샌더"],
    "디지털 인쇄기": ["디지털 인쇄기", "디지털 인쇄 장비", "On-demand 인쇄기"],
    "레이저 용접기": ["레이저 용접기", "레이저용접기"],
}

_BY_SPELLING = {re.sub(r"\s+", "", v).lower(): k for k, vs in EQUIPMENT_NAMES.items() for v in vs}


def canonical_equipment(printed: str) -> str:
    """The canonical name of a printed equipment name, or the printed name itself when unknown."""
    return _BY_SPELLING.get(re.sub(r"\s+", "", printed).lower(), printed)


def equipment_name(canon: str, rng: random.Random, habit: int) -> str:
    """A site's spelling of an equipment item: mostly its habit (an index), sometimes another variant."""
    variants = EQUIPMENT_NAMES.get(canon)
    if not variants:
        return canon
    if rng.random() < 0.8:
        return variants[habit % len(variants)]
    return rng.choice(variants)


def count_text(count: int, style: str) -> str:
    """How a site prints an equipment count: ``"8대"``, ``"(8)"``, ``"8"``, ``"x8"`` or ``"8 EA"``."""
    return {"dae": f"{count}대", "paren": f"({count})", "bare": str(count), "x": f"x{count}", "ea": f"{count} EA"}[
        style
    ]


def vary_spacing(name: str, rng: random.Random) -> str:
    """메이커스페이스 ↔ 메이커 스페이스 and similar spacing habits, chosen at random."""
    pairs = [("메이커스페이스", "메이커 스페이스"), ("무한상상실", "무한 상상실"), ("지원센터", "지원 센터")]
    for joined, spaced in pairs:
        if joined in name and rng.random() < 0.5:
            return name.replace(joined, spaced)
        if spaced in name and rng.random() < 0.5:
            return name.replace(spaced, joined)
    return name


def legal_form(operator: str, rng: random.Random) -> str:
    """Rewrite a legal form: (주)X ↔ 주식회사 X ↔ X(주); (재)X ↔ 재단법인 X; (사)X ↔ 사단법인 X."""
    forms = {"(주)": ["(주)", "주식회사 ", "㈜"], "(재)": ["(재)", "재단법인 ", "(재) "], "(사)": ["(사)", "사단법인 "]}
    for short, options in forms.items():
        if operator.startswith(short):
            rest = operator[len(short) :].strip()
            pick = rng.choice(options)
            if short == "(주)" and rng.random() < 0.25:
                return f"{rest}(주)"
            return f"{pick}{rest}"
    return operator


def phone_text(digits: str, style: str, ext: str = "") -> str:
    """Print a phone number (digits only, e.g. ``"0236771349"``) in a site's style.

    Styles: ``dash`` 02-3677-1349, ``paren`` (02)3677-1349, ``space`` 02 3677 1349, ``bare`` 0236771349,
    ``dot`` 02.3677.1349, ``intl`` +82-2-3677-1349. ``ext`` adds `` (내선 N)``.
    """
    if digits.startswith(("15", "16", "18")) and len(digits) == 8:
        parts = [digits[:4], digits[4:]]
        area = ""
    else:
        area_len = 2 if digits.startswith("02") else 3
        area, rest = digits[:area_len], digits[area_len:]
        parts = [area, rest[:-4], rest[-4:]]
    if style == "bare":
        text = digits
    elif not area:
        text = " ".join(parts) if style == "space" else "-".join(parts)
    elif style == "paren":
        text = f"({parts[0]}){parts[1]}-{parts[2]}"
    elif style == "space":
        text = " ".join(parts)
    elif style == "dot":
        text = ".".join(parts)
    elif style == "intl":
        text = f"+82-{parts[0][1:]}-{parts[1]}-{parts[2]}"
    else:
        text = "-".join(parts)
    return f"{text} (내선 {ext})" if ext else text


def sido_text(full: str, style: str) -> str:
    """Print a 시도: ``full`` 서울특별시, ``short`` 서울, ``city`` 서울시, ``old`` 강원도 (or full when none)."""
    s = SIDO[full]
    return {"full": s.full, "short": s.short, "city": s.city_form, "old": s.old or s.full}[style]


def address_text(
    f: dict,
    rng: random.Random,
    *,
    sido_style: str,
    form: str = "road",
    postal: str = "none",
    fullwidth: bool = False,
    with_detail: bool = True,
    with_dong: bool = True,
) -> str:
    """Print a facility's address. ``form`` is ``road`` (도로명) or ``jibun`` (지번); ``postal`` is ``none``,
    ``paren`` "(우) 12345 …", ``bracket`` "[12345] …" or ``prefix`` "12345 …"."""
    parts = [sido_text(f["sido"], sido_style)]
    if f["sigungu"]:
        parts.append(f["sigungu"])
    if form == "jibun":
        parts.append(f"{f['dong']} {f['jibun']}")
        if with_detail and f.get("detail"):
            parts.append(f["detail"])
    else:
        parts.append(f"{f['road']} {f['bldg_no']}")
        tail = []
        if with_detail and f.get("detail"):
            tail.append(f["detail"])
        text_tail = ", ".join(tail)
        if with_dong and f.get("dong"):
            text_tail = f"{text_tail} ({f['dong']})" if text_tail else f"({f['dong']})"
        if text_tail:
            parts.append(text_tail)
    text = " ".join(parts)
    if postal == "paren":
        text = f"(우) {f['postal']} {text}"
    elif postal == "bracket":
        text = f"[{f['postal']}] {text}"
    elif postal == "prefix":
        text = f"{f['postal']} {text}"
    if fullwidth:
        text = text.translate(FULLWIDTH_DIGITS)
    return text


def _korean_clock(hhmm: str) -> str:
    hour, minute = (int(x) for x in hhmm.split(":"))
    half = "오전" if hour < 12 else "오후"
    h12 = hour if hour <= 12 else hour - 12
    return f"{half} {h12}시" + (f" {minute}분" if minute else "")


def hours_text(h: dict, style: str) -> str:
    """Print opening hours. ``h`` is ``{"p": "A", "wk": [o, c], "sat": [o, c] | None}`` (weekdays, Saturday,
    closed on Sunday and holidays) or ``{"p": "B", "open": o, "close": c, "closed": "월"}`` (every day but one).
    Styles: ``slash``, ``comma``, ``korean`` (오전/오후), ``english``."""
    if h["p"] == "B":
        o, c, day = h["open"], h["close"], h["closed"]
        return {
            "slash": f"화-일 {o}-{c} ({day}요일 휴무)",
            "comma": f"화요일~일요일 {o}~{c} / 매주 {day}요일 휴관",
            "korean": f"{_korean_clock(o)} ~ {_korean_clock(c)} ({day} 휴무)",
            "english": f"Tu-Su {o}-{c}",
        }[style]
    (wo, wc), sat = h["wk"], h.get("sat")
    if style == "slash":
        sat_part = f" / 토 {sat[0]}-{sat[1]}" if sat else ""
        closed = "일·공휴일 휴관" if sat else "토·일·공휴일 휴관"
        return f"평일 {wo}~{wc}{sat_part} / {closed}"
    if style == "comma":
        sat_part = f", 토요일 {sat[0]} - {sat[1]}" if sat else ""
        closed = "(일요일, 공휴일 휴무)" if sat else "(주말 및 공휴일 휴무)"
        return f"월~금 {wo} - {wc}{sat_part} {closed}"
    if style == "korean":
        sat_part = f"토 {_korean_clock(sat[0])} ~ {_korean_clock(sat[1])}, 일·공휴일 휴관" if sat else "주말 휴무"
        return f"{_korean_clock(wo)} ~ {_korean_clock(wc)} ({sat_part})"
    sat_part = f", Sa {sat[0]}-{sat[1]}" if sat else ""
    return f"Mo-Fr {wo}-{wc}{sat_part}"


def opening_hours_schema(h: dict) -> list[str]:
    """schema.org ``openingHours`` strings for the hours dict (see ``hours_text``)."""
    if h["p"] == "B":
        return [f"Tu-Su {h['open']}-{h['close']}"]
    out = [f"Mo-Fr {h['wk'][0]}-{h['wk'][1]}"]
    if h.get("sat"):
        out.append(f"Sa {h['sat'][0]}-{h['sat'][1]}")
    return out
