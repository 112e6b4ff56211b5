"""Throughput of normalize_facility over generated raw records (one core).

    PYTHONPATH=. .venv/bin/python bench/normalize.py [--records 100000] [--seed 7]

Raw records imitate what the spiders produce: names with legal forms and spacing variants, addresses in the
printed forms sites use (short 시도 names, old 강원도/전라북도, 일반구, 지번, postal codes, notes), phone fields
with several numbers and extensions, free-text hours, equipment table rows, coordinates.
"""

from __future__ import annotations

import argparse
import random
import time

from normalizers.facility import normalize_facility

SIDO_UNITS = [
    ("서울", ["종로구", "마포구", "강남구", "성동구", "영등포구", "금천구"]),
    ("부산광역시", ["해운대구", "남구", "사상구"]), ("대구", ["북구", "수성구", "달성군", "군위군"]),
    ("인천", ["연수구", "미추홀구", "중구", "서구"]),
    ("경기도", ["수원시 영통구", "성남시 분당구", "화성시", "부천시", "안산시"]),
    ("강원도", ["춘천시", "강릉시", "원주시"]), ("전라북도", ["전주시 덕진구", "익산시", "군산시"]),
    ("충남", ["천안시 서북구", "공주시", "아산시"]), ("경남", ["창원시 성산구", "양산시", "김해시"]),
    ("세종시", [""]), ("제주", ["제주시", "서귀포시"]), ("경북", ["포항시 남구", "구미시", "영주시"]),
]
ROADS = ["중앙로", "테크노로", "창업로12번길", "대학로", "산업로", "동일로192길", "시청로", "혁신로", "과학로"]
DONGS = ["중동", "신동", "봉담읍 수영리", "역삼동", "포남동", "운서동"]
NAMES = ["메이커 스페이스", "메이커스페이스 전문랩", "무한상상실", "창조경제혁신센타", "팹랩",
         "소공인 복합지원센터", "제작소"]
PREFIX = ["(주)", "재단법인 ", "(재)", "", "", "", "㈜"]
EQUIP = ["3D프린터", "3D 프린터", "FDM 프린터", "레이저커터", "레이저 커팅기", "CNC 라우터",
         "UV 평판 프린터", "3D 스캐너", "비닐 커터", "머시닝센터", "3차원 측정기", "진공 성형기",
         "인두기 세트", "Leap Motion"]
MODELS = ["Ultimaker S5", "Cubicon Single Plus", "Trotec Speedy 400", "Formlabs Form 3", "Roland VersaUV"]
HOURS = ["평일 09:00~18:00 / 토 10:00-14:00 / 일·공휴일 휴관", "오전 9시 ~ 오후 8시", "화-일 10:00-21:00 (월요일 휴무)",
         "평일 {a}:00-{b}:00, 주말 10:00-17:00", "월~금 09:00~18:00 (점심시간 12:00~13:00)", "화~금 {a}:00-{b}:00"]
KINDS = ["makerspace", "muhan", "ccei", "sogongin", "private", "devicelab"]


def make_record(rng: random.Random, i: int) -> tuple[dict[str, str | list[str]], str]:
    """One raw record and its source kind."""
    sido, units = rng.choice(SIDO_UNITS)
    unit = rng.choice(units)
    if rng.random() < 0.75:
        address = f"{sido} {unit} {rng.choice(ROADS)} {rng.randint(1, 400)}"
        address += rng.choice(["", f", {rng.randint(1, 12)}층", f", {rng.randint(1, 9)}층 {rng.randint(101, 999)}호"])
        address += rng.choice(["", f" ({rng.choice(DONGS)})"])
    else:
        address = f"{sido} {unit} {rng.choice(DONGS)} {rng.randint(1, 2000)}-{rng.randint(1, 50)}"
    if rng.random() < 0.2:
        address = f"({rng.randint(1000, 63999):05d}) " + address
    area = rng.choice(["02", "031", "032", "042", "051", "053", "055", "063", "064", "070"])
    phone = f"{area}-{rng.randint(200, 9999)}-{rng.randint(1000, 9999)}"
    if rng.random() < 0.3:
        extras = [f" 내선 {rng.randint(1, 999)}", f"~{rng.randint(1, 9)}", f", 010-{rng.randint(1000, 9999)}-1234"]
        phone += rng.choice(extras)
    equipment = [
        f"{rng.choice(EQUIP)} | {rng.choice(MODELS)} | {rng.randint(1, 9)}대" if rng.random() < 0.5
        else f"{rng.choice(EQUIP)} {rng.randint(1, 9)}대"
        for _ in range(rng.randint(0, 8))
    ]
    name = f"{rng.choice(PREFIX)}{sido}{rng.choice(['', ' '])}{rng.choice(NAMES)} {i % 997}"
    fields: dict[str, str | list[str]] = {
        "name": name, "address": address, "phone": phone,
        "hours": rng.choice(HOURS).format(a=rng.randint(8, 10), b=rng.randint(17, 22)),
        "equipment": equipment, "kind_text": rng.choice(["전문랩", "일반랩", "거점", "소규모", ""]),
        "lat": f"{rng.uniform(33.2, 38.5):.6f}", "lon": f"{rng.uniform(126.0, 129.5):.6f}",
        "homepage": f"https://space{i}.example.kr/", "email": f"info{i}@example.kr",
        "programmes": ["장비 교육", "창업 상담"], "operator": f"(재){sido}테크노파크",
    }
    return fields, rng.choice(KINDS)


def main() -> None:
    """Generate the records, normalise them all, print records/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = [make_record(rng, i) for i in range(args.records)]
    normalize_facility(records[0][0], source_id="bench", key="warm", url="u")  # load tables once
    start = time.process_time()
    wall = time.perf_counter()
    problems = 0
    for i, (fields, kind) in enumerate(records):
        f = normalize_facility(fields, source_id="bench", key=str(i), url="u", source_kind=kind)
        problems += bool(f.problems)
    cpu = time.process_time() - start
    elapsed = time.perf_counter() - wall
    print(f"{args.records:,} records in {elapsed:.2f} s wall / {cpu:.2f} s CPU: "
          f"{args.records / cpu:,.0f} records/s per core; records with a problem: {problems:,}")


if __name__ == "__main__":
    main()
