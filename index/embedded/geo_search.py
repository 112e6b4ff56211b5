"""Queries with a point: map views from in-memory columns, everything else through tantivy with the grid-cell
covering of ``index.geo``.

- Map queries (a point, distance order, no text, at most kind/시도/시군구/equipment filters) are answered from
  the version's columns (``index.embedded.columns``).
- A radius is an exact filter: the covering's inner cells plus the documents of its boundary cells that are
  within the radius.
- Distance order without the columns finds the nearest documents in growing circles.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import tantivy

from index.embedded.columns import Columns, distances
from index.embedded.facets import copy_facets
from index.embedded.match_key import MatchKey
from index.embedded.plain import ranked
from index.embedded.schema import load_document
from index.geo import covering
from index.query import MAX_RADIUS_KM
from index.types import Hit, SearchQuery, SearchResult

if TYPE_CHECKING:
    from index.embedded.reader import OpenVersion

FETCH_CHUNK = 4096


class GeoSearch:
    """The point paths of one version."""

    def __init__(self, version: OpenVersion) -> None:
        self.v = version
        self.columns: Columns | None = None
        """The version's in-memory columns, loaded by the first map query."""

    # -- helpers ---------------------------------------------------------------------------------------------
    def all_hits(self, searcher: tantivy.Searcher, query: tantivy.Query) -> list[tantivy.DocAddress]:
        """Every match of ``query``, unscored."""
        flat = tantivy.Query.const_score_query(query, 1.0)
        res = searcher.search(flat, FETCH_CHUNK, count=True)
        if res.count > FETCH_CHUNK:
            res = searcher.search(flat, res.count, count=False)
        return [addr for _, addr in res.hits]

    def geo_values(self, searcher: tantivy.Searcher, addrs: list[tantivy.DocAddress]
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(lats, lons, seqs)`` of the documents at ``addrs``."""
        lats = np.asarray(searcher.fast_field_values("lat", addrs), dtype=np.float64)
        lons = np.asarray(searcher.fast_field_values("lon", addrs), dtype=np.float64)
        seqs = np.asarray(searcher.fast_field_values("seq", addrs), dtype=np.int64)
        return lats, lons, seqs

    def radius_filter(self, searcher: tantivy.Searcher, base: list[tantivy.Query], text: tantivy.Query | None,
                      lat: float, lon: float, radius: float) -> tuple[list[tantivy.Query], list[tantivy.Query]]:
        """Filters and exclusions that keep exactly the documents within ``radius`` km."""
        qb = self.v.qb
        cov = covering(lat, lon, radius)
        exclude: list[tantivy.Query] = []
        if cov.boundary:
            edge = qb.combine(text, base + [qb.cells(type(cov)(inner=cov.boundary, boundary=[]))])
            addrs = self.all_hits(searcher, edge)
            if addrs:
                lats, lons, seqs = self.geo_values(searcher, addrs)
                outside = seqs[distances(lat, lon, lats, lons) > radius]
                if outside.size:
                    exclude.append(qb.seqs(outside.tolist()))
        return base + [qb.cells(cov)], exclude

    # -- the general point path ------------------------------------------------------------------------------
    def search(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query],
               key: MatchKey, boosts: list[tantivy.Query] | None = None) -> SearchResult:
        """A query with a point that the columns do not answer."""
        assert q.near is not None
        v = self.v
        text = v.plain.text(searcher, q, filters)
        if q.sort == "distance" and q.radius_km is not None:
            fast = self.nearest_in_radius(searcher, q, text, filters, key)
            if fast is not None:
                return fast
        plain_filters = filters
        exclude: list[tantivy.Query] = []
        if q.radius_km is not None:
            filters, exclude = self.radius_filter(searcher, filters, text, q.near[0], q.near[1], q.radius_km)
        query = v.qb.combine(text, filters, exclude)
        offset = (q.page - 1) * q.size
        if q.sort == "distance":
            total, addrs, dist_list = self.nearest(searcher, q, text, filters, exclude, plain_filters,
                                                   offset + q.size)
            hits_raw = [(0.0, a) for a in addrs[offset:]]
        elif q.sort == "name" or (text is None and q.sort == "relevance" and not boosts):
            res = searcher.search(query, q.size, count=True, order_by_field="name_sort", offset=offset,
                                  order=tantivy.Order.Asc)
            total, hits_raw = res.count, [(0.0, a) for _, a in res.hits]
        else:
            res = searcher.search(ranked(query, boosts), q.size, count=True, offset=offset)
            total, hits_raw = res.count, list(res.hits)
        dists: list[float] = []
        if hits_raw:
            lats, lons, _ = self.geo_values(searcher, [a for _, a in hits_raw])
            dists = distances(q.near[0], q.near[1], lats, lons).tolist()
        documents = v.documents(searcher, [addr for _, addr in hits_raw])
        hits = [Hit(document=doc, score=float(score), distance_km=d)
                for (score, _), doc, d in zip(hits_raw, documents, dists, strict=True)]
        facets = v.facets.facets(searcher, query, key) if q.facets else {}
        return SearchResult(total=total, hits=hits, facets=facets, version=v.version)

    def nearest_in_radius(self, searcher: tantivy.Searcher, q: SearchQuery, text: tantivy.Query | None,
                          filters: list[tantivy.Query], key: MatchKey) -> SearchResult | None:
        """Distance sort within a radius when the candidates are few: one fetch gives the total and the order.

        Returns None when the covering holds more than ``FETCH_CHUNK`` candidates (the caller then narrows
        the circle step by step instead).
        """
        assert q.near is not None and q.radius_km is not None
        v = self.v
        lat, lon = q.near
        cells = v.qb.cells(covering(lat, lon, q.radius_km))
        query = v.qb.combine(text, filters + [cells])
        res = searcher.search(tantivy.Query.const_score_query(query, 1.0), FETCH_CHUNK, count=True)
        if res.count > FETCH_CHUNK:
            return None
        addrs = [a for _, a in res.hits]
        total, page, dists = 0, [], []
        if addrs:
            lats, lons, seqs = self.geo_values(searcher, addrs)
            dist = distances(lat, lon, lats, lons)
            inside = np.nonzero(dist <= q.radius_km)[0]
            total = int(inside.size)
            order = inside[np.lexsort((seqs[inside], dist[inside]))]
            order = order[(q.page - 1) * q.size: q.page * q.size]
            page, dists = [addrs[i] for i in order.tolist()], dist[order].tolist()
        hits = [Hit(document=doc, score=0.0, distance_km=d)
                for doc, d in zip(v.documents(searcher, page), dists, strict=True)]
        facets: dict[str, dict[str, int]] = {}
        if q.facets:
            exact = query
            if total != res.count:
                seq_out = seqs[dist > q.radius_km].tolist()
                exact = v.qb.combine(text, filters + [cells], [v.qb.seqs(seq_out)])
            facets = v.facets.facets(searcher, exact, key)
        return SearchResult(total=total, hits=hits, facets=facets, version=v.version)

    def nearest(self, searcher: tantivy.Searcher, q: SearchQuery, text: tantivy.Query | None,
                filters: list[tantivy.Query], exclude: list[tantivy.Query], plain_filters: list[tantivy.Query],
                k: int) -> tuple[int, list[tantivy.DocAddress], list[float]]:
        """The ``k`` nearest matching documents, found in growing circles; and the total.

        ``filters``/``exclude`` hold the exact radius filter (for the total); the circles use only
        ``plain_filters`` and their own covering, since a circle of radius d <= radius_km lies inside the radius.
        """
        assert q.near is not None
        qb = self.v.qb
        lat, lon = q.near
        query = qb.combine(text, filters, exclude)
        total = searcher.search(query, 1, count=True).count
        if total == 0:
            return 0, [], []
        radius = q.radius_km if q.radius_km is not None else MAX_RADIUS_KM
        d = max(0.2, radius * math.sqrt(min(1.0, 4.0 * k / total)))
        base = list(plain_filters)
        while True:
            if q.radius_km is None and d >= MAX_RADIUS_KM:
                addrs = self.all_hits(searcher, query)
                d = math.inf
            else:
                d = min(d, radius)
                ring = qb.combine(text, base + [qb.cells(covering(lat, lon, d))])
                addrs = self.all_hits(searcher, ring)
            if addrs:
                lats, lons, seqs = self.geo_values(searcher, addrs)
                dist = distances(lat, lon, lats, lons)
                inside = np.nonzero(dist <= d)[0]
            else:
                inside = np.zeros(0, dtype=np.int64)
            if inside.size >= min(k, total) or d >= radius:
                order = inside[np.lexsort((seqs[inside], dist[inside]))][:k] if inside.size else inside
                return total, [addrs[i] for i in order.tolist()], dist[order].tolist() if inside.size else []
            d *= 2.0

    # -- map queries (point, distance order, no text) ---------------------------------------------------------
    def is_map_query(self, q: SearchQuery) -> bool:
        """True when the in-memory columns can answer ``q`` (point, distance order, no text, only
        kind/시도/시군구/equipment filters)."""
        v = self.v
        return (q.q == "" and q.near is not None and q.sort == "distance" and q.programme is None
                and q.ministry is None and q.open_evenings is None and q.open_weekends is None
                and (v.equipment_sets is not None or not (q.equipment or q.facets))
                and bool(v.kind_sets) and v.columns_path.is_file())

    def columns_loaded(self) -> Columns:
        """The columns, loaded once."""
        if self.columns is None:
            with self.v.known.lock:
                if self.columns is None:
                    self.columns = Columns(self.v.columns_path)
        return self.columns

    def _keep(self, q: SearchQuery) -> Any:
        """A function from grid positions (``Columns.nearest_positions``) to a boolean mask for the query's
        kind/시도/시군구/equipment filters, or None."""
        v = self.v
        checks: list[Any] = []
        cols = self.columns_loaded()
        if q.kind:
            wanted = set(q.kind)
            ids = np.asarray([i for i, ks in enumerate(v.kind_sets) if wanted & set(ks)], dtype=np.uint64)
            checks.append(lambda pos: np.isin(cols.g_ks[pos] >> np.uint64(32), ids))
        if q.sido or q.sigungu:
            ids = np.asarray([i for i, (s, g) in enumerate(v.places)
                              if (not q.sido or s in q.sido) and (not q.sigungu or g in q.sigungu)], dtype=np.uint64)
            checks.append(lambda pos: np.isin(cols.g_ks[pos] & np.uint64(0xFFFFFFFF), ids))
        if q.equipment:
            wanted_eq = set(q.equipment)
            eq_ids = np.asarray([i for i, es in enumerate(v.equipment_sets or []) if wanted_eq & set(es)],
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

    def map_search(self, q: SearchQuery, key: MatchKey) -> SearchResult:
        """Distance-sorted results around a point from the in-memory columns (``index.embedded.columns``)."""
        assert q.near is not None
        v = self.v
        cols = self.columns_loaded()
        inside, order, dists = cols.nearest_positions(q.near[0], q.near[1], q.radius_km, q.page * q.size,
                                                      self._keep(q))
        start = (q.page - 1) * q.size
        seqs, dists_l = order[start:].tolist(), dists[start:].tolist()
        hits = [Hit(document=load_document(v.docstore.get(s)), score=0.0, distance_km=d)
                for s, d in zip(seqs, dists_l, strict=True)]
        facets: dict[str, dict[str, int]] = {}
        if q.facets:
            known = v.known.get(key)
            if known is not None and known.facets is not None:
                facets = copy_facets(known.facets)
            else:
                facets = v.facets.expand(*cols.facet_counts_at(inside))
                v.known.remember(key, facets=facets)
                facets = copy_facets(facets)
        return SearchResult(total=int(inside.size), hits=hits, facets=facets, version=v.version)
