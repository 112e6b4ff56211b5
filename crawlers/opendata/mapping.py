"""Field mappings of public-data files: which column holds each raw field, the record key and opening hours.

Ready mappings live in ``config/opendata.yaml`` (전국도서관표준데이터 ``library``, 전국공공시설개방정보표준데이터
``public_facility``). A source names one and may add or override fields::

    opendata:
      mapping: library
      fields: {name: 도서관명, note: [비고]}      # raw field → column, or columns (first present wins)
      key: [publisher_code, name]                 # raw fields (or columns) identifying a record

A column list may hold a list of columns joined with a space (``[[개방시설명, 개방장소명]]``).
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from crawlers.text import squash

Columns = tuple[tuple[str, ...], ...]
"""Alternatives, first present wins; each alternative joins one or more columns."""


def _columns(value: Any) -> Columns:
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        if isinstance(v, list):
            out.append(tuple(str(x) for x in v))
        else:
            out.append((str(v),))
    return tuple(out)


@dataclass(frozen=True)
class FieldMapping:
    """How a source's rows become raw records."""

    fields: dict[str, Columns]
    """Raw field → the columns holding it."""
    key: tuple[str, ...]
    """Raw fields (or column names) whose values, joined with "|", are the record's key."""
    hours: dict[str, Columns] = field(default_factory=dict)
    """Standard opening-hours name → the columns holding it."""
    dataset: str = ""

    def value(self, row: Mapping[str, Any], columns: Columns) -> str:
        """The first alternative present in the row (non-empty), as text with whitespace collapsed."""
        for alternative in columns:
            parts = [squash(_text(row.get(c))) for c in alternative if c in row]
            text = " ".join(p for p in parts if p)
            if text:
                return text
        return ""

    def missing_columns(self, columns: Iterable[str]) -> list[str]:
        """The name and key fields none of whose columns the file has (the mapping does not fit it)."""
        present = set(columns)
        missing = []
        for name in dict.fromkeys(("name", *self.key)):
            alternatives = self.fields.get(name) or ((name,),)
            if not any(all(c in present for c in alt) for alt in alternatives):
                missing.append(name)
        return missing

    def record(self, row: Mapping[str, Any]) -> tuple[str | None, dict[str, Any], list[str]]:
        """``(key or None, raw fields, missing key parts)`` of one row."""
        fields: dict[str, Any] = {}
        for name, columns in self.fields.items():
            text = self.value(row, columns)
            if text:
                fields[name] = text
        hours = {std: self.value(row, cols) for std, cols in self.hours.items()}
        if any(hours.values()):
            fields["hours"] = json.dumps({k: v for k, v in hours.items() if v}, ensure_ascii=False)
        parts, missing = [], []
        for name in self.key:
            text = fields.get(name) if name in self.fields else squash(_text(row.get(name)))
            if text:
                parts.append(str(text))
            else:
                missing.append(name)
        return ("|".join(parts) if not missing else None), fields, missing


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def mappings_path(config_dir: str | os.PathLike[str] | None = None) -> Path:
    """``opendata.yaml`` of the given directory, else of ``FACILITY_HUB_CONFIG_DIR``, else the shipped ``config``."""
    if config_dir:
        return Path(config_dir) / "opendata.yaml"
    import config  # the data package; config.config_dir() is the one reader of FACILITY_HUB_CONFIG_DIR

    return config.config_dir() / "opendata.yaml"


@functools.lru_cache(maxsize=8)
def _load(path: str) -> dict[str, dict[str, Any]]:
    try:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot be read ({exc})") from None
    mappings = data.get("mappings") if isinstance(data, dict) else None
    if not isinstance(mappings, dict):
        raise ValueError(f"{path}: needs a top-level 'mappings:' mapping")
    return mappings


def ready_mappings(config_dir: str | os.PathLike[str] | None = None) -> dict[str, dict[str, Any]]:
    """The ready mappings by name (``library``, ``public_facility`` …)."""
    return _load(str(mappings_path(config_dir)))


def build_mapping(spec: Mapping[str, Any], config_dir: str | os.PathLike[str] | None = None) -> FieldMapping:
    """The mapping of a source's ``opendata`` block: the named ready mapping with its ``fields``/``key`` on top."""
    base: dict[str, Any] = {}
    name = spec.get("mapping")
    if name:
        base = dict(ready_mappings(config_dir)[name])
    fields = {k: _columns(v) for k, v in (base.get("fields") or {}).items()}
    fields.update({k: _columns(v) for k, v in (spec.get("fields") or {}).items()})
    hours = {k: _columns(v) for k, v in (base.get("hours") or {}).items()}
    hours.update({k: _columns(v) for k, v in (spec.get("hours") or {}).items()})
    key = spec.get("key") or base.get("key") or ()
    return FieldMapping(fields=fields, key=tuple(str(k) for k in _as_seq(key)), hours=hours,
                        dataset=str(base.get("dataset") or ""))


def _as_seq(value: Any) -> Sequence[Any]:
    return value if isinstance(value, (list, tuple)) else [value]
