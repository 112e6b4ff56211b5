"""Page tests over the shared data set, in-process with TestClient (real store, real index)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import webdata  # noqa: E402


@pytest.fixture(scope="session")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> webdata.Dataset:
    """The data set, built once per session (tests that change it use ``fresh_dataset``)."""
    return webdata.build_dataset(tmp_path_factory.mktemp("web"))


def _client(settings) -> Iterator:
    from fastapi.testclient import TestClient

    from hub.app import create_app
    from hub.store import open_store

    store = open_store(settings.database_url)
    with TestClient(create_app(settings, store), base_url="http://testserver") as client:
        yield client
    store.dispose()


@pytest.fixture
def client(dataset: webdata.Dataset) -> Iterator:
    """An anonymous browser-like client (cookies kept between requests)."""
    yield from _client(dataset.settings)
