"""Constrained clustering on hand-made scored pairs."""

from __future__ import annotations

import itertools

import numpy as np

from dedupe.clustering import cluster, connected_components


def edges(pairs: dict[tuple[int, int], float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    keys = sorted(pairs)
    return (np.array([a for a, _ in keys]), np.array([b for _, b in keys]), np.array([pairs[k] for k in keys]))


def groups(labels: np.ndarray) -> list[list[int]]:
    out: dict[int, list[int]] = {}
    for i, lab in enumerate(labels.tolist()):
        out.setdefault(lab, []).append(i)
    return sorted(out.values())


def strong_clique(nodes: list[int], p: float = 0.99) -> dict[tuple[int, int], float]:
    return {(a, b): p for a, b in itertools.combinations(nodes, 2)}


def test_connected_components_label_by_smallest_member():
    comp = connected_components(6, np.array([4, 1, 2]), np.array([5, 2, 3]))
    assert comp.tolist() == [0, 1, 1, 1, 4, 4]


def test_one_strong_link_does_not_glue_two_strong_clusters():
    pairs = {**strong_clique([0, 1, 2]), **strong_clique([3, 4, 5]), (2, 3): 0.95}
    out = cluster(6, *edges(pairs), merge=0.9, coherence=0.5)
    assert groups(out.labels) == [[0, 1, 2], [3, 4, 5]]
    assert (2, 3) in out.held_apart


def test_a_chain_of_weak_links_does_not_merge():
    # 0-1-2-3-4 each strong only to its neighbour: a chain, not a cluster
    pairs = {(i, i + 1): 0.92 for i in range(4)}
    filled = cluster(5, *edges(pairs), merge=0.9, coherence=0.5,
                     fill=lambda a, b: np.full(len(a), 0.01))
    assert max(len(g) for g in groups(filled.labels)) <= 2


def test_coherent_group_merges_fully_even_with_some_pairs_unscored():
    pairs = {(0, 1): 0.99, (1, 2): 0.99, (2, 3): 0.99, (0, 2): 0.97}
    out = cluster(4, *edges(pairs), merge=0.9, coherence=0.5, fill=lambda a, b: np.full(len(a), 0.95))
    assert groups(out.labels) == [[0, 1, 2, 3]]
    assert out.filled_pairs == 2  # (0, 3) and (1, 3)


def test_cannot_link_is_never_violated():
    pairs = strong_clique([0, 1, 2, 3])
    out = cluster(4, *edges(pairs), merge=0.9, coherence=0.5, cannot=[(0, 3)])
    labels = out.labels
    assert labels[0] != labels[3]
    assert sorted(len(g) for g in groups(labels)) in ([1, 3], [2, 2])


def test_must_link_always_holds():
    out = cluster(3, *edges({(0, 1): 0.01}), merge=0.9, coherence=0.5, must=[(0, 2, 7)])
    assert out.labels[0] == out.labels[2] != out.labels[1]


def test_must_link_contradicting_cannot_link_is_reported_not_applied():
    out = cluster(3, *edges({(0, 1): 0.01}), merge=0.9, coherence=0.5,
                  must=[(0, 1, 1), (1, 2, 2)], cannot=[(0, 2)])
    assert out.labels[0] != out.labels[2]
    assert out.conflicts == [2]
