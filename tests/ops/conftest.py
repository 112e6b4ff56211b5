"""Fixtures of the operations tests: a config dir with two sources, a SQLite store, and the API on a real port."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import serve_in_thread

if TYPE_CHECKING:
    from hub.settings import Settings

SOURCES_YAML = """
sources:
  - id: alpha
    family: generic
    start_urls: ["https://alpha.example/list"]
    kind: private
    schedule: "0 3 * * *"
    priority: 1
    enabled: true
    extract: jsonld
  - id: beta
    family: generic
    start_urls: ["https://beta.example/list"]
    kind: private
    schedule: "15 4 * * 1"
    priority: 1
    enabled: true
    extract: jsonld
"""


@pytest.fixture
def ops_settings(tmp_path: Path) -> Settings:
    """Settings with a private config dir (the project's tables plus two sources) and a SQLite store."""
    from config import config_dir

    cfg = tmp_path / "config"
    shutil.copytree(config_dir(), cfg, ignore=shutil.ignore_patterns("sources.yaml", "__pycache__", "*.py"))
    (cfg / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    from hub.settings import Settings

    return Settings(
        data_dir=tmp_path / "var",
        db_url=f"sqlite:///{tmp_path / 'store.db'}",
        config_dir=cfg,
        operator_token="op-secret",
    )


@pytest.fixture
def ops_store(ops_settings: Settings):
    """The migrated store of ops_settings."""
    from hub.store import open_store

    s = open_store(ops_settings.database_url)
    yield s
    s.dispose()


@pytest.fixture
def api(ops_settings: Settings, ops_store):
    """The app served by uvicorn on a free loopback port; yields (base_url, app)."""
    from hub.app import create_app

    app = create_app(ops_settings, ops_store)
    with serve_in_thread(app, lifespan="off") as port:
        yield f"http://127.0.0.1:{port}", app
