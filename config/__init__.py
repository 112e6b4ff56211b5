"""Data-only configuration shipped with facility-hub: sources, regions, taxonomy, the dedupe model and the search
backend's options (``index.yaml``).

``FACILITY_HUB_CONFIG_DIR`` points at another directory with the same files. :func:`environment_override` is the
one place that variable is read; everything else asks :func:`config_dir` (or is handed the directory by
``hub.resources.Resources``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ENV_VAR = "FACILITY_HUB_CONFIG_DIR"
"""The environment variable naming another configuration directory."""


def environment_override() -> str | None:
    """The value of ``FACILITY_HUB_CONFIG_DIR`` (None when unset or empty) — the only reader of that variable."""
    return os.environ.get(ENV_VAR) or None


def config_dir() -> Path:
    """The directory the configuration files are read from (environment override first)."""
    override = environment_override()
    return Path(override).expanduser().resolve() if override else PACKAGE_DIR
