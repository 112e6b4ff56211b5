"""The records dedupe consumes and produces. Fields may be added, never renamed (hub and index depend on them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

DecisionKind = Literal["merge", "keep_apart", "skip", "undo", "split"]


@dataclass(frozen=True)
class Decision:
    """A steward's decision. Append-only: an undo is a new decision naming the one it undoes.

    ``merge`` is a must-link and ``keep_apart`` a cannot-link between facilities ``a`` and ``b``;
    ``split`` takes facility ``b`` out of the entity that contains ``a`` (a cannot-link of ``b`` against every
    other member of that entity at decision time, recorded in ``members``); ``skip`` only leaves the queue order.
    """

    id: int
    kind: DecisionKind
    a: str
    b: str | None = None
    actor: str = ""
    created_at: str = ""
    note: str | None = None
    undoes: int | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldValue:
    """A golden field's chosen value and where it came from."""

    value: Any
    facility_id: str
    source_id: str
    fetched_at: str | None = None
    rule: str = ""
    """Which survivorship rule chose it (priority, recency, completeness, agreement, union)."""
    contributors: tuple[str, ...] = ()
    """For unioned list fields: every member facility that added an item (``facility_id`` is the first)."""


@dataclass
class Entity:
    """One golden record per real facility."""

    id: str
    member_ids: list[str]
    fields: dict[str, FieldValue] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewPair:
    """A pair between the thresholds with no decision: a steward should look at it."""

    a: str
    b: str
    probability: float
    explanation: dict[str, Any] = field(default_factory=dict)


@dataclass
class DedupeResult:
    """What one dedupe run produced."""

    entities: list[Entity]
    review_pairs: list[ReviewPair]
    stats: dict[str, Any] = field(default_factory=dict)
