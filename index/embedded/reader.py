"""Answering queries from one open, immutable index version.

- Text: exact words first (a conjunction of bigrams); the typo-tolerant form only when the exact words find fewer
  than ``EXACT_ENOUGH`` documents.
- Facets: the match-all counts come from the build (manifest); others from one aggregation over two
  single-valued columns (``index.embedded.schema``); results are kept in a bounded LRU per open version (versions
  never change, so cached counts are exact; a new version starts with an empty cache). The same LRU keeps each
  match set's exact total (and whether its text matched as exact words), so a repeated match set takes its page
  without counting all matches.
- Map queries (a point, distance order, no text, at most kind/시도/시군구/equipment filters) are answered from
  in-memory columns (``index.embedded.columns``); everything else goes through tantivy with the grid-cell
  covering of ``index.geo``.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import tantivy

from index.embedded.columns import Columns
from index.embedded.docstore import DocStore
from index.embedded.querying import SHOULD, QueryBuilder
from index.embedded.schema import COLUMNS, SCHEMA_VERSION, load_document, open_index
from index.embedded.versions import MANIFEST
from index.errors import SearchIndexError
from index.geo import EARTH_RADIUS_KM, MAP_LEVELS, MAX_MAP_CLUSTERS, covering, map_cells_in_box
from index.query import FACET_SIZES, MAX_RADIUS_KM
from index.types import FacilityDocument, Hit, MapCluster, SearchQuery, SearchResult

_FETCH_CHUNK = 4096
EXACT_ENOUGH = 10
"""When the exact words find at least this many documents, typo-tolerant matching is not tried."""
BROAD_MATCHES = 5_000
"""A text whose rarest required bigram is in at least this many documents (and 2% of the version) is broad: its
total comes from per-text facet buckets and its page is looked for among name matches first."""
GRAM_FREQS_KEPT = 65_536
TOLERANT_CANDIDATES = 2_000
"""At most this many candidates, the typo-tolerant form is counted and scored on them alone (0: never)."""
BM25_K1 = 1.2
"""tantivy's BM25 ``k1``: a term's score is below ``idf * (1 + k1) * boost`` whatever the document."""


def _distances(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = math.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))


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
        self._all_buckets = ({int(k): int(c) for k, c in manifest.get("all_ks", [])},
                             {int(k): int(c) for k, c in manifest.get("all_eq", [])})
        self._facet_cache: OrderedDict[tuple, _Known] = OrderedDict()
        self._facet_cache_size = facet_cache_size
        self._facet_lock = threading.Lock()
        self._gram_freqs: dict[str, int] = {}
        self._columns_path = path / COLUMNS
        self._columns: Columns | None = None
        self._docstore = DocStore.open(path)
        self.index = open_index(path)
        self.index.config_reader(reload_policy="Manual")
        self.qb = QueryBuilder(self.index.schema)

    def _documents(self, searcher: tantivy.Searcher, addrs: list[Any]) -> list[FacilityDocument]:
        """The documents at these addresses, from the memory-mapped document store by ``seq`` (tantivy stores
        none)."""
        if not addrs:
            return []
        return [load_document(self._docstore.get(int(s))) for s in searcher.fast_field_values("seq", addrs)]

    def num_docs(self) -> int:
        """How many documents the version holds."""
        return self.index.searcher().num_docs

    # -- helpers ---------------------------------------------------------------------------------------------
    def _all_hits(self, searcher: tantivy.Searcher, query: tantivy.Query) -> list[tantivy.DocAddress]:
        flat = tantivy.Query.const_score_query(query, 1.0)
        res = searcher.search(flat, _FETCH_CHUNK, count=True)
        if res.count > _FETCH_CHUNK:
            res = searcher.search(flat, res.count, count=False)
        return [addr for _, addr in res.hits]

    def _geo_values(self, searcher: tantivy.Searcher, addrs: list[tantivy.DocAddress]
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lats = np.asarray(searcher.fast_field_values("lat", addrs), dtype=np.float64)
        lons = np.asarray(searcher.fast_field_values("lon", addrs), dtype=np.float64)
        seqs = np.asarray(searcher.fast_field_values("seq", addrs), dtype=np.int64)
        return lats, lons, seqs

    def _geo_filter(self, searcher: tantivy.Searcher, base: list[tantivy.Query], text: tantivy.Query | None,
                    lat: float, lon: float, radius: float) -> tuple[list[tantivy.Query], list[tantivy.Query]]:
        """Filters and exclusions that keep exactly the documents within ``radius`` km."""
        cov = covering(lat, lon, radius)
        exclude: list[tantivy.Query] = []
        if cov.boundary:
            edge = self.qb.combine(text, base + [self.qb.cells(type(cov)(inner=cov.boundary, boundary=[]))])
            addrs = self._all_hits(searcher, edge)
            if addrs:
                lats, lons, seqs = self._geo_values(searcher, addrs)
                outside = seqs[_distances(lat, lon, lats, lons) > radius]
                if outside.size:
                    exclude.append(self.qb.seqs(outside.tolist()))
        return base + [self.qb.cells(cov)], exclude

    # -- queries ---------------------------------------------------------------------------------------------
    def _text(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query]
              ) -> tantivy.Query | None:
        """The text query: exact words first; when they find fewer than ``EXACT_ENOUGH`` documents (with the
        filters, before any radius), the typo-tolerant form. Long common words then cost a conjunction instead
        of a min-should-match union over long posting lists; a typo still finds its facility."""
        if not q.q:
            return None
        if self.qb.tolerant(q.q):
            exact = self.qb.text(q.q, fuzzy=False)
            if exact is not None and searcher.search(self.qb.combine(exact, filters), 1, count=True).count \
                    >= EXACT_ENOUGH:
                return exact
        text = self.qb.text(q.q)
        return text if text is not None else tantivy.Query.empty_query()  # only punctuation: matches nothing

    def _facet_key(self, q: SearchQuery) -> tuple:
        """What the facet counts depend on: the match set (not the page, size or sort)."""
        return (q.q, q.kind, q.sido, q.sigungu, q.equipment, q.programme, q.ministry, q.open_evenings,
                q.open_weekends, q.near is not None, q.near if q.radius_km is not None else None, q.radius_km,
                q.lifecycle)

    def search(self, q: SearchQuery) -> SearchResult:
        """Run a validated query."""
        searcher = self.index.searcher()
        if self._is_map_query(q):
            return self._map_search(searcher, q)
        key = self._facet_key(q)
        filters = self.qb.filters(q)
        if q.near is None:
            return self._plain_search(searcher, q, filters, key)
        text = self._text(searcher, q, filters)
        exclude: list[tantivy.Query] = []
        if q.sort == "distance" and q.radius_km is not None:
            fast = self._nearest_in_radius(searcher, q, text, filters, key)
            if fast is not None:
                return fast
        plain_filters = filters
        if q.near is not None and q.radius_km is not None:
            filters, exclude = self._geo_filter(searcher, filters, text, q.near[0], q.near[1], q.radius_km)
        query = self.qb.combine(text, filters, exclude)
        offset = (q.page - 1) * q.size
        distances: dict[int, float] = {}
        if q.sort == "distance":
            assert q.near is not None
            total, addrs, dist_list = self._nearest(searcher, q, text, filters, exclude, plain_filters,
                                                    offset + q.size)
            page = list(zip(addrs, dist_list, strict=True))[offset:]
            hits_raw = [(0.0, a) for a, _ in page]
        elif q.sort == "name" or (text is None and q.sort == "relevance"):
            res = searcher.search(query, q.size, count=True, order_by_field="name_sort", offset=offset,
                                  order=tantivy.Order.Asc)
            total, hits_raw = res.count, [(0.0, a) for _, a in res.hits]
        else:
            res = searcher.search(query, q.size, count=True, offset=offset)
            total, hits_raw = res.count, list(res.hits)
        hits: list[Hit] = []
        if q.near is not None and hits_raw:
            addrs = [a for _, a in hits_raw]
            lats, lons, _ = self._geo_values(searcher, addrs)
            distances = dict(enumerate(_distances(q.near[0], q.near[1], lats, lons).tolist()))
        documents = self._documents(searcher, [addr for _, addr in hits_raw])
        for i, ((score, _), doc) in enumerate(zip(hits_raw, documents, strict=True)):
            hits.append(Hit(document=doc, score=float(score), distance_km=distances.get(i)))
        facets = self._facets(searcher, query, key) if q.facets else {}
        return SearchResult(total=total, hits=hits, facets=facets, version=self.version)

    def _plain_search(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query],
                      key: tuple) -> SearchResult:
        """A query without a point. The exact-words check of ``_text`` is the page search itself (same match
        set); what a match set is known to hold (total, exact or typo-tolerant words, facets) is kept per
        ``key``, so a repeated match set (another page, another sort, the same query again) only takes its page,
        without counting: the top-k collector can then skip what cannot reach the page."""
        offset = (q.page - 1) * q.size
        by_name = q.sort == "name" or (not q.q and q.sort == "relevance")

        def page(query: tantivy.Query, count: bool) -> tuple[int | None, list[tuple[float, tantivy.DocAddress]]]:
            if by_name:
                res = searcher.search(query, q.size, count=count, order_by_field="name_sort", offset=offset,
                                      order=tantivy.Order.Asc)
                return res.count, [(0.0, a) for _, a in res.hits]
            res = searcher.search(query, q.size, count=count, offset=offset)
            return res.count, list(res.hits)

        known = self._known(key)
        broad = self._broad_text(searcher, q)
        if broad and (known is None or known.total is None):
            derived = self._derived_total(searcher, q)
            if derived is not None and (derived >= EXACT_ENOUGH or not self.qb.tolerant(q.q)):
                self._remember(key, total=derived, exact=True)
                known = self._known(key)
        if known is not None and known.total is not None and known.exact is not None:
            text = self._text_form(q, known.exact)
            query = self.qb.combine(text, filters) if known.exact else self._tolerant_query(searcher, q, filters)
            hits_raw = None
            if broad and known.exact and not by_name and text is not None:
                hits_raw = self._names_first(searcher, q, text, filters, offset)
            total = known.total
            if hits_raw is None:
                hits_raw = page(query, False)[1]
        else:
            exact = self.qb.text(q.q, fuzzy=False) if q.q and self.qb.tolerant(q.q) else None
            count: int | None = None
            if exact is not None:
                query = self.qb.combine(exact, filters)
                count, hits_raw = page(query, True)
            if count is None or count < EXACT_ENOUGH:
                exact = None
                query = self._tolerant_query(searcher, q, filters)
                count, hits_raw = page(query, True)
            assert count is not None
            total = count
            self._remember(key, total=total, exact=exact is not None)
        documents = self._documents(searcher, [addr for _, addr in hits_raw])
        hits = [Hit(document=doc, score=float(score)) for doc, (score, _) in zip(documents, hits_raw, strict=True)]
        facets = self._facets(searcher, query, key) if q.facets else {}
        return SearchResult(total=total, hits=hits, facets=facets, version=self.version)

    # -- the typo-tolerant form on few candidates ---------------------------------------------------------------
    def _tolerant_query(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query]
                        ) -> tantivy.Query:
        """The typo-tolerant text with the filters, as a query that matches and scores exactly like
        ``combine(text(fuzzy=True), filters)`` but costs what its few candidates cost.

        tantivy's min-should-match scorer walks every posting list of the word, whatever it is intersected
        with: "메이커스페이스" is six long lists. So the candidates come first, from plain term lists (each fuzzy
        word by the union of its rarest bigrams, ``QueryBuilder.candidates``); if they are at most
        ``TOLERANT_CANDIDATES``, each fuzzy word's bigrams are counted on them (one search per word), the ones
        that hold enough of every word are kept, and the text is scored on exactly those with each
        min-should-match made a plain union (same sum for them). More candidates: the plain form.
        """
        plain = self.qb.combine(self._text_form(q, False), filters)
        fuzzy = self.qb.fuzzy_words(q.q) if q.q else []
        candidates = self.qb.candidates(q.q, lambda g: self._gram_freq(searcher, g)) if fuzzy else None
        if candidates is None or TOLERANT_CANDIDATES <= 0:
            return plain
        within = self.qb.combine(candidates, filters)
        found = searcher.search(within, TOLERANT_CANDIDATES, count=True)
        if found.count > TOLERANT_CANDIDATES:
            return plain
        kept = {(a.segment_ord, a.doc): a for _, a in found.hits}
        for grams, need in fuzzy:
            if not kept:
                break
            held = searcher.search(self.qb.combine(self.qb.grams_matched(grams), [within]), found.count, count=False)
            kept = {key: a for score, a in held.hits
                    if score >= need - 0.5 and (key := (a.segment_ord, a.doc)) in kept}
        if not kept:
            return tantivy.Query.empty_query()
        union_text = self.qb.text(q.q, fuzzy=True, union=True) or tantivy.Query.empty_query()
        return self.qb.combine(union_text, [*filters, self._only(searcher, kept)])

    def _only(self, searcher: tantivy.Searcher, addrs: dict[tuple[int, int], Any]) -> tantivy.Query:
        """Unscored: exactly the documents at these addresses (by ``seq``). A union of one-document term queries:
        for a few thousand values it costs a fifth of a term-set query, which walks the ``seq`` dictionary."""
        seqs = searcher.fast_field_values("seq", list(addrs.values()))
        terms = [(SHOULD, self.qb.term("seq", int(x))) for x in seqs]
        return tantivy.Query.const_score_query(tantivy.Query.boolean_query(terms), 0.0)

    # -- broad texts: totals from buckets, pages from name matches first ------------------------------------
    def _broad_text(self, searcher: tantivy.Searcher, q: SearchQuery) -> bool:
        """True for a text of common words, with no filter other than kind/시도/시군구/life cycle (see
        ``BROAD_MATCHES``)."""
        if not q.q or q.equipment or q.programme or q.ministry or q.open_evenings is not None \
                or q.open_weekends is not None or q.near is not None or not self.kind_sets:
            return False
        grams = self.qb.content_grams(q.q)
        if not grams:
            return False
        floor = max(BROAD_MATCHES, searcher.num_docs // 50)
        return min(self._gram_freq(searcher, g) for g in set(grams)) >= floor

    def _gram_freq(self, searcher: tantivy.Searcher, gram: str) -> int:
        """How many documents hold ``gram`` in ``all_g`` (kept per version: a version never changes)."""
        found = self._gram_freqs.get(gram)
        if found is None:
            found = searcher.doc_freq("all_g", gram)
            if len(self._gram_freqs) >= GRAM_FREQS_KEPT:
                self._gram_freqs.clear()
            self._gram_freqs[gram] = found
        return found

    def _text_buckets(self, searcher: tantivy.Searcher, text: str) -> tuple[dict[int, int], dict[int, int]]:
        """The facet buckets (kind set × place, equipment set) of the documents matching ``text`` as exact
        words, without filters: one aggregation per text and version, kept in the LRU."""
        key = ("text buckets", text)
        known = self._known(key)
        if known is not None and known.buckets is not None:
            return known.buckets
        query = self.qb.text(text, fuzzy=False) or tantivy.Query.empty_query()
        aggs: dict[str, Any] = {"ks": {"terms": {"field": "facet_ks", "size": max(1, len(self._all_buckets[0]))}}}
        if self.equipment_sets is not None:
            aggs["eq"] = {"terms": {"field": "facet_eq", "size": max(1, len(self.equipment_sets))}}
        raw: dict[str, Any] = searcher.aggregate(query, aggs)
        buckets = ({int(b["key"]): int(b["doc_count"]) for b in raw.get("ks", {}).get("buckets", [])},
                   {int(b["key"]): int(b["doc_count"]) for b in raw.get("eq", {}).get("buckets", [])})
        self._remember(key, buckets=buckets)
        return buckets

    def _derived_total(self, searcher: tantivy.Searcher, q: SearchQuery) -> int | None:
        """The number of documents matching ``q``'s text as exact words and its kind/시도/시군구 filters, summed
        from the text's buckets (so one aggregation per text serves every region and kind clicked after it)."""
        ks, _ = self._text_buckets(searcher, q.q)
        kinds, sidos, sigungus, states = set(q.kind), set(q.sido), set(q.sigungu), set(q.lifecycle)
        total = 0
        for value, count in ks.items():
            sido, sigungu, state = self.places[value & 0xFFFFFFFF]
            if (not kinds or kinds.intersection(self.kind_sets[value >> 32])) and (not sidos or sido in sidos) \
                    and (not sigungus or sigungu in sigungus) and (not states or state in states):
                total += count
        return total

    def _names_first(self, searcher: tantivy.Searcher, q: SearchQuery, text: tantivy.Query,
                     filters: list[tantivy.Query], offset: int) -> list[tuple[float, tantivy.DocAddress]] | None:
        """The relevance page looked for among the matches that also match a name clause; None when that cannot
        be proven to be the page.

        A match without any name clause scores only its required ``all_g`` bigrams, and each is below
        ``idf * (1 + k1)`` (BM25); when the page found among name matches is full and its last score is above
        the sum of those bounds, no other match can enter it. The scores are the same sums (the name filter
        adds 0), so the page equals the one-pass page, order included, at the cost of scoring the name matches
        only: for a common word that is a fraction of its matches.
        """
        grams = self.qb.content_grams(q.q)
        names = self.qb.name_terms(q.q)
        if grams is None or names is None:
            return None
        n = searcher.num_docs
        bound = 0.0
        for gram in grams:
            df = self._gram_freq(searcher, gram)
            bound += math.log(1.0 + (n - df + 0.5) / (df + 0.5)) * (1.0 + BM25_K1)
        bound = bound * 1.001 + 1e-6  # tantivy sums in f32
        res = searcher.search(self.qb.combine(text, [*filters, names]), q.size, count=False, offset=offset)
        hits = list(res.hits)
        if len(hits) == q.size and hits[-1][0] > bound:
            return hits
        return None

    def _text_form(self, q: SearchQuery, exact: bool) -> tantivy.Query | None:
        """The text query of ``q``: exact words or typo-tolerant; None without text."""
        if not q.q:
            return None
        text = self.qb.text(q.q, fuzzy=not exact)
        return text if text is not None else tantivy.Query.empty_query()  # only punctuation: matches nothing

    def _known(self, key: tuple) -> _Known | None:
        with self._facet_lock:
            known = self._facet_cache.get(key)
            if known is not None:
                self._facet_cache.move_to_end(key)
            return known

    def _remember(self, key: tuple, **values: Any) -> None:
        """Record what a match set holds (versions never change, so it stays exact); bounded LRU."""
        if self._facet_cache_size <= 0:
            return
        with self._facet_lock:
            known = self._facet_cache.get(key)
            if known is None:
                known = self._facet_cache[key] = _Known()
            for name, value in values.items():
                setattr(known, name, value)
            self._facet_cache.move_to_end(key)
            while len(self._facet_cache) > self._facet_cache_size:
                self._facet_cache.popitem(last=False)

    # -- map queries (point, distance order, no text) ---------------------------------------------------------
    def _is_map_query(self, q: SearchQuery) -> bool:
        return (q.q == "" and q.near is not None and q.sort == "distance" and q.programme is None
                and q.ministry is None and q.open_evenings is None and q.open_weekends is None
                and (self.equipment_sets is not None or not (q.equipment or q.facets))
                and bool(self.kind_sets) and self._columns_path.is_file())

    def _columns_loaded(self) -> Columns:
        if self._columns is None:
            with self._facet_lock:
                if self._columns is None:
                    self._columns = Columns(self._columns_path)
        return self._columns

    def _keep(self, q: SearchQuery) -> Any:
        """A function from grid positions (``Columns.nearest_positions``) to a boolean mask for the query's
        kind/시도/시군구/equipment filters, or None."""
        checks: list[Any] = []
        cols = self._columns_loaded()
        if q.kind:
            wanted = set(q.kind)
            ids = np.asarray([i for i, ks in enumerate(self.kind_sets) if wanted & set(ks)], dtype=np.uint64)
            checks.append(lambda pos: np.isin(cols.g_ks[pos] >> np.uint64(32), ids))
        if q.sido or q.sigungu or q.lifecycle:
            ids = np.asarray([i for i, (s, g, lc) in enumerate(self.places)
                              if (not q.sido or s in q.sido) and (not q.sigungu or g in q.sigungu)
                              and (not q.lifecycle or lc in q.lifecycle)], dtype=np.uint64)
            checks.append(lambda pos: np.isin(cols.g_ks[pos] & np.uint64(0xFFFFFFFF), ids))
        if q.equipment:
            wanted_eq = set(q.equipment)
            eq_ids = np.asarray([i for i, es in enumerate(self.equipment_sets or []) if wanted_eq & set(es)],
                                dtype=np.uint32)
            checks.append(lambda pos: np.isin(cols.g_eq[pos], eq_ids))
        if not checks:
            return None

        def keep(positions: np.ndarray) -> np.ndarray:
            mask = checks[0](positions)
            for check in checks[1:]:
                mask &= check(positions)
            return mask
        return keep

    def _map_search(self, searcher: tantivy.Searcher, q: SearchQuery) -> SearchResult:
        """Distance-sorted results around a point from the in-memory columns (``index.embedded.columns``)."""
        assert q.near is not None
        cols = self._columns_loaded()
        inside, order, dists = cols.nearest_positions(q.near[0], q.near[1], q.radius_km, q.page * q.size,
                                                      self._keep(q))
        start = (q.page - 1) * q.size
        seqs, dists_l = order[start:].tolist(), dists[start:].tolist()
        hits = [Hit(document=load_document(self._docstore.get(s)), score=0.0, distance_km=d)
                for s, d in zip(seqs, dists_l, strict=True)]
        facets: dict[str, dict[str, int]] = {}
        if q.facets:
            key = self._facet_key(q)
            known = self._known(key)
            if known is not None and known.facets is not None:
                facets = _copy_facets(known.facets)
            else:
                facets = self._expand(*cols.facet_counts_at(inside))
                self._remember(key, facets=facets)
                facets = _copy_facets(facets)
        return SearchResult(total=int(inside.size), hits=hits, facets=facets, version=self.version)

    def _nearest_in_radius(self, searcher: tantivy.Searcher, q: SearchQuery, text: tantivy.Query | None,
                           filters: list[tantivy.Query], key: tuple) -> SearchResult | None:
        """Distance sort within a radius when the candidates are few: one fetch gives the total and the order.

        Returns None when the covering holds more than ``_FETCH_CHUNK`` candidates (the caller then narrows
        the circle step by step instead).
        """
        assert q.near is not None and q.radius_km is not None
        lat, lon = q.near
        cells = self.qb.cells(covering(lat, lon, q.radius_km))
        query = self.qb.combine(text, filters + [cells])
        res = searcher.search(tantivy.Query.const_score_query(query, 1.0), _FETCH_CHUNK, count=True)
        if res.count > _FETCH_CHUNK:
            return None
        addrs = [a for _, a in res.hits]
        total, page, dists = 0, [], []
        if addrs:
            lats, lons, seqs = self._geo_values(searcher, addrs)
            dist = _distances(lat, lon, lats, lons)
            inside = np.nonzero(dist <= q.radius_km)[0]
            total = int(inside.size)
            order = inside[np.lexsort((seqs[inside], dist[inside]))]
            order = order[(q.page - 1) * q.size: q.page * q.size]
            page, dists = [addrs[i] for i in order.tolist()], dist[order].tolist()
        hits = [Hit(document=doc, score=0.0, distance_km=d)
                for doc, d in zip(self._documents(searcher, page), dists, strict=True)]
        facets: dict[str, dict[str, int]] = {}
        if q.facets:
            exact = query
            if total != res.count:
                seq_out = seqs[dist > q.radius_km].tolist()
                exact = self.qb.combine(text, filters + [cells], [self.qb.seqs(seq_out)])
            facets = self._facets(searcher, exact, key)
        return SearchResult(total=total, hits=hits, facets=facets, version=self.version)

    def _nearest(self, searcher: tantivy.Searcher, q: SearchQuery, text: tantivy.Query | None,
                 filters: list[tantivy.Query], exclude: list[tantivy.Query], plain_filters: list[tantivy.Query],
                 k: int) -> tuple[int, list[tantivy.DocAddress], list[float]]:
        """The ``k`` nearest matching documents, found in growing circles; and the total.

        ``filters``/``exclude`` hold the exact radius filter (for the total); the circles use only
        ``plain_filters`` and their own covering, since a circle of radius d <= radius_km lies inside the radius.
        """
        assert q.near is not None
        lat, lon = q.near
        query = self.qb.combine(text, filters, exclude)
        total = searcher.search(query, 1, count=True).count
        if total == 0:
            return 0, [], []
        radius = q.radius_km if q.radius_km is not None else MAX_RADIUS_KM
        d = max(0.2, radius * math.sqrt(min(1.0, 4.0 * k / total)))
        base = list(plain_filters)
        while True:
            if q.radius_km is None and d >= MAX_RADIUS_KM:
                addrs = self._all_hits(searcher, query)
                d = math.inf
            else:
                d = min(d, radius)
                ring = self.qb.combine(text, base + [self.qb.cells(covering(lat, lon, d))])
                addrs = self._all_hits(searcher, ring)
            if addrs:
                lats, lons, seqs = self._geo_values(searcher, addrs)
                dist = _distances(lat, lon, lats, lons)
                inside = np.nonzero(dist <= d)[0]
            else:
                inside = np.zeros(0, dtype=np.int64)
            if inside.size >= min(k, total) or d >= radius:
                order = inside[np.lexsort((seqs[inside], dist[inside]))][:k] if inside.size else inside
                return total, [addrs[i] for i in order.tolist()], dist[order].tolist() if inside.size else []
            d *= 2.0

    def _facets(self, searcher: tantivy.Searcher, query: tantivy.Query, key: tuple) -> dict[str, dict[str, int]]:
        """Facet counts for the query's matches: from the build's match-all counts, the LRU cache, or counted."""
        known = self._known(key)
        if known is not None and known.facets is not None:
            return _copy_facets(known.facets)
        match_all = key[0] == "" and not any(key[1:9]) and not key[9] and key[11] is None and not key[12]
        text_only = key[0] != "" and not any(key[1:9]) and not key[9] and key[11] is None and not key[12]
        words = self._known(("text buckets", key[0])) if text_only else None
        exact = self._known(key)
        if match_all and self.kind_sets:
            out = self._expand(*self._all_buckets)
            if self.equipment_sets is None:
                out["equipment"] = self._equipment_by_slots(searcher, query)
        elif words is not None and words.buckets is not None and exact is not None and exact.exact \
                and self.equipment_sets is not None:
            out = self._expand(*words.buckets)  # the query is the text as exact words: its buckets are these
        else:
            out = self._count_facets(searcher, query)
        self._remember(key, facets=out)
        return _copy_facets(out)

    def _count_facets(self, searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, dict[str, int]]:
        """One aggregation pass over two single-valued columns (kind set × place, equipment set)."""
        aggs: dict[str, Any] = {"ks": {"terms": {"field": "facet_ks", "size": max(1, len(self._all_buckets[0]))}}}
        if self.equipment_sets is not None:
            aggs["eq"] = {"terms": {"field": "facet_eq", "size": max(1, len(self.equipment_sets))}}
        raw: dict[str, Any] = searcher.aggregate(query, aggs)
        ks = {int(b["key"]): int(b["doc_count"]) for b in raw.get("ks", {}).get("buckets", [])}
        eq = {int(b["key"]): int(b["doc_count"]) for b in raw.get("eq", {}).get("buckets", [])}
        out = self._expand(ks, eq)
        if self.equipment_sets is None:
            out["equipment"] = self._equipment_by_slots(searcher, query)
        return out

    def _expand(self, ks: dict[int, int], eq: dict[int, int]) -> dict[str, dict[str, int]]:
        """Per-value counts from (kind set × place) and equipment-set bucket counts."""
        kind: dict[str, int] = {}
        sido: dict[str, int] = {}
        sigungu: dict[str, int] = {}
        lifecycle: dict[str, int] = {}
        for value, count in ks.items():
            kinds, (s, g, lc) = self.kind_sets[value >> 32], self.places[value & 0xFFFFFFFF]
            for k in kinds:
                kind[k] = kind.get(k, 0) + count
            if s:
                sido[s] = sido.get(s, 0) + count
            if g:
                sigungu[g] = sigungu.get(g, 0) + count
            lifecycle[lc] = lifecycle.get(lc, 0) + count
        equipment: dict[str, int] = {}
        if self.equipment_sets is not None:
            for value, count in eq.items():
                for e in self.equipment_sets[value]:
                    equipment[e] = equipment.get(e, 0) + count
        return {"kind": _top(kind, FACET_SIZES["kind"]), "sido": _top(sido, FACET_SIZES["sido"]),
                "sigungu": _top(sigungu, FACET_SIZES["sigungu"]),
                "equipment": _top(equipment, FACET_SIZES["equipment"]),
                "lifecycle": _top(lifecycle, FACET_SIZES["lifecycle"])}

    def _equipment_by_slots(self, searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, int]:
        """Equipment counts from the multi-valued ``eq_ids`` column (versions with very many equipment sets)."""
        raw: dict[str, Any] = searcher.aggregate(
            query, {"eq": {"terms": {"field": "eq_ids", "size": max(1, len(self.equipment))}}})
        counts: dict[str, int] = {}
        for b in raw.get("eq", {}).get("buckets", []):
            k = int(b["key"])
            if k < len(self.equipment):
                counts[self.equipment[k]] = counts.get(self.equipment[k], 0) + int(b["doc_count"])
        return _top(counts, FACET_SIZES["equipment"])

    def map_clusters(self, q: SearchQuery, level: int,
                     bbox: tuple[float, float, float, float] | None = None) -> list[MapCluster]:
        """Matches with coordinates per cell of map grid ``level``: one terms aggregation on ``map_g{level}`` with
        the mean coordinates and the smallest ``seq`` of each cell; a one-document cell is named by its document
        (read from the document store; larger cells are not, which keeps a fine grid cheap)."""
        if not 0 <= level < len(MAP_LEVELS):
            raise ValueError(f"map level {level} is not between 0 and {len(MAP_LEVELS) - 1}")
        searcher = self.index.searcher()
        filters = self.qb.filters(q)
        if q.near is None:
            filters.append(tantivy.Query.const_score_query(self.qb.term("has_geo", True), 0.0))
        text = self._text(searcher, q, filters)
        exclude: list[tantivy.Query] = []
        if q.near is not None and q.radius_km is not None:
            filters, exclude = self._geo_filter(searcher, filters, text, q.near[0], q.near[1], q.radius_km)
        if bbox is not None:
            coarse = max(0, level - 1)
            cells = map_cells_in_box(*bbox, coarse)
            if cells is not None:
                filters.append(tantivy.Query.const_score_query(
                    tantivy.Query.term_set_query(self.index.schema, f"map_g{coarse}", cells), 0.0))
        query = self.qb.combine(text, filters, exclude)
        field = f"map_g{level}"
        raw: dict[str, Any] = searcher.aggregate(query, {"c": {"terms": {"field": field, "size": MAX_MAP_CLUSTERS},
                                                               "aggs": {"lat": {"avg": {"field": "lat"}},
                                                                        "lon": {"avg": {"field": "lon"}},
                                                                        "seq": {"min": {"field": "seq"}}}}})
        buckets = raw.get("c", {}).get("buckets", [])
        out = []
        for b in buckets:
            count = int(b["doc_count"])
            doc = load_document(self._docstore.get(int(b["seq"]["value"]))) if count == 1 else None
            out.append(MapCluster(lat=float(b["lat"]["value"]), lon=float(b["lon"]["value"]), count=count,
                                  id=doc.id if doc else None, name=doc.name if doc else None))
        return out

    def suggest(self, prefix: str, size: int) -> list[dict[str, Any]]:
        """Autocomplete entries for a validated prefix."""
        query = self.qb.suggest(prefix)
        if query is None:
            return []
        searcher = self.index.searcher()
        out = []
        for doc in self._documents(searcher, [addr for _, addr in searcher.search(query, size, count=False).hits]):
            out.append({"id": doc.id, "name": doc.name, "sido": doc.sido, "sigungu": doc.sigungu})
        return out

    def get(self, entity_id: str) -> FacilityDocument | None:
        """One document by id."""
        searcher = self.index.searcher()
        hits = searcher.search(self.qb.term("id", entity_id), 1, count=False).hits
        if not hits:
            return None
        return self._documents(searcher, [hits[0][1]])[0]


class _Known:
    """What is known about one match set of one version: its total, whether its text matched as exact words
    (the plain-query path), its facet counts. None: not known yet."""

    __slots__ = ("buckets", "exact", "facets", "total")

    def __init__(self) -> None:
        self.buckets: tuple[dict[int, int], dict[int, int]] | None = None
        self.total: int | None = None
        self.exact: bool | None = None
        self.facets: dict[str, dict[str, int]] | None = None


def _top(counts: dict[str, int], size: int) -> dict[str, int]:
    """The ``size`` largest counts, largest first (ties by value)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size])


def _copy_facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: dict(values) for name, values in facets.items()}
