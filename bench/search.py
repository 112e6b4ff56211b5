"""Benchmark the embedded search index on synthetic Korean facilities.

    PYTHONPATH=. .venv/bin/python bench/search.py --docs 100000 [--queries 500] [--write-results]

Measures build throughput, index size on disk, and p50/p99 latency (wall and CPU) of the query types: full-text +
filter, autocomplete, facets (cached and uncached), geo radius + distance sort, understood queries (region + kind,
region + equipment + opening word, old or short region names; like full-text + filter, without facets), and
autocomplete as Korean users type (초성, half-typed last syllable, English layout, jamo typo).
The build runs in a forked child process
that generates every document first (generation is timed and reported separately) and then times
``backend.build`` alone: wall docs/s and CPU µs per document over all threads. The queries run in this process,
so its peak RSS is what serving the built index costs, not the generated documents or the writer's heap; its
garbage collector is tuned as the API's is (``hub.server.tune_gc``).
``--write-results`` replaces the "Search index" section of bench/RESULTS.md with the figures.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import random
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index import get_backend  # noqa: E402
from index.types import FacilityDocument, SearchQuery  # noqa: E402

# (sido, weight, [(sigungu, lat, lon)]) — population-weighted, real centres
REGIONS = [
    ("서울특별시", 19, [("강남구", 37.517, 127.047), ("마포구", 37.566, 126.901), ("종로구", 37.573, 126.979),
                      ("성동구", 37.563, 127.037), ("송파구", 37.514, 127.106), ("관악구", 37.478, 126.951),
                      ("중구", 37.564, 126.997), ("영등포구", 37.526, 126.896)]),
    ("경기도", 26, [("수원시", 37.263, 127.029), ("성남시", 37.420, 127.127), ("과천시", 37.429, 126.988),
                  ("화성시", 37.200, 126.831), ("고양시", 37.658, 126.832), ("용인시", 37.241, 127.178),
                  ("안산시", 37.322, 126.831), ("광명시", 37.479, 126.865)]),
    ("부산광역시", 7, [("해운대구", 35.163, 129.164), ("부산진구", 35.163, 129.053), ("사하구", 35.104, 128.975)]),
    ("대구광역시", 5, [("동구", 35.887, 128.636), ("수성구", 35.858, 128.631), ("달서구", 35.830, 128.533)]),
    ("인천광역시", 6, [("연수구", 37.410, 126.678), ("남동구", 37.447, 126.731), ("부평구", 37.507, 126.722)]),
    ("광주광역시", 3, [("북구", 35.174, 126.912), ("광산구", 35.140, 126.794)]),
    ("대전광역시", 3, [("유성구", 36.362, 127.356), ("서구", 36.355, 127.384)]),
    ("울산광역시", 2, [("중구", 35.569, 129.333), ("남구", 35.544, 129.330)]),
    ("세종특별자치시", 1, [("세종시", 36.480, 127.289)]),
    ("강원특별자치도", 3, [("춘천시", 37.881, 127.730), ("강릉시", 37.752, 128.876), ("원주시", 37.342, 127.920)]),
    ("충청북도", 3, [("청주시", 36.642, 127.489), ("충주시", 36.991, 127.926)]),
    ("충청남도", 4, [("천안시", 36.815, 127.114), ("아산시", 36.790, 127.002)]),
    ("전북특별자치도", 3, [("전주시", 35.824, 127.148), ("군산시", 35.968, 126.737)]),
    ("전라남도", 3, [("목포시", 34.812, 126.392), ("여수시", 34.760, 127.662), ("순천시", 34.951, 127.487)]),
    ("경상북도", 5, [("포항시", 36.019, 129.343), ("구미시", 36.120, 128.344), ("영주시", 36.806, 128.624)]),
    ("경상남도", 6, [("창원시", 35.228, 128.681), ("김해시", 35.229, 128.889), ("진주시", 35.180, 128.108)]),
    ("제주특별자치도", 1, [("제주시", 33.500, 126.531), ("서귀포시", 33.254, 126.560)]),
]
KINDS = [  # the taxonomy's kind keys (config/taxonomy.yaml), so that query understanding finds them
    ("makerspace_specialized", "메이커 스페이스 전문랩", "중소벤처기업부"),
    ("makerspace_general", "메이커 스페이스 일반랩", "중소벤처기업부"),
    ("muhan_small", "무한상상실 소규모", "과학기술정보통신부"),
    ("ict_devicelab", "ICT 디바이스랩", "과학기술정보통신부"),
    ("ccei", "창조경제혁신센터", "중소벤처기업부"),
    ("sogongin_center", "소공인 복합지원센터", "중소벤처기업부"),
    ("private_space", "민간 메이커 공간", None),
]
NAME_CORES = ["메이커 스페이스", "메이커스페이스", "팹랩", "무한상상실", "디바이스랩", "창작공방",
              "메이커 카페", "목공방", "제작소", "창업지원센터", "혁신센터", "테크숍", "하드웨어랩",
              "시제품 제작소", "공작소"]
NAME_PREFIX = ["", "", "", "국립", "시립", "구립", "청년", "스마트", "미래", "창의", "행복", "열린"]
EQUIPMENT = [("3D printer", "3D 프린터"), ("3D printer", "3D프린터"), ("laser cutter", "레이저 커터"),
             ("CNC router", "CNC 조각기"), ("vinyl cutter", "커팅 플로터"), ("UV printer", "UV 프린터"),
             ("PCB milling machine", "PCB 밀링기"), ("oscilloscope", "오실로스코프"), ("welder", "용접기"),
             ("sewing machine", "공업용 미싱"), ("woodworking tools", "목공 라우터"), ("3D scanner", "3D 스캐너")]
"""(canonical name of the taxonomy, as printed)"""
HOURS = [  # (weekly table, open_evenings, open_weekends): a few realistic schedules
    ({d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}, False, False),
    ({d: [["10:00", "21:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}, True, False),
    ({**{d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}, "sat": [["10:00", "17:00"]]},
     False, True),
    ({d: [["11:00", "20:00"]] for d in ("tue", "wed", "thu", "fri", "sat", "sun")}, True, True),
    ({d: [["09:00", "12:00"], ["13:00", "22:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat")}, True, True),
]
PROGRAMMES = ["3D 모델링 교육", "메이커 입문 교육", "시제품 제작 지원", "장비 교육", "청소년 메이커 교실",
              "창업 멘토링", "목공 체험", "아두이노 교육", "드론 제작", "도서관 메이커 교실"]
PHRASES = ["누구나 아이디어를 시제품으로 만들어 볼 수 있는 공간", "지역 창업자를 위한 장비와 교육을 제공한다",
           "청소년과 시민을 위한 메이커 교육 프로그램 운영", "전문 장비를 갖춘 시제품 제작 전문랩",
           "소공인의 기술 고도화를 지원한다", "주말에도 문을 여는 열린 작업실",
           "하드웨어 스타트업의 양산 준비를 돕는다"]
OPERATORS = ["테크노파크", "정보산업진흥원", "창조경제혁신센터", "시청", "대학교 산학협력단", "협동조합",
             "재단법인 창의재단"]


def _region_table() -> list[tuple[str, str, float, float]]:
    out = []
    for sido, weight, places in REGIONS:
        for sigungu, lat, lon in places:
            out.extend([(sido, sigungu, lat, lon)] * (weight * 10 // len(places) or 1))
    return out


def synthetic(n: int, seed: int = 7) -> Iterator[FacilityDocument]:
    """``n`` realistic, reproducible facilities."""
    rng = random.Random(seed)
    regions = _region_table()
    for i in range(n):
        sido, sigungu, clat, clon = rng.choice(regions)
        kind, label, ministry = rng.choice(KINDS)
        place = sigungu[:-1] if len(sigungu) > 2 else sigungu
        name = f"{rng.choice(NAME_PREFIX)}{place} {rng.choice(NAME_CORES)}".strip()
        if rng.random() < 0.5:
            name += f" {rng.randint(1, 99)}호점"
        eq = rng.sample(EQUIPMENT, rng.randint(0, 5))
        hours, evenings, weekends = rng.choice(HOURS)
        yield FacilityDocument(
            id=f"ent-{i:07d}", name=name, alt_names=[name.replace(" ", "")] if rng.random() < 0.2 else [],
            kind=kind, kind_label=label, operator=f"{place}{rng.choice(OPERATORS)}", ministry=ministry,
            address=f"{sido} {sigungu} {rng.choice('가나다라마바사')}{rng.choice('로길')} {rng.randint(1, 300)}",
            sido=sido, sigungu=sigungu, postal_code=f"{rng.randint(1000, 63000):05d}",
            phones=[f"02-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"],
            homepage=f"https://example-{i}.kr", equipment=sorted({c for c, _ in eq}), equipment_text=[t for _, t in eq],
            programmes=rng.sample(PROGRAMMES, rng.randint(0, 3)),
            description=" ".join(rng.sample(PHRASES, rng.randint(1, 3))),
            hours=hours, open_evenings=evenings, open_weekends=weekends, closed_on_holidays=rng.random() < 0.5,
            lat=clat + rng.gauss(0, 0.04), lon=clon + rng.gauss(0, 0.05),
            sources=["synthetic"], source_urls=[f"https://example-{i}.kr/page"], member_count=rng.randint(1, 4),
            updated_at="2026-11-01T00:00:00+00:00")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p99 * 1000


def _time(fn: Callable[[], object], n: int) -> tuple[float, float, float, float]:
    """Wall p50/p99 and CPU (this thread) p50/p99 in ms: on a shared machine the CPU figures are comparable."""
    samples, cpu = [], []
    for _ in range(n):
        t, c = time.perf_counter(), time.thread_time()
        fn()
        samples.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
    return (*_percentiles(samples), *_percentiles(cpu))


def build(n_docs: int, data_dir: Path) -> dict[str, float]:
    """Generate ``n_docs`` synthetic facilities, then build, verify and activate an index of them in ``data_dir``.

    Generation is timed apart from the build; the build figures are ``backend.build`` alone (wall time, and CPU
    time of every thread of the process). Run in a child process (``build_in_child``).
    """
    t = time.perf_counter()
    documents = list(synthetic(n_docs))
    gen_us = (time.perf_counter() - t) / n_docs * 1e6
    gc.freeze()  # the generated documents live until the end; keep the collector from walking them
    from hub.search_vocabulary import query_vocabulary

    # with the vocabulary, as `facility-hub index` builds (the words understood filters ask for are indexed)
    backend = get_backend("embedded", data_dir=data_dir, vocabulary=query_vocabulary())
    load = os.getloadavg()[0]
    t, cpu = time.perf_counter(), time.process_time()
    version = backend.build(documents, expected=n_docs)
    build_s, build_cpu = time.perf_counter() - t, time.process_time() - cpu
    load = max(load, os.getloadavg()[0])
    backend.verify(version, expected=n_docs)
    backend.activate(version)
    directory = data_dir / "index" / "versions" / version
    return {"build_s": build_s, "build_rate": n_docs / build_s, "gen_us": gen_us,
            "build_cpu_us": build_cpu / n_docs * 1e6, "load_build": load,
            "size_mib": sum(p.stat().st_size for p in directory.iterdir()) / 2**20,
            "docstore_mib": sum(p.stat().st_size for p in directory.glob("docs.*")) / 2**20}


def build_in_child(n_docs: int, data_dir: Path) -> dict[str, float]:
    """``build`` in a forked process: the generated documents and the writer never count in this process."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        return pool.submit(build, n_docs, data_dir).result()


