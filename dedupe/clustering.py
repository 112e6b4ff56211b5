"""Clustering scored pairs into entities, honouring steward constraints and cluster coherence.

1. Connected groups over strong edges (probability ≥ merge) and must-links.
2. Groups of two, and groups where every pair is strong, are entities at once (unless a cannot-link splits them).
3. Other groups are re-clustered by constrained average linkage: two clusters join only if some pair between
   them is strong *and* the mean probability over all their cross pairs reaches ``coherence`` (pairs never
   scored count as 0, so small groups first get every missing pair scored). A chain of weak links therefore
   cannot glue two strong clusters together. Must-link groups start pre-joined; clusters with a cannot-link
   between them never join.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

EDGE_FLOOR = 0.01
"""Edges below this probability are left out of the linkage sums (they add nothing)."""


def connected_components(n: int, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Component label (smallest member index) of every node, for undirected edges (li[k], ri[k])."""
    parent = np.arange(n, dtype=np.int64)
    if len(li) == 0:
        return parent
    while True:
        pl, pr = parent[li], parent[ri]
        lo = np.minimum(pl, pr)
        before = parent.copy()
        np.minimum.at(parent, pl, lo)
        np.minimum.at(parent, pr, lo)
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
        if np.array_equal(before, parent):
            return parent


@dataclass
class ClusterOutcome:
    """Cluster label per record plus what the guards did."""

    labels: np.ndarray
    held_apart: list[tuple[int, int]] = field(default_factory=list)
    """Strong pairs (≥ merge) left in different clusters by the coherence guard (not by a cannot-link)."""
    conflicts: list[int] = field(default_factory=list)
    """Ids of must-link decisions not applied because they contradict a cannot-link."""
    filled_pairs: int = 0


class _UnionFind:
    def __init__(self, nodes: list[int]) -> None:
        self.parent = {v: v for v in nodes}

    def find(self, v: int) -> int:
        root = v
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[v] != root:
            self.parent[v], v = root, self.parent[v]
        return root


def _link_group(
    nodes: list[int],
    edges: dict[tuple[int, int], float],
    must: list[tuple[int, int, int]],
    cannot: set[tuple[int, int]],
    merge: float,
    coherence: float,
    conflicts: list[int],
) -> dict[int, int]:
    """Constrained average linkage inside one group; returns node → cluster root."""
    uf = _UnionFind(nodes)
    members = {v: [v] for v in nodes}
    cannot_of: dict[int, set[int]] = {v: set() for v in nodes}
    for a, b in cannot:
        cannot_of[a].add(b)
        cannot_of[b].add(a)
    # must-links first, in decision order, unless the two groups hold a cannot-linked pair
    for a, b, did in must:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        if any(uf.find(x) == rb for m in members[ra] for x in cannot_of[m]):
            conflicts.append(did)
            continue
        uf.parent[rb] = ra
        members[ra] += members.pop(rb)
    # cluster-level sums and maxima of the known edges
    # (one [sum, max] list per cluster pair, shared by both directions)
    nbr: dict[int, dict[int, list[float]]] = {uf.find(v): {} for v in nodes}
    find = uf.find if must else None
    for (a, b), p in edges.items():
        if p < EDGE_FLOOR:
            continue
        if find is not None:
            a, b = find(a), find(b)  # noqa: PLW2901 - to the must-link roots
            if a == b:
                continue
        st = nbr[a].get(b)
        if st is None:
            nbr[a][b] = nbr[b][a] = [p, p]
        else:
            st[0] += p
            st[1] = max(st[1], p)
    blocked = {r: {uf.find(x) for m in members[r] for x in cannot_of[m]} for r in nbr}
    heap: list[tuple[float, int, int]] = []
    for a, row in nbr.items():
        for b, (s, mx) in row.items():
            if a < b and mx >= merge:
                heap.append((-s / (len(members[a]) * len(members[b])), a, b))
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if -neg < coherence:
            break
        if a not in nbr or b not in nbr or b not in nbr[a]:
            continue
        s, mx = nbr[a][b]
        if abs(s / (len(members[a]) * len(members[b])) + neg) > 1e-12 or b in blocked[a]:
            continue
        # join b into a
        uf.parent[b] = a
        members[a] += members.pop(b)
        blocked[a] |= blocked.pop(b)
        for x in blocked[a]:
            if x in blocked and b in blocked[x]:
                blocked[x].discard(b)
                blocked[x].add(a)
        row_b = nbr.pop(b)
        del nbr[a][b]
        for x, (sx, mxx) in row_b.items():
            if x == a:
                continue
            st = nbr[a].setdefault(x, [0.0, 0.0])
            st[0] += sx
            st[1] = max(st[1], mxx)
            del nbr[x][b]
            nbr[x][a] = st
        for x, (sx, mxx) in nbr[a].items():
            if mxx >= merge and x not in blocked[a]:
                lo, hi = (a, x) if a < x else (x, a)
                heapq.heappush(heap, (-sx / (len(members[a]) * len(members[x])), lo, hi))
    return {v: uf.find(v) for v in nodes}


