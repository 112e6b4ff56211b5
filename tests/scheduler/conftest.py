"""Fixtures of the scheduler tests: a SQLite store and settings in a temporary directory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from hub.settings import Settings


# tests/hub (no __init__.py) shadows the real ``hub`` package as a namespace once tests/ is on sys.path (the
# root conftest puts it there), and ``from hub import __version__`` then fails. Put the repository first.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
if "hub" in sys.modules and getattr(sys.modules["hub"], "__file__", None) is None:
    del sys.modules["hub"]


@pytest.fixture
def sqlite_store(tmp_path: Path):
    """A migrated SQLite store."""
    from hub.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.dispose()


@pytest.fixture
def settings(tmp_path: Path, sqlite_store) -> Settings:
    """Settings pointing at the SQLite store and a private data dir."""
    from hub.settings import Settings

    return Settings(data_dir=tmp_path / "var", db_url=str(sqlite_store.engine.url), crawl_concurrency=2)