QUERY_TYPES = ["full-text + filter", "autocomplete", "facets", "facets uncached", "geo radius + distance sort",
               "understood: region + kind", "understood: region + equipment + opening",
               "understood: old or short region", "suggest: 초성", "suggest: half-typed syllable",
               "suggest: 한/영 layout", "suggest: jamo typo"]


def _typo(word: str, rng: random.Random) -> str:
    """One vowel of one syllable swapped for a similar one (메이커 → 매이커)."""
    similar = {"ㅔ": "ㅐ", "ㅐ": "ㅔ", "ㅓ": "ㅗ", "ㅗ": "ㅓ", "ㅜ": "ㅡ", "ㅡ": "ㅜ", "ㅏ": "ㅑ", "ㅣ": "ㅢ"}
    spots = [i for i, ch in enumerate(word) if "가" <= ch <= "힣"]
    if not spots:
        return word
    i = rng.choice(spots)
    code = ord(word[i]) - 0xAC00
    medials = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
    medial = medials[(code % 588) // 28]
    swapped = similar.get(medial, medial)
    new = chr(0xAC00 + (code // 588) * 588 + medials.index(swapped) * 28 + code % 28)
    return word[:i] + new + word[i + 1:]


def _kept_build(data_dir: Path) -> dict[str, float]:
    """The figures of a build kept from an earlier run (``--reuse``): its size; no build timings."""
    versions = [p for p in (data_dir / "index" / "versions").iterdir() if p.is_dir()]
    directory = max(versions, key=lambda p: p.name)
    nan = float("nan")
    return {"build_s": nan, "build_rate": nan, "gen_us": nan, "build_cpu_us": nan, "load_build": nan,
            "size_mib": sum(p.stat().st_size for p in directory.iterdir()) / 2**20,
            "docstore_mib": sum(p.stat().st_size for p in directory.glob("docs.*")) / 2**20}


def run(n_docs: int, n_queries: int, data_dir: Path, reuse: bool = False) -> dict[str, object]:
    """Build an index of ``n_docs`` synthetic facilities in ``data_dir`` (or, with ``reuse``, take the one a
    ``--keep`` run left there) and time the query types (with the query vocabulary of the normaliser tables, as
    the API serves)."""
    from hub.search_vocabulary import query_vocabulary
    from index.hangul import chosung, hangul_to_layout

    built = _kept_build(data_dir) if reuse and (data_dir / "index").is_dir() else build_in_child(n_docs, data_dir)
    vocabulary = query_vocabulary()
    backend = get_backend("embedded", data_dir=data_dir, vocabulary=vocabulary)
    rng = random.Random(11)
    regions = _region_table()
    words = ["메이커", "3D프린터", "레이저 커터", "무한상상실", "팹랩", "과천", "수원 메이커스페이스", "창업", "목공",
             "디바이스랩", "CNC", "시제품 제작", "청년 공방", "강남", "드론"]
    names = [d.name for d in synthetic(2000, seed=3)]
    sidos = [r[0] for r in REGIONS]
    places = [g[:-1] if len(g) > 2 else g for _, _, gs in REGIONS for g, _, _ in gs]
    shorts = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북",
              "전남", "경북", "경남", "제주"]
    old = ["강원도", "전라북도", "인천 남구", "경북 군위", "제주도", "서울시", "전북자치도", "충북 청원"]
    kinds = ["메이커스페이스", "무한상상실", "디바이스랩", "혁신센터", "소공인센터", "팹랩", "공방", "전문랩"]
    equipment = ["레이저 커터", "3D프린터", "재봉틀", "UV프린터", "3D 스캐너", "CNC", "레이저 커팅기", "오실로스코프"]
    opening = ["주말", "토요일", "평일 저녁", "야간", "일요일", "지금 영업 중"]

    def fulltext() -> object:
        return backend.search(SearchQuery(q=rng.choice(words), sido=(rng.choice(sidos),), facets=False))

    def autocomplete() -> object:
        name = rng.choice(names)
        return backend.suggest(name[: rng.randint(1, 4)])

    def facets() -> object:
        return backend.search(SearchQuery(q=rng.choice(words), facets=True))

    uncached = get_backend("embedded", data_dir=data_dir, facet_cache_size=0, vocabulary=vocabulary)

    def facets_uncached() -> object:
        return uncached.search(SearchQuery(q=rng.choice(words), sido=(rng.choice(sidos),) if rng.random() < 0.5
                                           else (), facets=True))

    def geo() -> object:
        _, _, lat, lon = rng.choice(regions)
        return backend.search(SearchQuery(near=(lat + rng.gauss(0, 0.03), lon + rng.gauss(0, 0.03)),
                                          radius_km=rng.choice([2.0, 5.0, 10.0, 20.0]), sort="distance",
                                          facets=False))

    def region_kind() -> object:
        where = rng.choice(places) if rng.random() < 0.6 else rng.choice(shorts)
        return backend.search(SearchQuery(q=f"{where} {rng.choice(kinds)}", facets=False))

    def region_equipment_opening() -> object:
        where = rng.choice(places) if rng.random() < 0.6 else rng.choice(shorts)
        return backend.search(SearchQuery(q=f"{where} {rng.choice(opening)} {rng.choice(equipment)}", facets=False))

    def old_region() -> object:
        return backend.search(SearchQuery(q=f"{rng.choice(old)} {rng.choice(kinds + equipment)}", facets=False))

    def suggest_chosung() -> object:
        return backend.suggest(chosung(rng.choice(names).replace(" ", ""))[: rng.randint(2, 5)])

    def suggest_partial() -> object:
        name = rng.choice(names)
        cut = name[: rng.randint(2, min(6, len(name)))]
        last = cut[-1]
        if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28:
            cut = cut[:-1] + chr(ord(last) - (ord(last) - 0xAC00) % 28)  # 작 → 자: the final not typed yet
        return backend.suggest(cut)

    def suggest_layout() -> object:
        return backend.suggest(hangul_to_layout(rng.choice(names)[: rng.randint(2, 5)]))

    def suggest_typo() -> object:
        return backend.suggest(_typo(rng.choice(names)[: rng.randint(4, 8)], rng))

    from hub.server import tune_gc

    tune_gc()  # as the API serves (`hub.server`): what exists now is frozen, collections run less often
    results: dict[str, object] = {"docs": n_docs, **built}
    fns = [fulltext, autocomplete, facets, facets_uncached, geo, region_kind, region_equipment_opening, old_region,
           suggest_chosung, suggest_partial, suggest_layout, suggest_typo]
    for name, fn in zip(QUERY_TYPES, fns, strict=True):
        _time(fn, 30)
        results[name] = _time(fn, n_queries)
    results["load_queries"] = os.getloadavg()[0]
    results["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def _table(rows: list[dict[str, object]]) -> str:
    lines = ["| docs | build docs/s (build alone) | build CPU µs/doc (all threads) | generation µs/doc (not in build) "
             "| index size (of which docs.bin) | peak RSS (query process) | load avg (build / queries) |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['docs']:,} | {r['build_rate']:,.0f} ({r['build_s']:.1f} s) | {r['build_cpu_us']:.0f} | "
                     f"{r['gen_us']:.0f} | {r['size_mib']:,.0f} MiB ({r['docstore_mib']:,.0f}) | "
                     f"{r['max_rss_mib']:,.0f} MiB | {r['load_build']:.1f} / {r['load_queries']:.1f} |")
    lines += ["", "| query type | " + " | ".join(f"{r['docs']:,} docs: p50 / p99 ms wall (CPU)" for r in rows) + " |",
              "|---" * (1 + len(rows)) + "|"]
    for kind in QUERY_TYPES:
        cells = [f"{r[kind][0]:.2f} / {r[kind][1]:.2f} ({r[kind][2]:.2f} / {r[kind][3]:.2f})"  # type: ignore
                 for r in rows]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_results(table: str, command: str) -> None:
    """Replace (or append) the "Search index" section of bench/RESULTS.md, leaving other sections alone."""
    path = Path(__file__).with_name("RESULTS.md")
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    section = (f"## Search index\n\nEmbedded backend (tantivy), synthetic Korean facilities, on the shared 2-core "
               f"machine (other work running); the build runs alone in a forked child after its documents are "
               f"generated, the queries in the parent. Command: `{command}`\n\n{table}\n")
    pattern = re.compile(r"^## Search index\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[100_000])
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--keep", type=Path, help="build in this directory and keep it")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: time the queries on the index an earlier --keep run built there (no build; "
                         "rebuild after a schema change)")
    ap.add_argument("--write-results", action="store_true")
    args = ap.parse_args()
    rows = []
    for n in args.docs:
        tmp = args.keep or Path(tempfile.mkdtemp(prefix="fh-bench-"))
        try:
            row = run(n, args.queries, tmp / str(n), reuse=args.reuse and args.keep is not None)
        finally:
            if not args.keep:
                shutil.rmtree(tmp, ignore_errors=True)
        rows.append(row)
        print(_table([row]), flush=True)
    if args.write_results:
        write_results(_table(rows), "PYTHONPATH=. .venv/bin/python " + " ".join(["bench/search.py", *sys.argv[1:]]))
    print(f"cpu count: {os.cpu_count()}")


if __name__ == "__main__":
    main()
