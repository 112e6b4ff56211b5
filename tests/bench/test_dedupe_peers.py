"""bench/dedupe_peers.py: the two baselines run in their own processes and are scored by score.py.

The eight listings below and their truth were written by hand; the expected clusterings follow from the
baselines' documented rules, worked out in the comments (not from running them).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bench import dedupe_peers
from bench.peers.prepare import address_keys, name_key

RECORDS = [
    # A: one facility, printed three ways (legal form and spacing; an English listing of the same place)
    ("r1", "서울창의공작소", "서울특별시 은평구 통일로 684", "02-389-7512", "A"),
    ("r2", "(재)서울 창의 공작소", "서울 은평구 통일로 684 2층", "(02)389-7512", "A"),
    ("r3", "Seoul Changui Workshop", "684 Tongil-ro, Eunpyeong-gu, Seoul", "+82-2-389-7512", "A"),
    # B: one facility (센타 / 센터); C: another facility of the same name in another 구
    ("r4", "부산 메이커센타", "부산광역시 해운대구 센텀중앙로 78", "051-123-4567", "B"),
    ("r5", "부산메이커센터", "부산 해운대구 센텀중앙로 78", "051-123-4567", "B"),
    ("r6", "부산메이커센터", "부산광역시 사하구 낙동대로 550", "051-999-0000", "C"),
    # D: one facility, the 시도 written in full in one name
    ("r7", "대구 창작랩", "대구광역시 중구 동덕로 115", "053-252-2222", "D"),
    ("r8", "대구광역시 창작랩", "대구 중구 동덕로 115", "", "D"),
]


@pytest.fixture()
def small_set(tmp_path: Path) -> tuple[Path, Path]:
    records, truth = tmp_path / "records.csv", tmp_path / "truth.csv"
    with open(records, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "address", "phone"])
        w.writerows(r[:4] for r in RECORDS)
    with open(truth, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "cluster"])
        w.writerows((r[0], r[4]) for r in RECORDS)
    return records, truth


def test_names_are_normalised_as_documented() -> None:
    assert name_key("(재)서울 창의 공작소") == name_key("서울창의공작소") == "서울창의공작소"
    assert name_key("㈜부산 메이커센타") == "부산메이커센터"
    assert name_key("대구광역시 창작랩") == name_key("대구 창작랩")
    assert name_key("경기도서관") == "경기도서관"  # 경기 + 도서관: not a 시도 written in full
    assert name_key("Precious Little One's Learning Center, Inc.") == "preciouslittleoneslearningcenter"


def test_addresses_fall_back_to_the_printed_road_and_number() -> None:
    assert address_keys("서울 은평구 통일로 684 2층") == ("서울특별시", "서울특별시 은평구", "통일로|684")
    assert address_keys("684 Tongil-ro, Eunpyeong-gu, Seoul")[1:] == ("서울특별시 은평구", "통일로|684")
    assert address_keys("221 E. 51st St.") == ("", "", "51st|221")
    assert address_keys("") == ("", "", "")


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict:
    if not (dedupe_peers.SHARED / "tools" / "score.py").exists():
        pytest.skip(f"no score.py under {dedupe_peers.SHARED}: the shared tools are not beside this checkout")
    assert dedupe_peers.main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_baselines_run_in_their_own_processes_and_score(small_set, tmp_path, capsys) -> None:
    records, truth = small_set
    out = _run(capsys, ["--input", str(records), "--truth", str(truth), "--methods", "exact,fuzzy",
                        "--workdir", str(tmp_path / "work"), "--json"])
    (data,) = out["datasets"].values()
    exact, fuzzy = data["methods"]["exact"], data["methods"]["fuzzy"]
    # exact: {r1,r2} {r3} {r4,r5,r6} {r7,r8} → 5 predicted pairs, 3 of them true (r1r2, r4r5, r7r8) of 5 true
    assert exact["score"]["pred_pairs"] == 5 and exact["score"]["tp_pairs"] == 3
    assert exact["score"]["pair_f1"] == pytest.approx(0.6)
    # fuzzy: r4–r6 scores 100 − 30 (another 구) = 70 < 95, r1–r3 scores 0 + 15 + 15 = 30: {r1,r2} {r3} {r4,r5}
    # {r6} {r7,r8} → 3 predicted pairs, all true
    assert fuzzy["score"]["pred_pairs"] == 3 and fuzzy["score"]["tp_pairs"] == 3
    assert fuzzy["score"]["pair_precision"] == 1.0 and fuzzy["score"]["pair_f1"] == pytest.approx(0.75)
    for report in (exact, fuzzy):
        assert report["stats"]["records"] == 8
        assert report["peak_rss_mb"] > 0 and report["seconds"] >= 0
    clusters = dict(csv.reader(open(tmp_path / "work" / next(
        p.name for p in (tmp_path / "work").iterdir() if p.name.endswith(".fuzzy.csv")), encoding="utf-8")))
    assert clusters["r5"] == clusters["r4"] == "r4" and clusters["r6"] == "r6"


def test_a_missing_splink_is_reported_not_fatal(small_set, monkeypatch, capsys) -> None:
    records, truth = small_set
    monkeypatch.setattr(dedupe_peers, "splink_installed", lambda: False)
    assert dedupe_peers.main(["--input", str(records), "--truth", str(truth), "--methods", "splink"]) == 0
    assert "splink: not installed" in capsys.readouterr().out


def test_unknown_methods_are_refused(capsys) -> None:
    with pytest.raises(SystemExit):
        dedupe_peers.main(["--methods", "ours,magic"])
    assert "unknown method(s) magic" in capsys.readouterr().err
