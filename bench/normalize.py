"""Throughput of normalize_facility over generated raw records (one core, CPU time).

    PYTHONPATH=. .venv/bin/python bench/normalize.py [--records 100000] [--seed 7] [--passes 1]

Raw records imitate what the spiders produce: names with legal forms and spacing variants, addresses in the
printed forms sites use (short and long 시도 names, old 강원도/전라북도, every 시군구 and 일반구 of the tables, road
names and 지번 with many 읍면동, floors and rooms, notes, postal codes), phone fields with several numbers and
extensions, free-text hours, equipment table rows, coordinates.

The records are diverse on purpose: the normalizers cache answers by text, and a set that repeats a few strings
would measure the caches instead of the readers. The share of distinct values per field is printed. The first
pass runs with the caches cold (only the tables are loaded before it); ``--passes 2`` also times a warm pass.
Garbage left from generating the records is collected before the timed passes.
"""

from __future__ import annotations

import argparse
import gc
import random
import time

from normalizers.facility import normalize_facility
from normalizers.tables import load_tables

SIDO_FORMS = {
    "서울특별시": ["서울", "서울시", "서울특별시"], "부산광역시": ["부산", "부산시", "부산광역시"],
    "대구광역시": ["대구", "대구광역시"], "인천광역시": ["인천", "인천광역시"], "광주광역시": ["광주", "광주광역시"],
    "대전광역시": ["대전", "대전시"], "울산광역시": ["울산", "울산광역시"], "세종특별자치시": ["세종", "세종시"],
    "경기도": ["경기", "경기도"], "강원특별자치도": ["강원도", "강원", "강원특별자치도"],
    "충청북도": ["충북", "충청북도"], "충청남도": ["충남", "충청남도"], "전북특별자치도": ["전라북도", "전북"],
    "전라남도": ["전남", "전라남도"], "경상북도": ["경북", "경상북도"], "경상남도": ["경남", "경상남도"],
    "제주특별자치도": ["제주", "제주도", "제주특별자치도"],
}
SYLLABLES = "가나다라마바사아자차카타파하강남북동서중앙산업과학혁신창조미래테크노벤처대학시청역공원광장평화희망"
ROAD_ENDS = ["로", "로", "대로", "길"]
DONG_ENDS = ["동", "동", "동", "읍", "면", "가"]
NAMES = ["메이커 스페이스", "메이커스페이스", "메이커스페이스 전문랩", "무한상상실", "창조경제혁신센타", "팹랩",
         "소공인 복합지원센터", "제작소", "창작소", "메이커랩", "디바이스랩", "창업지원센터", "공작소"]
PREFIX = ["(주)", "재단법인 ", "(재)", "", "", "", "㈜", "사단법인 ", "(사)"]
EQUIP = ["3D프린터", "3D 프린터", "FDM 프린터", "레이저커터", "레이저 커팅기", "CNC 라우터",
         "UV 평판 프린터", "3D 스캐너", "비닐 커터", "머시닝센터", "3차원 측정기", "진공 성형기",
         "인두기 세트", "Leap Motion", "SLA 프린터", "밀링머신", "선반", "오실로스코프", "재봉틀", "열성형기"]
MODELS = ["Ultimaker S5", "Cubicon Single Plus", "Trotec Speedy 400", "Formlabs Form 3", "Roland VersaUV",
          "Sindoh 3DWOX", "Epilog Fusion Pro", "Shopbot PRS", "Makerbot Replicator+", "Prusa i3 MK3S"]
HOURS = ["평일 {a}:00~{b}:00 / 토 10:00-14:00 / 일·공휴일 휴관", "오전 {h}시 ~ 오후 {p}시",
         "{d}-일 {a}:00-{b}:{m} ({c}요일 휴무)", "평일 {a}:{m}-{b}:00, 주말 10:00-17:00",
         "월~금 {a}:00~{b}:00 (점심시간 12:00~13:00)", "{d}~금 {a}:{m}-{b}:00", "매일 {a}:00 - {b}:{m}",
         "평일 {a}:00~{b}:00 주말 및 공휴일 휴무"]
KINDS = ["makerspace", "muhan", "ccei", "sogongin", "private", "devicelab"]


def _word(rng: random.Random, low: int = 2, high: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high)))


def _units() -> list[tuple[str, list[str]]]:
    """(시도 as printed, its 시군구 with 일반구) for every 시도 of the tables."""
    out = []
    for sido in load_tables().sidos:
        units = [f"{city} {gu}" for city in sido.sigungu for gu in sido.gu.get(city, ())]
        units += [city for city in sido.sigungu if not sido.gu.get(city)]
        for form in SIDO_FORMS.get(sido.name, [sido.name]):
            out.append((form, units or [""]))
    return out


UNITS: list[tuple[str, list[str]]] = []


