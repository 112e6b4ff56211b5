"""Build ``config/regions_official.json`` from the official code lists (run again when they are updated).

    .venv/bin/python tools/build_region_tables.py [--data ../shared/data] [--out config/regions_official.json]

What it copies, and only that:

- every 시도 and 시군구 (with 일반구) with the dates each name was in force, from ``sido_timeline.csv`` and
  ``sigungu_timeline.csv`` (CC BY 4.0 — credit "vuski/admdongkor (SGIS 통계지리정보서비스)");
- the 읍면동 of every city with 일반구 and the 구 each belongs to, and the 시군구 of every 읍면동 name, from
  ``legal_dong_codes_2025.tsv`` (법정동코드 전체자료, 행정안전부 행정표준코드관리시스템; rows 존재 only);
- the English names of the 시도 and 시군구 of 2018 from the SGIS boundary files (통계청 SGIS, 공공누리 제1유형);
- the road names of the road addresses in the 전국도서관표준데이터 files (공공데이터포털 standard data, 공공누리),
  by 시도 and 시군구: the dictionary that resolves romanised road names back to Hangul.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTRIBUTION = {
    "sigungu_timeline.csv, sido_timeline.csv": "CC BY 4.0 — vuski/admdongkor (SGIS 통계지리정보서비스), "
    "PyPI admdongkor==0.5.6",
    "legal_dong_codes_2025.tsv": "법정동코드 전체자료, 행정안전부 행정표준코드관리시스템 (government code list)",
    "provinces_2018_topo_simple.json, municipalities_2018_topo_simple.json":
        "통계청 SGIS, 공공누리 제1유형 (via southkorea/southkorea-maps)",
    "library_2026.csv, library_2023_2024.csv":
        "전국도서관표준데이터, 공공데이터포털 (공공누리; 제공기관 as in each row)",
}
_CITY_GU = re.compile(r"^(.+?시)(.+구)$")


def _date(version: str) -> str:
    return f"{version[:4]}-{version[4:6]}-{version[6:8]}"


def _periods(path: Path, key_fields: tuple[str, ...]) -> tuple[list[dict[str, str]], str]:
    """Rows grouped into periods: each distinct (code, name …) with its first and last version."""
    spans: dict[tuple[str, ...], list[str]] = {}
    versions: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            versions.add(row["version_key"])
            key = tuple(row[k] for k in key_fields)
            span = spans.setdefault(key, [row["version_key"], row["version_key"]])
            span[0], span[1] = min(span[0], row["version_key"]), max(span[1], row["version_key"])
    ordered = sorted(versions)
    nxt = {v: ordered[i + 1] for i, v in enumerate(ordered[:-1])}
    out = []
    for key, (first, last) in sorted(spans.items(), key=lambda kv: (kv[0][0], kv[1][0])):
        entry = dict(zip(key_fields, key, strict=True))
        entry["from"] = _date(first)
        entry["until"] = _date(nxt[last]) if last in nxt else None  # the first version without it
        out.append(entry)
    return out, _date(ordered[-1])


def _sigungu(data: Path) -> tuple[list[dict[str, str | None]], str]:
    rows, last = _periods(data / "opendata" / "sigungu_timeline.csv", ("element_id", "sidonm", "name"))
    out = []
    for r in rows:
        name = r["name"]
        m = _CITY_GU.match(name)
        city, gu = (m.group(1), m.group(2)) if m else (name, None)
        out.append({"code": r["element_id"], "sido": r["sidonm"], "city": city, "gu": gu, "from": r["from"],
                    "until": r["until"]})
    return out, last


def _legal_dong(data: Path) -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """(city → {읍면동: [구 …]} for cities with 일반구, "시도 읍면동" → [시군구 …]) from the current codes. A
    읍면동 name can exist in two 구 of one city (창원시 상남동: 성산구 and 마산합포구)."""
    dong_gu: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    dong_sigungu: dict[str, set[str]] = defaultdict(set)
    with (data / "opendata" / "legal_dong_codes_2025.tsv").open(encoding="utf-8") as fh:
        for line in fh.read().splitlines()[1:]:
            code, name, state = line.split("\t")
            if state.strip() != "존재" or code[5:8] == "000" or code[8:] != "00":
                continue
            parts = name.split()
            if len(parts) == 4 and parts[1].endswith("시") and parts[2].endswith("구"):
                dong_gu[f"{parts[0]} {parts[1]}"][parts[3]].add(parts[2])
                dong_sigungu[f"{parts[0]} {parts[3]}"].add(f"{parts[1]} {parts[2]}")
            elif len(parts) == 3:
                dong_sigungu[f"{parts[0]} {parts[2]}"].add(parts[1])
    return ({c: {dong: sorted(gus) for dong, gus in sorted(d.items())} for c, d in sorted(dong_gu.items())},
            {k: sorted(v) for k, v in sorted(dong_sigungu.items())})


def _english(data: Path) -> tuple[dict[str, str], list[list[str]]]:
    """(English 시도 name → 2018 Korean name, [[English 시군구 name, 2018 시도 name, 2018 시군구 name]])."""
    def geometries(name: str) -> list[dict[str, str]]:
        topo = json.loads((data / "geo" / name).read_text(encoding="utf-8"))
        obj = next(iter(topo["objects"].values()))
        return [g["properties"] for g in obj["geometries"]]

    provinces = geometries("provinces_2018_topo_simple.json")
    sido_by_code = {p["code"]: p["name"] for p in provinces}
    units = [[m["name_eng"], sido_by_code[m["code"][:2]], m["name"]]
             for m in geometries("municipalities_2018_topo_simple.json")]
    return {p["name_eng"]: p["name"] for p in provinces}, sorted(units)


def _roads(data: Path) -> dict[str, list[str]]:
    """"시도 시군구" → road names in the library files' road addresses (read with the project's parser)."""
    sys.path.insert(0, str(ROOT))
    from normalizers.address import parse_address

    roads: dict[str, set[str]] = defaultdict(set)
    for name in ("library_2026.csv", "library_2023_2024.csv"):
        with (data / "opendata" / name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                parsed = parse_address(row.get("소재지도로명주소") or "").value
                if parsed and parsed.road and parsed.sido:
                    roads[f"{parsed.sido} {parsed.sigungu or ''}".strip()].add(parsed.road)
    return {k: sorted(v) for k, v in sorted(roads.items())}


def main() -> None:
    """Read the official lists and write the JSON table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "config" / "regions_official.json")
    parser.add_argument("--no-roads", action="store_true", help="Leave the road dictionary out.")
    args = parser.parse_args()
    sido, sido_last = _periods(args.data / "opendata" / "sido_timeline.csv", ("element_id", "name"))
    sigungu, last = _sigungu(args.data)
    dong_gu, dong_sigungu = _legal_dong(args.data)
    sido_eng, sigungu_eng = _english(args.data)
    table = {
        "about": "Generated by tools/build_region_tables.py from the official code lists; do not edit by hand.",
        "attribution": ATTRIBUTION,
        "timeline_last_version": last,
        "sido": [{"code": s["element_id"], "name": s["name"], "from": s["from"], "until": s["until"]} for s in sido],
        "sigungu": sigungu,
        "dong_gu": dong_gu,
        "dong_sigungu": dong_sigungu,
        "sido_eng": sido_eng,
        "sigungu_eng": sigungu_eng,
        "roads": {} if args.no_roads else _roads(args.data),
    }
    assert sido_last == last or sido_last <= last
    args.out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(sigungu)} 시군구 periods, {sum(map(len, dong_gu.values()))} 읍면동 of cities "
          f"with 일반구, {len(dong_sigungu)} 읍면동 names, {len(sigungu_eng)} English 시군구 names, "
          f"{sum(map(len, table['roads'].values()))} road names")


if __name__ == "__main__":
    main()
