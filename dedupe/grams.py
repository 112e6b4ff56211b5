"""Blocking keys made of grams: the rarest grams of a value, memberships in every gram a few records share, and
the grams themselves (name bigrams and landmarks, Latin 4-grams, consonant skeletons across scripts, map cells).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np

from dedupe.columns import Encoded, encode
from dedupe.names import NameForms
from dedupe.romanize import romanize, skeleton_grams

GEO_CELL_DEGREES = 0.006
"""Size of a geo blocking cell (about 650 m north–south); with four shifted grids, records up to ~300 m apart
always share one."""

def rare_grams(column: Encoded, gram: Callable[[Any], list[str]], k: int) -> list[Encoded]:
    """The ``k`` rarest grams (by how many records carry them; at least two) of each record's value."""
    distinct, inverse = column
    grams = [gram(f) for f in distinct]
    per_value = np.bincount(inverse, minlength=len(distinct))
    df: Counter[str] = Counter()
    for gs, count in zip(grams, per_value.tolist(), strict=True):
        for g in set(gs):
            df[g] += count
    chosen: list[list[str]] = [[] for _ in range(k)]
    for gs in grams:
        shared = sorted({g for g in gs if df[g] >= 2}, key=lambda g: (df[g], g))
        for j in range(k):
            chosen[j].append(shared[j] if len(shared) > j else "")
    out = []
    for values in chosen:
        col = encode(values)
        out.append((col[0], col[1][inverse]))
    return out


def gram_memberships(column: Encoded, gram: Callable[[Any], list[str]], cap: int) -> tuple[np.ndarray, np.ndarray]:
    """(record, gram code) for every gram of a record's value that between 2 and ``cap`` records carry: records
    sharing any such gram meet in a block, and a gram too common to tell anything apart makes no block."""
    distinct, inverse = column
    grams = [sorted(set(gram(v))) for v in distinct]
    per_value = np.bincount(inverse, minlength=len(distinct))
    df: Counter[str] = Counter()
    for gs, count in zip(grams, per_value.tolist(), strict=True):
        for g in gs:
            df[g] += count
    code_of: dict[str, int] = {}
    flat: list[int] = []
    lengths = np.zeros(len(distinct), dtype=np.int64)
    for v, gs in enumerate(grams):
        kept = [code_of.setdefault(g, len(code_of)) for g in gs if 2 <= df[g] <= cap]
        flat.extend(kept)
        lengths[v] = len(kept)
    flat_arr = np.asarray(flat, dtype=np.int64)
    starts = np.r_[0, np.cumsum(lengths)[:-1]] if len(lengths) else np.zeros(0, dtype=np.int64)
    per_record = lengths[inverse]
    rec = np.repeat(np.arange(len(inverse), dtype=np.int64), per_record)
    if len(rec) == 0:
        return rec, rec.copy()
    offsets = np.arange(len(rec)) - np.repeat(np.cumsum(per_record) - per_record, per_record)
    return rec, flat_arr[np.repeat(starts[inverse], per_record) + offsets]


def _bigrams(text: str) -> list[str]:
    return [text] if len(text) <= 2 else [text[i:i + 2] for i in range(len(text) - 1)]


def place_bigrams(value: tuple[NameForms, tuple[str, ...]]) -> list[str]:
    """Bigrams of a name's residue (or its distinct part) and of the landmarks of its address."""
    f, marks = value
    out = _bigrams(f.distinct or f.residue) if not f.generic_only else []
    for m in marks:
        out.extend(_bigrams(m))
    return out


def latin_grams(f: NameForms) -> list[str]:
    if f.generic_only:
        return []
    s = f.latin
    return [s] if len(s) <= 4 else [s[i:i + 4] for i in range(len(s) - 3)]


def name_skeleton_grams(value: tuple[NameForms, tuple[str, ...]]) -> list[str]:
    """Consonant-skeleton trigrams of a name's Latin forms (romanised Hangul, or its own Latin words) and of its
    address's landmarks (`광운대역` / `near Kwangwoon Univ. Station`, `대구스타디움` / `Daegu Stadium Mall`)."""
    f, marks = value
    texts = [] if f.generic_only else list(f.latin_names)
    texts += [romanize(m) for m in marks]
    return [g for t in texts for g in skeleton_grams(t)]


def geo_cells(lat: np.ndarray, lon: np.ndarray, shift: tuple[float, float]) -> np.ndarray:
    """Codes of the cells of one shifted grid (-1 without coordinates)."""
    known = ~np.isnan(lat)
    out = np.full(len(lat), -1, dtype=np.int64)
    if known.any():
        cy = np.floor_divide(lat[known] + shift[0] * GEO_CELL_DEGREES, GEO_CELL_DEGREES).astype(np.int64)
        cx = np.floor_divide(lon[known] + shift[1] * GEO_CELL_DEGREES, GEO_CELL_DEGREES).astype(np.int64)
        key = (cy - cy.min()) * (int(cx.max() - cx.min()) + 1) + (cx - cx.min())
        out[known] = encode(key.tolist())[1]
    return out
