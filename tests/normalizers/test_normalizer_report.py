"""``facility-hub normalize --report``: coverage per source and field, on a small file and on the real library
files of the public-data standard (the aims of issue 13)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli.main import cli
from hub.pipeline.normalize_report import coverage, csv_records, real_number

OPENDATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "opendata"
COLUMNS = ["도서관명", "시도명", "시군구명", "휴관일", "평일운영시작시각", "평일운영종료시각", "토요일운영시작시각",
           "토요일운영종료시각", "공휴일운영시작시각", "공휴일운영종료시각", "소재지도로명주소", "도서관전화번호",
           "위도", "경도"]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def test_report_as_json_from_a_csv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITY_HUB_DATA_DIR", str(tmp_path / "var"))
    path = _write(tmp_path / "libs.csv", [
        ["가 도서관", "서울특별시", "종로구", "월+법정공휴일", "09:00", "18:00", "09:00", "17:00", "00:00", "00:00",
         "서울특별시 종로구 세종대로 209", "02-2133-0300", "37.57", "126.97"],
        ["나 도서관", "경기도", "수원시", "정기청소일", "09:00", "22:00", "09:00", "18:00", "09:00", "18:00",
         "수원시 원천동", "000-000-0000", "", ""],
        ["다 도서관", "부산광역시", "남구", "", "", "", "", "", "", "", "미정", "", "", ""],
    ])
    result = CliRunner().invoke(cli, ["normalize", "--report", "--input", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    fields = report["sources"]["libs"]["fields"]
    assert report["sources"]["libs"]["records"] == 3
    assert fields["hours"]["present"] == 2 and fields["hours"]["parsed"] == 2 and fields["hours"]["complete"] == 1
    assert fields["hours"]["top_unread"] == [["정기청소일", 1]]
    assert fields["phone"]["eligible"] == 1 and fields["phone"]["eligible_parsed_share"] == 1.0
    # "미정" under 부산광역시 남구 reads as the region alone: read, but not to road and number.
    assert fields["address"]["present"] == 3 and fields["address"]["parsed"] == 3
    assert fields["address"]["complete"] == 1 and fields["address"]["reasons"] == {"no road and building number": 2}


def test_report_tables_for_people(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITY_HUB_DATA_DIR", str(tmp_path / "var"))
    path = _write(tmp_path / "one.csv", [["도서관", "서울특별시", "종로구", "연중무휴", "09:00", "18:00", "09:00",
                                          "18:00", "09:00", "18:00", "서울 종로구 종로 1", "02-123-4567", "", ""]])
    result = CliRunner().invoke(cli, ["normalize", "--report", "--input", str(path)])
    assert result.exit_code == 0 and "Normaliser coverage" in result.output


def test_placeholder_phones_are_not_real_numbers() -> None:
    assert real_number("02-2133-0300") and real_number("1588-1234")
    assert not real_number("032-000-0000") and not real_number("00") and not real_number("-")


@pytest.mark.parametrize("name", ["library_2026.csv", "library_2023_2024.csv"])
def test_the_library_files_meet_the_coverage_aims(name: str) -> None:
    path = OPENDATA / name
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    report = coverage(csv_records([path]))
    fields = report["sources"][path.stem]["fields"]
    assert fields["hours"]["parsed_share"] >= 0.99
    assert fields["phone"]["eligible_parsed_share"] >= 0.99
    assert fields["address"]["complete_share"] >= 0.995
    for field in ("hours", "phone", "address"):
        unread = fields[field]["present"] - fields[field]["parsed"]
        assert fields[field]["with_reason"] == unread, f"{field}: every unread value has a reason"
