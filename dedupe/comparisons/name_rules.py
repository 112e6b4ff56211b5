"""The finer rules of the name comparison, one function each: names across scripts, a name made of a place
(a landmark read as a name), a listing named by its host, kinds that cannot be one facility, alternative names.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz

from dedupe.comparisons.place import column_sharing
from dedupe.features import FeatureTable
from dedupe.names import NameForms, analyse_name, cross_script_score
from dedupe.sharing import SHARED, pair_sharing


def contains(a: str, b: str, fa: NameForms, fb: NameForms) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    f_short = fa if short is a else fb
    if len(short) < 3 or short == long_ or f_short.generic_only:  # 2 syllables (`가온`, `상상`) name many
        return False
    if f_short.regions and not f_short.distinct:  # a bare region ("대구") inside another name says nothing
        return False
    return short in long_


def parts_inside(fa: NameForms, fb: NameForms) -> bool:
    """Whether every distinctive part of a name printed with a bracketed name (:attr:`NameForms.parts`) is in
    the other's name (`상상공작소(와부도서관)` / `남양주 와부도서관 상상공작소`), the regions agreeing."""
    if not fa.parts or fb.generic_only:
        return False
    if fa.places and fb.places and not set(fa.places) & set(fb.places):
        return False
    text = fb.distinct or fb.residue
    return all(p in text for p in fa.parts)


def named_after_landmark(ft: FeatureTable, li: np.ndarray, ri: np.ndarray, vague: np.ndarray) -> np.ndarray:
    """For pairs where a name is vague (generic words, or a region and generic words): whether a landmark of its
    address, read as a name, is the other's name less its programme words (`국립과천과학관` / `과천과학관
    무한상상실`; `창원과학체험관` / `창원과학체험관 무한상상실`)."""
    form, marks = ft.codes["form"], ft.codes["landmarks"]
    mark_values = ft.values("landmarks")
    lex = ft.lexicon
    read: dict[str, NameForms] = ft.cached("landmark_names", dict)
    out = np.zeros(len(li), dtype=bool)
    for k, (a, b) in enumerate(zip(li.tolist(), ri.tolist(), strict=True)):
        for g, o in ((a, b), (b, a)):
            if not vague[form[g]] or marks[g] < 0 or out[k]:
                continue
            other = ft.forms[int(form[o])]
            for m in mark_values[marks[g]]:
                if len(m) < 4:
                    continue
                if m not in read:
                    read[m] = analyse_name(m, lex)
                out[k] |= names_place(read[m], other)
    return out


def names_place(place: NameForms, name: NameForms) -> bool:
    """Whether a facility's name is a place's name with programme words added (see above)."""
    if not place.residue or place.generic_only:
        return False
    if name.key.startswith(place.key) or name.residue == place.residue:
        return True
    if place.regions and not place.distinct and name.regions == place.regions and not name.distinct:
        kinds_place = set(place.residue.rsplit("|", 1)[-1].split(",")) - {""}
        kinds_name = set(name.residue.rsplit("|", 1)[-1].split(","))
        return bool(kinds_place) and kinds_place <= kinds_name
    return False


def host_named(ft: FeatureTable, li: np.ndarray, ri: np.ndarray, decided: np.ndarray) -> np.ndarray:
    """Pairs where one listing is named by its host (`세종시립도서관`, `중구교육문화회관`) while its site files it as
    a maker space — the space at that host — and the other is at that host: its name or its printed address
    holds the host's name (`중구교육문화회관 무한상상실`; `… 갈매로 37 세종시립도서관 4층`)."""
    out = np.zeros(len(li), dtype=bool)
    if not ft.host_kinds:
        return out
    name_kind, kind = ft.codes["name_kind"], ft.codes["kind"]
    kinds = ft.values("name_kind").tolist()
    host = np.fromiter((k in ft.host_kinds for k in kinds), dtype=bool, count=len(kinds))
    named = np.zeros(len(ft), dtype=bool)
    known = name_kind >= 0
    named[known] = host[name_kind[known]] & (kind[known] >= 0)
    kind_values = ft.values("kind")
    named[named] = [kind_values[k] not in ft.host_kinds for k in kind[named].tolist()]
    rows = np.flatnonzero((named[li] | named[ri]) & ~decided)
    if not len(rows):
        return out
    form, texts = ft.codes["form"], ft.codes["address_text"]
    text_values = ft.values("address_text")
    # at a building other facilities share too, the host's name says which building, not which of its spaces
    road_no = ft.codes["road_no"]
    crowded = pair_sharing(column_sharing(ft, "road_no"), [road_no], li[rows], ri[rows]) == SHARED
    for k, busy in zip(rows.tolist(), crowded.tolist(), strict=True):
        for a, b in ((li[k], ri[k]), (ri[k], li[k])):
            if not named[a]:
                continue
            host_key = ft.forms[int(form[a])].key
            other = ft.forms[int(form[b])].key
            where = text_values[texts[b]] if texts[b] >= 0 and not busy else ""
            if len(host_key) >= 4 and (host_key in other or host_key in where):
                out[k] = True
    return out


def incompatible_kinds(ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Pairs whose kind families are both known, different and not one facility's (see the kind comparison)."""
    codes = ft.codes["kind"]
    a, b = codes[li], codes[ri]
    out = (a >= 0) & (b >= 0) & (a != b)
    rows = np.flatnonzero(out)
    if len(rows) and ft.compatible_kinds:
        values = ft.values("kind").tolist()
        ok = {(i, j) for i, x in enumerate(values) for j, y in enumerate(values)
              if frozenset((x, y)) in ft.compatible_kinds}
        out[rows] = [(x, y) not in ok for x, y in zip(a[rows].tolist(), b[rows].tolist(), strict=True)]
    return out


def variants_look(fa: NameForms, fb: NameForms, t_cross: float) -> tuple[bool, bool, float, bool]:
    """(exact via alternative names, contained, best similarity over name variants, cross-script match)."""
    va, vb = fa.variants, fb.variants
    # one listing's name against the other's names: two other names alike (`… - Lake and Pulaski` /
    # `… (LAKE & PULASKI)`) are places or operators the two share, not the name of one facility
    pairs = [(x, y) for x in va for y in vb if x == fa.residue or y == fb.residue]
    exact = any(x == y for x, y in pairs)
    best = 0.0
    contained = False
    for x, y in pairs:
        best = max(best, fuzz.ratio(x, y) / 100)
        contained = contained or contains(x, y, fa, fb)
    cross = False
    if fa.latin_script != fb.latin_script and not (fa.generic_only or fb.generic_only):
        cross = cross_script_score(fa, fb) >= t_cross
    return exact, contained, best, cross
