"""A small, realistic data set for the page tests: a config dir, a store and an index in a temporary data dir.

Facility rows (normalised records from four sources) are written to the store with their raw records and crawl
runs; then the real dedupe stage runs when it is available, otherwise a fixed clustering stands in for it (one
entity per real facility, two members where sources overlap, three flagged pairs); then the real index stage
builds and activates the index.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hub.settings import Settings

STEWARD_TOKEN = "steward-secret-token"
OPERATOR_TOKEN = "operator-secret-token"
REPO = Path(__file__).resolve().parents[2]

SOURCES_YAML = """\
sources:
  - id: makeall
    name: 메이크올 (중기부)
    family: makeall
    start_urls: ["https://www.makeall.com/space/list.php"]
    kind: makerspace
    schedule: "0 2 * * *"
    priority: 1
    enabled: true
  - id: muhan
    name: 무한상상실 (과기정통부)
    family: muhan
    start_urls: ["https://www.ideaall.net/room/list.do"]
    kind: muhan
    schedule: "20 2 * * *"
    priority: 2
    enabled: true
  - id: ccei
    name: 창조경제혁신센터
    family: ccei
    start_urls: ["https://ccei.creativekorea.or.kr/"]
    kind: ccei
    schedule: "0 3 * * 1"
    priority: 1
    enabled: true
