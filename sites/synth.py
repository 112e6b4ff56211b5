"""Synthetic facilities in the style of the reference data, including deliberate hard negatives.

Hard negatives: different facilities in the same building (same road address, other floor and phone),
facilities with the same name in different 시군구, and a café chain whose branches share one HQ phone.
Facilities with ``since == 2`` exist only from version 2 of the sites.
"""

from __future__ import annotations

import random

from sites.geo import SIDO, SIGUNGU
from sites.synth_tables import (
    DEVICE_EQUIPMENT,
    DEVICELAB_CITIES,
    INDUSTRY_EQUIPMENT,
    MAKER_EQUIPMENT,
    MAKER_PROGRAMMES,
    PRO_EQUIPMENT,
    SOGONGIN_SITES,
    WORDS,
    WORKSHOP_EQUIPMENT,
)


def common_fields(rng: random.Random, sido: str) -> dict:
    """Synthetic postal code, coordinates and opening hours for a facility in ``sido``."""
    s = SIDO[sido]
    if rng.random() < 0.7:
        hours = {
            "p": "A",
            "wk": [rng.choice(["09:00", "09:30", "10:00"]), rng.choice(["18:00", "20:00", "21:00"])],
            "sat": [rng.choice(["10:00", "09:00"]), rng.choice(["14:00", "17:00", "18:00"])]
            if rng.random() < 0.6
            else None,
        }
    else:
        hours = {
            "p": "B",
            "open": rng.choice(["10:00", "11:00"]),
            "close": rng.choice(["19:00", "21:00", "22:00"]),
            "closed": "월",
        }
    return {
        "postal": f"{rng.randint(s.postal_from, s.postal_to):05d}",
        "hours": hours,
        "lat": round(s.lat + rng.uniform(-0.08, 0.08), 6),
        "lon": round(s.lon + rng.uniform(-0.08, 0.08), 6),
    }


def synth_phone(rng: random.Random, sido: str) -> str:
    """A synthetic landline in the 시도's area code, digits only."""
    code = SIDO[sido].area_code
    exchange = str(rng.randint(2000, 9899)) if code == "02" or rng.random() < 0.6 else str(rng.randint(200, 989))
    return f"{code}{exchange}{rng.randint(0, 9999):04d}"


def _stem(sigungu: str, sido: str) -> str:
    if not sigungu:
        return SIDO[sido].short
    return sigungu[:-1] if len(sigungu) > 2 else sigungu


