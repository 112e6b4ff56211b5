"""The embedded (tantivy) ``SearchBackend``: versions on disk, served by any process opening the data dir."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from index.embedded.docstore import DocStoreWriter
from index.embedded.held_words import HeldWords
from index.embedded.reader import OpenVersion
from index.embedded.schema import (
    SCHEMA_VERSION,
    FacetVocabularies,
    create_index,
    dump_document,
    to_tantivy,
)
from index.embedded.versions import VersionStore
from index.errors import (
    NoActiveVersionError,
    SearchIndexError,
    VerificationError,
    VersionNotFoundError,
)
from index.query import validate_bbox, validate_query, validate_suggest
from index.query_vocabulary import QueryVocabulary
from index.types import FacilityDocument, MapCluster, Progress, SearchQuery, SearchResult, VersionInfo
from index.understanding import understand

PROGRESS_EVERY = 1000


class EmbeddedBackend:
    """tantivy indexes under ``<data_dir>/index/``; see ``index.embedded.versions`` for the layout.

    Readers check the ``ACTIVE`` pointer's inode and mtime (one ``stat``) before each query and switch to a
    newly activated version; every answer comes from a single version.
    """

    def __init__(self, data_dir: Path, *, writer_heap_bytes: int = 256_000_000,
                 writer_threads: int = 0, facet_cache_size: int = 1024, vocabulary: QueryVocabulary | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.store = VersionStore(Path(data_dir))
        self.vocabulary = vocabulary
        """The words query understanding reads (None: every word is searched as text)."""
        self.clock = clock
        """The time "지금 영업 중" is answered for (None: now)."""
        self.writer_heap_bytes = writer_heap_bytes
        """Memory the tantivy writer may use before it flushes a segment."""
        self.writer_threads = writer_threads
        """Indexing threads (0: tantivy chooses from the core count)."""
        self.facet_cache_size = facet_cache_size
        """Facet results kept per open version, least recently used dropped first (0: no cache). Versions never
        change, so a cached result is exact; a newly activated version starts with an empty cache."""
        self._lock = threading.Lock()
        self._open: OpenVersion | None = None
        self._pointer_state: tuple[int, int] | None = None

    # -- building --------------------------------------------------------------------------------------------
    def build(self, documents: Iterable[FacilityDocument], *, expected: int | None = None,
              progress: Progress | None = None) -> str:
        """Build a new, inactive version; nothing is visible until the finished build is moved into place."""
        version, path = self.store.new_building_dir()
        count = 0
        try:
            index = create_index(path)
            writer = index.writer(self.writer_heap_bytes, self.writer_threads)
            schema = index.schema
            vocab = FacetVocabularies()
            held = HeldWords.of(self.vocabulary)
            finder = held.finder()
            docstore = DocStoreWriter(path)
            try:
                for doc in documents:
                    if not isinstance(doc, FacilityDocument) or not doc.id or not doc.name:
                        raise SearchIndexError(
                            f"document #{count + 1} has no id or name ({doc!r:.120}); nothing was built")
                    docstore.add(dump_document(doc))
                    writer.add_document(to_tantivy(doc, count, schema, vocab, finder))
                    count += 1
                    if progress is not None and count % PROGRESS_EVERY == 0:
                        progress(count)
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                writer.rollback()
                raise
            finally:
                docstore.close()
            if progress is not None:
                progress(count)
            if expected is not None and count != expected:
                raise VerificationError(f"build received {count} documents but {expected} were expected")
            vocab.save_columns(path)
            self.store.publish(version, path, count, {**vocab.manifest(), "held": held.manifest()})
        except BaseException:
            self.store.discard(path)
            raise
        return version

    def unfinished_builds(self) -> list[str]:
        """Builds under way or left behind by an interrupted one (``building/``)."""
        return self.store.unfinished()

    def discard_unfinished(self) -> list[str]:
        """Remove the leftovers of interrupted builds; only while no build is in progress on this directory."""
        return self.store.discard_unfinished()

    def verify(self, version: str, *, expected: int) -> None:
        """Check the document count, the schema and that a probe query finds a document by its id."""
        manifest = self.store.manifest(version)
        if manifest.get("schema") != SCHEMA_VERSION:
            raise VerificationError(f"version {version} uses schema {manifest.get('schema')}, this code "
                                    f"reads {SCHEMA_VERSION}; rebuild with `facility-hub index --force`")
        path = self.store.path(version)
        try:
            opened = OpenVersion(version, path)
        except SearchIndexError as exc:  # e.g. its document store is missing
            raise VerificationError(str(exc)) from exc
        found = opened.num_docs()
        if found != expected or int(manifest["documents"]) != expected:
            raise VerificationError(f"version {version} holds {found} documents, expected {expected}")
        if expected:
            searcher = opened.index.searcher()
            hits = searcher.search(opened.qb.combine(None, []), 1).hits
            probe = opened.get(_stored_id(opened, searcher, hits[0][1])) if hits else None
            if probe is None:
                raise VerificationError(f"version {version}: the probe query found no document")

    def activate(self, version: str) -> None:
        """Point ``ACTIVE`` at the version (atomic rename) and drop versions beyond the rollback window."""
        with self.store.locked():
            self.store.path(version)
            self.store.write_pointer(version)
            self.store.prune(version)

    def rollback(self) -> str:
        """Activate the newest version older than the active one."""
        with self.store.locked():
            active = self.store.read_pointer()
            older = [v for v in self.store.versions() if active is None or v < active]
            if not older:
                raise SearchIndexError(
                    "no older index version to roll back to; see `facility-hub index versions`")
            self.store.write_pointer(older[0])
            return older[0]

    def drop(self, version: str) -> None:
        """Delete an inactive version."""
        with self.store.locked():
            if version == self.store.read_pointer():
                raise SearchIndexError(f"version {version} is active; activate or roll back to another first")
            self.store.remove(version)

    def active_version(self) -> str | None:
        """The active version id, or None."""
        return self.store.read_pointer()

    def list_versions(self) -> list[VersionInfo]:
        """All published versions, newest first."""
        active = self.store.read_pointer()
        out = []
        for version in self.store.versions():
            try:
                out.append(self.store.info(version, active))
            except (VersionNotFoundError, OSError):
                continue  # dropped by another process meanwhile
        return out

    # -- reading ---------------------------------------------------------------------------------------------
    def _current(self) -> OpenVersion:
        state = self.store.pointer_state()
        opened = self._open
        if opened is not None and state == self._pointer_state:
            return opened
        with self._lock:
            for _ in range(5):
                state = self.store.pointer_state()
                version = self.store.read_pointer()
                if version is None:
                    raise NoActiveVersionError("no index version is active; run `facility-hub index --force`")
                if self._open is not None and self._open.version == version:
                    self._pointer_state = state
                    return self._open
                try:
                    opened = OpenVersion(version, self.store.path(version), facet_cache_size=self.facet_cache_size)
                except VersionNotFoundError:
                    continue  # replaced and pruned between reading the pointer and opening; read it again
                except ValueError as exc:
                    raise SearchIndexError(f"cannot open index version {version}: {exc}") from exc
                self._open, self._pointer_state = opened, state
                return opened
        raise SearchIndexError("the active index version keeps changing; try again")

    def serving_version(self) -> str | None:
        """The version the next query will be answered from (one ``stat`` of the pointer), or None before the
        first activation. Versions never change, so ``(version, query)`` identifies an answer."""
        try:
            return self._current().version
        except NoActiveVersionError:
            return None

    def search(self, query: SearchQuery) -> SearchResult:
        """Validate, understand and run a query on the active version; when the understood filters find
        nothing, the readings of ``Understood.fallbacks`` are tried in turn (an 일반구 widened to its city, the hour
        dropped, the filters relaxed into boosts)."""
        q = validate_query(query)
        opened = self._current()
        understood = understand(q, self.vocabulary, self.clock() if self.clock else None)
        result = opened.search(q, understood)
        if understood is not None and understood.filters and result.total == 0:
            for reading in understood.fallbacks():
                understood = reading
                result = opened.search(q, reading)
                if result.total:
                    break
        result.understood = understood
        return result

    def suggest(self, prefix: str, size: int = 10) -> list[dict[str, Any]]:
        """Autocomplete on names."""
        prefix, size = validate_suggest(prefix, size)
        return self._current().suggest(prefix, size)

    def get(self, entity_id: str) -> FacilityDocument | None:
        """One document by entity id, or None."""
        if not isinstance(entity_id, str) or not entity_id or len(entity_id) > 500:
            return None
        return self._current().get(entity_id)

    def map_clusters(self, query: SearchQuery, level: int,
                     bbox: tuple[float, float, float, float] | None = None) -> list[MapCluster]:
        """Matches with coordinates grouped per map-grid cell (``SearchBackend.map_clusters``)."""
        q = validate_query(query)
        understood = understand(q, self.vocabulary, self.clock() if self.clock else None)
        return self._current().map_clusters(q, level, validate_bbox(bbox), understood)



def _stored_id(opened: OpenVersion, searcher: Any, addr: Any) -> str:
    """The entity id of the document at ``addr``, read as search results are (``seq`` → document store)."""
    return opened.documents(searcher, [addr])[0].id
