"""The labelled cases: every case exact, and each field at least 99% exact overall."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIELDS = ("address", "phone", "hours", "equipment", "name", "kind")


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


def test_the_labelled_set_is_large_enough(case_loader: Callable[..., list[Any]]) -> None:
    cases = case_loader()
    assert len(cases) >= 1200
    assert {c.field for c in cases} == set(FIELDS)
    independent = [c for c in cases if c.file.endswith("_independent.jsonl")]
    assert len(independent) >= 400, "cases written by an author who does not read normalizers/"
    assert {c.field for c in independent} == set(FIELDS)


def test_labelled_case(labelled_case: Any, case_value: Callable[[Any], Any],
                       case_matches: Callable[[Any, Any], bool]) -> None:
    actual = case_value(labelled_case)
    assert case_matches(labelled_case, actual), (labelled_case.input, _plain(actual), labelled_case.expected)


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy_at_least_99_percent(
    field: str, case_loader: Callable[..., list[Any]], case_value: Callable[[Any], Any],
    case_matches: Callable[[Any, Any], bool],
) -> None:
    cases = case_loader(field)
    exact = sum(case_matches(c, case_value(c)) for c in cases)
    assert exact / len(cases) >= 0.99, f"{field}: {exact}/{len(cases)}"


HELD_OUT = Path(__file__).resolve().parents[2] / "bench" / "data"
READ_SETS = [("normalizers", 0.98), ("normalizers3", 0.97), ("normalizers4", 0.98), ("normalizers5", 0.99)]
"""Independent sets first scored unseen, then read and fixed, so they guard against regressions (their READMEs):
the second (221 cases, first 95.5%), the third (265 cases, first 95.9%; two addresses stay unread: a road named
…거리 the official road sample does not hold, and 인천 중구's roads split between 제물포구 and 영종구, which needs a
road register), the fourth (235 cases, first 96.2%; one English road reads two ways and is read wrongly) and
the fifth (264 cases, first 96.2%: breaks of one rule, `daily except …`, `12–6pm`, `0900-1800`, `… 제외`, `2·28길`,
`Seonhwa 1-ro`, `30자루`)."""


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize(("directory", "least"), READ_SETS)
def test_independent_sets_once_held_out(
    field: str, directory: str, least: float, case_loader: Callable[..., list[Any]],
    case_value: Callable[[Any], Any], case_matches: Callable[[Any, Any], bool],
) -> None:
    cases = case_loader(field, directory=HELD_OUT / directory)
    assert cases, f"no {field} cases in {directory}"
    exact = sum(case_matches(c, case_value(c)) for c in cases)
    assert exact / len(cases) >= least, f"{directory} {field}: {exact}/{len(cases)}"


SPLIT_SET = "normalizers6"
"""The sixth independent set (258 cases, first 94.6% unseen) is split by line: the odd lines were read and fixed
(first 93.1%), the even lines are kept unread as the held-out half (first 96.1%) and are scored, not asserted."""


@pytest.mark.parametrize("field", FIELDS)
def test_sixth_set_read_half(
    field: str, case_loader: Callable[..., list[Any]], case_value: Callable[[Any], Any],
    case_matches: Callable[[Any, Any], bool],
) -> None:
    cases = [c for c in case_loader(field, directory=HELD_OUT / SPLIT_SET) if c.line % 2 == 1]
    assert cases, f"no {field} cases in the read half of {SPLIT_SET}"
    exact = sum(case_matches(c, case_value(c)) for c in cases)
    assert exact / len(cases) >= 0.99, f"{SPLIT_SET} (odd lines) {field}: {exact}/{len(cases)}"
