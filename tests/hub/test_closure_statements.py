"""What a page says about being closed: for good, for a while, or nothing at all (table-driven)."""

from __future__ import annotations

import pytest

from hub.lifecycle.statements import read_statement, read_statements

CASES = [
    # closed for good
    ("status", "폐관", "closed"),
    ("status", "운영종료", "closed"),
    ("name", "팹랩 서울 [운영종료]", "closed"),
    ("name", "메이커 카페 (폐업)", "closed"),
    ("notice", "2024년 3월 31일자로 운영을 종료합니다.", "closed"),
    ("notice", "본 공간은 2023년 12월 폐관되었습니다", "closed"),
    ("notice", "사정으로 폐업했습니다. 그동안 감사했습니다", "closed"),
    ("notice", "2023.12.31 운영 종료", "closed"),
    ("description", "This space is permanently closed.", "closed"),
    # closed for a while: a notice, never closed
    ("hours", "휴관중", "temporary"),
    ("notice", "리모델링으로 임시 휴관합니다 (3월~6월)", "temporary"),
    ("notice", "코로나19로 휴관", "temporary"),
    ("notice", "공사로 인해 당분간 휴관", "temporary"),
    ("notice", "2026년 말 폐관 예정", "planned"),
    # not about closing at all
    ("hours", "평일 09:00~18:00, 매주 월요일 휴관", None),
    ("hours", "휴관일: 공휴일", None),
    ("hours", "정기 휴관일 매주 월요일", None),
    ("hours", "월(1+3주째)+국가지정공휴일", None),
    ("hours", "운영 종료 시간 18:00", None),
    ("hours", "평일운영종료시각 22:00", None),
    ("description", "폐관된 목욕탕을 고쳐 만든 메이커 공간", None),
    ("description", "폐교를 리모델링한 메이커스페이스", None),
    ("description", "폐관 위기를 넘긴 도서관", None),
    ("description", "2022년 재개관 이후 다시 문을 열었습니다", None),
]


@pytest.mark.parametrize(("field", "text", "kind"), CASES)
def test_statements(field: str, text: str, kind: str | None) -> None:
    found = read_statement(field, text)
    assert (found.kind if found else None) == kind
    if found:
        assert found.field == field and found.text


def test_the_strongest_statement_of_each_field_first() -> None:
    found = read_statements({"hours": ["매주 월요일 휴관", "임시 휴관 중"], "name": "공방 [폐업]", "x": 3})
    assert [(s.kind, s.field) for s in found] == [("closed", "name"), ("temporary", "hours")]
