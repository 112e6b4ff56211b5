"""The fast paths (keys once per distinct value, string similarity once per distinct pair, vectorised filling of
groups before clustering) give exactly what the straightforward per-record / per-pair computations give."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz

from dedupe import standalone
from dedupe.clustering import cluster
from dedupe.columns import codes_of, derive, encode, factorize
from dedupe.compare import compare_pairs
from dedupe.features import table_from_keys
from dedupe.model import load_model
from dedupe.similarity import pair_similarity

HEADER = ["id", "name", "address", "postal_code", "phone", "homepage", "lat", "lon", "kind", "extra", "operator"]
ROWS = [
    ["1", "(주)한빛 메이커스페이스", "서울특별시 강남구 테헤란로 123", "06236", "02-555-1234", "", "37.5", "127.03",
     "", "x", "한빛대학교"],
    ["2", " 한빛메이커 스페이스 ", "서울 강남구 테헤란로123 3층", "6236", "+82-2-555-1234, 02-555-1299",
     "http://www.hanbit.kr/x", "37.5001", "127.0301", "makerspace", "", " 한빛대학교 산학협력단 "],
    ["3", "누리 팹랩", "부산광역시 해운대구 센텀중앙로 45", "", "051-700-1111 / 051-700-1112", "", "", "", "", "",
     "누리"],
    ["4", "Chicago Commons - Taylor Center", "1633 W. Madison St.", "60612", "2431234", "", "91", "10", "", "", ""],
    ["5", "Chicago Commons Taylor Ctr", "1633 W Madison Street", "", "(312) 243-1234", "https://m.cc.org",
     "41.88", "-87.66", "", "", "Chicago Commons"],
    ["6", "(주)한빛 메이커스페이스", " 서울특별시 강남구 테헤란로 123 ", "06236", "", "", "abc", "nan", "", "",
     "한빛대학교"],
    ["7", "", "", "", "", "", "", "", "", "", "한빛대학교"],
    ["8", "누리 팹랩 본점", "부산 해운대구 센텀중앙로 45", "48058", "051-700-1112", "", "35.17", "", "", "", ""],
]


def write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


KEYS = ["sido", "sigungu", "city", "road", "building_no", "road_no", "road_latin", "floor", "postal_code", "url",
        "host", "kind", "name_key", "residue", "alt1", "alt2", "name_kind", "name_prefix1", "name_prefix2",
        "name_prefix3", "name_prefix4", "any1", "any2", "any3", "area1", "area2", "area3", "area4", "geo1", "geo2",
        "geo3", "geo4", "geo_cell", "phone1", "phone2", "office1", "office2", "landmarks", "address_text"]


def assert_same_tables(a, b) -> None:  # noqa: ANN001
    for key in KEYS:
        assert a.codes[key].tolist() == b.codes[key].tolist(), key
        if a.codes[key].max(initial=-1) >= 0 and key not in ("any1", "any2", "any3", "area1", "area2", "area3",
                                                             "area4") and not key.startswith(("geo", "phone",
                                                                                              "office")):
            assert a.values(key).tolist() == b.values(key).tolist(), key
    assert [a.forms[c] for c in a.codes["form"].tolist()] == [b.forms[c] for c in b.codes["form"].tolist()]
    for key in ("name_token",):
        assert sorted(zip(*(x.tolist() for x in a.memberships(key)), strict=True)) == \
            sorted(zip(*(x.tolist() for x in b.memberships(key)), strict=True))
    np.testing.assert_array_equal(a.lat, b.lat)
    np.testing.assert_array_equal(a.lon, b.lon)


@pytest.mark.parametrize("parallel", ["no", "all addresses in the child", "split"])
def test_column_keys_equal_the_per_record_keys(tmp_path, monkeypatch, parallel):
    monkeypatch.setattr(standalone, "PARALLEL_MIN_ADDRESSES", 10**9 if parallel == "no" else 1)
    if parallel == "split":  # names and phones free: half the addresses here, half in the child
        monkeypatch.setattr(standalone, "NAME_COST", 0)
        monkeypatch.setattr(standalone, "PHONE_COST", 0)
    path = write(tmp_path / "in.csv", HEADER, ROWS)
    model = load_model()
    ids, keys = standalone.read_keys(path, model)
    ids2, columns = standalone.read_columns(path)
    assert ids == ids2 == [r[0] for r in ROWS]
    ft = standalone.table_of_columns(ids2, columns, model)
    assert_same_tables(table_from_keys(ids, keys), ft)
    # the operator column is read: 한빛대학교 (산학협력단) is the operator's own name beside the listing's
    assert {ft.forms[c].operator for c in ft.codes["form"].tolist()[:2]} == {"한빛대"}


def test_absent_optional_columns_are_missing_values(tmp_path):
    path = write(tmp_path / "in.csv", ["name", "id"], [["가나 센타", "a"], ["가나센터", "b"], ["", "c"]])
    ids, columns = standalone.read_columns(path)
    assert set(columns) == {"name"}
    model = load_model()
    ft = standalone.table_of_columns(ids, columns, model)
    assert ft.codes["name_key"].tolist() == [0, 0, -1]
    assert ft.codes["phone1"].tolist() == [-1, -1, -1] and ft.codes["road"].tolist() == [-1, -1, -1]
    assert np.isnan(ft.lat).all()
    assert_same_tables(ft, table_from_keys(*standalone.read_keys(path, model)))


def test_encode_and_codes_follow_first_appearance_with_empty_as_missing():
    col = encode(["b", "", "a", "b", ""])
    assert col[0] == ["b", "", "a"] and col[1].tolist() == [0, 1, 2, 0, 1]
    assert codes_of(col).tolist() == [0, -1, 1, 0, -1]
    assert factorize(["b", "", "a", "b", ""]).tolist() == [0, -1, 1, 0, -1]
    upper = derive(col, str.upper)
    assert [upper[0][i] for i in upper[1]] == ["B", "", "A", "B", ""]
    assert factorize([]).tolist() == []


def test_similarity_once_per_distinct_pair_equals_per_pair(tmp_path):
    names = ["한빛메이커스페이스", "한빛 메이커 스페이스 강남", "누리팹랩", "누리 팹 랩 센터", "abc", "abd", "한빛"]
    rows = [[str(i), names[i % len(names)], "", "", "", "", "", "", "", ""] for i in range(40)]
    path = write(tmp_path / "in.csv", HEADER, rows)
    ft = standalone.table_of_columns(*standalone.read_columns(path), load_model())
    rng = np.random.default_rng(3)
    li, ri = rng.integers(0, 40, 300), rng.integers(0, 40, 300)
    keys = ft.values("name_key")[ft.codes["name_key"]]
    for scorer, symmetric in ((fuzz.ratio, True), (fuzz.partial_ratio, False)):
        got = pair_similarity(ft, "name_key", li, ri, scorer, symmetric=symmetric)
        want = np.array([scorer(keys[a], keys[b]) / 100 for a, b in zip(li, ri, strict=True)], dtype=np.float32)
        np.testing.assert_allclose(got, want, atol=1e-6)
        cut = pair_similarity(ft, "name_key", li, ri, scorer, cutoff=0.7, symmetric=symmetric)
        assert ((cut >= 0.7) == (want >= 0.7)).all()  # a cutoff never changes which side of it a pair falls
    # every level of a pair is the same whichever way round it is compared
    model = _model()
    np.testing.assert_array_equal(compare_pairs(model, ft, li, ri).levels, compare_pairs(model, ft, ri, li).levels)


def _model():
    return load_model()


def test_fill_scores_exactly_the_missing_pairs_of_small_groups():
    # two groups joined by strong edges: {0..4} (a path, so not all pairs known) and {5..10} (too big to fill)
    li = np.array([0, 1, 2, 3, 0, 5, 6, 7, 8, 9], dtype=np.int64)
    ri = np.array([1, 2, 3, 4, 2, 6, 7, 8, 9, 10], dtype=np.int64)
    prob = np.array([0.99, 0.99, 0.99, 0.99, 0.4, 0.99, 0.99, 0.99, 0.99, 0.99])
    asked: list[tuple[int, int]] = []

    def fill(fl: np.ndarray, fr: np.ndarray) -> np.ndarray:
        asked.extend(zip(fl.tolist(), fr.tolist(), strict=True))
        return np.full(len(fl), 0.95)

    order = np.lexsort((ri, li))
    out = cluster(11, li[order], ri[order], prob[order], merge=0.9, coherence=0.5, fill=fill, fill_limit=5)
    known = set(zip(li.tolist(), ri.tolist(), strict=True))
    assert sorted(asked) == [p for p in itertools.combinations(range(5), 2) if p not in known]
    assert out.filled_pairs == len(asked)
    assert len(set(out.labels[:5].tolist())) == 1  # coherent once filled
    assert len(set(out.labels[5:].tolist())) > 1  # unfilled, the unknown pairs count as 0: the chain is held apart
    assert out.held_apart and all(a >= 5 for a, _ in out.held_apart)


def test_blank_lines_and_short_rows_are_read_and_errors_name_the_line(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,name,address\n1,가,서울 강남구 테헤란로 1\n\n2,나\n3,다,x,extra\n", encoding="utf-8")
    ids, columns = standalone.read_columns(path)
    assert ids == ["1", "2", "3"]
    assert columns["address"] == ["서울 강남구 테헤란로 1", "", "x"]
    path.write_text("id,name\n1,가\n\n2,나\n ,다\n", encoding="utf-8")
    with pytest.raises(standalone.DedupeInputError, match="line 5: empty id"):
        standalone.read_columns(path)


def test_addresses_are_split_so_both_processes_finish_together():
    assert standalone._addresses_in_child(10, 0, 0) == 0  # below the threshold: all here
    n = standalone.PARALLEL_MIN_ADDRESSES
    assert standalone._addresses_in_child(n, 0, 0) == n - n // 2
    assert standalone._addresses_in_child(n, 10 * n, 0) == n  # names alone outweigh the addresses: all there


@pytest.mark.parametrize("printed", [
    "02-389-7512", "010-1234-5678", "070-4351-0011", "031-8016-0101", " 053-231-2000 ",
    "035-664-3571",  # no such area code: the normalisers do not read it, its digits are still its key
    "032-000-0000",  # a placeholder
])
def test_a_plainly_hyphenated_number_gives_the_key_the_normalisers_reading_gives(printed):
    assert standalone._ONE_HYPHENATED.fullmatch(printed.strip())
    assert standalone.phone_keys(printed) == standalone.read_phone_keys(printed.strip())


def test_a_placeholder_number_is_no_key_on_either_path():
    for printed in ("00-000-0000", "032-000-0000", "0000-0000", "010-0000-0000"):
        assert standalone.phone_keys(printed) == standalone.read_phone_keys(printed) == ()
    assert standalone.phone_keys("02-1000-0000") == ("0210000000",)  # zeros after a real first digit are a number
