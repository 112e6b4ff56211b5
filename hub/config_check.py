"""Every configuration file checked before any work starts: sources (with extra files), the dedupe model,
regions and taxonomy. All problems are reported together in one ``ConfigError`` (one line)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hub.errors import ConfigError
from hub.sources import Source, load_sources


def _one_line(message: str) -> str:
    return " ".join(part.strip() for part in str(message).splitlines() if part.strip())


def check_config(config_dir: Path, extra_sources: Iterable[Path] = ()) -> list[Source]:
    """Load and validate sources.yaml (+ extra files), dedupe.yaml, regions.yaml and taxonomy.yaml; return the
    sources, or raise one ``ConfigError`` naming every problem in every file."""
    from dedupe.errors import DedupeError
    from dedupe.model import load_model
    from normalizers.errors import NormalizationError
    from normalizers.tables import _load_from  # the cached loader for one directory (load_tables reads the env)

    problems: list[str] = []
    sources: list[Source] = []
    try:
        sources = load_sources(config_dir, tuple(extra_sources))
    except ConfigError as exc:
        problems.append(_one_line(str(exc)))
    except NormalizationError:
        pass  # the taxonomy is unreadable and the sources are fine otherwise: the tables' problem is said below
    try:
        load_model(Path(config_dir) / "dedupe.yaml")
    except DedupeError as exc:
        problems.append(_one_line(str(exc)))
    try:
        _load_from(str(Path(config_dir).resolve()))
    except NormalizationError as exc:
        problems.append(_one_line(str(exc)))
    if problems:
        raise ConfigError(f"configuration in {config_dir} has problems (nothing was run): " + " | ".join(problems))
    return sources


def checked(settings: Any, extra_sources: Iterable[Path] = ()) -> list[Source]:
    """``check_config`` for the settings' config directory."""
    return check_config(settings.config_dir, extra_sources)
