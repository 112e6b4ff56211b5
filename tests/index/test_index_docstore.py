"""The memory-mapped document store: the same documents as tantivy's store, and versions without one still read."""

from __future__ import annotations

import json
from pathlib import Path

from index import get_backend
from index.embedded.docstore import DOCS, OFFSETS, DocStore
from index.embedded.schema import load_document
from index.types import FacilityDocument, SearchQuery

FIXTURE = Path(__file__).resolve().parents[1] / "contract" / "facilities.json"


def documents() -> list[FacilityDocument]:
    return [FacilityDocument(**d) for d in json.loads(FIXTURE.read_text(encoding="utf-8"))]


def test_docstore_holds_every_document_in_build_order(tmp_path: Path) -> None:
    docs = documents()
    backend = get_backend("embedded", data_dir=tmp_path)
    version = backend.build(docs, expected=len(docs))
    store = DocStore.open(tmp_path / "index" / "versions" / version)
    assert store is not None and len(store) == len(docs)
    assert [load_document(store.get(i)) for i in range(len(docs))] == docs


def test_results_are_the_same_with_and_without_the_docstore(tmp_path: Path) -> None:
    docs = documents()
    backend = get_backend("embedded", data_dir=tmp_path)
    version = backend.build(docs, expected=len(docs))
    backend.activate(version)
    queries = [SearchQuery(q="메이커"), SearchQuery(q="3D프린터", page=2, size=3),
               SearchQuery(near=(37.5665, 126.978), radius_km=400, sort="distance"),
               SearchQuery(q="메이커", near=(35.1, 129.0), sort="distance")]
    with_store = [backend.search(q) for q in queries]
    directory = tmp_path / "index" / "versions" / version
    (directory / DOCS).unlink()
    (directory / OFFSETS).unlink()
    fallback = get_backend("embedded", data_dir=tmp_path)  # a new reader of the same version
    without = [fallback.search(q) for q in queries]
    for a, b in zip(with_store, without, strict=True):
        assert a.total == b.total
        assert [(h.document, h.distance_km) for h in a.hits] == [(h.document, h.distance_km) for h in b.hits]
    assert any(r.hits for r in with_store)
