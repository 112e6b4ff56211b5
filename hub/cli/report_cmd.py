"""``facility-hub normalize --report``: how well the normalizers read each source's fields (tables or JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hub.cli.common import AppContext, emit_json, err_console, table


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def print_report(app: AppContext, inputs: tuple[Path, ...], top: int, as_json: bool) -> None:
    """Compute the coverage report (store or CSV files) and print it."""
    from hub.pipeline.normalize_report import coverage, csv_records, store_records
    from hub.pipeline.runner import make_progress

    records = csv_records(inputs) if inputs else store_records(app.store, app.sources())
    with make_progress(err_console, not as_json) as progress:
        task = progress.add_task("report", total=None)
        result = coverage(records, progress=lambda n: progress.update(task, completed=n), top=top)
    result["input"] = [str(p) for p in inputs] if inputs else "store"
    if as_json:
        emit_json(result)
        return
    _print_tables(result, top)


def _print_tables(result: dict[str, Any], top: int) -> None:
    rows = []
    for source, data in result["sources"].items():
        for field_name, c in data["fields"].items():
            rows.append([source, field_name, c["present"], _pct(c["parsed_share"]), _pct(c["complete_share"]),
                         _pct(c["unread_with_reason_share"]), _pct(c["eligible_parsed_share"])])
    table("Normaliser coverage", ["source", "field", "present", "read", "complete", "unread with reason",
                                  "read of eligible"], rows)
    unread_rows = []
    for source, data in result["sources"].items():
        for field_name, c in data["fields"].items():
            for text, n in c["top_unread"][:top]:
                unread_rows.append([source, field_name, n, text[:100]])
    if unread_rows:
        table("Most frequent values not (completely) read", ["source", "field", "records", "value"], unread_rows)
    eq_rows = [[source, n, text] for source, items in result["unknown_equipment"].items() for text, n in items[:top]]
    if eq_rows:
        table("Equipment the taxonomy does not know", ["source", "records", "name"], eq_rows)
