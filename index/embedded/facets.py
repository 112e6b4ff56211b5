"""Facet counts of one open version.

The match-all counts come from the build (manifest); others from one aggregation over two single-valued columns
(``index.embedded.schema``: kind set × place, equipment set), expanded in Python over the few buckets. Results are
kept per ``MatchKey`` in the version's ``KnownCache``. A text alone keeps its raw buckets (``TextKey``), so the
total of that text with any kind/시도/시군구 filter is summed from them without another search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import tantivy

from index.embedded.match_key import MatchKey, TextKey
from index.query import FACET_SIZES
from index.types import SearchQuery

if TYPE_CHECKING:
    from index.embedded.reader import OpenVersion

Buckets = tuple[dict[int, int], dict[int, int]]


class FacetCounter:
    """Counts facets for the queries of one version."""

    def __init__(self, version: OpenVersion) -> None:
        self.v = version

    def facets(self, searcher: tantivy.Searcher, query: tantivy.Query, key: MatchKey) -> dict[str, dict[str, int]]:
        """Facet counts for the query's matches: from the build's match-all counts, the cache, or counted."""
        v = self.v
        known = v.known.get(key)
        if known is not None and known.facets is not None:
            return copy_facets(known.facets)
        words = v.known.get(TextKey(key.text)) if key.text and key.unfiltered else None
        if key.match_all and v.kind_sets:
            out = self.expand(*v.all_buckets)
            if v.equipment_sets is None:
                out["equipment"] = self.equipment_by_slots(searcher, query)
        elif words is not None and words.buckets is not None and known is not None and known.exact \
                and v.equipment_sets is not None:
            out = self.expand(*words.buckets)  # the query is the text as exact words: its buckets are these
        else:
            out = self.count(searcher, query)
        v.known.remember(key, facets=out)
        return copy_facets(out)

    def _aggregate(self, searcher: tantivy.Searcher, query: tantivy.Query) -> Buckets:
        v = self.v
        aggs: dict[str, Any] = {"ks": {"terms": {"field": "facet_ks", "size": max(1, len(v.all_buckets[0]))}}}
        if v.equipment_sets is not None:
            aggs["eq"] = {"terms": {"field": "facet_eq", "size": max(1, len(v.equipment_sets))}}
        raw: dict[str, Any] = searcher.aggregate(query, aggs)
        return ({int(b["key"]): int(b["doc_count"]) for b in raw.get("ks", {}).get("buckets", [])},
                {int(b["key"]): int(b["doc_count"]) for b in raw.get("eq", {}).get("buckets", [])})

    def count(self, searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, dict[str, int]]:
        """One aggregation pass over two single-valued columns (kind set × place, equipment set)."""
        out = self.expand(*self._aggregate(searcher, query))
        if self.v.equipment_sets is None:
            out["equipment"] = self.equipment_by_slots(searcher, query)
        return out

    def expand(self, ks: dict[int, int], eq: dict[int, int]) -> dict[str, dict[str, int]]:
        """Per-value counts from (kind set × place) and equipment-set bucket counts."""
        v = self.v
        kind: dict[str, int] = {}
        sido: dict[str, int] = {}
        sigungu: dict[str, int] = {}
        for value, count in ks.items():
            kinds, (s, g) = v.kind_sets[value >> 32], v.places[value & 0xFFFFFFFF]
            for k in kinds:
                kind[k] = kind.get(k, 0) + count
            if s:
                sido[s] = sido.get(s, 0) + count
            if g:
                sigungu[g] = sigungu.get(g, 0) + count
        equipment: dict[str, int] = {}
        if v.equipment_sets is not None:
            for value, count in eq.items():
                for e in v.equipment_sets[value]:
                    equipment[e] = equipment.get(e, 0) + count
        return {"kind": top(kind, FACET_SIZES["kind"]), "sido": top(sido, FACET_SIZES["sido"]),
                "sigungu": top(sigungu, FACET_SIZES["sigungu"]),
                "equipment": top(equipment, FACET_SIZES["equipment"])}

    def equipment_by_slots(self, searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, int]:
        """Equipment counts from the multi-valued ``eq_ids`` column (versions with very many equipment sets)."""
        names = self.v.equipment
        raw: dict[str, Any] = searcher.aggregate(
            query, {"eq": {"terms": {"field": "eq_ids", "size": max(1, len(names))}}})
        counts: dict[str, int] = {}
        for b in raw.get("eq", {}).get("buckets", []):
            k = int(b["key"])
            if k < len(names):
                counts[names[k]] = counts.get(names[k], 0) + int(b["doc_count"])
        return top(counts, FACET_SIZES["equipment"])

    def text_buckets(self, searcher: tantivy.Searcher, text: str) -> Buckets:
        """The facet buckets (kind set × place, equipment set) of the documents matching ``text`` as exact
        words, without filters: one aggregation per text and version, kept in the cache."""
        v = self.v
        key = TextKey(text)
        known = v.known.get(key)
        if known is not None and known.buckets is not None:
            return known.buckets
        query = v.qb.text(text, fuzzy=False) or tantivy.Query.empty_query()
        buckets = self._aggregate(searcher, query)
        v.known.remember(key, buckets=buckets)
        return buckets

    def derived_total(self, searcher: tantivy.Searcher, q: SearchQuery) -> int | None:
        """The number of documents matching ``q``'s text as exact words and its kind/시도/시군구 filters, summed
        from the text's buckets (so one aggregation per text serves every region and kind clicked after it)."""
        v = self.v
        ks, _ = self.text_buckets(searcher, q.q)
        kinds, sidos, sigungus = set(q.kind), set(q.sido), set(q.sigungu)
        total = 0
        for value, count in ks.items():
            sido, sigungu = v.places[value & 0xFFFFFFFF]
            if (not kinds or kinds.intersection(v.kind_sets[value >> 32])) and (not sidos or sido in sidos) \
                    and (not sigungus or sigungu in sigungus):
                total += count
        return total


def top(counts: dict[str, int], size: int) -> dict[str, int]:
    """The ``size`` largest counts, largest first (ties by value)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size])


def copy_facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """A copy the caller may change without touching the cache."""
    return {name: dict(values) for name, values in facets.items()}
