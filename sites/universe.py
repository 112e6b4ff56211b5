"""The replica universe: one canonical record per real facility, from the reference data plus synthetic ones.

``build_universe(seed)`` returns the truth: a list of facility dicts with ``tid`` (the ground-truth id), ``kind``
and canonical values (``sido``, ``sigungu``, ``road``, ``bldg_no``, ``dong``, ``jibun``, ``detail``, ``postal``,
``phone`` as digits, ``hours`` as a dict, ``equipment`` as ``[canonical name, count]`` pairs, …). Sites print
these values in their own ways (``sites.styles``). Missing reference facts are filled with plausible synthetic
values: the replicas are test fixtures, not a directory.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from sites.geo import SIGUNGU
from sites.styles import canonical_equipment
from sites.synth import common_fields, synth_phone, synthetic_facilities
from sites.synth_tables import DEVICE_EQUIPMENT, MAKER_EQUIPMENT

REFERENCE = Path("/work/shared/data/facilities_reference.jsonl")
BUNDLED_REFERENCE = Path(__file__).parent / "data" / "facilities_reference.jsonl"

_FALLBACK_SIGUNGU = {
    "울산광역시": "남구",
    "제주특별자치도": "제주시",
    "인천광역시": "미추홀구",
    "대구광역시": "중구",
    "서울특별시": "중구",
}
_ROAD_RE = re.compile(r"(\S+(?:로|길))\s+(\d+(?:-\d+)?)")
_JIBUN_RE = re.compile(r"(\S+(?:동|리|가))\s+(\d+(?:-\d+)?)")
_PHONE_RE = re.compile(r"\(?(0\d{1,2})\)?[\s-]?(\d{3,4})-(\d{4})")


def reference_path() -> Path:
    """The reference file: the shared copy when present, else the copy bundled in ``sites/data``."""
    return REFERENCE if REFERENCE.exists() else BUNDLED_REFERENCE


def _location(rec: dict, rng: random.Random) -> dict:
    sido = rec["sido"] or "경상남도"
    sigungu = rec["sigungu"] if rec["sido"] else "진주시"
    if sido != "세종특별자치시" and not sigungu:
        sigungu = _FALLBACK_SIGUNGU.get(sido, next(iter(SIGUNGU[sido])))
    roads, dongs = SIGUNGU[sido].get(sigungu, (["중앙로"], ["중앙동"]))
    loc = {
        "sido": sido,
        "sigungu": sigungu,
        "road": rng.choice(roads),
        "bldg_no": str(rng.randint(3, 280)),
        "dong": rng.choice(dongs),
        "jibun": f"{rng.randint(10, 990)}-{rng.randint(1, 30)}",
        "detail": "",
    }
    m = _ROAD_RE.search(rec.get("address_road") or "")
    if m:
        loc["road"], loc["bldg_no"] = m.group(1), m.group(2)
        dong = re.search(r"\(([^)]+)\)", rec["address_road"])
        if dong:
            loc["dong"] = dong.group(1)
    m = _JIBUN_RE.search(rec.get("address_jibun") or "")
    if m:
        loc["dong"], loc["jibun"] = m.group(1), m.group(2)
    printed = rec.get("address_as_printed") or ""
    if 3 < len(printed) <= 30 and not re.search(r"[/(·;~]", printed) and re.search(r"층|관|호|센터", printed):
        words = printed.split()
        while words and re.search(r"(시|구|군|동|읍|소재|서울|부산|대구|경기)$", words[0]):
            words.pop(0)
        loc["detail"] = " ".join(words)
    return loc


def _phone(rec: dict, rng: random.Random, sido: str) -> str:
    m = _PHONE_RE.search(rec.get("phone") or "")
    return "".join(m.groups()) if m else synth_phone(rng, sido)


def _homepage(rec: dict) -> str:
    raw = (rec.get("homepage") or "").split(" ")[0]
    if not raw:
        return ""
    return raw if raw.startswith("http") else f"https://{raw}"


def _first_number(text: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text or "")
    return float(m.group(0).replace(",", "")) if m else None


_KIND = {
    "makerspace": "makerspace",
    "muhan_sangsangsil": "muhan",
    "ccei": "ccei",
    "ict_devicelab": "devicelab",
    "sogongin_center": "sogongin",
    "private_makerspace": "private",
    "other_public_lab": "makerspace",
}
_FABLAB_IDS = {
    "pv-fablab-busan",
    "ms-fablab-geumjeong",
    "ms-fablab-daejeon",
    "ms-sports-fablab-suseong",
    "ms-fablab-cheongju",
    "other-seoul-innovation-fablab",
}


def _from_reference(rec: dict, rng: random.Random) -> dict:
    loc = _location(rec, rng)
    equipment = []
    for item in rec["equipment"]:
        count = _first_number(item.get("count", ""))
        equipment.append([canonical_equipment(item["name"]), int(count) if count else rng.randint(1, 6)])
    kind = _KIND[rec["kind"]]
    if not equipment:
        pool = DEVICE_EQUIPMENT if kind == "devicelab" else MAKER_EQUIPMENT
        equipment = [[name, rng.randint(1, 5)] for name in rng.sample(pool, rng.randint(2, 5))]
    f = {
        "tid": rec["id"],
        "name": rec["name"],
        "alt_names": rec["alt_names"],
        "kind": kind,
        "tags": ["fablab"] if rec["id"] in _FABLAB_IDS else [],
        "subtype": "전문랩" if "전문랩" in rec["subtype"] else ("거점" if "거점" in rec["subtype"] else ""),
        "operator": rec["operator"].split(" (")[0].split(" /")[0] if rec["operator"] else "",
        **loc,
        **common_fields(rng, loc["sido"]),
        "phone": _phone(rec, rng, loc["sido"]),
        "homepage": _homepage(rec),
        "equipment": equipment,
        "programmes": rec["programmes"][:5],
        "partner": rec["partner_company"],
        "industry": rec["specialized_industry"],
        "area_m2": _first_number(rec["area_m2"]),
        "opened": rec["opened"][:7],
        "since": 1,
        "real": True,
    }
    if kind == "makerspace" and not f["subtype"]:
        f["subtype"] = "일반랩"
    if kind == "muhan" and not f["subtype"]:
        f["subtype"] = "소규모"
    if kind == "ccei":
        f["region_slug"] = f["homepage"].rstrip("/").rsplit("/", 1)[-1]
    return f


def build_universe(seed: int = 20261122) -> list[dict]:
    """All facilities (reference first, then synthetic), deterministic for a seed."""
    rng = random.Random(seed)
    with reference_path().open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    facilities = [_from_reference(r, rng) for r in records]
    facilities.extend(synthetic_facilities(rng, facilities))
    tids = [f["tid"] for f in facilities]
    if len(tids) != len(set(tids)):
        raise ValueError("duplicate truth ids in the generated universe")
    return facilities
