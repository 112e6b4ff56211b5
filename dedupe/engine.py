"""``deduplicate``: facilities + steward decisions + previous entities → entities and a review queue."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from dedupe.compare import compare_pairs
from dedupe.decisions import Constraints, build_constraints, pair_key
from dedupe.errors import DedupeInputError
from dedupe.explain import explanation_from_levels
from dedupe.features import FeatureTable, build_features
from dedupe.ids import assign_ids
from dedupe.matching import MatchRun, run_matching
from dedupe.model import MatchModel, load_model, model_to_dict
from dedupe.scoring import probabilities
from dedupe.survivorship import golden_fields
from dedupe.types import Decision, DedupeResult, Entity, ReviewPair
from normalizers.records import Facility

MAX_REVIEW_PAIRS = 50_000
"""The review queue keeps at most this many pairs (the most uncertain first)."""


def _check_input(facilities: Sequence[Facility]) -> None:
    seen: set[str] = set()
    for i, f in enumerate(facilities):
        if not isinstance(f, Facility):
            raise DedupeInputError(f"record {i} is a {type(f).__name__}, not a Facility")
        if not f.id:
            raise DedupeInputError(f"record {i} has an empty id")
        if f.id in seen:
            raise DedupeInputError(f"facility id {f.id!r} appears twice; ids must be unique")
        seen.add(f.id)


def _review_pairs(
    run: MatchRun, ids: list[str], labels: np.ndarray, decided: set[tuple[str, str]], extra: list[tuple[int, int]]
) -> list[ReviewPair]:
    """Pairs between the thresholds (and strong pairs held apart by coherence) with no decision, most
    uncertain first (closest, in log probability, to the middle of the review band)."""
    model = run.model
    mask = (run.prob >= model.review_threshold) & (run.prob < model.merge_threshold)
    mask &= labels[run.left] != labels[run.right]
    held = np.zeros(len(run.left), dtype=bool)
    if extra:
        n = len(ids)
        encoded = run.left * n + run.right  # sorted: candidate pairs come out of blocking in order
        wanted = np.asarray([a * n + b for a, b in extra], dtype=np.int64)
        pos = np.clip(np.searchsorted(encoded, wanted), 0, max(len(encoded) - 1, 0))
        found = pos[encoded[pos] == wanted]
        held[found] = True
        mask |= held
    rows = np.flatnonzero(mask)
    mid = (math.log(max(model.review_threshold, 1e-12)) + math.log(model.merge_threshold)) / 2
    uncertainty = np.abs(np.log(np.maximum(run.prob[rows], 1e-12)) - mid)
    rows = rows[np.argsort(uncertainty, kind="stable")]
    out: list[ReviewPair] = []
    for k in rows.tolist():
        a, b = pair_key(ids[run.left[k]], ids[run.right[k]])
        if (a, b) in decided:
            continue
        expl = explanation_from_levels(model, run.pairs.levels[k], float(run.pairs.adjust[k]))
        if held[k]:
            expl["held_apart_by_coherence"] = True
        out.append(ReviewPair(a=a, b=b, probability=float(run.prob[k]), explanation=expl))
        if len(out) >= MAX_REVIEW_PAIRS:
            break
    return out


def deduplicate(
    facilities: Sequence[Facility],
    *,
    decisions: Sequence[Decision] = (),
    previous: Mapping[str, Sequence[str]] = {},  # noqa: B006 - read-only default
    model: MatchModel | None = None,
    source_priority: Mapping[str, int] = {},  # noqa: B006 - read-only default
    progress: Callable[[str, int, int], None] | None = None,
) -> DedupeResult:
    """Merge facilities into entities, honouring steward decisions and keeping entity ids stable.

    ``previous`` maps each old entity id to its member facility ids; ``source_priority`` ranks sources for
    survivorship (higher wins). Raises :class:`~dedupe.errors.DedupeError` on unusable input.
    """
    started = time.perf_counter()
    _check_input(facilities)
    model = model or load_model()
    constraints = build_constraints(decisions)
    ft = build_features(facilities, model.lexicon(), model.taxonomy_kinds(), progress)
    index = {f.id: i for i, f in enumerate(facilities)}
    must = [(index[a], index[b], did) for a, b, did in constraints.must if a in index and b in index]
    cannot = [(index[a], index[b]) for a, b, _ in constraints.cannot if a in index and b in index]
    run = run_matching(ft, model, must=must, cannot=cannot, progress=progress)
    labels = run.outcome.labels
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(i)
    clusters = [[facilities[i].id for i in members] for members in groups.values()]
    entity_ids = assign_ids(clusters, previous)
    entities: list[Entity] = []
    for step, (eid, members) in enumerate(zip(entity_ids, groups.values(), strict=True)):
        member_facilities = [facilities[i] for i in members]
        entities.append(Entity(id=eid, member_ids=sorted(f.id for f in member_facilities),
                               fields=golden_fields(member_facilities, source_priority)))
        if progress and step % 10_000 == 0:
            progress("survivorship", step, len(groups))
    entities.sort(key=lambda e: e.id)
    review = _review_pairs(run, ft.ids, labels, constraints.decided_pairs, run.outcome.held_apart)
    stats = dict(run.stats)
    stats.update(
        entities=len(entities),
        merged_entities=sum(1 for e in entities if len(e.member_ids) > 1),
        review_pairs=len(review),
        decisions_applied={"must_link": len(must), "cannot_link": len(cannot),
                           "ignored_absent": len(constraints.must) + len(constraints.cannot) - len(must) - len(cannot)},
        decided_pair_probabilities=_decided_probabilities(run, ft, index, constraints),
        seconds_total=round(time.perf_counter() - started, 3),
        learnt_model=model_to_dict(run.model),
    )
    if progress:
        progress("done", len(entities), len(entities))
    return DedupeResult(entities=entities, review_pairs=review, stats=stats)


def _decided_probabilities(run: MatchRun, ft: FeatureTable, index: dict[str, int],
                           constraints: Constraints) -> list[dict]:
    """The model's own probability for every pair a steward decided on (labels for evaluation)."""
    pairs = sorted(constraints.decided_pairs)
    present = [(a, b) for a, b in pairs if a in index and b in index]
    if not present:
        return []
    li = np.asarray([index[a] for a, _ in present], dtype=np.int64)
    ri = np.asarray([index[b] for _, b in present], dtype=np.int64)
    prob = probabilities(run.model, compare_pairs(run.model, ft, li, ri))
    return [{"a": a, "b": b, "probability": float(p)} for (a, b), p in zip(present, prob.tolist(), strict=True)]
