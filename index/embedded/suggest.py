"""Autocomplete on one open version, in the tiers of ``index.suggest_forms``.

Every tier is a constant score plus, for the typed prefix itself, its BM25 score on ``name_pre`` (shorter names
first among equals). Jamo typo tolerance (``fuzzy_term_query`` on ``name_jamo``) runs only when the other tiers
leave the list short, and ranks below them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import tantivy

from index.embedded.querying import MUST, SHOULD
from index.embedded.schema import EDGE_MAX
from index.suggest_forms import (
    TIER_CONTAINS,
    TIER_LAYOUT,
    TIER_PATTERN,
    TIER_PATTERN_WORD,
    TIER_PREFIX,
    TIER_SOUND,
    TIER_WORD,
    SuggestForms,
    suggest_forms,
)
from index.text import bigrams

if TYPE_CHECKING:
    from index.embedded.reader import OpenVersion


class Suggester:
    """Autocomplete entries of one version."""

    def __init__(self, version: OpenVersion) -> None:
        self.v = version

    def _const(self, query: tantivy.Query, score: float) -> tuple[tantivy.Occur, tantivy.Query]:
        return SHOULD, tantivy.Query.const_score_query(query, score)

    def query(self, forms: SuggestForms) -> tantivy.Query:
        """Every tier but the typo-tolerant one."""
        qb, schema = self.v.qb, self.v.qb.schema
        typed = forms.typed
        clauses = [self._const(qb.term("name_word", typed.text), TIER_WORD),
                   self._const(qb.term("name_pre", typed.text[:EDGE_MAX], "freq"), TIER_PREFIX),
                   (SHOULD, qb.term("name_pre", typed.text[:EDGE_MAX], "freq"))]
        if typed.pattern:
            clauses += [self._const(tantivy.Query.regex_query(schema, "name_word", typed.pattern), TIER_PATTERN_WORD),
                        self._const(tantivy.Query.regex_query(schema, "name_pre", typed.pattern), TIER_PATTERN)]
        for alt in forms.layout:
            clauses += [self._const(qb.term("name_word", alt.text), TIER_LAYOUT + 30),
                        self._const(qb.term("name_pre", alt.text[:EDGE_MAX], "freq"), TIER_LAYOUT + 20)]
            if alt.pattern:
                clauses.append(self._const(tantivy.Query.regex_query(schema, "name_pre", alt.pattern), TIER_LAYOUT))
        if len(typed.text) > 1:
            contains = tantivy.Query.boolean_query([(MUST, qb.term("name_g", g, "freq"))
                                                    for g in bigrams(typed.text)])
            clauses.append(self._const(contains, TIER_CONTAINS))
        if forms.sound:  # 충북프로… for 충북Pro…: a word start that sounds the same
            clauses.append(self._const(tantivy.Query.regex_query(schema, "name_sk", forms.sound + ".*"), TIER_SOUND))
        return tantivy.Query.boolean_query(clauses)

    def suggest(self, prefix: str, size: int) -> list[dict[str, Any]]:
        """Autocomplete entries for a validated prefix."""
        forms = suggest_forms(prefix)
        if forms is None:
            return []
        v = self.v
        searcher = v.index.searcher()
        addrs = [a for _, a in searcher.search(self.query(forms), size, count=False).hits]
        distance = forms.fuzzy_distance
        if len(addrs) < size and distance:
            seen = {(a.segment_ord, a.doc) for a in addrs}
            for d in range(1, distance + 1):
                fuzzy = tantivy.Query.fuzzy_term_query(v.qb.schema, "name_jamo", forms.jamo, distance=d,
                                                       transposition_cost_one=True, prefix=True)
                for _, a in searcher.search(fuzzy, size, count=False).hits:
                    if (a.segment_ord, a.doc) not in seen and len(addrs) < size:
                        seen.add((a.segment_ord, a.doc))
                        addrs.append(a)
                if len(addrs) >= size:
                    break
        return [{"id": doc.id, "name": doc.name, "sido": doc.sido, "sigungu": doc.sigungu}
                for doc in v.documents(searcher, addrs)]
