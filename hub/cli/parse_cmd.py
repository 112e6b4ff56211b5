"""``facility-hub parse FIELD TEXT [--json]``: show how the normalizers read one value.

An operator checks a new site's formats with it. A value that cannot be read prints ``{"value": null,
"reason": "…"}`` (or the reason in the table) and still exits 0; a broken table file exits 1 with one line.
"""

from __future__ import annotations

from typing import Any

import click
import orjson
from rich.console import Console
from rich.table import Table

from normalizers.address import address_to_json, parse_address
from normalizers.equipment import equipment_to_json, parse_equipment
from normalizers.errors import NormalizationError
from normalizers.hours import hours_to_json, parse_hours
from normalizers.kind import classify_kind, kind_label
from normalizers.names import name_key, normalize_name, normalized_form
from normalizers.phone import parse_phones, phone_to_json

FIELDS = ("address", "phone", "hours", "equipment", "name", "kind")


def read_value(field: str, text: str, source_kind: str | None = None) -> dict[str, Any]:
    """The JSON answer for one field: the normalised value's keys, or ``{"value": None, "reason": …}``."""
    if field == "address":
        parsed = parse_address(text)
        return address_to_json(parsed.value) if parsed.value else _unread(parsed.reason)
    if field == "phone":
        phones = parse_phones(text)
        return {"phones": [phone_to_json(p) for p in phones.value]} if phones.value else _unread(phones.reason)
    if field == "hours":
        hours = parse_hours(text)
        return hours_to_json(hours.value) if hours.value else _unread(hours.reason)
    if field == "equipment":
        items = parse_equipment(_equipment_lines(text))
        return {"equipment": [equipment_to_json(e) for e in items.value]} if items.value else _unread(items.reason)
    if field == "name":
        name = normalize_name(text)
        if not name.value:
            return _unread(name.reason)
        return {"display": name.value, "normalized": normalized_form(name.value)}
    kind = classify_kind(source_kind, text)
    return {"kind": kind.value} if kind.value else _unread(kind.reason)


def _equipment_lines(text: str) -> list[str] | str:
    """The lines of an equipment text; a JSON list of strings (one per row as a site prints them) is its rows."""
    if text.lstrip().startswith("["):
        try:
            rows = orjson.loads(text)
        except orjson.JSONDecodeError:
            rows = None
        if isinstance(rows, list) and all(isinstance(r, str) for r in rows):
            return rows
    return [line for line in text.splitlines() if line.strip()] or text


def _unread(reason: str | None) -> dict[str, Any]:
    return {"value": None, "reason": reason or "unreadable"}


def _json_value(field: str, answer: dict[str, Any]) -> Any:
    """Phone and equipment print as a bare list, as the command's contract says."""
    if "reason" in answer and answer.get("value") is None:
        return answer
    if field == "phone":
        return answer["phones"]
    if field == "equipment":
        return answer["equipment"]
    return answer


def _table(field: str, text: str, answer: dict[str, Any]) -> Table:
    table = Table(title=f"{field}: {text}", show_header=True, header_style="bold")
    if "reason" in answer and answer.get("value") is None:
        table.add_column("value")
        table.add_column("reason")
        table.add_row("—", str(answer["reason"]))
        return table
    if field in ("phone", "equipment"):
        rows = answer["phones" if field == "phone" else "equipment"]
        for column in rows[0]:
            table.add_column(column)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row.values()))
        return table
    table.add_column("key")
    table.add_column("value")
    if field == "hours":
        for day, intervals in answer["weekly"].items():
            table.add_row(day, ", ".join(f"{a}-{b}" for a, b in intervals) or "closed")
        table.add_row("open_evenings", str(answer["open_evenings"]))
        table.add_row("open_weekends", str(answer["open_weekends"]))
        return table
    for key, value in answer.items():
        table.add_row(key, "" if value is None else str(value))
    if field == "name":
        table.add_row("matching key", name_key(text))
    if field == "kind":
        table.add_row("label", kind_label(answer["kind"]) or "")
    return table


@click.command("parse")
@click.argument("field", type=click.Choice(FIELDS))
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the value as JSON (for scripts).")
@click.option("--source-kind", default=None, help="For `kind`: the kind the source declares (makerspace, muhan …).")
def parse(field: str, text: str, as_json: bool, source_kind: str | None) -> None:
    """Show how FIELD's normalizer reads TEXT (address, phone, hours, equipment, name, kind)."""
    try:
        answer = read_value(field, text, source_kind)
    except NormalizationError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(orjson.dumps(_json_value(field, answer), option=orjson.OPT_INDENT_2).decode())
    else:
        Console().print(_table(field, text, answer))
