"""Which shared values are evidence: a phone, homepage or street address that several *different* facilities
print says little about any two of them.

Splink adjusts a match weight by how common the value is (term frequencies). Among facility listings, a value can be
common for two opposite reasons: many listings of one facility (strong evidence), or one value given for several
facilities — a portal's host, a head office's number, a building that houses several facilities (no evidence). So
the records that carry a value are grouped by name (a group = listings whose names agree), and a pair that shares
the value is **exclusive** when both are in the value's only group, **shared** otherwise: a library and the maker
space inside it share the address, and their names say they are two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from dedupe.features import FeatureTable
from dedupe.names import NameForms, cross_script_score
from dedupe.similarity import code_similarity

CROSS_SCRIPT_AGREE = 0.8
"""Names in two scripts alike at least this much (:func:`dedupe.names.cross_script_score`) name one facility."""

FUZZY_GROUP_LIMIT = 60
"""Values carried by more records than this are grouped by exact residue only (quadratic work otherwise)."""


@dataclass(frozen=True)
class Sharing:
    """For one value column (possibly several slots, e.g. two phone numbers per record)."""

    groups: np.ndarray
    """Name groups among the records carrying each value (index = value code)."""
    group_of: tuple[np.ndarray, ...]
    """Per slot, the group (within its value) of each record (-1 where the slot is empty)."""


_ORDINALS = frozenset({"north", "south", "east", "west", "central", "i", "ii", "iii", "iv", "v", "vi", "vii",
                       "viii", "ix", "x"})


def branch_number(branch: str) -> int:
    """The number of a numbered branch (`2호` → 2, `3` → 3), else 0."""
    digits = branch.rstrip("호점관")
    return int(digits) if digits.isdigit() else 0


def branches_conflict(a: str, b: str) -> bool:
    """Two branch names that cannot be one branch (`중앙` / `죽전`, `II` / `III`, `1호` / `2호`; not `신촌` / `신`, a
    slip)."""
    if not a or not b or a == b:
        return False
    na, nb = branch_number(a), branch_number(b)
    if na and nb:  # `1호` / `2호` are one character apart, which the ratio below reads as a slip
        return na != nb
    if a in _ORDINALS or b in _ORDINALS or a.isdigit() or b.isdigit():
        return True
    if a in b or b in a:
        return False
    return fuzz.ratio(a, b) < 50


def _pure_region(f: NameForms) -> bool:
    return bool(f.regions) and not f.distinct and not f.generic_only


def names_agree(a: NameForms, b: NameForms, compatible: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Whether two names plausibly name one facility (for grouping sharers; the comparison proper is finer)."""
    if a.kind and b.kind and a.kind != b.kind and frozenset((a.kind, b.kind)) not in compatible:
        return False
    if branches_conflict(a.branch, b.branch):
        return False
    pairs = a.variant_pairs(b)
    if any(x == y for x, y in pairs):
        return True
    for x, y in pairs:
        if fuzz.ratio(x, y) >= 80:
            return True
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        f_short = a if short is x else b
        if (len(short) >= 2 and short in long_ and short == f_short.residue and not f_short.generic_only
                and not _pure_region(f_short)):
            return True
    if a.key and b.key and fuzz.ratio(a.key, b.key) >= 88:
        return True
    if a.words and b.words and fuzz.token_set_ratio(a.words, b.words) >= 85:
        return True
    if a.latin_script != b.latin_script and not (a.generic_only or b.generic_only):
        # an English listing of a Hangul name (`Gukchaebosang Movement Memorial Library`) is one of its listings,
        # not another facility that shares its number
        return cross_script_score(a, b) >= CROSS_SCRIPT_AGREE
    return False


