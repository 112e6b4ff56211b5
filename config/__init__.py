"""Data-only configuration shipped with facility-hub: sources, regions, taxonomy and the dedupe model.

``FACILITY_HUB_CONFIG_DIR`` points at another directory with the same files.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def config_dir() -> Path:
    """The directory the configuration files are read from (environment override first)."""
    override = os.environ.get("FACILITY_HUB_CONFIG_DIR")
    return Path(override).expanduser().resolve() if override else PACKAGE_DIR
