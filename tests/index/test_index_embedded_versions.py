"""Embedded-backend specifics: the on-disk layout, readers in other processes, reopening, schema checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from index import get_backend
from index.embedded.backend import EmbeddedBackend
from index.errors import SearchIndexError, VerificationError
from index.types import FacilityDocument, SearchQuery

FIXTURE = Path(__file__).parents[1] / "contract" / "facilities.json"
ROOT = Path(__file__).parents[2]


def _docs() -> list[FacilityDocument]:
    return [FacilityDocument(**row) for row in json.loads(FIXTURE.read_text(encoding="utf-8"))]


def _backend(tmp_path: Path) -> EmbeddedBackend:
    return get_backend("embedded", data_dir=tmp_path, writer_heap_bytes=30_000_000, writer_threads=1)


def test_layout_pointer_and_progress(tmp_path: Path) -> None:
    b = _backend(tmp_path)
    seen: list[int] = []
    v = b.build(_docs(), progress=seen.append)
    assert seen[-1] == 30
    assert (tmp_path / "index" / "versions" / v / "manifest.json").is_file()
    assert not (tmp_path / "index" / "ACTIVE").exists()
    b.activate(v)
    assert (tmp_path / "index" / "ACTIVE").read_text().strip() == v
    assert list((tmp_path / "index" / "building").iterdir()) == []
    assert b.list_versions()[0].size_bytes > 0


def test_a_fresh_process_view_registers_tokenizers(tmp_path: Path) -> None:
    """Korean matching depends on custom analysers that tantivy does not persist."""
    b = _backend(tmp_path)
    b.activate(b.build(_docs()))
    fresh = _backend(tmp_path)
    assert {h.document.id for h in fresh.search(SearchQuery(q="과천")).hits} == {"e-gwacheon",
                                                                                 "e-gwacheon-library"}


def test_reader_in_this_process_follows_activation_by_another_process(tmp_path: Path) -> None:
    reader = _backend(tmp_path)
    reader.activate(reader.build(_docs()))
    assert reader.search(SearchQuery()).total == 30
    script = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from index import get_backend
        from index.types import FacilityDocument
        rows = json.loads(Path({str(FIXTURE)!r}).read_text(encoding="utf-8"))[:12]
        b = get_backend("embedded", data_dir=Path({str(tmp_path)!r}), writer_heap_bytes=30_000_000)
        v = b.build([FacilityDocument(**r) for r in rows], expected=12)
        b.verify(v, expected=12)
        b.activate(v)
        print(v)
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                         timeout=120)
    new_version = out.stdout.strip()
    result = reader.search(SearchQuery())
    assert (result.version, result.total) == (new_version, 12)


def test_schema_mismatch_is_refused_with_a_hint(tmp_path: Path) -> None:
    b = _backend(tmp_path)
    v = b.build(_docs())
    manifest = tmp_path / "index" / "versions" / v / "manifest.json"
    data = json.loads(manifest.read_text())
    data["schema"] = 999
    manifest.write_text(json.dumps(data))
    with pytest.raises(VerificationError, match="rebuild"):
        b.verify(v, expected=30)


def test_unknown_backend_and_bad_version_names(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="embedded, elasticsearch"):
        get_backend("solr", data_dir=tmp_path)
    b = _backend(tmp_path)
    for bad in ("", "../x", ".hidden", "v/1"):
        with pytest.raises(SearchIndexError):
            b.activate(bad)
    assert b.get("") is None and b.get("x" * 1000) is None


def test_empty_build_is_a_valid_version(tmp_path: Path) -> None:
    b = _backend(tmp_path)
    v = b.build([])
    b.verify(v, expected=0)
    b.activate(v)
    result = b.search(SearchQuery(q="과천"))
    assert (result.total, result.hits) == (0, [])
    assert b.suggest("과") == []
