"""Writes region_sweep.jsonl: one address case for every 시군구 (and 일반구) printed with a varied 시도 form.

The expected values come from the hand-written lists below, not from the normalizer. Run once from the repository
root (``python tests/cases/normalizers/generate_region_cases.py``); the output is committed as data.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

# Printed forms of each 시도 as sites write them, and the current official name each must read as.
PRINTED = {
    "서울특별시": ["서울", "서울시", "서울특별시"], "부산광역시": ["부산", "부산시", "부산광역시"],
    "대구광역시": ["대구", "대구시", "대구광역시"], "인천광역시": ["인천", "인천시", "인천광역시"],
    "광주광역시": ["광주", "광주광역시"], "대전광역시": ["대전", "대전시", "대전광역시"],
    "울산광역시": ["울산", "울산시", "울산광역시"], "세종특별자치시": ["세종", "세종시", "세종특별자치시"],
    "경기도": ["경기", "경기도"], "강원특별자치도": ["강원", "강원도", "강원특별자치도"],
    "충청북도": ["충북", "충청북도"], "충청남도": ["충남", "충청남도"],
    "전북특별자치도": ["전북", "전라북도", "전북특별자치도"], "전라남도": ["전남", "전라남도"],
    "경상북도": ["경북", "경상북도"], "경상남도": ["경남", "경상남도"],
    "제주특별자치도": ["제주", "제주도", "제주특별자치도"],
}
ROADS = ["중앙로", "시청로", "테크노로", "산업로", "공단로", "창조로", "혁신로", "과학로", "문화로", "대학로",
         "메이커로12번길", "창업로45길", "평화로", "번영로", "희망로"]
DETAILS = [None, "2층", "3층 301호", "지하 1층", "본관 1층", "B동 205호", "창업지원센터 4층"]
NOTES = [None, None, "본관", "OO빌딩"]


def main() -> None:
    rng = random.Random(20261122)
    regions = yaml.safe_load(Path("config/regions.yaml").read_text(encoding="utf-8"))
    out = []
    for sido in regions["sido"]:
        units: list[str] = []
        for unit in sido["sigungu"]:
            if isinstance(unit, str):
                units.append(unit)
            else:
                city, gus = next(iter(unit.items()))
                units.append(city)
                units.extend(f"{city} {gu}" for gu in gus)
        for unit in units or [None]:
            printed = rng.choice(PRINTED[sido["name"]])
            road, number = rng.choice(ROADS), str(rng.randint(1, 999))
            if rng.random() < 0.2:
                number += f"-{rng.randint(1, 30)}"
            detail, note = rng.choice(DETAILS), rng.choice(NOTES)
            postal = f"{rng.randint(1000, 63999):05d}" if rng.random() < 0.3 else None
            text = " ".join(p for p in (f"({postal})" if postal else None, printed, unit, road, number) if p)
            if detail:
                text += ", " + detail
            if note:
                text += f" ({note})"
            expected = {"sido": sido["name"], "sigungu": unit, "road": road, "building_no": number,
                        "detail": detail, "postal_code": postal, "jibun": None}
            out.append({"input": text, "on_date": "2026-11-22", "expected": expected})
    path = Path("tests/cases/normalizers/address_region_sweep.jsonl")
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), encoding="utf-8")
    print(f"{len(out)} cases → {path}")


if __name__ == "__main__":
    main()
