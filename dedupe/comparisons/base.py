"""The comparison contract: one class per comparison type, owning its level labels, thresholds, the feature
columns it reads, how it computes levels and any term-frequency adjustment.

A comparison is a ladder of levels, best first; level 0 is always "null" (a side is missing) and weighs nothing.
``m`` = P(level | same facility), ``u`` = P(level | different facilities); a level's weight is log2(m/u), unless
the model fixes it (``options.fixed: {label: bits}``) because domain knowledge says more than the data can — e.g.
"a homepage that other facilities give too" is no evidence, however rare such pages are among random pairs.
To add a comparison: subclass :class:`Comparison` in a module of this package, register it in
``dedupe/comparisons/__init__.py`` and use its ``type`` in ``config/dedupe.yaml``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from dedupe.features import FeatureTable

TF_MIN_BITS = -8.0
TF_MAX_BITS = 3.0
"""Bounds of a term-frequency adjustment (bits added to a level's weight)."""
TF_MIN_RECORDS = 1000
"""Below this many records no frequency can be told from chance: no term-frequency adjustment is made."""


@dataclass
class Comparison:
    """One comparison of a model (subclasses set the class attributes and :meth:`levels`)."""

    name: str
    """Unique name, used in explanations."""
    thresholds: list[float] = field(default_factory=list)
    """Similarity (0–1) or distance (km) thresholds, best first."""
    m: list[float] = field(default_factory=list)
    """P(level | match) for each non-null level."""
    u: list[float] = field(default_factory=list)
    """P(level | non-match) for each non-null level."""
    options: dict[str, Any] = field(default_factory=dict)
    """Options: ``subsumed_by`` (a finer comparison's name: where that one is not null, only this one's last
    level — a disagreement — counts); ``fixed`` ({level label: weight in bits}); type-specific ones."""
    learn: bool = True
    """Re-estimate m from the data; False keeps m as written (domain knowledge, e.g. a facility is a place)."""

    type_name: ClassVar[str] = ""
    """The ``type`` of this comparison in the model file."""
    threshold_count: ClassVar[int | None] = 0
    """How many thresholds the type takes (None: one or more)."""
    family: ClassVar[str] = ""
    """location, name, contact or kind: comparisons of one family are correlated (see training)."""
    columns: ClassVar[tuple[str, ...]] = ()
    """Feature columns (:class:`~dedupe.features.FeatureTable` keys) it reads."""

    @property
    def type(self) -> str:
        """The comparison type (its name in the model file)."""
        return self.type_name

    @property
    def labels(self) -> list[str]:
        """Labels of the non-null levels, best first."""
        raise NotImplementedError

    def level_of(self, label: str) -> int:
        """The level number (1 = best) of a label."""
        return self.labels.index(label) + 1

    def fixed_weights(self) -> dict[int, float]:
        """Level index (1-based) → weight in bits, for levels whose weight the model fixes."""
        fixed = self.options.get("fixed") or {}
        return {i: float(fixed[label]) for i, label in enumerate(self.labels, start=1) if label in fixed}

    def weights(self) -> list[float]:
        """Weight (bits) of each level, index 0 = null (0.0)."""
        out = [0.0] + [math.log2(max(m, 1e-9) / max(u, 1e-9)) for m, u in zip(self.m, self.u, strict=True)]
        for i, w in self.fixed_weights().items():
            out[i] = w
        return out

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        """Level of each pair (li[k], ri[k]): int8, 0 = null, 1 = best."""
        raise NotImplementedError

    def prepare(self, ft: FeatureTable) -> None:
        """Build what this comparison computes once per table (its columns' codes; subclasses add their sharing
        groups and per-form arrays), so that pairs compared in a second process find it built."""
        for key in self.columns:
            if ft.codes.known(key):  # coordinates are arrays of their own, not codes
                ft.codes[key]  # noqa: B018 - built lazily on first use

    def adjustments(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray, levels: np.ndarray) -> np.ndarray | None:
        """Term-frequency adjustment in bits per pair (None: this comparison has none)."""
        return None

    def problems(self) -> list[str]:
        """What is wrong with this comparison's settings (checked when the model loads)."""
        out = []
        fixed = self.options.get("fixed") or {}
        if not isinstance(fixed, dict):
            return [f"comparisons[{self.name}].options.fixed: expected a mapping of level label → bits"]
        for label, bits in fixed.items():
            if label not in self.labels:
                out.append(f"comparisons[{self.name}].options.fixed: {label!r} is not a level "
                           f"({', '.join(self.labels)})")
            elif isinstance(bits, bool) or not isinstance(bits, (int, float)):
                out.append(f"comparisons[{self.name}].options.fixed.{label}: expected a number of bits")
        return out


def exact_ladder(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """null (0) / same (1) / else (2) for two code arrays."""
    out = np.where(a == b, 1, 2).astype(np.int8)
    out[(a < 0) | (b < 0)] = 0
    return out


def tf_bits(u_level: float | np.ndarray, value_counts: np.ndarray, n: int) -> np.ndarray:
    """Splink's term-frequency adjustment: log2(u of the level / frequency of the shared value), bounded; the
    pair's own record is not counted (a value two listings of one facility share is not common for that)."""
    if n < TF_MIN_RECORDS:
        return np.zeros(len(value_counts), dtype=np.float64)
    freq = np.maximum(value_counts.astype(np.float64) - 1.0, 1.0) / max(n, 1)
    return np.clip(np.log2(np.maximum(u_level, 1e-9) / freq), TF_MIN_BITS, TF_MAX_BITS)
