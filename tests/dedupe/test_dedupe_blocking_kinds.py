"""Blocking by city and kind group: listings without a street address meet when one site files the facility under a
kind another site's name gives it (a 공작소 and a 메이커스페이스), not when the kinds are apart (a library)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from dedupe.blocking import candidate_pairs
from dedupe.features import kind_groups
from dedupe.standalone import read_columns, table_of_columns

ROWS = [
    ("a", "한밭기술공작소", "대전 동구 옛 대전역 별관 2층", "메이커스페이스 전문랩"),
    ("b", "대전창작터", "대전 동구 대동 창업허브", "메이커스페이스"),
    ("c", "대동 어린이도서관", "대전 동구 대동", "작은도서관"),
]


def test_kind_groups_join_the_families_one_facility_is_listed_under():
    values = ["makerspace", "library", "other_public", "private", "muhan"]
    compatible = frozenset({frozenset({"makerspace", "private"}), frozenset({"makerspace", "other_public"}),
                            frozenset({"makerspace", "muhan"})})
    kind = np.array([0, 1, 2, 3, 4, -1])
    groups = kind_groups(kind, values, compatible)
    assert groups[0] == groups[2] == groups[3] == groups[4]
    assert groups[1] != groups[0]
    assert groups[5] == -1


def test_a_maker_space_filed_under_two_kinds_in_one_city_is_a_candidate_pair(model, tmp_path: Path):
    path = tmp_path / "records.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["id", "name", "address", "kind"])
        w.writerows(ROWS)
    ids, columns = read_columns(path)
    ft = table_of_columns(ids, columns, model)
    li, ri, per_rule = candidate_pairs(ft, model.blocking, model.max_block_size, model.window)
    by_kind = {(int(x) // len(ids), int(x) % len(ids)) for x in per_rule["region_kind"]}
    assert (0, 1) in by_kind
    assert (0, 2) not in by_kind and (1, 2) not in by_kind
