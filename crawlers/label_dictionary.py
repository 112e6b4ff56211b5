"""The label dictionary (``config/labels.yaml``): which printed labels stand for which field, normalised once.

``crawlers.labels`` reads pages with it.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
_NORMALISE = re.compile(r"[\W_]+")


def normalise_label(text: str) -> str:
    """A label as compared: letters and digits only, no bracketed note, no case (``"📍 운영 시간 :"`` →
    ``운영시간``)."""
    return _NORMALISE.sub("", _BRACKETED.sub("", text)).lower()


@dataclass(frozen=True)
class LabelDictionary:
    """The labels of ``config/labels.yaml``, normalised, with the list fields and boilerplate words."""

    by_label: dict[str, str]
    """Normalised label → raw field name."""
    list_fields: frozenset[str] = frozenset()
    """Fields holding several values."""
    suffixes: tuple[str, ...] = ()
    """Normalised words that may follow a label."""
    boilerplate: tuple[str, ...] = ()
    """Class/id words of parts of a page to skip."""
    lead_classes: tuple[str, ...] = ()
    """Class words of a lead paragraph under the main heading (the page's description)."""

    def field_for(self, text: str) -> str | None:
        """The field a printed label stands for, or None when it is no known label."""
        if not text or len(text) > 40:
            return None
        label = normalise_label(text)
        found = self.by_label.get(label)
        if found is None:
            for suffix in self.suffixes:
                if label.endswith(suffix) and len(label) > len(suffix):
                    found = self.by_label.get(label[: -len(suffix)])
                    if found:
                        break
        return found

    def with_extra(self, extra: dict[str, str]) -> LabelDictionary:
        """This dictionary plus a source's own ``{label: field}`` entries (they win over the shared ones)."""
        by_label = dict(self.by_label)
        by_label.update({normalise_label(k): v for k, v in extra.items()})
        return LabelDictionary(by_label, self.list_fields, self.suffixes, self.boilerplate, self.lead_classes)


def labels_path(config_dir: str | os.PathLike[str] | None = None) -> Path:
    """``labels.yaml`` of the given directory, else of ``FACILITY_HUB_CONFIG_DIR``, else the shipped ``config``."""
    if config_dir:
        return Path(config_dir) / "labels.yaml"
    import config  # the data package; crawlers read it, never hub

    return config.config_dir() / "labels.yaml"


def parse_label_dictionary(data: Any, where: str = "labels.yaml") -> LabelDictionary:
    """Validate the dictionary's data; raise ``ValueError`` listing every problem."""
    problems = []
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        raise ValueError(f"{where}: needs a top-level 'fields:' mapping of field name to a list of labels")
    by_label: dict[str, str] = {}
    for name, labels in data["fields"].items():
        if not isinstance(name, str) or not re.match(r"^[a-z][a-z0-9_]*$", name):
            problems.append(f"{where}: field name {name!r} must be lower_snake_case")
            continue
        if not isinstance(labels, list) or not all(isinstance(x, str) and x.strip() for x in labels):
            problems.append(f"{where}: fields.{name} must be a list of labels")
            continue
        for label in labels:
            norm = normalise_label(label)
            if norm in by_label and by_label[norm] != name:
                problems.append(f"{where}: label {label!r} is given for both {by_label[norm]} and {name}")
            by_label[norm] = name
    for key in ("list_fields", "suffixes", "boilerplate", "lead_classes"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            problems.append(f"{where}: {key} must be a list of strings")
    if problems:
        raise ValueError("; ".join(problems))
    return LabelDictionary(
        by_label=by_label,
        list_fields=frozenset(data.get("list_fields") or ()),
        suffixes=tuple(normalise_label(s) for s in data.get("suffixes") or ()),
        boilerplate=tuple(s.lower() for s in data.get("boilerplate") or ()),
        lead_classes=tuple(s.lower() for s in data.get("lead_classes") or ()),
    )


@functools.lru_cache(maxsize=8)
def _load(path: str) -> LabelDictionary:
    try:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot be read ({exc})") from None
    return parse_label_dictionary(data, path)


def load_labels(config_dir: str | os.PathLike[str] | None = None) -> LabelDictionary:
    """The label dictionary (cached per file); raises ``ValueError`` naming every problem."""
    return _load(str(labels_path(config_dir)))
