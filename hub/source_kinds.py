"""The words a source's ``kind`` may be written with: every facility kind of the taxonomy and its synonyms.

Accepted (compared without case, spaces, hyphens or underscores): the source kinds (``makerspace``, ``muhan``,
``devicelab``, ``ccei``, ``sogongin``, ``private``, ``other``, ``public``), the taxonomy's kind keys
(``private_space``, ``makerspace_specialized`` …), their Korean labels (``민간 메이커 공간``) and their keywords
(``팹랩``, ``메이커 카페``, ``공방`` …) — all read from ``config/taxonomy.yaml``, never listed here.

A word is stored as the value the normalisers read: a source kind stays itself, anything else becomes its
taxonomy kind key (``민간 메이커 공간`` → ``private_space``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s_\-·.]+")


def _norm(word: str) -> str:
    return _SEPARATORS.sub("", word).casefold()


@dataclass(frozen=True)
class KindWords:
    """Normalised word → the kind value it stands for."""

    words: dict[str, str]
    source_kinds: tuple[str, ...]
    kind_keys: tuple[str, ...]

    def canonical(self, word: object) -> str | None:
        """The kind value for a word people use, or None when it names no kind."""
        if not isinstance(word, str) or not word.strip():
            return None
        return self.words.get(_norm(word))

    def allowed(self) -> str:
        """The allowed values, for an error message."""
        return (f"{', '.join(self.source_kinds)}, or a kind of config/taxonomy.yaml ({', '.join(self.kind_keys)}), "
                "its label or a keyword (e.g. 민간 메이커 공간, 팹랩)")


def load_kind_words() -> KindWords:
    """The kind words of the taxonomy the normalisers use (``FACILITY_HUB_CONFIG_DIR`` honoured)."""
    from normalizers.tables import load_tables

    tables = load_tables()
    words: dict[str, str] = {}
    for key, kind in tables.kinds.items():
        for synonym in (kind.label, *kind.keywords):
            if synonym:
                words.setdefault(_norm(synonym), key)
    for key in tables.kinds:
        words[_norm(key)] = key
    source_kinds = tuple(tables.families)
    for name in source_kinds:
        words[_norm(name)] = name
    for kind in tables.kinds.values():
        for name in kind.source_kinds:
            words[_norm(name)] = name
    return KindWords(words=words, source_kinds=source_kinds, kind_keys=tuple(tables.kinds))
