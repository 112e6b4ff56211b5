"""Turning a validated ``SearchQuery`` into tantivy queries: text matching, filters and the geo filter.

Nothing here parses user text: every clause is built programmatically from compacted words (``index.text``),
so query-syntax characters are just characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import tantivy

from index.geo import Covering
from index.text import bigrams, compact, min_should_match
from index.types import SearchQuery
from index.vocab import query_words

NAME_GRAM_BOOST = 2.0
EXACT_NAME_BOOST = 20.0
NAME_PREFIX_BOOST = 4.0
MUST, SHOULD, MUST_NOT = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot


class QueryBuilder:
    """Builds queries for one schema."""

    def __init__(self, schema: tantivy.Schema) -> None:
        self.schema = schema

    def term(self, field: str, value: object, option: str = "basic") -> tantivy.Query:
        """A term query on an un-analysed value."""
        return tantivy.Query.term_query(self.schema, field, value, index_option=option)

    def _word(self, word: str, fuzzy: bool = True, *, union: bool = False) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        """Clauses a word must satisfy: all its bigrams in ``all_g`` (two thirds for long words when ``fuzzy``).

        ``union`` drops the two-thirds rule from a fuzzy word's clause (any of its bigrams): the same score for a
        document known to hold two thirds of them (``OpenVersion._tolerant_query`` restricts to such documents).
        """
        if len(word) == 1:
            return [(MUST, self.term("name_pre", word, "freq"))]
        grams = bigrams(word)
        need = min_should_match(len(grams)) if fuzzy else len(grams)
        if need == len(grams):
            return [(MUST, self.term("all_g", g, "freq")) for g in grams]
        return [(MUST, tantivy.Query.boolean_query([(SHOULD, self.term("all_g", g, "freq")) for g in grams],
                                                   minimum_number_should_match=1 if union else need))]

    def word_clauses(self, word: str) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        """The clauses an exact word must satisfy (all its bigrams; a one-character word at a name's word
        start)."""
        return self._word(word, fuzzy=False)

    def fuzzy_words(self, text: str) -> list[tuple[list[str], int]]:
        """``(bigrams, how many must match)`` of each clause the typo-tolerant ``text()`` makes a min-should-match."""
        ws = query_words(text)
        long_words = [w for w in ws if len(w) > 1]
        out = []
        for word in long_words:
            grams = bigrams(word)
            need = min_should_match(len(grams))
            if need < len(grams):
                out.append((grams, need))
        return out

    def candidates(self, text: str, rarity: Callable[[str], int]) -> tantivy.Query | None:
        """Unscored: a superset of what the typo-tolerant ``text()`` matches, made of plain term lists only.

        A word that must hold ``need`` of its ``n`` bigrams holds at least one of any ``n - need + 1`` of them
        (pigeonhole): its clause here is the union of its ``n - need + 1`` rarest bigrams (``rarity`` = document
        frequency); exact words keep their conjunction. None when the text has no words.
        """
        ws = query_words(text)
        if not ws:
            return None
        long_words = [w for w in ws if len(w) > 1]
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for word in ws:
            if len(word) == 1:
                if not long_words:
                    clauses.append((MUST, self.term("name_pre", word, "freq")))
                continue
            grams = bigrams(word)
            need = min_should_match(len(grams))
            if need == len(grams):
                clauses.extend((MUST, self.term("all_g", g, "freq")) for g in grams)
                continue
            rare = sorted(dict.fromkeys(grams), key=rarity)[: len(grams) - need + 1]
            clauses.append((MUST, tantivy.Query.boolean_query([(SHOULD, self.term("all_g", g, "freq")) for g in rare])))
        return tantivy.Query.const_score_query(tantivy.Query.boolean_query(clauses), 0.0)

    def grams_matched(self, grams: list[str]) -> tantivy.Query:
        """Scores each document by how many of ``grams`` it holds in ``all_g`` (one per listed bigram)."""
        return tantivy.Query.boolean_query(
            [(SHOULD, tantivy.Query.const_score_query(self.term("all_g", g, "freq"), 1.0)) for g in grams])

    def tolerant(self, text: str) -> bool:
        """True when some word of ``text`` is long enough to be matched with a wrong syllable (``fuzzy``)."""
        return any(min_should_match(len(bigrams(w))) < len(bigrams(w)) for w in query_words(text) if len(w) > 1)

    def text(self, text: str, fuzzy: bool = True, *, union: bool = False) -> tantivy.Query | None:
        """Match every word (one-character words only when alone); rank names, exact names and prefixes up.

        Legal forms (재단법인, (주), …) are not required (``index.vocab.query_words``). ``fuzzy`` lets long
        words match with one wrong syllable (``index.text.min_should_match``); without it every bigram of every
        word must match (a conjunction: much cheaper over long posting lists).
        """
        ws = query_words(text)
        if not ws:
            return None
        long_words = [w for w in ws if len(w) > 1]
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        name_grams: dict[str, None] = {}
        for word in ws:
            if len(word) > 1 or not long_words:
                clauses.extend(self._word(word, fuzzy, union=union))
            else:
                clauses.append((SHOULD, self.term("name_pre", word, "freq")))
            if len(word) > 1:
                name_grams.update(dict.fromkeys(bigrams(word)))
        for gram in name_grams:
            clauses.append((SHOULD, tantivy.Query.boost_query(self.term("name_g", gram, "freq"), NAME_GRAM_BOOST)))
        for whole in dict.fromkeys((compact(text), "".join(ws))):
            clauses.append((SHOULD, tantivy.Query.boost_query(self.term("name_key", whole), EXACT_NAME_BOOST)))
            clauses.append((SHOULD, tantivy.Query.boost_query(self.term("name_pre", whole[:20], "freq"),
                                                              NAME_PREFIX_BOOST)))
        return tantivy.Query.boolean_query(clauses)

    def name_terms(self, text: str) -> tantivy.Query | None:
        """Documents matching any name clause ``text()`` adds (name bigrams, exact name, name prefix), unscored:
        every document whose score has a name part is among them (``OpenVersion._names_first``)."""
        ws = query_words(text)
        if not ws:
            return None
        terms = [self.term("name_g", g, "freq") for g in dict.fromkeys(g for w in ws if len(w) > 1 for g in bigrams(w))]
        for whole in dict.fromkeys((compact(text), "".join(ws))):
            terms += [self.term("name_key", whole), self.term("name_pre", whole[:20], "freq")]
        terms += [self.term("name_pre", w, "freq") for w in ws if len(w) == 1]
        return tantivy.Query.const_score_query(tantivy.Query.boolean_query([(SHOULD, t) for t in terms]), 0.0)

    def content_grams(self, text: str) -> list[str] | None:
        """The ``all_g`` bigrams ``text(fuzzy=False)`` requires, one per required clause (repeats kept: each adds
        to the score); None when it requires a clause on another field (a query of one-character words)."""
        ws = query_words(text)
        long_words = [w for w in ws if len(w) > 1]
        if not long_words:
            return None
        return [g for w in long_words for g in bigrams(w)]

    def _any_of(self, field: str, values: Sequence[str]) -> tantivy.Query:
        if len(values) == 1:
            return self.term(field, values[0])
        return tantivy.Query.term_set_query(self.schema, field, list(values))

    def filters(self, q: SearchQuery) -> list[tantivy.Query]:
        """One constant-score query per filter in ``q`` (values of one filter are ORed)."""
        out = []
        for field, values in (("kinds", q.kind), ("sido", q.sido), ("sigungu", q.sigungu),
                              ("equipment", q.equipment)):
            if values:
                out.append(self._any_of(field, values))
        if q.programme:
            out.append(self.term("programme", q.programme))
        if q.ministry:
            out.append(self.term("ministry", q.ministry))
        if q.open_evenings is not None:
            out.append(self.term("open_evenings", q.open_evenings))
        if q.open_weekends is not None:
            out.append(self.term("open_weekends", q.open_weekends))
        if q.near is not None:
            out.append(self.term("has_geo", True))
        return [tantivy.Query.const_score_query(f, 0.0) for f in out]

    def cells(self, cov: Covering, boundary: bool = True) -> tantivy.Query:
        """Documents in the covering's inner cells (and its boundary cells when asked)."""
        ids = cov.inner + (cov.boundary if boundary else [])
        if not ids:
            return tantivy.Query.empty_query()
        return tantivy.Query.const_score_query(tantivy.Query.term_set_query(self.schema, "cell", ids), 0.0)

    def seqs(self, seqs: Sequence[int]) -> tantivy.Query:
        """Documents with these sequence numbers."""
        return tantivy.Query.term_set_query(self.schema, "seq", list(seqs))

    def combine(self, text: tantivy.Query | None, filters: Sequence[tantivy.Query],
                exclude: Sequence[tantivy.Query] = ()) -> tantivy.Query:
        """AND of the text query and the filters, minus the excluded; everything when both are empty."""
        clauses = [(MUST, c) for c in ([text] if text is not None else []) + list(filters)]
        if not clauses:
            clauses = [(MUST, tantivy.Query.all_query())]
        clauses += [(MUST_NOT, c) for c in exclude]
        if len(clauses) == 1:
            return clauses[0][1]
        return tantivy.Query.boolean_query(clauses)
