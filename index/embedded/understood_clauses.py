"""The tantivy clauses of what query understanding read (``index.understood.Understood``).

Filters (constant score 0, so they never change a ranking):

- places: the document's ``place`` term is the place key; or, for an 일반구/동 place with ``mentions``, its
  place is the city alone (``<city> .``) and its text holds one of them as exact words; an area place
  (``required``: 서면 in 부산진구) keeps its whole place, and the documents that mention it rank first (boost);
- kinds: one of the kinds in ``kinds``, or a kind word in the name;
- name words: one of them in the name;
- equipment: per word, one of its canonical names, or the word as typed in the text (ranked below);
- opening: per condition, the ids of the version's distinct weekly schedules that meet it (evaluated once per
  condition and version, ``index.opening.satisfies``).

A word "in the name" or "in the text" is one ``held`` term when the version indexed the word
(``index.embedded.held_words``), else the conjunction of its bigrams in ``name_g`` / ``all_g``.

Boosts (scored): an area's mentions, the kind match, and the region/kind words typed found in the name. A
relaxed reading turns the filters into strong boosts instead (the place's the strongest): a match meets one of
them at least, and documents that meet more of them rank higher.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import tantivy

from index.embedded.held_words import NAME, TEXT, HeldWords
from index.embedded.querying import EXACT_NAME_BOOST, MUST, NAME_PREFIX_BOOST, SHOULD
from index.embedded.schema import EDGE_MAX
from index.hangul import jamo
from index.opening import OpeningNeed, satisfies
from index.text import bigrams
from index.understood import (
    AREA_MENTION_BOOST,
    EQUIPMENT_MATCH_BOOST,
    KIND_MATCH_BOOST,
    NAME_WORD_BOOST,
    RELAXED_BOOST,
    RELAXED_PLACE_BOOST,
    TYPO_NAME_BOOST,
    TYPO_NAME_JAMO,
    Understood,
)

if TYPE_CHECKING:
    from index.embedded.reader import OpenVersion



class UnderstoodClauses:
    """Builds filters and boosts for one version (schedule ids are cached per condition)."""

    def __init__(self, version: OpenVersion, schedules: list[list], held: HeldWords | None = None) -> None:
        self.v = version
        self.held = held or HeldWords()
        self._schedules = [(tuple((int(s), int(e)) for s, e in ivs), closed) for ivs, closed in schedules]
        self._hours: dict[OpeningNeed, list[int]] = {}
        self._lock = threading.Lock()

    def hours_ids(self, need: OpeningNeed) -> list[int]:
        """Ids of the schedules that meet ``need``."""
        found = self._hours.get(need)
        if found is None:
            found = [i for i, (ivs, closed) in enumerate(self._schedules) if satisfies(ivs, closed, need)]
            with self._lock:
                if len(self._hours) > 4096:
                    self._hours.clear()
                self._hours[need] = found
        return found

    def _name_has(self, word: str, *, scored: bool = False) -> tantivy.Query | None:
        """Documents whose name holds ``word``; ``scored``: BM25 in the names, shorter names first."""
        qb = self.v.qb
        if word in self.held.name:
            held = qb.term("held", NAME + word)
            if not scored:
                return held
            # the held term selects; one bigram's BM25 in the names ranks them (the field's length is the name's),
            # weighted as the word's bigrams together were: one posting list scored instead of all of them
            # (`메이커스페이스`'s six bigrams each walked ~a third of the index: half of `경기 메이커스페이스`)
            grams = bigrams(word)
            return tantivy.Query.boolean_query([
                (MUST, tantivy.Query.const_score_query(held, 0.0)),
                (MUST, tantivy.Query.boost_query(qb.term("name_g", grams[-1], "freq"), float(len(grams))))])
        if len(word) < 2:
            return None
        grams = bigrams(word)
        if len(grams) == 1:
            return qb.term("name_g", grams[0], "freq")
        return tantivy.Query.boolean_query([(MUST, qb.term("name_g", g, "freq")) for g in grams])

    def _text_has(self, word: str) -> tantivy.Query | None:
        qb = self.v.qb
        if word in self.held.text:
            return qb.term("held", TEXT + word)
        if len(word) < 2:
            return None
        return tantivy.Query.boolean_query([(MUST, qb.term("all_g", g, "freq")) for g in bigrams(word)])

    def _any(self, clauses: list[tantivy.Query | None]) -> tantivy.Query:
        kept = [c for c in clauses if c is not None]
        if not kept:
            return tantivy.Query.empty_query()
        if len(kept) == 1:
            return kept[0]
        return tantivy.Query.boolean_query([(SHOULD, c) for c in kept])

    def conditions(self, u: Understood) -> list[tantivy.Query]:
        """One unscored query per understood filter."""
        qb = self.v.qb
        out: list[tantivy.Query] = []
        if u.places:
            options: list[tantivy.Query | None] = []
            for p in u.places:
                mentions = [m for m in (self._text_has(w) for w in p.mentions) if m is not None]
                said = self._any(mentions) if mentions else None
                options.append(qb.term("place", p.key))
                if p.required:
                    continue  # the area's mentions rank (``boosts``); its place keeps
                if said is not None and p.parent:
                    options.append(tantivy.Query.boolean_query(
                        [(MUST, qb.term("place", p.parent + " .")), (MUST, said)]))
            out.append(self._any(options))
        if u.kinds:
            kinds = tantivy.Query.term_set_query(qb.schema, "kinds", list(u.kinds))
            out.append(self._any([kinds, *(self._name_has(w) for w in u.kind_words)]))
        if u.name_words:
            out.append(self._any([self._name_has(w) for w in u.name_words]))
        for group, word in zip(u.equipment, u.equipment_words or [""] * len(u.equipment), strict=True):
            out.append(self._any([tantivy.Query.term_set_query(qb.schema, "equipment", list(group)),
                                  self._text_has(word)]))
        for need in u.opening:
            ids = self.hours_ids(need)
            out.append(tantivy.Query.term_set_query(qb.schema, "hours_id", ids) if ids
                       else tantivy.Query.empty_query())
        return [tantivy.Query.const_score_query(c, 0.0) for c in out]

    def _place_empty(self, u: Understood) -> bool:
        """True when no document lies in any of the places read (their terms' document counts are 0): such a
        condition neither selects nor ranks anything in a relaxed reading."""
        if not u.places:
            return False
        searcher = self.v.index.searcher()
        for p in u.places:
            if searcher.doc_freq("place", p.key) or (p.mentions and p.parent and not p.required
                                                     and searcher.doc_freq("place", p.parent + " .")):
                return False
        return True

    def _relaxed(self, u: Understood) -> list[tuple[float, tantivy.Query]]:
        """(boost, condition) of a relaxed reading: the place's first when any document lies there."""
        conditions = self.conditions(u)
        if not u.places:
            return [(RELAXED_BOOST, c) for c in conditions]
        place, rest = conditions[0], conditions[1:]
        if self._place_empty(u):  # `경북 군위 메이커스페이스` where none is: the other words decide alone
            return [(RELAXED_BOOST, c) for c in rest]
        return [(RELAXED_PLACE_BOOST, place), *((RELAXED_BOOST, c) for c in rest)]

    def clauses(self, u: Understood | None) -> tuple[list[tantivy.Query], list[tantivy.Query]]:
        """(filters, boosts) of one reading, a relaxed reading's conditions built once for both.

        The filters are what every match must meet; for a relaxed reading, one of them at least (a document that
        meets none would rank below all that meet one: leaving it out spares scoring the whole index). The boosts
        are the scored optional clauses that rank the matches."""
        if u is None:
            return [], []
        if not u.relaxed:
            return self.conditions(u), self._boosts(u, [])
        relaxed = self._relaxed(u)
        # a place alone where nothing lies keeps nothing (``_any`` of none is the empty query)
        filters = [self._any([c for _, c in relaxed])] if u.filters else []
        return filters, self._boosts(u, relaxed)

    def _boosts(self, u: Understood, relaxed: list[tuple[float, tantivy.Query]]) -> list[tantivy.Query]:
        """The scored clauses of ``u`` (``relaxed``: its relaxed conditions, empty unless relaxed)."""
        qb = self.v.qb
        out: list[tantivy.Query] = []
        for p in u.places:
            if p.required and p.mentions:  # 서면 3D프린터: the ones in 서면 first, then the rest of 부산진구
                said = self._any([self._text_has(w) for w in p.mentions])
                out.append(tantivy.Query.const_score_query(said, AREA_MENTION_BOOST))
        if u.kinds:
            out.append(tantivy.Query.const_score_query(
                tantivy.Query.term_set_query(qb.schema, "kinds", list(u.kinds)), KIND_MATCH_BOOST))
        for group in u.equipment:  # the machine itself above a mention of the word
            out.append(tantivy.Query.const_score_query(
                tantivy.Query.term_set_query(qb.schema, "equipment", list(group)), EQUIPMENT_MATCH_BOOST))
        for word in u.boosts:
            has = self._name_has(word, scored=True)
            if has is not None:  # scored: among names holding the word, the shorter first
                out.append(tantivy.Query.boost_query(has, NAME_WORD_BOOST))
        if u.whole:
            out.append(tantivy.Query.boost_query(qb.term("name_key", u.whole), EXACT_NAME_BOOST))
            out.append(tantivy.Query.boost_query(qb.term("name_pre", u.whole[:EDGE_MAX], "freq"), NAME_PREFIX_BOOST))
            spelled = jamo(u.whole)
            if u.text and len(spelled) >= TYPO_NAME_JAMO:  # the whole name typed with one slip (팹렙 부산)
                out.append(tantivy.Query.const_score_query(tantivy.Query.fuzzy_term_query(
                    qb.schema, "name_jamo", spelled, distance=1, transposition_cost_one=True, prefix=False),
                    TYPO_NAME_BOOST))
        if len(relaxed) > 1:  # one condition left is met by every match: it ranks nothing
            out += [tantivy.Query.const_score_query(c, boost) for boost, c in relaxed]
        return out
