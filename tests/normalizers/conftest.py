"""The one loader of the labelled normalizer cases in tests/cases/normalizers/*.jsonl.

Each line is ``{"input": …, "expected": …}`` plus optional ``on_date`` (addresses) and ``source_kind`` (kinds);
the file name's first word names the field (``address_region_sweep.jsonl`` → address).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hub.cli.parse_cmd import read_value
from normalizers.address import address_to_json, parse_address

CASES_DIR = Path(__file__).resolve().parents[1] / "cases" / "normalizers"
FIELDS = ("address", "phone", "hours", "equipment", "name", "kind")


@dataclass(frozen=True)
class Case:
    """One labelled case."""

    field: str
    file: str
    line: int
    input: Any
    expected: Any
    on_date: dt.date | None = None
    source_kind: str | None = None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def load_cases(field: str | None = None) -> list[Case]:
    """Every case in the directory (for one field when given), in file and line order."""
    cases: list[Case] = []
    for path in sorted(CASES_DIR.glob("*.jsonl")):
        file_field = path.stem.split("_")[0]
        if file_field not in FIELDS or (field is not None and file_field != field):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            raw = json.loads(line)
            on_date = dt.date.fromisoformat(raw["on_date"]) if raw.get("on_date") else None
            cases.append(
                Case(file_field, path.name, number, raw["input"], raw["expected"], on_date, raw.get("source_kind"))
            )
    return cases


def actual_value(case: Case) -> Any:
    """What the normalizer answers for a case, in the case files' JSON shape (None when unreadable)."""
    if case.field == "address":
        parsed = parse_address(case.input, on_date=case.on_date)
        return address_to_json(parsed.value) if parsed.value else None
    text = "\n".join(case.input) if isinstance(case.input, list) else case.input
    answer = read_value(case.field, text, case.source_kind)
    if answer.get("value", 0) is None and "reason" in answer:
        return None
    if case.field == "phone":
        return answer["phones"]
    if case.field == "equipment":
        return answer["equipment"]
    if case.field == "name":
        return answer["normalized"]
    if case.field == "kind":
        return answer["kind"]
    return answer


@pytest.fixture(scope="session")
def case_loader() -> Callable[[str | None], list[Case]]:
    """The loader, for tests that want all cases at once."""
    return load_cases


@pytest.fixture(scope="session")
def case_value() -> Callable[[Case], Any]:
    """The function that runs a case through its normalizer."""
    return actual_value


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test with a ``labelled_case`` argument runs once per labelled case."""
    if "labelled_case" in metafunc.fixturenames:
        cases = load_cases()
        metafunc.parametrize("labelled_case", cases, ids=[c.id for c in cases])