"""

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")


def _hours(weekday: tuple[str, str], sat: tuple[str, str] | None = None) -> dict[str, Any]:
    weekly = {d: [list(weekday)] for d in WEEKDAYS}
    if sat:
        weekly["sat"] = [list(sat)]
    return {
        "original": f"평일 {weekday[0]}~{weekday[1]}" + (f", 토 {sat[0]}~{sat[1]}" if sat else ""),
        "weekly": weekly,
        "open_evenings": weekday[1] > "18:00",
        "open_weekends": sat is not None,
        "closed_on_holidays": True,
    }


def _eq(*names: str) -> list[dict[str, Any]]:
    return [{"canonical": n, "category": "fabrication", "count": None, "original": n, "model": None} for n in names]


# (source, key, name, kind, sido, sigungu, road, building_no, phone, hours, equipment, lat, lon, programmes)
ROWS: list[tuple[Any, ...]] = [
    ("makeall", "ms-101", "서울창업허브 메이커스페이스", "makerspace_specialized",
     "서울특별시", "마포구", "백범로31길", "21",
     "02-2157-0101", _hours(("09:00", "21:00")), _eq("3D printer", "laser cutter", "CNC router"), 37.5455, 126.9541,
     ["3D 모델링 교육", "시제품 제작 지원"]),
    ("muhan", "seoul-hub", "서울창업허브 메이커 스페이스", "makerspace_specialized",
     "서울특별시", "마포구", "백범로31길",
     "21", "02-2157-0100", _hours(("09:00", "18:00")), _eq("3D printer", "laser cutter", "3D scanner"), 37.5456,
     126.9540, ["메이커 캠프"]),
    ("muhan", "gc-1", "국립과천과학관 무한상상실", "muhan_hub", "경기도", "과천시", "상하벌로", "110", "02-3677-1400",
     _hours(("09:00", "17:30"), ("10:00", "17:00")), _eq("3D printer", "laser cutter", "vinyl cutter"), 37.4363,
     126.9966, ["3D 모델링 교육", "메이커 캠프"]),
    ("makeall", "ms-205", "과천과학관 무한상상실", "makerspace_general", "경기도", "과천시", "상하벌로", "110",
     "02-3677-1400", _hours(("09:30", "17:30"), ("10:00", "17:00")), _eq("3D printer", "laser cutter"), 37.4364,
     126.9965, []),
    ("ccei", "gn-1", "경남창조경제혁신센터 메이커스페이스", "ccei", "경상남도", "창원시 의창구", "창원대로", "18",
     "055-212-1000", _hours(("09:00", "18:00")), _eq("CNC milling machine", "3D printer", "machining center"),
     35.2406, 128.6811, ["제조 창업 교육"]),
    ("makeall", "ms-310", "성수 메이커 팹랩", "makerspace_general", "서울특별시", "성동구", "성수이로", "113",
     "02-461-3300", _hours(("10:00", "22:00"), ("11:00", "18:00")), _eq("laser cutter", "3D printer", "sewing machine"),
     37.5446, 127.0557, ["레이저 커팅 입문"]),
    ("makeall", "ms-320", "대전 메이커스페이스 전문랩", "makerspace_specialized",
     "대전광역시", "유성구", "대학로", "99",
     "042-821-5000", _hours(("09:00", "18:00")), _eq("PCB milling machine", "oscilloscope", "soldering station"),
     36.3624, 127.3446, ["하드웨어 스타트업 캠프"]),
    ("ccei", "bs-1", "부산창조경제혁신센터 디자인 메이커랩", "ccei", "부산광역시", "해운대구", "센텀동로", "45",
     "051-749-4800", _hours(("09:00", "18:00"), ("10:00", "16:00")), _eq("3D printer", "UV printer"), 35.1730,
     129.1270, ["디자인 시제품 교육"]),
    ("muhan", "gj-1", "광주 무한상상실", "muhan_small", "광주광역시", "북구", "첨단과기로", "123", "062-601-1000",
     _hours(("09:00", "18:00")), _eq("3D printer", "3D pen"), 35.2264, 126.8430, []),
    ("makeall", "ms-330", "제주 메이커 카페", "makerspace_general", "제주특별자치도", "제주시", "중앙로", "217",
     "064-720-3000", _hours(("10:00", "20:00"), ("10:00", "18:00")), _eq("3D printer", "woodworking tools"), 33.4996,
     126.5312, ["목공 교실"]),
    ("makeall", "ms-340", "수원 메이커스페이스", "makerspace_general", "경기도", "수원시 영통구", "광교로", "107",
     "031-888-9000", _hours(("09:00", "18:00")), _eq("3D printer", "laser cutter"), 37.2886, 127.0510, []),
    ("makeall", "ms-300", "마포 메이커스페이스 1호점", "makerspace_general", "서울특별시", "마포구", "월드컵로", "235",
     "02-332-1200", _hours(("10:00", "19:00")), _eq("3D printer", "vinyl cutter"), 37.5636, 126.9084, []),
    ("muhan", "mapo", "마포메이커 스페이스", "makerspace_general", "서울특별시", "마포구", "월드컵로", "235",
     "02-332-1201", _hours(("10:00", "19:00"), ("10:00", "15:00")), _eq("3D printer"), 37.5637, 126.9083, []),
    ("muhan", "gn-1", "강남 창업 공작소", "muhan_small", "서울특별시", "강남구", "테헤란로", "311", "02-555-3100",
     _hours(("09:00", "18:00")), _eq("3D printer", "laser cutter"), 37.5040, 127.0440, []),
    ("makeall", "ms-400", "강남 창업공작소 2센터", "makerspace_general", "서울특별시", "강남구", "테헤란로", "301",
     "02-555-3109", _hours(("09:00", "20:00")), _eq("3D printer", "CNC router"), 37.5043, 127.0430, []),
    ("ccei", "dg-1", "대구 팹랩", "ccei", "대구광역시", "북구", "칠성로", "22", "053-602-2000",
     _hours(("09:00", "18:00")), _eq("3D printer", "laser cutter"), 35.8802, 128.5955, []),
    ("makeall", "ms-500", "대구 메이커 팹랩", "makerspace_general",
     "대구광역시", "북구", "칠성로", "24", "053-602-2001",
     _hours(("09:00", "18:00")), _eq("3D printer"), 35.8804, 128.5957, []),
    ("ccei", "us-1", "울산 메이커랩", "ccei", "울산광역시", "남구", "삼산로", "20", "052-260-1000",
     _hours(("09:00", "18:00")), _eq("3D printer", "robot arm"), 35.5384, 129.3114, ["로봇 기초"]),
    ("makeall", "ms-600", "울산 메이커랩 센터", "makerspace_general", "울산광역시", "남구", "삼산로", "22",
     "052-260-1001", _hours(("09:00", "19:00")), _eq("3D printer"), 35.5386, 129.3116, []),
]

CLUSTERS = [["makeall:ms-101", "muhan:seoul-hub"], ["muhan:gc-1", "makeall:ms-205"]]
"""The fixed clustering used when the real dedupe stage is not available: these merge, the rest stand alone."""

FLAGGED = [("makeall:ms-300", "muhan:mapo", 0.71), ("makeall:ms-400", "muhan:gn-1", 0.55),
           ("ccei:dg-1", "makeall:ms-500", 0.62), ("ccei:us-1", "makeall:ms-600", 0.58)]


def facility_dict(row: tuple[Any, ...], fetched: datetime) -> dict[str, Any]:
    """One normalised facility record (the shape ``normalizers.records.Facility.to_dict`` gives)."""
    (source, key, name, kind, sido, sigungu, road, no, phone, hours, equipment, lat, lon, programmes) = row
    digits = phone.replace("-", "")
    return {
        "id": f"{source}:{key}", "source_id": source, "key": key,
        "url": f"https://{source}.example.kr/space/{key}", "name": name,
        "name_normalized": name.replace(" ", ""), "alt_names": [], "kind": kind, "operator": None,
        "address": {"original": f"{sido} {sigungu} {road} {no}", "sido": sido, "sigungu": sigungu,
                    "eupmyeondong": None, "road": road, "building_no": no, "detail": None, "note": None,
                    "jibun": None, "postal_code": None, "postal_code_legacy": None},
        "phones": [{"e164": "+82" + digits[1:], "display": phone, "extension": None}],
        "hours": hours, "equipment": equipment, "programmes": programmes,
        "homepage": None, "reservation_url": None, "email": None,
        "lat": lat, "lon": lon, "description": f"{name}: 누구나 아이디어를 시제품으로 만들어 볼 수 있는 공간.",
        "ministry": None, "partner_company": None, "specialized_industry": None, "area_m2": None, "opened": None,
        "fetched_at": fetched.isoformat(), "problems": {},
    }


@dataclass
class Dataset:
    """What a test needs to know about the built data."""

    settings: Settings
    dedupe: str
    """``real`` when the real dedupe stage clustered the facilities, ``fixed`` when the stand-in did."""


def make_config(config_dir: Path) -> Path:
    """A config directory: the project's tables plus the test sources."""
    config_dir.mkdir(parents=True, exist_ok=True)
    for name in ("regions.yaml", "taxonomy.yaml", "dedupe.yaml"):
        shutil.copy(REPO / "config" / name, config_dir / name)
    (config_dir / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    return config_dir


def make_settings(data_dir: Path, config_dir: Path) -> Settings:
    """Settings over the data dir with both tokens set."""
    return Settings(data_dir=data_dir, config_dir=config_dir, steward_token=STEWARD_TOKEN,
                    operator_token=OPERATOR_TOKEN)


def _write_facilities(store: Any, now: datetime) -> None:
    from hub.store.schema import CrawlRun, FacilityRow, RawRecord

    with store.session() as session:
        sources = sorted({r[0] for r in ROWS})
        runs: dict[str, str] = {}
        for s_i, source in enumerate(sources):
            count = sum(1 for r in ROWS if r[0] == source)
            for day in range(5, -1, -1):
                run_id = f"crawl-{source}-{day}"
                started = now - timedelta(days=day, hours=s_i)
                state = "failed" if (source == "ccei" and day == 3) else "succeeded"
                records = 0 if state == "failed" else count + (day % 2) * 2
                session.add(CrawlRun(id=run_id, source_id=source, state=state, started_at=started,
                                     finished_at=started + timedelta(minutes=3), pages=records + 2, records=records,
                                     errors=1 if state == "failed" else 0, new=count if day == 5 else 0,
                                     changed=day % 2, unchanged=max(0, records - 1), gone=0, stats={},
                                     error="HTTP 503 from listing page" if state == "failed" else None,
                                     trigger="schedule"))
            runs[source] = f"crawl-{source}-0"
        for row in ROWS:
            data = facility_dict(row, now - timedelta(hours=1))
            session.add(FacilityRow(id=data["id"], source_id=row[0], key=row[1], raw_hash=f"h-{row[1]}",
                                    normalizer_version="test", data=data, active=True, problems=0))
            session.add(RawRecord(source_id=row[0], key=row[1], url=data["url"], content_hash=f"h-{row[1]}",
                                  fields={"name": row[2]}, fetched_at=now - timedelta(hours=1),
                                  first_run_id=runs[row[0]], last_run_id=runs[row[0]],
                                  changed_run_id=runs[row[0]]))


PRIORITY = {"muhan": 2, "makeall": 1, "ccei": 1}


def _fixed_dedupe(store: Any) -> None:
    """Stand-in for the dedupe stage: the fixed clusters, survivorship by source priority, the flagged pairs."""
    from hub.pipeline.stages import stage_run
    from hub.store.schema import EntityMember, EntityRow, ReviewPairRow

    by_id = {f"{r[0]}:{r[1]}": facility_dict(r, datetime.now(UTC) - timedelta(hours=1)) for r in ROWS}
    clustered = {fid for c in CLUSTERS for fid in c}
    clusters = CLUSTERS + [[fid] for fid in by_id if fid not in clustered]
    with stage_run(store, "dedupe") as stats, store.session() as session:
        for members in clusters:
            ranked = sorted(members, key=lambda fid: -PRIORITY[by_id[fid]["source_id"]])
            eid = "ent-" + ranked[0].replace(":", "-")
            data = {}
            for field in ("name", "kind", "address", "phones", "hours", "equipment", "programmes", "homepage",
                          "description", "lat", "lon"):
                for fid in ranked:
                    value = by_id[fid].get(field)
                    if value not in (None, "", [], {}):
                        data[field] = {"value": value, "facility_id": fid, "source_id": by_id[fid]["source_id"],
                                       "fetched_at": by_id[fid]["fetched_at"], "rule": "source_priority"}
                        break
            session.add(EntityRow(id=eid, name=data["name"]["value"], data=data, member_count=len(members),
                                  content_hash=f"c-{eid}"))
            session.flush()
            session.add_all(EntityMember(facility_id=fid, entity_id=eid) for fid in members)
        for a, b, p in FLAGGED:
            session.add(ReviewPairRow(facility_a=a, facility_b=b, probability=p, stage_run_id=stats["stage_run_id"],
                                      explanation={"prior_weight": -6.2, "features": [
                                          {"name": "name", "label": "유사 (Jaro-Winkler ≥ 0.88)", "weight": 4.1},
                                          {"name": "address", "label": "같은 도로, 다른 건물번호", "weight": 1.2},
                                          {"name": "phone", "label": "다름", "weight": -2.3},
                                          {"name": "distance", "label": "100 m 이내", "weight": 3.6}]}))
        stats.update(entities=len(clusters), review_pairs=len(FLAGGED))


def _clear_dedupe_output(store: Any) -> None:
    from sqlalchemy import delete

    from hub.store.schema import EntityMember, EntityRow, ReviewPairRow

    with store.session() as session:
        for table in (EntityMember, ReviewPairRow, EntityRow):
            session.execute(delete(table))


def run_dedupe_stage(settings: Settings) -> str:
    """The real dedupe stage when its package is there (``real``), else the fixed stand-in (``fixed``)."""
    from hub.sources import load_sources
    from hub.store import open_store

    store = open_store(settings.database_url)
    try:
        try:
            import dedupe.engine  # noqa: F401
        except ImportError:
            _fixed_dedupe(store)
            return "fixed"
        from hub.pipeline.dedupe_stage import run_dedupe

        try:
            run_dedupe(store, load_sources(settings.config_dir))
            return "real"
        except Exception as exc:  # noqa: BLE001 - the real stage is still being finished; say so and stand in
            _clear_dedupe_output(store)
            _fixed_dedupe(store)
            return f"fixed (the real dedupe stage failed: {type(exc).__name__}: {exc})"
    finally:
        store.dispose()


def rerun_fixed_dedupe(settings: Settings) -> None:
    """Run the stand-in dedupe again (replacing its output, decisions untouched) and reindex."""
    from hub.store import open_store

    store = open_store(settings.database_url)
    try:
        _clear_dedupe_output(store)
        _fixed_dedupe(store)
    finally:
        store.dispose()
    reindex(settings)


def reindex(settings: Settings) -> None:
    """Build and activate a new index version from the stored entities (the real index stage)."""
    from hub.pipeline.index_stage import run_index
    from hub.store import open_store

    store = open_store(settings.database_url)
    try:
        run_index(store, settings, force=True)
    finally:
        store.dispose()


def build_dataset(root: Path) -> Dataset:
    """Config, store and index under ``root`` (``root/config``, ``root/var``)."""
    from hub.store import open_store

    settings = make_settings(root / "var", make_config(root / "config"))
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(settings.database_url)
    try:
        _write_facilities(store, datetime.now(UTC))
    finally:
        store.dispose()
    mode = run_dedupe_stage(settings)
    reindex(settings)
    return Dataset(settings=settings, dedupe=mode)


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token in a page's forms."""
    match = CSRF.search(html)
    assert match, "the page has a form with a CSRF token"
    return match.group(1)


def login(client, role: str) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = STEWARD_TOKEN if role == "steward" else OPERATOR_TOKEN
    csrf = csrf_of(client.get(f"/login?role={role}").text)
    resp = client.post("/login", data={"token": token, "csrf": csrf, "role": role, "next": "/"},
                       follow_redirects=False)
    assert resp.status_code == 303
    page = client.get("/review" if role == "steward" else "/ops")
    assert page.status_code == 200
    return csrf_of(page.text)
