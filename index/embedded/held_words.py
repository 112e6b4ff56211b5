"""The query vocabulary's words each document holds, found once at build time (field ``held``).

Query understanding filters on words a document's name or text must hold: a kind word in the name (`공방`,
`팹랩`), an equipment word as typed in the text (a list the normaliser could not split), the 동 of a city whose
구 is unknown. Asked as a conjunction of the word's bigrams, such a filter walks one long posting list per bigram
(`메이`, `이커`, `커스` … are in most documents): 9–22 ms at 1M documents, most of an understood query's time.
The vocabulary is known when a version is built, so every such word a document holds is indexed as one term:
``n:<word>`` (in a name or alternative name) and ``t:<word>`` (anywhere in the matched text). A filter on such a
word is then one posting list.

The words are found with an Aho–Corasick automaton (``pyahocorasick``: all of a few thousand words in one pass
over the text). The manifest keeps the words a version indexed; a query word that is not among
them (another vocabulary, a spelling with an ending) is asked as bigrams, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from index.query_vocabulary import QueryVocabulary, compact_word

NAME = "n:"
TEXT = "t:"


def _automaton(words: frozenset[str]) -> ahocorasick.Automaton | None:
    if not words:
        return None
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


@dataclass(frozen=True)
class HeldWords:
    """The words a build looks for: ``name`` in the names, ``text`` in the whole matched text."""

    name: frozenset[str] = frozenset()
    text: frozenset[str] = frozenset()

    @classmethod
    def of(cls, vocab: QueryVocabulary | None) -> HeldWords:
        """The words query understanding asks documents for: kind words (as names spell them) in the name;
        equipment words, and the 구 stems and 읍/면/동 that documents of a city without their 구 are found by, in
        the text. (Those mentions are asked beside a place term; as held terms they still took region + kind's
        p99 at 1M from 33–36 ms to 23–28 ms, for ~6 of the finder's ~25 µs a document.)"""
        if vocab is None:
            return cls()
        name = {compact_word(w) for k in vocab.kinds for w in (k.spelled or k.word, *k.spellings)}
        text = {compact_word(e.word) for e in vocab.equipment}
        text |= {compact_word(m) for r in vocab.regions for m in r.mentions}
        return cls(frozenset(w for w in name if len(w) >= 2), frozenset(w for w in text if len(w) >= 2))

    def finder(self) -> HeldFinder:
        """A finder for one build (the automata are built once)."""
        return HeldFinder(self)

    def manifest(self) -> dict[str, list[str]]:
        """What a version's manifest keeps: the words it indexed."""
        return {"name": sorted(self.name), "text": sorted(self.text)}

    @classmethod
    def from_manifest(cls, data: dict[str, list[str]] | None) -> HeldWords:
        """The words a version indexed (none for a version built without a vocabulary)."""
        data = data or {}
        return cls(frozenset(data.get("name", ())), frozenset(data.get("text", ())))


class HeldFinder:
    """Finds the held words of one document's compacted names and text."""

    def __init__(self, words: HeldWords) -> None:
        self._name = _automaton(words.name)
        self._text = _automaton(words.text)

    def terms(self, names: str, text: str) -> list[str]:
        """The ``held`` terms of a document: its compacted names and its compacted whole text."""
        out: list[str] = []
        if self._name is not None and names:
            out += [NAME + w for w in dict.fromkeys(w for _, w in self._name.iter(names))]
        if self._text is not None and text:
            out += [TEXT + w for w in dict.fromkeys(w for _, w in self._text.iter(text))]
        return out
