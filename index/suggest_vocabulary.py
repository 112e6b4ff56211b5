"""Regions and equipment suggested beside facility names, from the query vocabulary (no index needed).

The same readings as facility names (``index.suggest_forms``): as typed, 초성 or half-typed, the other keyboard
layout. A region is suggested by its current names (not former ones, not words that need another region
word before them); equipment by its Korean label, canonical name and synonyms.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from index.query_vocabulary import QueryVocabulary
from index.suggest_forms import Reading, suggest_forms

MAX_EACH = 3
LEVEL_NAMES = {"sido": 1, "sigungu": 2, "gu": 3, "dong": 4}


@dataclass(frozen=True, slots=True)
class _Entry:
    word: str
    name: str
    value: str
    rank: int


class _Compiled:
    def __init__(self, vocab: QueryVocabulary) -> None:
        regions: dict[tuple[str, str], _Entry] = {}
        for r in vocab.regions:
            if not r.current or r.needs_context or r.level == "dong":
                continue
            key = (r.word, r.place.key)
            regions.setdefault(key, _Entry(r.word, r.place.key, r.place.key, LEVEL_NAMES[r.level]))
        self.regions = sorted(regions.values(), key=lambda e: (e.rank, len(e.name), e.name))
        equipment: dict[tuple[str, str], _Entry] = {}
        for ew in vocab.equipment:
            for canonical in ew.canonical[:1]:
                label = vocab.equipment_labels.get(canonical, canonical)
                equipment.setdefault((ew.word, canonical), _Entry(ew.word, label, canonical, 1))
        self.equipment = sorted(equipment.values(), key=lambda e: (len(e.word), e.name))


_COMPILED: dict[int, tuple[QueryVocabulary, _Compiled]] = {}
_LOCK = threading.Lock()


def _compiled(vocab: QueryVocabulary) -> _Compiled:
    found = _COMPILED.get(id(vocab))
    if found is not None and found[0] is vocab:
        return found[1]
    with _LOCK:
        compiled = _Compiled(vocab)
        _COMPILED[id(vocab)] = (vocab, compiled)
        return compiled


def _matches(entries: list[_Entry], readings: list[Reading]) -> list[dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for exact_first in (True, False):
        for reading in readings:
            pattern = re.compile(reading.pattern) if reading.pattern and not exact_first else None
            for e in entries:
                if len(out) >= MAX_EACH:
                    return list(out.values())
                hit = e.word == reading.text if exact_first else (
                    e.word.startswith(reading.text) or (pattern is not None and pattern.match(e.word) is not None))
                if hit and e.value not in out:
                    out[e.value] = {"name": e.name, "value": e.value}
    return list(out.values())


def vocabulary_suggestions(vocab: QueryVocabulary, prefix: str) -> dict[str, Any]:
    """``{"regions": [...], "equipment": [...]}``, each at most ``MAX_EACH`` ``{"name", "value"}`` entries."""
    forms = suggest_forms(prefix)
    if forms is None:
        return {"regions": [], "equipment": []}
    compiled = _compiled(vocab)
    readings = [forms.typed, *forms.layout]
    return {"regions": _matches(compiled.regions, readings), "equipment": _matches(compiled.equipment, readings)}
