"""The Elasticsearch analysis the query vocabulary feeds: nori's user dictionary and a search-time synonym set.

- **User dictionary** (``nori_tokenizer.user_dictionary_rules``, fixed per physical index): the domain's
  compounds, so that nori keeps 메이커스페이스 or 무한상상실 whole and still indexes their parts
  (``decompound_mode: mixed``): each kind keyword and equipment synonym that is written with spaces somewhere
  becomes ``<compound> <part> <part>``.
- **Synonyms** (a synonyms set, ``PUT _synonyms/<alias>-synonyms``, used by a ``synonym_graph`` filter with
  ``updateable: true`` in the search analyzer only): every way of writing one 시도 (강원도, 강원, 강원특별자치도),
  every synonym of one canonical equipment name, every keyword of one kind. Updating the set reloads the search
  analyzers without reindexing, unlike the user dictionary.

The bigram fields that decide what matches (``index.elastic.requests``) do not use either; they only shape the
``match`` clauses that add nori's relevance signal.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from index.query_vocabulary import QueryVocabulary

SYNONYM_FILTER = "fh_synonyms"


def synonyms_set_name(alias: str) -> str:
    """The synonyms set the search analyzers of ``alias``'s indexes read."""
    return f"{alias}-synonyms"


def _rule(words: list[str]) -> str | None:
    kept = [w.replace(",", " ").replace("=>", " ").strip() for w in words]
    kept = list(dict.fromkeys(w for w in kept if w))
    return ", ".join(kept) if len(kept) > 1 else None


def synonym_rules(vocab: QueryVocabulary) -> list[dict[str, str]]:
    """The rules of the synonyms set: ``[{"id", "synonyms": "a, b, c"}]``, one per 시도, equipment and kind."""
    groups: dict[str, list[str]] = defaultdict(list)
    for r in vocab.regions:
        if r.level == "sido" and not r.needs_context:
            groups[f"sido:{r.place.key}"].append(r.word)
    for ew in vocab.equipment:
        groups[f"equipment:{ew.canonical[0]}"].append(ew.word)
    for canonical, label in vocab.equipment_labels.items():
        groups[f"equipment:{canonical}"] += [canonical.lower(), label]
    for kw in vocab.kinds:
        if not kw.by_name:
            groups[f"kind:{kw.kinds[0]}"].append(kw.word)
    out = []
    for key in sorted(groups):
        rule = _rule(groups[key])
        if rule:
            out.append({"id": key.replace(" ", "_"), "synonyms": rule})
    return out


def user_dictionary(vocab: QueryVocabulary, spaced: dict[str, str]) -> list[str]:
    """nori user dictionary rules for the compounds (``spaced``: compacted word → the word as written with
    spaces, from the taxonomy); Hangul compounds only."""
    rules: dict[str, None] = {}
    for word, written in sorted(spaced.items()):
        parts = written.split()
        if len(parts) > 1 and all(_hangul_word(p) for p in parts):
            rules[f"{word} {' '.join(parts)}"] = None
    for kw in vocab.kinds:
        if _hangul_word(kw.word) and len(kw.word) > 2:
            rules.setdefault(kw.word, None)
    return [r for r in rules if not any(r != o and o.startswith(r.split()[0] + " ") for o in rules)]


def _hangul_word(word: str) -> bool:
    return bool(word) and all("가" <= ch <= "힣" for ch in word)


def analysis_settings(analyzer: str, rules: list[str], synonyms: bool) -> dict[str, Any]:
    """The ``settings.analysis`` additions: the user dictionary on nori's tokenizer, the synonym filter and the
    search analyzers using it."""
    out: dict[str, Any] = {"filter": {}, "analyzer": {}, "tokenizer": {}}
    if analyzer == "nori":
        out["tokenizer"]["nori_mixed"] = {"type": "nori_tokenizer", "decompound_mode": "mixed",
                                          "user_dictionary_rules": rules}
    chain = (["nori_part_of_speech", "nori_readingform", "cjk_width", "lowercase"] if analyzer == "nori"
             else ["cjk_width", "lowercase"])
    if synonyms:
        out["filter"][SYNONYM_FILTER] = {"type": "synonym_graph", "synonyms_set": "", "updateable": True}
        tokenizer = "nori_mixed" if analyzer == "nori" else "standard"
        tail = [] if analyzer == "nori" else ["cjk_bigram"]
        out["analyzer"]["korean_search"] = {"type": "custom", "tokenizer": tokenizer,
                                            "filter": [*chain, SYNONYM_FILTER, *tail]}
    return out
