"""The review page reads a pair's explanation in stewards' words, the sharing levels included."""

from __future__ import annotations

from dedupe.explain import explain_pair
from hub.web.review_pages import score_rows
from tests.dedupe.conftest import make_facility


def test_a_renamed_librarys_explanation_reads_in_korean_on_the_review_page():
    old = make_facility("library_2023", "o", "햇살마루작은도서관", "경기도 김포시 김포한강8로 148", "031-985-4420")
    new = make_facility("library_2026", "n", "구래어린이도서관", "경기도 김포시 김포한강8로 148", "031-985-4420")
    rows, summary = score_rows(explain_pair(old, new))
    levels = {r["name"]: r["level"] for r in rows}
    assert levels["phone"] == "두 이름만 쓰는 번호, 같은 주소"
    assert levels["address"] == "두 이름만 쓰는 값"
    assert levels["name"] == "다름"
    assert 0.0 < summary["probability"] < 1.0