def cluster(
    n: int,
    li: np.ndarray,
    ri: np.ndarray,
    prob: np.ndarray,
    *,
    merge: float,
    coherence: float,
    must: list[tuple[int, int, int]] = (),  # type: ignore[assignment]
    cannot: list[tuple[int, int]] = (),  # type: ignore[assignment]
    fill: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
    fill_limit: int = 60,
) -> ClusterOutcome:
    """Cluster n records given scored pairs; ``fill`` scores extra pairs (li, ri) → probabilities on demand."""
    strong = prob >= merge
    must_arr = np.asarray([(a, b) for a, b, _ in must], dtype=np.int64).reshape(-1, 2)
    gl = np.concatenate([li[strong], must_arr[:, 0]])
    gr = np.concatenate([ri[strong], must_arr[:, 1]])
    comp = connected_components(n, gl, gr)
    sizes = np.bincount(comp, minlength=n)
    labels = comp.copy()
    outcome = ClusterOutcome(labels=labels)
    # groups needing a closer look: ≥ 3 members that are not all strongly linked, or touched by a constraint
    strong_count = np.bincount(comp[li[strong]], minlength=n)
    full = strong_count == sizes * (sizes - 1) // 2
    special = np.zeros(n, dtype=bool)
    special[(sizes >= 3) & ~full] = True
    cannot_arr = np.asarray(cannot, dtype=np.int64).reshape(-1, 2)
    special[comp[cannot_arr[:, 0]][comp[cannot_arr[:, 0]] == comp[cannot_arr[:, 1]]]] = True
    special[comp[must_arr[:, 0]]] = True
    special_roots = np.flatnonzero(special & (sizes >= 2))
    if len(special_roots) == 0:
        return outcome
    in_special = special[comp]
    order = np.argsort(comp, kind="stable")
    members_sorted = order[in_special[order]]  # by group, ascending index inside a group
    gcomp = comp[members_sorted]
    starts = np.flatnonzero(np.r_[True, gcomp[1:] != gcomp[:-1]]) if len(gcomp) else np.zeros(0, dtype=np.int64)
    ends = np.r_[starts[1:], len(gcomp)]
    # the known edges inside each special group (candidate pairs are sorted and left < right)
    emask = in_special[li] & (comp[li] == comp[ri])
    el, er, ep = li[emask], ri[emask], prob[emask]
    if fill is not None:
        fl, fr = _missing_pairs(n, members_sorted, starts, ends, el, er, fill_limit)
        if len(fl):
            el, er = np.concatenate([el, fl]), np.concatenate([er, fr])
            ep = np.concatenate([ep, fill(fl, fr)])
            outcome.filled_pairs = len(fl)
    eorder = np.argsort(comp[el], kind="stable")  # by group; known edges first, then the filled ones
    el, er, ep = el[eorder], er[eorder], ep[eorder]
    ecomp = comp[el]
    must_by: dict[int, list[tuple[int, int, int]]] = {}
    for a, b, did in must:
        must_by.setdefault(int(comp[a]), []).append((a, b, did))
    cannot_by: dict[int, set[tuple[int, int]]] = {}
    for a, b in cannot_arr.tolist():
        if comp[a] == comp[b]:
            cannot_by.setdefault(int(comp[a]), set()).add((a, b))
    roots = gcomp[starts].tolist()
    e_starts = np.searchsorted(ecomp, gcomp[starts]).tolist()
    e_ends = np.searchsorted(ecomp, gcomp[starts], side="right").tolist()
    el_list, er_list, ep_list = el.tolist(), er.tolist(), ep.tolist()
    for root, s, e, es, ee in zip(roots, starts.tolist(), ends.tolist(), e_starts, e_ends, strict=True):
        nodes = members_sorted[s:e].tolist()
        edges = dict(zip(zip(el_list[es:ee], er_list[es:ee], strict=True), ep_list[es:ee], strict=True))
        assign = _link_group(nodes, edges, must_by.get(root, []), cannot_by.get(root, set()),
                             merge, coherence, outcome.conflicts)
        labels[nodes] = [assign[v] for v in nodes]
    # strong pairs the guards left apart (cannot-linked pairs are the steward's doing, not coherence)
    held = np.flatnonzero((ep >= merge) & (labels[el] != labels[er]))
    cannot_all = {(a, b) for pairs in cannot_by.values() for a, b in pairs}
    outcome.held_apart = [(a, b) for a, b in zip(el[held].tolist(), er[held].tolist(), strict=True)
                          if (a, b) not in cannot_all and (b, a) not in cannot_all]
    return outcome


def _missing_pairs(
    n: int, members: np.ndarray, starts: np.ndarray, ends: np.ndarray, el: np.ndarray, er: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (a < b) inside groups of at most ``limit`` members that is not a known edge (el, er)."""
    sizes = ends - starts
    small = np.flatnonzero((sizes >= 2) & (sizes <= limit))
    if len(small) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    parts_l, parts_r = [], []
    triu: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for g in small.tolist():
        size = int(sizes[g])
        if size not in triu:
            triu[size] = np.triu_indices(size, 1)
        i, j = triu[size]
        nodes = members[starts[g]:ends[g]]
        parts_l.append(nodes[i])
        parts_r.append(nodes[j])
    fl, fr = np.concatenate(parts_l), np.concatenate(parts_r)
    known = np.sort(np.minimum(el, er) * n + np.maximum(el, er))
    wanted = fl * n + fr
    pos = np.clip(np.searchsorted(known, wanted), 0, max(len(known) - 1, 0))
    missing = known[pos] != wanted if len(known) else np.ones(len(wanted), dtype=bool)
    return fl[missing], fr[missing]
