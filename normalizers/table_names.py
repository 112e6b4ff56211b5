"""The ``names`` section of ``config/taxonomy.yaml``: legal forms, spelling variants and generic words of names."""

from __future__ import annotations

from typing import Any

from normalizers.errors import TableError


def str_list(value: Any) -> tuple[str, ...] | None:
    """A list of strings as a tuple (None: empty); None when it is something else."""
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def parse_names(data: dict[str, Any], path: str) -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...]]:
    """(legal forms, variants, generic words) of the taxonomy; raises TableError naming every problem."""
    names = data.get("names") or {}
    problems: list[str] = []
    legal = str_list(names.get("legal_forms")) if isinstance(names, dict) else None
    generic = str_list(names.get("generic_words")) if isinstance(names, dict) else None
    variants = names.get("variants") if isinstance(names, dict) else None
    if legal is None:
        problems.append("names.legal_forms must be a list of strings")
    if generic is None:
        problems.append("names.generic_words must be a list of strings")
    if variants is None:
        variants = {}
    if not isinstance(variants, dict) or not all(isinstance(v, str) for v in variants.values()):
        problems.append("names.variants must map spellings to spellings")
        variants = {}
    if problems:
        raise TableError(path, problems)
    assert legal is not None and generic is not None
    return legal, {str(k): v for k, v in variants.items()}, generic
