"""The contract suite's fixtures: the ~30 fixture facilities and every backend that can run here.

The embedded backend always runs. Elasticsearch runs when ``ELASTICSEARCH_URL`` names a cluster (see
``deploy/elasticsearch/README.md``); otherwise its cases are skipped with that reason.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import get_backend
from index.types import FacilityDocument, SearchBackend

FIXTURE = Path(__file__).with_name("facilities.json")
ES_URL = os.environ.get("ELASTICSEARCH_URL")


def fixture_documents() -> list[FacilityDocument]:
    """The fixture facilities, freshly built (tests may mutate them)."""
    return [FacilityDocument(**row) for row in json.loads(FIXTURE.read_text(encoding="utf-8"))]


@pytest.fixture
def docs() -> list[FacilityDocument]:
    """The ~30 realistic Korean facility documents."""
    return fixture_documents()


def _make(name: str, data_dir: Path) -> SearchBackend:
    if name == "embedded":
        return get_backend("embedded", data_dir=data_dir, writer_heap_bytes=30_000_000, writer_threads=1)
    if not ES_URL:
        pytest.skip("ELASTICSEARCH_URL is not set; start a cluster with deploy/elasticsearch/README.md")
    return get_backend("elasticsearch", data_dir=data_dir, url=ES_URL,
                       alias=f"fh-test-{secrets.token_hex(4)}")


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def backend_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator:
    """A function returning backends of one kind sharing one data dir / alias (like two processes would)."""
    made: list[SearchBackend] = []
    first = _make(request.param, tmp_path)
    made.append(first)

    def factory() -> SearchBackend:
        if request.param == "embedded":
            b = _make("embedded", tmp_path)
        else:
            b = get_backend("elasticsearch", data_dir=tmp_path, url=ES_URL, alias=first.alias)  # type: ignore
        made.append(b)
        return b

    factory.first = first  # type: ignore[attr-defined]
    yield factory
    if request.param == "elasticsearch":
        first.delete_everything()  # type: ignore[attr-defined]


@pytest.fixture
def backend(backend_factory) -> SearchBackend:
    """An empty backend."""
    return backend_factory.first


@pytest.fixture
def served(backend: SearchBackend, docs: list[FacilityDocument]) -> SearchBackend:
    """A backend serving the fixture documents as its active version."""
    version = backend.build(docs, expected=len(docs))
    backend.verify(version, expected=len(docs))
    backend.activate(version)
    return backend