def agree_pairs(ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """:func:`names_agree` for many pairs of records, vectorised where it can be (most pairs share a residue or
    are plainly similar; the rest are decided one by one)."""
    res, form = ft.codes["residue"], ft.codes["form"]
    ra, rb = res[li], res[ri]
    out = (ra >= 0) & (ra == rb)
    rest = np.flatnonzero(~out & (ra >= 0) & (rb >= 0))
    if len(rest):
        sim = code_similarity(ft.values("residue"), ra[rest], rb[rest], fuzz.ratio, cutoff=0.8)
        out[rest[sim >= 0.8]] = True
    kind = ft.codes["kind"]
    clash = (kind[li] >= 0) & (kind[ri] >= 0) & (kind[li] != kind[ri])
    rows = np.flatnonzero(clash)
    if len(rows) and ft.compatible_kinds:
        values = ft.values("kind").tolist()
        clash[rows] = [frozenset((values[x], values[y])) not in ft.compatible_kinds
                       for x, y in zip(kind[li[rows]].tolist(), kind[ri[rows]].tolist(), strict=True)]
    look = np.flatnonzero(~out | clash)
    forms = ft.forms
    fa, fb = form[li], form[ri]
    for k in look.tolist():
        if clash[k]:
            out[k] = False
        elif ra[k] >= 0 and rb[k] >= 0:
            out[k] = names_agree(forms[int(fa[k])], forms[int(fb[k])], ft.compatible_kinds)
    branch_rows = np.flatnonzero(out)
    for k in branch_rows.tolist():
        a, b = forms[int(fa[k])], forms[int(fb[k])]
        if a.branch and b.branch and branches_conflict(a.branch, b.branch):
            out[k] = False
    return out


def sharing_groups(ft: FeatureTable, slots: Sequence[np.ndarray], sites: np.ndarray | None = None) -> Sharing:
    """Group, for every value of a column, the records that carry it by their names.

    With ``sites`` (a code per record: its street address), a value printed at three or more addresses counts as
    shared by that many less one, whatever the names say: an operator's number or site given for each of its
    centres (`Carole Robertson Center for Learning …` at five addresses). A facility that moved has two.
    """
    n = len(ft)
    forms, form_codes, residue_codes = ft.forms, ft.codes["form"], ft.codes["residue"]
    rec = np.concatenate([np.arange(n, dtype=np.int64)] * len(slots))
    val = np.concatenate(list(slots))
    slot_of = np.concatenate([np.full(n, j, dtype=np.int64) for j in range(len(slots))])
    keep = val >= 0
    rec, val, slot_of = rec[keep], val[keep], slot_of[keep]
    size = int(val.max(initial=-1)) + 1
    counts = np.bincount(val, minlength=size)
    groups = np.ones(size, dtype=np.int64)
    group_of = [np.where(s >= 0, 0, -1).astype(np.int64) for s in slots]
    order = np.lexsort((rec, val))
    v_sorted, r_sorted, s_sorted = val[order], rec[order], slot_of[order]
    starts = np.flatnonzero(np.r_[True, v_sorted[1:] != v_sorted[:-1]]) if len(v_sorted) else np.zeros(0, int)
    ends = np.r_[starts[1:], len(v_sorted)]
    sizes = ends - starts
    # values carried by two records: one vectorised comparison of the two names
    two = starts[sizes == 2]
    if len(two):
        a, b = r_sorted[two], r_sorted[two + 1]
        same = agree_pairs(ft, a, b) | (a == b)
        split = two[~same]
        groups[v_sorted[split]] = 2
        for j in range(len(slots)):
            sel = s_sorted[split + 1] == j
            group_of[j][r_sorted[split + 1][sel]] = 1
    # values carried by three or more: greedy grouping
    for s, e in zip(starts[sizes >= 3].tolist(), ends[sizes >= 3].tolist(), strict=True):
        members = r_sorted[s:e].tolist()
        member_slots = s_sorted[s:e].tolist()
        if e - s > FUZZY_GROUP_LIMIT:
            labels = np.unique(residue_codes[members], return_inverse=True)[1].reshape(-1).tolist()
        else:
            labels, reps = [], []
            for r in members:
                f = forms[form_codes[r]]
                for gi, rep in enumerate(reps):
                    if names_agree(f, rep, ft.compatible_kinds):
                        labels.append(gi)
                        break
                else:
                    labels.append(len(reps))
                    reps.append(f)
        groups[v_sorted[s]] = max(labels) + 1
        for r, slot, lab in zip(members, member_slots, labels, strict=True):
            group_of[slot][r] = lab
    del counts
    if sites is not None and len(v_sorted):
        site = sites[r_sorted]
        known = site >= 0
        pairs = np.unique(np.stack([v_sorted[known], site[known]]), axis=1)
        spread = np.bincount(pairs[0], minlength=size)
        groups = np.maximum(groups, spread - 1)
    return Sharing(groups, tuple(group_of))


EXCLUSIVE, TWO_NAMES, SHARED, NONE = 0, 1, 2, 3
"""How a pair shares a value: both in the value's only name group; the value's two groups are exactly the pair's
(a renamed facility — or two facilities of one building); other names carry it too; no shared value."""


def pair_sharing(sh: Sharing, slots: Sequence[np.ndarray], li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """For pairs (li[k], ri[k]), how they share a value of the column (:data:`EXCLUSIVE` … :data:`NONE`; the
    closest way over all slots)."""
    out = np.full(len(li), NONE, dtype=np.int8)
    for sa, ca in enumerate(slots):
        for sb, cb in enumerate(slots):
            va, vb = ca[li], cb[ri]
            hit = (va >= 0) & (va == vb)
            if not hit.any():
                continue
            rows = np.flatnonzero(hit)
            ga, gb = sh.group_of[sa][li[rows]], sh.group_of[sb][ri[rows]]
            own = np.where(ga == gb, 1, 2)
            groups = sh.groups[va[rows]]
            others = groups - own
            how = np.where(others > 0, SHARED, np.where(own == 1, EXCLUSIVE, TWO_NAMES)).astype(np.int8)
            # one name of a value's two (a renamed library's old listing beside the new ones): for listings of
            # the same name it is still their own value
            how[(own == 1) & (groups == 2)] = EXCLUSIVE
            out[rows] = np.minimum(out[rows], how)
    return out
