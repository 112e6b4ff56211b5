"""The memory-mapped document store: the only copy of the documents; a version without it is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index import get_backend
from index.embedded.docstore import DOCS, DocStore
from index.embedded.schema import load_document
from index.errors import SearchIndexError, VerificationError
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


def test_results_read_documents_from_the_docstore(tmp_path: Path) -> None:
    """tantivy stores no document: every way of reading one (search, map search, suggest, get) gives the
    document as built."""
    docs = documents()
    by_id = {d.id: d for d in docs}
    backend = get_backend("embedded", data_dir=tmp_path)
    backend.activate(backend.build(docs, expected=len(docs)))
    queries = [SearchQuery(q="메이커"), SearchQuery(q="3D프린터", page=2, size=3),
               SearchQuery(near=(37.5665, 126.978), radius_km=400, sort="distance"),
               SearchQuery(q="메이커", near=(35.1, 129.0), sort="distance")]
    results = [backend.search(q) for q in queries]
    assert all(r.hits for r in results)
    for result in results:
        assert all(h.document == by_id[h.document.id] for h in result.hits)
    assert all(backend.get(d.id) == d for d in docs)
    assert backend.get("no-such-id") is None
    suggested = backend.suggest("메이커")
    assert suggested and all(s["name"] == by_id[s["id"]].name for s in suggested)


def test_a_version_without_its_docstore_is_refused_with_a_hint(tmp_path: Path) -> None:
    docs = documents()
    backend = get_backend("embedded", data_dir=tmp_path)
    version = backend.build(docs, expected=len(docs))
    (tmp_path / "index" / "versions" / version / DOCS).unlink()
    with pytest.raises(VerificationError, match="rebuild"):
        backend.verify(version, expected=len(docs))
    backend.activate(version)
    with pytest.raises(SearchIndexError, match="rebuild"):
        get_backend("embedded", data_dir=tmp_path).search(SearchQuery(q="메이커"))
