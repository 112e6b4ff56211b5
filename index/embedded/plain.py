"""Queries without a point: exact words first, the typo-tolerant form when they find few, and the shortcuts for
broad texts and for match sets seen before.

- Text: exact words first (a conjunction of bigrams); the typo-tolerant form only when the exact words find fewer
  than ``EXACT_ENOUGH`` documents. The typo-tolerant form is counted and scored on its few candidates when they
  are at most ``TOLERANT_CANDIDATES`` (``tolerant_query``).
- Broad texts (``BROAD_MATCHES``): the total comes from per-text facet buckets and the relevance page is looked
  for among name matches first, accepted only when a BM25 bound proves it is the page (``names_first``).
- What a match set is known to hold (total, exact or typo-tolerant words, facets) is kept per ``MatchKey``, so a
  repeated match set (another page, another sort, the same query again) only takes its page, without counting.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import tantivy

from index.embedded.match_key import MatchKey
from index.embedded.querying import MUST, SHOULD
from index.hangul import jamo
from index.phonetic import MIN_SKELETON, skeleton
from index.types import Hit, SearchQuery, SearchResult
from index.vocab import query_words

if TYPE_CHECKING:
    from index.embedded.reader import OpenVersion

EXACT_ENOUGH = 10
"""When the exact words find at least this many documents, typo-tolerant matching is not tried."""
BROAD_MATCHES = 5_000
"""A text whose rarest required bigram is in at least this many documents (and 2% of the version) is broad: its
total comes from per-text facet buckets and its page is looked for among name matches first."""
TOLERANT_CANDIDATES = 2_000
"""At most this many candidates, the typo-tolerant form is counted and scored on them alone (0: never)."""
SOUND_BOOST = 50.0
"""A name that sounds like a Latin query (``index.phonetic``) ranks above the typo-tolerant text matches."""
MIN_TYPO_JAMO = 4
"""Words shorter than this many jamo are never matched with a typo (``팹렙`` has six)."""
BM25_K1 = 1.2
"""tantivy's BM25 ``k1``: a term's score is below ``idf * (1 + k1) * boost`` whatever the document."""

Page = list[tuple[float, tantivy.DocAddress]]


def _latin(text: str) -> bool:
    """True for a text of Latin letters (and spaces/digits) only: a name typed in the other script."""
    return text.isascii() and any(ch.isalpha() for ch in text)


def ranked(query: tantivy.Query, boosts: list[tantivy.Query] | None) -> tantivy.Query:
    """``query`` with optional scored clauses added (same matches, another ranking)."""
    if not boosts:
        return query
    return tantivy.Query.boolean_query([(MUST, query), *((SHOULD, b) for b in boosts)])


class PlainSearch:
    """The text and filter paths of one version (no point)."""

    def __init__(self, version: OpenVersion) -> None:
        self.v = version

    def text(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query]) -> tantivy.Query | None:
        """The text query: exact words first; when they find fewer than ``EXACT_ENOUGH`` documents (with the
        filters, before any radius), the typo-tolerant form. Long common words then cost a conjunction instead
        of a min-should-match union over long posting lists; a typo still finds its facility."""
        if not q.q:
            return None
        qb = self.v.qb
        if qb.tolerant(q.q):
            exact = qb.text(q.q, fuzzy=False)
            if exact is not None and searcher.search(qb.combine(exact, filters), 1, count=True).count \
                    >= EXACT_ENOUGH:
                return exact
        text = qb.text(q.q)
        return text if text is not None else tantivy.Query.empty_query()  # only punctuation: matches nothing

    def text_form(self, q: SearchQuery, exact: bool) -> tantivy.Query | None:
        """The text query of ``q``: exact words or typo-tolerant; None without text."""
        if not q.q:
            return None
        text = self.v.qb.text(q.q, fuzzy=not exact)
        return text if text is not None else tantivy.Query.empty_query()  # only punctuation: matches nothing

    def search(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query],
               key: MatchKey, boosts: list[tantivy.Query] | None = None) -> SearchResult:
        """A query without a point. The exact-words check of ``text`` is the page search itself (same match
        set); what a match set is known to hold is kept per ``key``, so a repeated match set only takes its page,
        without counting: the top-k collector can then skip what cannot reach the page."""
        v = self.v
        qb = v.qb
        offset = (q.page - 1) * q.size
        by_name = q.sort == "name" or (not q.q and q.sort == "relevance" and not boosts)

        def page(query: tantivy.Query, count: bool) -> tuple[int | None, Page]:
            if by_name:
                res = searcher.search(query, q.size, count=count, order_by_field="name_sort", offset=offset,
                                      order=tantivy.Order.Asc)
                return res.count, [(0.0, a) for _, a in res.hits]
            res = searcher.search(ranked(query, boosts), q.size, count=count, offset=offset)
            return res.count, list(res.hits)

        known = v.known.get(key)
        broad = key.understood is None and not boosts and self.broad_text(searcher, q)
        if broad and (known is None or known.total is None):
            derived = v.facets.derived_total(searcher, q)
            if derived is not None and (derived >= EXACT_ENOUGH or not qb.tolerant(q.q)):
                v.known.remember(key, total=derived, exact=True)
                known = v.known.get(key)
        hits_raw: Page | None
        if known is not None and known.total is not None and known.exact is not None:
            text = self.text_form(q, known.exact)
            query = qb.combine(text, filters) if known.exact else self.tolerant_query(searcher, q, filters)
            hits_raw = None
            if broad and known.exact and not by_name and text is not None:
                hits_raw = self.names_first(searcher, q, text, filters, offset)
            total = known.total
            if hits_raw is None:
                # a match set known to be empty has no page (a place typed with a 시도 it is not in is read again
                # after every switch of pages, then relaxed)
                hits_raw = page(query, False)[1] if total > 0 else []
        else:
            exact = qb.text(q.q, fuzzy=False) if q.q and qb.tolerant(q.q) else None
            count: int | None = None
            if exact is not None:
                query = qb.combine(exact, filters)
                count, hits_raw = page(query, True)
            sounds = None
            if count is None or count < EXACT_ENOUGH:
                exact = None
                query = self.tolerant_query(searcher, q, filters)
                sounds = self.name_typos(q.q) if q.q and _latin(q.q) else None
                if sounds is not None:  # a Latin spelling of a Hangul name ranks first (fabmonster → 팹몬스터)
                    query = tantivy.Query.boolean_query([
                        (SHOULD, query), (SHOULD, qb.combine(tantivy.Query.boost_query(sounds, SOUND_BOOST), filters))])
                count, hits_raw = page(query, True)
            assert count is not None
            total = count
            fallback = self.name_typos(q.q) if total == 0 and q.q and sounds is None else None
            if sounds is not None:
                pass  # not remembered: the known-set path rebuilds the text without the sound clause
            elif fallback is not None:
                query = qb.combine(fallback, filters)
                count, hits_raw = page(query, True)
                total = count or 0
            else:
                v.known.remember(key, total=total, exact=exact is not None)
        documents = v.documents(searcher, [addr for _, addr in hits_raw])
        hits = [Hit(document=doc, score=float(score)) for doc, (score, _) in zip(documents, hits_raw, strict=True)]
        facets = v.facets.facets(searcher, query, key) if q.facets else {}
        return SearchResult(total=total, hits=hits, facets=facets, version=v.version)

    def name_typos(self, text: str) -> tantivy.Query | None:
        """The last resort for a text that matches nothing: every word within one jamo edit of the start of a
        word of a name (``팹렙`` → 팹랩 …) or sounding like a word of a name in the other script (``index.phonetic``:
        creative factory → 크리에이티브 팩토리), scored by the name clauses of the text. None when no word is long
        enough (fewer than ``MIN_TYPO_JAMO`` jamo)."""
        qb = self.v.qb
        words = query_words(text)
        if not any(len(jamo(w)) >= MIN_TYPO_JAMO for w in words):
            return None
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for w in words:
            if len(jamo(w)) >= MIN_TYPO_JAMO:
                options = [tantivy.Query.fuzzy_term_query(qb.schema, "name_jamo", jamo(w), distance=1,
                                                          transposition_cost_one=True, prefix=True)]
                sound = skeleton(w)
                if len(sound) >= MIN_SKELETON:  # the name in the other script (fabmonster → 팹몬스터)
                    options.append(qb.term("name_sk", sound))
                clauses.append((MUST, tantivy.Query.boolean_query([(SHOULD, o) for o in options])))
            else:  # too short to guess at: as typed
                clauses.extend(qb.word_clauses(w))
        names = qb.name_terms(text)
        if names is not None:
            clauses.append((SHOULD, names))
        return tantivy.Query.boolean_query(clauses)

    # -- the typo-tolerant form on few candidates ---------------------------------------------------------------
    def tolerant_query(self, searcher: tantivy.Searcher, q: SearchQuery, filters: list[tantivy.Query]
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
        v = self.v
        qb = v.qb
        plain = qb.combine(self.text_form(q, False), filters)
        fuzzy = qb.fuzzy_words(q.q) if q.q else []
        candidates = qb.candidates(q.q, lambda g: v.gram_freq(searcher, g)) if fuzzy else None
        if candidates is None or TOLERANT_CANDIDATES <= 0:
            return plain
        within = qb.combine(candidates, filters)
        found = searcher.search(within, TOLERANT_CANDIDATES, count=True)
        if found.count > TOLERANT_CANDIDATES:
            return plain
        kept = {(a.segment_ord, a.doc): a for _, a in found.hits}
        for grams, need in fuzzy:
            if not kept:
                break
            held = searcher.search(qb.combine(qb.grams_matched(grams), [within]), found.count, count=False)
            kept = {key: a for score, a in held.hits
                    if score >= need - 0.5 and (key := (a.segment_ord, a.doc)) in kept}
        if not kept:
            return tantivy.Query.empty_query()
        union_text = qb.text(q.q, fuzzy=True, union=True) or tantivy.Query.empty_query()
        return qb.combine(union_text, [*filters, self.only(searcher, kept)])

    def only(self, searcher: tantivy.Searcher, addrs: dict[tuple[int, int], Any]) -> tantivy.Query:
        """Unscored: exactly the documents at these addresses (by ``seq``). A union of one-document term queries:
        for a few thousand values it costs a fifth of a term-set query, which walks the ``seq`` dictionary."""
        seqs = searcher.fast_field_values("seq", list(addrs.values()))
        terms = [(SHOULD, self.v.qb.term("seq", int(x))) for x in seqs]
        return tantivy.Query.const_score_query(tantivy.Query.boolean_query(terms), 0.0)

    # -- broad texts: totals from buckets, pages from name matches first ------------------------------------
    def broad_text(self, searcher: tantivy.Searcher, q: SearchQuery) -> bool:
        """True for a text of common words, with no filter other than kind/시도/시군구/life cycle (see
        ``BROAD_MATCHES``)."""
        v = self.v
        if not q.q or q.equipment or q.programme or q.ministry or q.open_evenings is not None \
                or q.open_weekends is not None or q.near is not None or not v.kind_sets:
            return False
        grams = v.qb.content_grams(q.q)
        if not grams:
            return False
        floor = max(BROAD_MATCHES, searcher.num_docs // 50)
        return min(v.gram_freq(searcher, g) for g in set(grams)) >= floor

    def names_first(self, searcher: tantivy.Searcher, q: SearchQuery, text: tantivy.Query,
                    filters: list[tantivy.Query], offset: int) -> Page | None:
        """The relevance page looked for among the matches that also match a name clause; None when that cannot
        be proven to be the page.

        A match without any name clause scores only its required ``all_g`` bigrams, and each is below
        ``idf * (1 + k1)`` (BM25); when the page found among name matches is full and its last score is above
        the sum of those bounds, no other match can enter it. The scores are the same sums (the name filter
        adds 0), so the page equals the one-pass page, order included, at the cost of scoring the name matches
        only: for a common word that is a fraction of its matches.
        """
        v = self.v
        grams = v.qb.content_grams(q.q)
        names = v.qb.name_terms(q.q)
        if grams is None or names is None:
            return None
        n = searcher.num_docs
        bound = 0.0
        for gram in grams:
            df = v.gram_freq(searcher, gram)
            bound += math.log(1.0 + (n - df + 0.5) / (df + 0.5)) * (1.0 + BM25_K1)
        bound = bound * 1.001 + 1e-6  # tantivy sums in f32
        res = searcher.search(v.qb.combine(text, [*filters, names]), q.size, count=False, offset=offset)
        hits = list(res.hits)
        if len(hits) == q.size and hits[-1][0] > bound:
            return hits
        return None