def make_record(rng: random.Random, i: int) -> tuple[dict[str, str | list[str]], str]:
    """One raw record and its source kind."""
    if not UNITS:
        UNITS.extend(_units())
    sido, units = rng.choice(UNITS)
    unit = rng.choice(units)
    region = f"{sido} {unit}".strip()
    dong = _word(rng) + rng.choice(DONG_ENDS)
    if rng.random() < 0.75:
        road = _word(rng) + rng.choice(ROAD_ENDS)
        if rng.random() < 0.3:
            road += f"{rng.randint(1, 200)}번길"
        address = f"{region} {road} {rng.randint(1, 400)}"
        address += rng.choice(["", f", {rng.randint(1, 12)}층", f", {rng.randint(1, 9)}층 {rng.randint(101, 999)}호",
                               f" {_word(rng)}빌딩 {rng.randint(2, 9)}층"])
        address += rng.choice(["", f" ({dong})", f" ({dong}, {_word(rng)}타워)"])
    else:
        address = f"{region} {dong} {rng.randint(1, 2000)}-{rng.randint(1, 50)}"
    if rng.random() < 0.2:
        address = f"({rng.randint(1000, 63999):05d}) " + address
    area = rng.choice(["02", "031", "032", "042", "051", "053", "055", "063", "064", "070"])
    phone = f"{area}-{rng.randint(200, 9999)}-{rng.randint(1000, 9999)}"
    if rng.random() < 0.3:
        extras = [f" 내선 {rng.randint(1, 999)}", f"~{rng.randint(1, 9)}",
                  f", 010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                  f" / 팩스 {area}-{rng.randint(200, 999)}-1234"]
        phone += rng.choice(extras)
    equipment = [
        f"{rng.choice(EQUIP)} | {rng.choice(MODELS)} | {rng.randint(1, 9)}대" if rng.random() < 0.5
        else f"{rng.choice(EQUIP)} {rng.randint(1, 9)}대"
        for _ in range(rng.randint(0, 8))
    ]
    place = rng.choice([sido, unit.split(" ")[0] or sido, _word(rng)])
    name = f"{rng.choice(PREFIX)}{place}{rng.choice(['', ' '])}{_word(rng, 1, 2)} {rng.choice(NAMES)}"
    hours = rng.choice(HOURS).format(
        a=rng.randint(8, 10), b=rng.randint(17, 22), m=rng.choice(["00", "30"]), h=rng.randint(8, 10),
        p=rng.randint(5, 10), d=rng.choice("월화수"), c=rng.choice("월일"),
    )
    fields: dict[str, str | list[str]] = {
        "name": name, "address": address, "phone": phone, "hours": hours,
        "equipment": equipment, "kind_text": rng.choice(["전문랩", "일반랩", "거점", "소규모", ""]),
        "lat": f"{rng.uniform(33.2, 38.5):.6f}", "lon": f"{rng.uniform(126.0, 129.5):.6f}",
        "homepage": f"https://space{i}.example.kr/", "email": f"info{i}@example.kr",
        "programmes": ["장비 교육", "창업 상담"],
        "operator": f"{rng.choice(PREFIX)}{place}{rng.choice(['테크노파크', '진흥원'])}",
    }
    return fields, rng.choice(KINDS)


def distinct_ratio(records: list[tuple[dict[str, str | list[str]], str]], field: str) -> float:
    """Share of distinct values of one field (lists count by their lines)."""
    values: list[str] = []
    for fields, _ in records:
        v = fields.get(field)
        values.extend(v if isinstance(v, list) else [v or ""])
    return len(set(values)) / max(1, len(values))


def main() -> None:
    """Generate the records, normalise them all, print records/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--passes", type=int, default=1, help="2 also times a second pass with warm caches")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = [make_record(rng, i) for i in range(args.records)]
    ratios = ", ".join(f"{f} {distinct_ratio(records, f):.1%}" for f in
                       ("name", "address", "phone", "hours", "equipment", "operator"))
    print(f"distinct values: {ratios}")
    # The machine's speed at plain Python, to compare figures taken under different loads (shared cores).
    start = time.process_time()
    total = 0
    for n in range(1_000_000):
        total += n
    print(f"reference: a 1,000,000-step Python loop takes {(time.process_time() - start) * 1000:.0f} ms CPU here")
    # Load the tables and compile the patterns on a record that is not in the set: caches stay cold.
    normalize_facility(make_record(random.Random(-1), -1)[0], source_id="bench", key="warm", url="u")
    # Settle the collector's debt from generating the records: otherwise a full collection over the 100,000 held
    # records (about 0.27 s) may fall inside the timed pass or not, depending on how many objects the readers
    # allocate. The timed pass still pays for the garbage it makes itself.
    gc.collect()
    for n in range(args.passes):
        start = time.process_time()
        wall = time.perf_counter()
        problems = 0
        for i, (fields, kind) in enumerate(records):
            f = normalize_facility(fields, source_id="bench", key=str(i), url="u", source_kind=kind)
            problems += bool(f.problems)
        cpu = time.process_time() - start
        elapsed = time.perf_counter() - wall
        label = "cold caches" if n == 0 else "warm caches"
        print(f"pass {n + 1} ({label}): {args.records:,} records in {elapsed:.2f} s wall / {cpu:.2f} s CPU: "
              f"{args.records / cpu:,.0f} records/s per core; records with a problem: {problems:,}")


if __name__ == "__main__":
    main()
