"""Build ``config/regions_official.json`` from the official code lists (run again when they are updated).

    .venv/bin/python tools/build_region_tables.py [--data ../shared/data] [--out config/regions_official.json]

What it copies, and only that:

- every 시도 and 시군구 (with 일반구) with the dates each name was in force, from ``sido_timeline.csv`` and
  ``sigungu_timeline.csv`` (CC BY 4.0 — credit "vuski/admdongkor (SGIS 통계지리정보서비스)");
- the 읍면동 of every city with 일반구 and the 구 each belongs to, and the 시군구 of every 읍면동 name, from
  ``legal_dong_codes_2025.tsv`` (법정동코드 전체자료, 행정안전부 행정표준코드관리시스템; rows 존재 only);
- the successor of every abolished 시 and 군 (영일군 → 포항시, 이리시 → 익산시, 경상남도 울주군 → 울산광역시
  울주군): the timeline says when a name ceased, the code list's 폐지 rows keep its 읍면동 and 리, and the
  current 시군구 that holds most of them (by name, without the 읍/면/동/리 ending: 하남면 장덕리 → 장덕동) is where
  it went — kept only when it holds at least ``SUCCESSOR_SHARE`` of them;
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
_UNIT_END = re.compile(r"(?:\d*가|\d*동|읍|면|리)$")
SUCCESSOR_SHARE = 0.6
"""An abolished 시/군 is given a successor when one current 시군구 holds this share of its former 읍면동/리 names
(below it, the old one was split: 시흥군 went to 시흥, 안산, 의왕 …)."""


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


def _legal_rows(data: Path) -> list[tuple[str, str, str]]:
    """(code, full name, 존재/폐지) of every row of the 법정동코드 list."""
    text = (data / "opendata" / "legal_dong_codes_2025.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines()[1:]:
        code, name, state = line.split("\t")
        rows.append((code, name, state.strip()))
    return rows


def _legal_dong(legal: list[tuple[str, str, str]]) -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """(city → {읍면동: [구 …]} for cities with 일반구, "시도 읍면동" → [시군구 …]) from the current codes. A
    읍면동 name can exist in two 구 of one city (창원시 상남동: 성산구 and 마산합포구)."""
    dong_gu: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    dong_sigungu: dict[str, set[str]] = defaultdict(set)
    for code, name, state in legal:
        if state != "존재" or code[5:8] == "000" or code[8:] != "00":
            continue
        parts = name.split()
        if len(parts) == 4 and parts[1].endswith("시") and parts[2].endswith("구"):
            dong_gu[f"{parts[0]} {parts[1]}"][parts[3]].add(parts[2])
            dong_sigungu[f"{parts[0]} {parts[3]}"].add(f"{parts[1]} {parts[2]}")
        elif len(parts) == 3:
            dong_sigungu[f"{parts[0]} {parts[2]}"].add(parts[1])
    return ({c: {dong: sorted(gus) for dong, gus in sorted(d.items())} for c, d in sorted(dong_gu.items())},
            {k: sorted(v) for k, v in sorted(dong_sigungu.items())})


def _successors(legal: list[tuple[str, str, str]], sigungu: list[dict[str, str | None]]) -> list[dict[str, object]]:
    """[{sido, name, until, now_sido, now, share}] for every abolished 시 or 군 (see the module docstring)."""
    current = {(s["sido"], s["city"]) for s in sigungu if s["until"] is None}
    ended: dict[tuple[str, str], str] = {}
    for s in sigungu:
        key = (str(s["sido"]), str(s["city"]))
        if s["until"] is not None and key not in current and key[1].endswith(("시", "군")):
            ended[key] = max(ended.get(key, ""), str(s["until"]))
    old_parts: dict[tuple[str, str], set[str]] = defaultdict(set)
    holders: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, name, state in legal:
        parts = name.split()
        if len(parts) < 3:
            continue
        if state == "폐지":
            old_parts[(parts[0], parts[1])].update(_UNIT_END.sub("", p) for p in parts[2:])
            continue
        with_gu = len(parts) > 3 and parts[1].endswith("시") and parts[2].endswith("구")
        for p in parts[3:] if with_gu else parts[2:]:
            holders[_UNIT_END.sub("", p)].add((parts[0], parts[1]))
    current_sido = {str(s["sido"]) for s in sigungu if s["until"] is None}
    metropolitan = {x[:2] for x in current_sido if x.endswith("광역시")}
    # a 시/군 of a renamed 시도 with its own name unchanged (강원도 강릉시): the same city
    renamed_only = {(sido, city) for sido, city in ended if sido not in current_sido
                    and any(c == city for _, c in current)}
    out: list[dict[str, object]] = []
    for (sido, city), until in sorted(ended.items()):
        if city.endswith("시") and city[:-1] in metropolitan:
            continue  # 울산시, 대전시: became the 광역시 itself, whose names the 시도 tables give
        if (sido, city) in renamed_only:
            continue  # 강원도 강릉시: the 시도 was renamed (its former names are the 시도 tables'), not the 시
        names = {p for p in old_parts.get((sido, city), ()) if p}
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for p in names:
            for unit in holders.get(p, ()):
                counts[unit] += 1
        if not counts:
            continue
        (now_sido, now), held = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        share = held / len(names)
        if share >= SUCCESSOR_SHARE and (now_sido, now) != (sido, city):
            out.append({"sido": sido, "name": city, "until": until, "now_sido": now_sido, "now": now,
                        "share": round(share, 2)})
    return out


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
    legal = _legal_rows(args.data)  # read once: the current codes and the abolished ones
    dong_gu, dong_sigungu = _legal_dong(legal)
    sido_eng, sigungu_eng = _english(args.data)
    table = {
        "about": "Generated by tools/build_region_tables.py from the official code lists; do not edit by hand.",
        "attribution": ATTRIBUTION,
        "timeline_last_version": last,
        "sido": [{"code": s["element_id"], "name": s["name"], "from": s["from"], "until": s["until"]} for s in sido],
        "sigungu": sigungu,
        "dong_gu": dong_gu,
        "dong_sigungu": dong_sigungu,
        "successors": _successors(legal, sigungu),
        "sido_eng": sido_eng,
        "sigungu_eng": sigungu_eng,
        "roads": {} if args.no_roads else _roads(args.data),
    }
    assert sido_last == last or sido_last <= last
    args.out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(sigungu)} 시군구 periods, {sum(map(len, dong_gu.values()))} 읍면동 of cities "
          f"with 일반구, {len(dong_sigungu)} 읍면동 names, {len(table['successors'])} successors of abolished 시/군, "
          f"{len(sigungu_eng)} English 시군구 names, "
          f"{sum(map(len, table['roads'].values()))} road names")


if __name__ == "__main__":
    main()
