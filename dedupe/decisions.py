"""Steward decisions turned into the constraints clustering honours.

Decisions are append-only; an ``undo`` cancels the decision it names (an undo of an undo restores it). For each
unordered pair the latest active merge / keep-apart wins. ``split`` is a cannot-link of the split-out member
against every other member recorded at decision time. Decisions naming facilities absent from this run are kept
(they apply again when the facility comes back) but have no effect now.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dedupe.types import Decision


@dataclass
class Constraints:
    """Must-links and cannot-links between facility ids, after undo and "latest wins" are applied."""

    must: list[tuple[str, str, int]] = field(default_factory=list)
    """(a, b, decision id) pairs that must end up in one entity."""
    cannot: list[tuple[str, str, int]] = field(default_factory=list)
    """(a, b, decision id) pairs that must never share an entity."""
    decided_pairs: set[tuple[str, str]] = field(default_factory=set)
    """Every unordered pair a steward has ruled on (merge, keep apart, skip); kept out of the review queue."""
    cancelled: set[int] = field(default_factory=set)


def pair_key(a: str, b: str) -> tuple[str, str]:
    """Unordered pair as a sorted tuple."""
    return (a, b) if a <= b else (b, a)


def active_decisions(decisions: Iterable[Decision]) -> tuple[list[Decision], set[int]]:
    """Decisions still in force (undos applied, newest undo first), sorted by id, and the cancelled ids."""
    ordered = sorted(decisions, key=lambda d: d.id)
    cancelled: set[int] = set()
    for d in reversed(ordered):
        if d.id in cancelled:
            continue
        if d.kind == "undo" and d.undoes is not None:
            cancelled.add(d.undoes)
    active = [d for d in ordered if d.id not in cancelled and d.kind != "undo"]
    return active, cancelled


def build_constraints(decisions: Sequence[Decision]) -> Constraints:
    """Resolve a decision log into must-link and cannot-link constraints."""
    active, cancelled = active_decisions(decisions)
    latest: dict[tuple[str, str], Decision] = {}
    out = Constraints(cancelled=cancelled)
    for d in active:
        if d.kind in ("merge", "keep_apart", "skip") and d.b and d.a != d.b:
            key = pair_key(d.a, d.b)
            out.decided_pairs.add(key)
            if d.kind != "skip":
                latest[key] = d
        elif d.kind == "split" and d.b:
            for other in d.members or (d.a,):
                if other != d.b:
                    key = pair_key(other, d.b)
                    out.decided_pairs.add(key)
                    latest[key] = d
    for (a, b), d in sorted(latest.items(), key=lambda kv: kv[1].id):
        (out.must if d.kind == "merge" else out.cannot).append((a, b, d.id))
    return out
