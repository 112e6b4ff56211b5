"""The labelled cases: every case exact, and each field at least 99% exact overall."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

FIELDS = ("address", "phone", "hours", "equipment", "name", "kind")


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


def test_the_labelled_set_is_large_enough(case_loader: Callable[..., list[Any]]) -> None:
    cases = case_loader()
    assert len(cases) >= 400
    assert {c.field for c in cases} == set(FIELDS)


def test_labelled_case(labelled_case: Any, case_value: Callable[[Any], Any]) -> None:
    assert _plain(case_value(labelled_case)) == labelled_case.expected, labelled_case.input


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy_at_least_99_percent(
    field: str, case_loader: Callable[..., list[Any]], case_value: Callable[[Any], Any]
) -> None:
    cases = case_loader(field)
    exact = sum(_plain(case_value(c)) == c.expected for c in cases)
    assert exact / len(cases) >= 0.99, f"{field}: {exact}/{len(cases)}"
