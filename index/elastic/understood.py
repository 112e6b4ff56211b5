"""The Elasticsearch clauses of what query understanding read (``index.understood.Understood``), the same
filters and boosts as ``index.embedded.understood_clauses``:

- places: ``term`` on ``place`` (every level of a document's place, and the place followed by `` .``); an
  일반구/동 place also keeps documents of its city alone whose text holds one of its mentions; an area keeps its
  place, those that mention it ranking first (a boost);
- kinds: ``terms`` on ``kinds`` or a kind word's bigrams in the name; name words: their bigrams in the name;
- equipment: ``terms`` on ``equipment`` per word, or the word's bigrams in the text (ranked below);
- opening: ``range`` on the ``open_ranges`` integer-range field (minutes of the week): ``intersects`` for "open
  at some moment in", ``contains`` for "open throughout"; on a public holiday ``closed_on_holidays`` is excluded.
"""

from __future__ import annotations

from typing import Any

from index.hangul import jamo
from index.opening import OpeningNeed
from index.suggest_forms import EDGE_MAX
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

EXACT_NAME_BOOST = 20.0
NAME_PREFIX_BOOST = 4.0
NAME_FIELDS = ("name_c", "alt_c")
TEXT_FIELDS = ("name_c", "alt_c", "body_c", "desc_c")


def _grams_in(word: str, fields: tuple[str, ...]) -> dict[str, Any] | None:
    """Every bigram of ``word`` in one of ``fields`` (no scoring)."""
    if len(word) < 2:
        return None
    return {"bool": {"must": [{"bool": {"should": [{"term": {f: g}} for f in fields], "minimum_should_match": 1}}
                              for g in bigrams(word)]}}


def _any(clauses: list[dict[str, Any] | None]) -> dict[str, Any]:
    kept = [c for c in clauses if c is not None]
    if not kept:
        return {"match_none": {}}
    return kept[0] if len(kept) == 1 else {"bool": {"should": kept, "minimum_should_match": 1}}


def _opening(need: OpeningNeed) -> dict[str, Any]:
    ranges = [{"range": {"open_ranges": {"gte": w.start, "lt": w.end,
                                         "relation": "contains" if w.whole else "intersects"}}}
              for w in need.any_of]
    clause = _any(ranges)  # type: ignore[arg-type]
    if need.holiday:
        return {"bool": {"must": [clause], "must_not": [{"term": {"closed_on_holidays": True}}]}}
    return clause


def conditions(u: Understood) -> list[dict[str, Any]]:
    """One clause per understood filter."""
    out: list[dict[str, Any]] = []
    if u.places:
        options: list[dict[str, Any] | None] = []
        for p in u.places:
            said = _any([_grams_in(m, TEXT_FIELDS) for m in p.mentions]) if p.mentions else None
            here = {"term": {"place": p.key}}
            options.append(here)
            if p.required:
                continue  # the area's mentions rank (``boosts``); its place keeps
            if said is not None and p.parent:
                options.append({"bool": {"must": [{"term": {"place": p.parent + " ."}}, said]}})
        out.append(_any(options))
    if u.kinds:
        out.append(_any([{"terms": {"kinds": list(u.kinds)}}, *(_grams_in(w, NAME_FIELDS) for w in u.kind_words)]))
    if u.name_words:
        out.append(_any([_grams_in(w, NAME_FIELDS) for w in u.name_words]))
    for group, word in zip(u.equipment, u.equipment_words or [""] * len(u.equipment), strict=True):
        out.append(_any([{"terms": {"equipment": list(group)}}, _grams_in(word, TEXT_FIELDS)]))
    for need in u.opening:
        out.append(_opening(need))
    return out


def filters(u: Understood | None) -> list[dict[str, Any]]:
    """The filters every match must meet; for a relaxed reading, one of them at least."""
    if u is None:
        return []
    if u.relaxed:
        return [_any(conditions(u))] if u.filters else []
    return conditions(u)


def boosts(u: Understood | None) -> list[dict[str, Any]]:
    """Scored optional clauses that rank the matches."""
    if u is None:
        return []
    out: list[dict[str, Any]] = []
    for p in u.places:
        if p.required and p.mentions:  # 서면 3D프린터: the ones in 서면 first, then the rest of 부산진구
            said = _any([_grams_in(m, TEXT_FIELDS) for m in p.mentions])
            out.append({"constant_score": {"filter": said, "boost": AREA_MENTION_BOOST}})
    if u.kinds:
        out.append({"constant_score": {"filter": {"terms": {"kinds": list(u.kinds)}}, "boost": KIND_MATCH_BOOST}})
    for group in u.equipment:
        out.append({"constant_score": {"filter": {"terms": {"equipment": list(group)}},
                                       "boost": EQUIPMENT_MATCH_BOOST}})
    for word in u.boosts:
        if len(word) >= 2:
            out.append({"bool": {"must": [{"term": {"name_c": g}} for g in bigrams(word)], "boost": NAME_WORD_BOOST}})
    if u.whole:
        out += [{"term": {"name_key": {"value": u.whole, "boost": EXACT_NAME_BOOST}}},
                {"term": {"name_pre": {"value": u.whole[:EDGE_MAX], "boost": NAME_PREFIX_BOOST}}}]
        spelled = jamo(u.whole)
        if u.text and len(spelled) >= TYPO_NAME_JAMO:  # the whole name typed with one slip (팹렙 부산)
            out.append({"constant_score": {"filter": {"fuzzy": {"name_jamo": {"value": spelled, "fuzziness": 1}}},
                                           "boost": TYPO_NAME_BOOST}})
    if u.relaxed:
        out += [{"constant_score": {"filter": c,
                                    "boost": RELAXED_PLACE_BOOST if k == 0 and u.places else RELAXED_BOOST}}
                for k, c in enumerate(conditions(u))]
    return out
