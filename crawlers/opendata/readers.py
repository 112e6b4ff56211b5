"""A public-data file's bytes → rows (dicts of column → value), with its format and text encoding detected.

Formats: CSV (comma, tab or semicolon, sniffed by ``csv.Sniffer``), XLSX (openpyxl, first sheet, first non-empty
row as the header) and JSON (a list of objects, or the first list of objects inside: ``{"records": [...]}`` as
data.go.kr's file downloads give, ``{"response": {"body": {"items": ...}}}`` as its OpenAPI gives).

Encodings: a UTF-8 byte-order mark, else strict UTF-8, else CP949 (the superset of EUC-KR most Korean government
files are written in), else what ``charset_normalizer`` finds most likely. The encoding used is returned so that
the run can report it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

FORMATS = ("csv", "xlsx", "json")


class FileFormatError(ValueError):
    """The bytes are not a file of the expected (or any known) format."""


def detect_encoding(data: bytes) -> str:
    """The text encoding of a file: ``utf-8-sig``, ``utf-8``, ``cp949`` or charset_normalizer's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp949")
        return "cp949"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise FileFormatError("the file is not text in any encoding that could be detected")
    return best.encoding


def detect_format(name: str, content_type: str, data: bytes) -> str:
    """``csv``, ``xlsx`` or ``json`` from the file's bytes, its name and its media type."""
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    head = data[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json"
    if head[:1] == b"<":
        raise FileFormatError("the file is HTML or XML, not CSV, XLSX or JSON (an error page?)")
    lowered = name.lower().split("?")[0]
    for fmt in FORMATS:
        if lowered.endswith("." + fmt) or fmt in content_type.lower():
            return fmt
    return "csv"


def read_csv(text: str) -> list[dict[str, str]]:
    """Rows of CSV text (the delimiter sniffed among comma, tab and semicolon; headers stripped)."""
    sample = text[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header: list[str] | None = None
    rows = []
    for values in reader:
        if header is None:
            if any(v.strip() for v in values):
                header = [h.strip().lstrip("\ufeff") for h in values]
            continue
        if not any(v.strip() for v in values):
            continue
        rows.append({h: v for h, v in zip(header, values, strict=False) if h})
    if header is None:
        raise FileFormatError("the CSV file has no header row")
    return rows


def read_xlsx(data: bytes) -> list[dict[str, Any]]:
    """Rows of the first sheet of an XLSX workbook (the first non-empty row is the header)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several types for a damaged workbook
        raise FileFormatError(f"not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None
    sheet = book.worksheets[0]
    header: list[str] | None = None
    rows = []
    for values in sheet.iter_rows(values_only=True):
        cells = ["" if v is None else v for v in values]
        if header is None:
            if any(str(c).strip() for c in cells):
                header = [str(c).strip() for c in cells]
            continue
        if not any(str(c).strip() for c in cells):
            continue
        rows.append({h: c for h, c in zip(header, cells, strict=False) if h})
    book.close()
    if header is None:
        raise FileFormatError("the XLSX workbook's first sheet is empty")
    return rows


def _records(value: Any) -> Iterator[list[dict[str, Any]]]:
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            yield value
        return
    if isinstance(value, dict):
        for key in ("records", "items", "item", "data", "row", "rows", "body", "response"):
            if key in value:
                yield from _records(value[key])
        for v in value.values():
            yield from _records(v)


def read_json(text: str) -> list[dict[str, Any]]:
    """Rows of a JSON file: the first list of objects found (``records``, ``items``, ``data`` … first)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError(f"not valid JSON ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("items"), dict) and isinstance(data["items"].get("item"), dict):
        return [data["items"]["item"]]  # one item written as an object
    for rows in _records(data):
        return rows
    return []


def read_rows(data: bytes, *, name: str = "", content_type: str = "", fmt: str | None = None,
              encoding: str | None = None) -> tuple[list[dict[str, Any]], str, str]:
    """``(rows, format, encoding)`` of a file's bytes; ``fmt``/``encoding`` override the detection."""
    fmt = fmt or detect_format(name, content_type, data)
    if fmt == "xlsx":
        return read_xlsx(data), "xlsx", "binary"
    encoding = encoding if encoding and encoding != "auto" else detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise FileFormatError(f"the file cannot be read as {encoding} ({exc})") from None
    text = text.lstrip("\ufeff")
    rows = read_json(text) if fmt == "json" else read_csv(text)
    return rows, fmt, encoding