class _Factory:
    """Makes synthetic facilities with unique ids and (unless asked) unique names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.counter = 0
        self.places = [(sido, sgg) for sido, table in SIGUNGU.items() for sgg in table]

    def location(self, sido: str | None = None, sigungu: str | None = None) -> dict:
        rng = self.rng
        if sido is None:
            sido, sigungu = rng.choice(self.places)
        roads, dongs = SIGUNGU[sido].get(sigungu or "", (["중앙로"], ["중앙동"]))
        floor = rng.choice(["1층", "2층", "3층", "4층", "지하 1층", "5층"])
        return {
            "sido": sido,
            "sigungu": sigungu or "",
            "road": rng.choice(roads),
            "bldg_no": str(rng.randint(3, 280)),
            "dong": rng.choice(dongs),
            "jibun": f"{rng.randint(10, 990)}-{rng.randint(1, 30)}",
            "detail": floor,
        }

    def make(
        self,
        kind: str,
        name: str,
        loc: dict,
        *,
        prefix: str,
        equipment_pool: list[str],
        since: int = 1,
        unique: bool = True,
        **extra: object,
    ) -> dict | None:
        if unique and name in self.names:
            return None
        self.names.add(name)
        self.counter += 1
        rng = self.rng
        n_equip = rng.randint(2, min(7, len(equipment_pool)))
        f = {
            "tid": f"gen-{prefix}-{self.counter:04d}",
            "name": name,
            "alt_names": [],
            "kind": kind,
            "tags": [],
            "subtype": "",
            "operator": "",
            **loc,
            **common_fields(rng, loc["sido"]),
            "phone": synth_phone(rng, loc["sido"]),
            "homepage": "",
            "equipment": [[e, rng.randint(1, 8)] for e in rng.sample(equipment_pool, n_equip)],
            "programmes": rng.sample(MAKER_PROGRAMMES, rng.randint(1, 4)),
            "partner": "",
            "industry": "",
            "area_m2": float(rng.randint(80, 1500)),
            "opened": f"{rng.randint(2014, 2024)}-{rng.randint(1, 12):02d}",
            "since": since,
            "real": False,
        }
        f.update(extra)
        return f


def _makerspaces(fac: _Factory, count: int, since: int) -> list[dict]:
    rng, out = fac.rng, []
    while len(out) < count:
        loc = fac.location()
        stem = _stem(loc["sigungu"], loc["sido"])
        word, rom = rng.choice(WORDS)
        host_kind = rng.choice(["도서관", "청소년수련관", "대학교", "창업지원센터", "평생학습관", "산업진흥원"])
        host = {
            "도서관": f"{loc['sigungu'] or stem + '시'}립도서관",
            "청소년수련관": f"{stem}청소년수련관",
            "대학교": f"{word}대학교",
            "창업지원센터": f"{stem}창업지원센터",
            "평생학습관": f"{stem}평생학습관",
            "산업진흥원": f"{stem}산업진흥원",
        }[host_kind]
        style = rng.random()
        if style < 0.4:
            name = f"{host} 메이커스페이스"
        elif style < 0.6:
            name = f"{stem} {word}공작소"
        elif style < 0.8:
            name = f"메이커스페이스 {word} {stem}"
        else:
            name = f"{stem}{word}메이커랩"
        operator = {"대학교": f"{word}대학교 산학협력단", "산업진흥원": f"(재){stem}산업진흥원"}.get(
            host_kind,
            rng.choice([host, f"(사){word}메이커교육협회", f"(주){word}랩스", f"{stem}{loc['sigungu'][-1:] or '시'}"]),
        )
        loc["detail"] = f"{host} {loc['detail']}"
        pro = rng.random() < 0.12
        pool = MAKER_EQUIPMENT + (PRO_EQUIPMENT if pro else [])
        f = fac.make(
            "makerspace",
            name,
            loc,
            prefix="ms",
            equipment_pool=pool,
            since=since,
            subtype="전문랩" if pro else "일반랩",
            operator=operator,
            homepage=f"https://www.{rom}{fac.counter}.kr" if rng.random() < 0.5 else "",
        )
        if f:
            out.append(f)
    return out


def _muhan(fac: _Factory, count: int, since: int) -> list[dict]:
    rng, out = fac.rng, []
    while len(out) < count:
        loc = fac.location()
        stem = _stem(loc["sigungu"], loc["sido"])
        word, _ = rng.choice(WORDS)
        host = rng.choice(
            [
                f"{stem}과학관",
                f"{loc['sigungu'] or stem + '시'}립도서관",
                f"{word}대학교",
                f"{stem}청소년수련관",
                f"{stem}교육문화회관",
                f"{stem}어린이도서관",
            ]
        )
        loc["detail"] = f"{host} {loc['detail']}"
        f = fac.make(
            "muhan",
            f"{host} 무한상상실",
            loc,
            prefix="mh",
            equipment_pool=MAKER_EQUIPMENT,
            since=since,
            subtype="거점" if rng.random() < 0.25 else "소규모",
            operator=host,
        )
        if f:
            out.append(f)
    return out


def _hard_negatives(fac: _Factory, makers: list[dict]) -> list[dict]:
    """Same building, different facility; and the same name in another 시군구."""
    rng, out = fac.rng, []
    for base in makers[:10]:
        loc = {k: base[k] for k in ("sido", "sigungu", "road", "bldg_no", "dong", "jibun", "postal")}
        floor = "6층" if not base["detail"].endswith("6층") else "7층"
        word, _ = rng.choice(WORDS)
        f = fac.make(
            "private",
            f"{word} 공방",
            {**loc, "detail": f"{base['detail'].rsplit(' ', 1)[0]} {floor}"},
            prefix="pv",
            equipment_pool=WORKSHOP_EQUIPMENT,
            tags=["workshop", "same_building"],
        )
        if f:
            f["postal"] = base["postal"]
            out.append(f)
    for base in makers[10:18]:
        other = fac.location()
        while other["sigungu"] == base["sigungu"]:
            other = fac.location()
        f = fac.make(
            "makerspace",
            base["name"],
            other,
            prefix="ms",
            equipment_pool=MAKER_EQUIPMENT,
            unique=False,
            subtype="일반랩",
            operator=base["operator"],
            tags=["same_name"],
        )
        if f:
            out.append(f)
    return out


def _private(fac: _Factory) -> list[dict]:
    rng, out = fac.rng, []
    fablab_places = rng.sample(fac.places, 16)
    for sido, sgg in fablab_places:
        loc = fac.location(sido, sgg)
        stem = _stem(sgg, sido)
        f = fac.make(
            "private",
            f"팹랩 {stem}",
            loc,
            prefix="pv",
            equipment_pool=MAKER_EQUIPMENT,
            tags=["fablab"],
            operator=f"(사)팹랩{stem}",
            homepage=f"https://fablab-{fac.counter}.org",
        )
        if f:
            out.append(f)
    hq_phone = "15778040"
    for sido, sgg in rng.sample(fac.places, 10):
        loc = fac.location(sido, sgg)
        f = fac.make(
            "private",
            f"메이커카페 두드림 {_stem(sgg, sido)}점",
            loc,
            prefix="pv",
            equipment_pool=MAKER_EQUIPMENT,
            tags=["cafe", "chain"],
            operator="(주)두드림메이커스",
            homepage="https://www.dudeurim-cafe.co.kr",
        )
        if f:
            f["phone"] = hq_phone
            out.append(f)
    while sum("cafe" in f["tags"] for f in out) < 24:
        word, rom = rng.choice(WORDS)
        loc = fac.location()
        name = rng.choice([f"{word} 메이커카페", f"카페 {word}공작소", f"{word} 메이커스 카페"])
        f = fac.make(
            "private",
            name,
            loc,
            prefix="pv",
            equipment_pool=MAKER_EQUIPMENT,
            tags=["cafe"],
            homepage=f"https://{rom}cafe{fac.counter}.com" if rng.random() < 0.4 else "",
        )
        if f:
            out.append(f)
    while sum("workshop" in f["tags"] for f in out) < 24:
        word, rom = rng.choice(WORDS)
        loc = fac.location()
        stem = _stem(loc["sigungu"], loc["sido"])
        name = rng.choice(
            [f"{word} 목공방", f"공방 {word}", f"{word}가죽공방", f"{word} 도예공방", f"{stem} 시민공작소"]
        )
        f = fac.make(
            "private",
            name,
            loc,
            prefix="pv",
            equipment_pool=WORKSHOP_EQUIPMENT,
            tags=["workshop"],
            homepage=f"https://{rom}{fac.counter}.kr" if rng.random() < 0.5 else "",
        )
        if f:
            out.append(f)
    return out


def _public_others(fac: _Factory) -> list[dict]:
    out = []
    for i, (sido, sgg, industry) in enumerate(SOGONGIN_SITES):
        loc = fac.location(sido, sgg)
        stem = _stem(sgg, sido)
        name = f"{stem} {industry} 소공인 복합지원센터" if i % 3 == 0 else f"{stem} 소공인특화지원센터"
        f = fac.make(
            "sogongin",
            name,
            loc,
            prefix="sg",
            equipment_pool=INDUSTRY_EQUIPMENT[industry],
            industry=industry,
            operator=f"{SIDO[sido].full} {sgg}" if i % 2 else f"(사){stem}{industry}협회",
            since=2 if i >= len(SOGONGIN_SITES) - 2 else 1,
        )
        out.append(f)
    for i, (sido, sgg, city) in enumerate(DEVICELAB_CITIES):
        loc = fac.location(sido, sgg)
        f = fac.make(
            "devicelab",
            f"ICT 디바이스랩 {city}",
            loc,
            prefix="dl",
            equipment_pool=DEVICE_EQUIPMENT,
            operator=f"{city}정보산업진흥원",
            since=2 if i == len(DEVICELAB_CITIES) - 1 else 1,
        )
        out.append(f)
    return [f for f in out if f]


def synthetic_facilities(rng: random.Random, reference: list[dict]) -> list[dict]:
    """Every synthetic facility, for both versions (``since`` says from which version it exists)."""
    fac = _Factory(rng)
    fac.names.update(f["name"] for f in reference)
    makers = _makerspaces(fac, 165, 1)
    out = makers + _hard_negatives(fac, makers) + _muhan(fac, 62, 1) + _private(fac) + _public_others(fac)
    out += _makerspaces(fac, 12, 2) + _muhan(fac, 4, 2)
    return out
