"""Answering queries from one open, immutable index version.

``OpenVersion`` holds what every path shares (the tantivy index, the document store, the version's value
vocabularies, the ``KnownCache`` of match sets, bigram document frequencies) and sends each query down one path:

- ``index.embedded.plain`` — no point: exact words, the typo-tolerant form, broad-text shortcuts;
- ``index.embedded.geo_search`` — a point: map views from columns, radius filters, nearest first;
- ``index.embedded.facets`` — facet counts for any of them;
- ``index.embedded.suggest`` — autocomplete.

What a match set holds is kept per ``MatchKey`` (``index.embedded.match_key``), a frozen dataclass with one
field per filter.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import tantivy

from index.embedded.docstore import DocStore
from index.embedded.facets import FacetCounter
from index.embedded.geo_search import GeoSearch
from index.embedded.held_words import HeldWords
from index.embedded.known import KnownCache
from index.embedded.match_key import MatchKey
from index.embedded.plain import PlainSearch
from index.embedded.querying import QueryBuilder
from index.embedded.schema import COLUMNS, SCHEMA_VERSION, load_document, open_index
from index.embedded.suggest import Suggester
from index.embedded.understood_clauses import UnderstoodClauses
from index.embedded.versions import MANIFEST
from index.errors import SearchIndexError
from index.geo import MAP_LEVELS, MAX_MAP_CLUSTERS, map_cells_in_box
from index.types import FacilityDocument, MapCluster, SearchQuery, SearchResult
from index.understood import Understood

GRAM_FREQS_KEPT = 65_536


class OpenVersion:
    """One version opened for reading. Versions never change, so the reader is never reloaded."""

    def __init__(self, version: str, path: Path, *, facet_cache_size: int = 1024) -> None:
        self.version = version
        manifest = orjson.loads((path / MANIFEST).read_bytes())
        if manifest.get("schema") != SCHEMA_VERSION:
            raise SearchIndexError(f"index version {version} uses schema {manifest.get('schema')}, this code "
                                   f"reads {SCHEMA_VERSION}; rebuild with `facility-hub index --force`")
        self.equipment: list[str] = list(manifest.get("equipment", []))
        self.kind_sets: list[list[str]] = manifest.get("kind_sets", [])
        self.places: list[list[str | None]] = manifest.get("places", [])
        self.equipment_sets: list[list[str]] | None = manifest.get("equipment_sets")
        self.all_buckets = ({int(k): int(c) for k, c in manifest.get("all_ks", [])},
                            {int(k): int(c) for k, c in manifest.get("all_eq", [])})
        self.known = KnownCache(facet_cache_size)
        self._gram_freqs: dict[str, int] = {}
        self.columns_path = path / COLUMNS
        self.docstore = DocStore.open(path)
        self.index = open_index(path)
        self.index.config_reader(reload_policy="Manual")
        self.qb = QueryBuilder(self.index.schema)
        self.facets = FacetCounter(self)
        self.plain = PlainSearch(self)
        self.geo = GeoSearch(self)
        self.understood = UnderstoodClauses(self, manifest.get("schedules", []),
                                            HeldWords.from_manifest(manifest.get("held")))
        self.suggester = Suggester(self)

    def documents(self, searcher: tantivy.Searcher, addrs: list[Any]) -> list[FacilityDocument]:
        """The documents at these addresses, from the memory-mapped document store by ``seq`` (tantivy stores
        none)."""
        if not addrs:
            return []
        return [load_document(self.docstore.get(int(s))) for s in searcher.fast_field_values("seq", addrs)]

    def num_docs(self) -> int:
        """How many documents the version holds."""
        return self.index.searcher().num_docs

    def gram_freq(self, searcher: tantivy.Searcher, gram: str) -> int:
        """How many documents hold ``gram`` in ``all_g`` (kept per version: a version never changes)."""
        found = self._gram_freqs.get(gram)
        if found is None:
            found = searcher.doc_freq("all_g", gram)
            if len(self._gram_freqs) >= GRAM_FREQS_KEPT:
                self._gram_freqs.clear()
            self._gram_freqs[gram] = found
        return found

    def search(self, q: SearchQuery, understood: Understood | None = None) -> SearchResult:
        """Run a validated query; with what understanding read from its text, the text left is searched and the
        understood filters and boosts are added."""
        if understood is not None:
            q = replace(q, q=understood.text)
        key = MatchKey.of(q, understood)
        understood_filters, boosts = self.understood.clauses(understood)
        if not boosts and key.understood is None and self.geo.is_map_query(q):
            return self.geo.map_search(q, key)
        searcher = self.index.searcher()
        filters = self.qb.filters(q) + understood_filters
        if q.near is None:
            return self.plain.search(searcher, q, filters, key, boosts)
        return self.geo.search(searcher, q, filters, key, boosts)

    def map_clusters(self, q: SearchQuery, level: int, bbox: tuple[float, float, float, float] | None = None,
                     understood: Understood | None = None) -> list[MapCluster]:
        """Matches with coordinates per cell of map grid ``level``: one terms aggregation on ``map_g{level}`` with
        the mean coordinates and the smallest ``seq`` of each cell; a one-document cell is named by its document
        (read from the document store; larger cells are not, which keeps a fine grid cheap). The same match set
        as ``search`` (understood filters included)."""
        if not 0 <= level < len(MAP_LEVELS):
            raise ValueError(f"map level {level} is not between 0 and {len(MAP_LEVELS) - 1}")
        if understood is not None:
            q = replace(q, q=understood.text)
        searcher = self.index.searcher()
        filters = self.qb.filters(q) + self.understood.clauses(understood)[0]
        if q.near is None:
            filters.append(tantivy.Query.const_score_query(self.qb.term("has_geo", True), 0.0))
        text = self.plain.text(searcher, q, filters)
        exclude: list[tantivy.Query] = []
        if q.near is not None and q.radius_km is not None:
            filters, exclude = self.geo.radius_filter(searcher, filters, text, q.near[0], q.near[1], q.radius_km)
        if bbox is not None:
            coarse = max(0, level - 1)
            cells = map_cells_in_box(*bbox, coarse)
            if cells is not None:
                filters.append(tantivy.Query.const_score_query(
                    tantivy.Query.term_set_query(self.index.schema, f"map_g{coarse}", cells), 0.0))
        query = self.qb.combine(text, filters, exclude)
        raw: dict[str, Any] = searcher.aggregate(query, {"c": {"terms": {"field": f"map_g{level}",
                                                                         "size": MAX_MAP_CLUSTERS},
                                                               "aggs": {"lat": {"avg": {"field": "lat"}},
                                                                        "lon": {"avg": {"field": "lon"}},
                                                                        "seq": {"min": {"field": "seq"}}}}})
        out = []
        for b in raw.get("c", {}).get("buckets", []):
            count = int(b["doc_count"])
            doc = load_document(self.docstore.get(int(b["seq"]["value"]))) if count == 1 else None
            out.append(MapCluster(lat=float(b["lat"]["value"]), lon=float(b["lon"]["value"]), count=count,
                                  id=doc.id if doc else None, name=doc.name if doc else None))
        return out

    def suggest(self, prefix: str, size: int) -> list[dict[str, Any]]:
        """Autocomplete entries for a validated prefix (``index.embedded.suggest``)."""
        return self.suggester.suggest(prefix, size)

    def get(self, entity_id: str) -> FacilityDocument | None:
        """One document by id."""
        searcher = self.index.searcher()
        hits = searcher.search(self.qb.term("id", entity_id), 1, count=False).hits
        if not hits:
            return None
        return self.documents(searcher, [hits[0][1]])[0]
