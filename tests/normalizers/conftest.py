"""The one loader of the labelled normalizer cases in tests/cases/normalizers/*.jsonl.

Each line is ``{"input": …, "expected": …}`` plus optional ``on_date`` (addresses) and ``source_kind`` (kinds),
and keys the loader keeps but does not use (``why``, ``origin``); the file name's first word names the field
(``address_region_sweep.jsonl`` → address, ``hours_independent.jsonl`` → hours).

- ``input`` may be a JSON object or array (hours given as schema.org objects or public-data columns): it is passed
  to the normaliser as its JSON text, as the crawlers store it; an equipment list of strings is passed as lines.
- name ``expected`` may be a string (compared with ``normalized``) or ``{"display", "normalized"}`` (both).
- hours ``expected`` is compared on every key, except that ``unparsed`` is compared as presence.
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
    why: str | None = None
    origin: str | None = None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def load_cases(field: str | None = None, directory: Path = CASES_DIR) -> list[Case]:
    """Every case in ``directory`` (for one field when given), in file and line order."""
    cases: list[Case] = []
    for path in sorted(directory.glob("*.jsonl")):
        file_field = path.stem.split("_")[0]
        if file_field not in FIELDS or (field is not None and file_field != field):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            raw = json.loads(line)
            on_date = dt.date.fromisoformat(raw["on_date"]) if raw.get("on_date") else None
            cases.append(
                Case(file_field, path.name, number, raw["input"], raw["expected"], on_date, raw.get("source_kind"),
                     raw.get("why"), raw.get("origin"))
            )
    return cases


def actual_value(case: Case) -> Any:
    """What the normalizer answers for a case, in the case files' JSON shape (None when unreadable)."""
    if case.field == "address":
        parsed = parse_address(case.input, on_date=case.on_date)
        return address_to_json(parsed.value) if parsed.value else None
    if case.field == "equipment" and isinstance(case.input, list) and all(isinstance(x, str) for x in case.input):
        text = "\n".join(case.input)
    elif isinstance(case.input, (dict, list)):
        text = json.dumps(case.input, ensure_ascii=False)
    else:
        text = case.input
    answer = read_value(case.field, text, case.source_kind)
    if answer.get("value", 0) is None and "reason" in answer:
        return None
    if case.field == "phone":
        return answer["phones"]
    if case.field == "equipment":
        return answer["equipment"]
    if case.field == "name":
        return {"display": answer["display"], "normalized": answer["normalized"]}
    if case.field == "kind":
        return answer["kind"]
    return answer


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


def matches(case: Case, actual: Any) -> bool:
    """Whether the normaliser's answer is the case's expected value (by the rules in the module docstring)."""
    actual = _plain(actual)
    expected = case.expected
    if case.field == "name" and isinstance(expected, str):
        return actual is not None and actual["normalized"] == expected
    if case.field == "hours" and isinstance(expected, dict) and isinstance(actual, dict):
        keys = (set(expected) | set(actual)) - {"unparsed"}
        return all(expected.get(k) == actual.get(k) for k in keys) and \
            bool(expected.get("unparsed")) == bool(actual.get("unparsed"))
    return actual == expected


@pytest.fixture(scope="session")
def case_matches() -> Callable[[Case, Any], bool]:
    """The comparison of an answer with a case's expected value."""
    return matches


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
