"""Fixtures of the scheduler tests: a SQLite store and settings in a temporary directory."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from hub.settings import Settings


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
