"""The ``parse`` command (through click's CliRunner), the table loader's errors, and normalize_facility."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli.parse_cmd import parse
from normalizers.errors import NormalizationError, TableError
from normalizers.facility import normalize_facility
from normalizers.tables import config_directory, load_tables


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(parse, list(args))
    return result.exit_code, result.output


def test_parse_address_json_has_exactly_the_issue_keys() -> None:
    code, out = _run("address", "[03154] 서울 종로구 세종대로 209, 3층 (세종로)", "--json")
    assert code == 0
    value = json.loads(out)
    assert set(value) == {"sido", "sigungu", "road", "building_no", "detail", "postal_code", "jibun"}
    assert value["sido"] == "서울특별시" and value["road"] == "세종대로" and value["postal_code"] == "03154"


@pytest.mark.parametrize(
    ("field", "text", "check"),
    [
        ("phone", "02-389-7512~3", lambda v: [p["e164"] for p in v] == ["+8223897512", "+8223897513"]),
        ("hours", "화-일 10:00-21:00 (월요일 휴무)", lambda v: v["weekly"]["mon"] == [] and v["open_evenings"]),
        ("equipment", "3D프린터 8대", lambda v: v == [{"canonical": "3D printer", "category": "additive", "count": 8}]),
        ("name", "(주)엔피프틴 메이커 스페이스",
         lambda v: v == {"display": "엔피프틴 메이커 스페이스", "normalized": "엔피프틴메이커스페이스"}),
        ("kind", "거점형 무한상상실", lambda v: v == {"kind": "muhan_hub"}),
    ],
)
def test_parse_each_field_as_json(field: str, text: str, check) -> None:  # type: ignore[no-untyped-def]
    code, out = _run(field, text, "--json")
    assert code == 0 and check(json.loads(out))


def test_unreadable_value_prints_null_and_reason_and_exits_0() -> None:
    code, out = _run("phone", "문의는 이메일로", "--json")
    assert code == 0
    value = json.loads(out)
    assert value["value"] is None and value["reason"]


def test_table_output_without_json() -> None:
    code, out = _run("hours", "평일 09:00~18:00")
    assert code == 0 and "09:00-18:00" in out and "open_weekends" in out


def test_unknown_field_is_a_usage_error() -> None:
    code, _ = _run("colour", "red")
    assert code == 2


def test_broken_table_raises_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(config_directory() / "taxonomy.yaml", tmp_path / "taxonomy.yaml")
    (tmp_path / "regions.yaml").write_text("as_of: someday\nsido: []\n", encoding="utf-8")
    monkeypatch.setenv("FACILITY_HUB_CONFIG_DIR", str(tmp_path))
    with pytest.raises(TableError) as caught:
        load_tables()
    message = str(caught.value)
    assert "regions.yaml" in message and "as_of" in message and "sido" in message
    assert isinstance(caught.value, NormalizationError)
    code, out = _run("address", "서울 종로구 종로 1", "--json")
    assert code == 1 and "regions.yaml" in out


def test_missing_table_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITY_HUB_CONFIG_DIR", str(tmp_path))
    with pytest.raises(TableError, match="file not found"):
        load_tables()


def test_tables_hold_every_sido_and_kind() -> None:
    tables = load_tables()
    assert len(tables.sidos) == 17
    assert sum(len(s.sigungu) for s in tables.sidos) >= 220
    assert set(tables.kinds) == {
        "makerspace_specialized", "makerspace_general", "muhan_hub", "muhan_small", "ict_devicelab", "ccei",
        "sogongin_center", "private_space", "other_public_lab",
    }


def test_normalize_facility_reads_fields_and_records_problems() -> None:
    fields = {
        "name": "(재)국립과천과학관 무한상상실", "address": "경기도 과천시 상하벌로 110 (과천동)",
        "phone": "(02)3677-1349", "hours": "화-일 09:30~17:30 (월요일 휴관)", "kind_text": "거점",
        "equipment": ["3차원 프린터", "레이저 커터 2대"], "lat": "37.4363", "lon": "127.0050",
        "homepage": "www.sciencecenter.go.kr", "email": "없음", "area": "1,267㎡",
    }
    f = normalize_facility(fields, source_id="muhan", key="17", url="http://x/17", source_kind="muhan")
    assert f.id == "muhan:17" and f.name == "국립과천과학관 무한상상실"
    assert f.kind == "muhan_hub" and f.ministry == "과학기술정보통신부"
    assert f.address is not None and f.address.sigungu == "과천시"
    assert [p.e164 for p in f.phones] == ["+82236771349"]
    assert f.hours is not None and f.hours.weekly["mon"] == []
    assert [e.canonical for e in f.equipment] == ["3D printer", "laser cutter"]
    assert (f.lat, f.lon) == (37.4363, 127.005) and f.homepage == "https://www.sciencecenter.go.kr"
    assert f.area_m2 == 1267.0 and f.problems == {"email": "no e-mail address found"}


def test_normalize_facility_never_raises_on_bad_fields() -> None:
    fields = {"name": "", "address": "미정", "phone": "없음", "hours": "문의", "equipment": [""], "lat": "abc",
              "lon": "", "homepage": "not a url", "kind_text": 12}
    f = normalize_facility(fields, source_id="s", key="k", url="u")  # type: ignore[arg-type]
    assert set(f.problems) >= {"name", "address", "phone", "hours", "coordinates", "homepage"}
    assert f.address is None and f.phones == [] and f.lat is None
