"""Standalone CSV mode: id,name,... in; id,cluster out."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dedupe.errors import DedupeInputError
from dedupe.standalone import cluster_csv

ROWS = [
    {"id": "1", "name": "(주)한빛 메이커스페이스", "address": "서울특별시 강남구 테헤란로 123", "phone": "02-555-1234",
     "source": "a", "extra": "ignored"},
    {"id": "2", "name": "한빛메이커 스페이스", "address": "서울 강남구 테헤란로123 3층", "phone": "+82-2-555-1234",
     "source": "b", "extra": ""},
    {"id": "3", "name": "누리 팹랩", "address": "부산광역시 해운대구 센텀중앙로 45", "phone": "051-700-1111",
     "source": "a", "extra": ""},
    {"id": "4", "name": "Chicago Commons - Taylor Center", "address": "1633 W. Madison St.", "phone": "2431234",
     "source": "a", "extra": ""},
    {"id": "5", "name": "Chicago Commons Taylor Ctr", "address": "1633 W Madison Street", "phone": "(312) 243-1234",
     "source": "b", "extra": ""},
    {"id": "6", "name": "Chicago Commons - Taylor Center", "address": "4400 S Halsted St", "phone": "",
     "source": "b", "extra": ""},
]


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_round_trip_writes_every_id_with_its_cluster(tmp_path, model):
    out = tmp_path / "clusters.csv"
    stats = cluster_csv(write(tmp_path / "in.csv", ROWS), out, model=model)
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [r["id"] for r in ROWS]
    cluster = {r["id"]: r["cluster"] for r in rows}
    assert cluster["1"] == cluster["2"] != cluster["3"]
    assert cluster["4"] == cluster["5"] != cluster["6"]  # English names and US addresses work too
    assert stats["records"] == 6 and stats["clusters"] == len(set(cluster.values()))


def test_only_id_and_name_are_required(tmp_path, model):
    out = tmp_path / "out.csv"
    cluster_csv(write(tmp_path / "in.csv", [{"id": "x", "name": "가"}, {"id": "y", "name": "나"}]), out, model=model)
    assert out.read_text(encoding="utf-8").splitlines() == ["id,cluster", "x,x", "y,y"]


@pytest.mark.parametrize(("rows", "message"), [
    ([{"id": "1", "title": "가"}], "missing column(s) name"),
    ([{"id": "1", "name": "가"}, {"id": "1", "name": "나"}], "duplicate id '1'"),
    ([{"id": "", "name": "가"}], "empty id"),
])
def test_bad_input_gets_a_clear_error(tmp_path, model, rows, message):
    path = write(tmp_path / "in.csv", rows)
    with pytest.raises(DedupeInputError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        cluster_csv(path, tmp_path / "out.csv", model=model)
    assert str(path) in str(info.value)


def test_missing_input_file_is_a_dedupe_error(tmp_path, model):
    with pytest.raises(DedupeInputError, match="cannot read"):
        cluster_csv(tmp_path / "nope.csv", tmp_path / "out.csv", model=model)
