"""Names: the distinctive residue of each name (:mod:`dedupe.names`), compared with rapidfuzz, with the
alternative names a listing prints, across scripts, and with region words that tell centres apart.

Levels, best first (the first that applies):

- ``region_conflict`` — both names carry a region and they differ, the rest agreeing (경남 / 경북
  창조경제혁신센터, 팹랩 서울 / 팹랩 부산): different facilities (checked first);
- ``branch_conflict`` — two branches of one chain (`… 중앙점` / `… 죽전점`): different facilities;
- ``room_conflict`` — two rooms of one library, or a room and the library, that the public-data files list as rows
  of their own (`…(영 유아)` / `…(디지털자료실)` / `…`): different listings, though address, number and page are
  the library's (its weight outweighs all three);
- ``other_kind`` — names that agree on kinds that cannot be one facility's (`범어도서관` / `범어도서관
  메이커스페이스`): the shared part names the host;
- ``exact_unique`` — the same name of a region and a kind with one facility per region (경남창조경제혁신센터);
- ``exact`` — a residue (or alternative name) in common; weighted by how many records carry that residue
  (term frequency: `무한상상실` alone, or `중앙` of many 중앙도서관, says little);
- ``exact_region_kind`` — the same name of a region and a kind only (`사하구 평생학습관`): weaker, since one
  region can hold several of that kind (not for kinds with one facility per region, ``names.unique_kinds``:
  there is one 경남창조경제혁신센터);
- ``similar>=t0``, ``similar>=t1`` — residue similarity (ratio) at the thresholds;
- ``contained`` — one residue inside the other (`강릉제작소` / `강릉과학산업진흥원 강릉제작소`);
- ``similar>=t2``;
- ``cross_script`` — one name in Latin letters, the other in Hangul, Latin keys similar at ``t3``;
- ``generic`` — a name that is only generic words (`메이커스랩`, `무한상상실`): it tells nothing either way;
- ``else``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import numpy as np
from rapidfuzz import fuzz

from dedupe.columns import codes_of, encode, values_of
from dedupe.comparisons.base import Comparison, tf_bits
from dedupe.comparisons.name_rules import (
    host_named,
    incompatible_kinds,
    named_after_landmark,
    parts_inside,
)
from dedupe.comparisons.place import column_sharing
from dedupe.features import FeatureTable
from dedupe.names import UNIVERSITY, NameForms, cross_script_score
from dedupe.sharing import branch_number, branches_conflict
from dedupe.similarity import code_similarity


def _region_conflict(fa: NameForms, fb: NameForms) -> bool:
    ra, rb = set(fa.places), set(fb.places)
    if not ra or not rb or ra & rb:  # 은평 lies in 서울: no conflict
        return False
    if fa.distinct == fb.distinct:
        return True
    return bool(fa.distinct and fb.distinct and fuzz.ratio(fa.distinct, fb.distinct) >= 80)


class NameComparison(Comparison):
    """Names (see the module docstring)."""

    type_name: ClassVar[str] = "name"
    threshold_count: ClassVar[int | None] = 4
    family: ClassVar[str] = "name"
    columns: ClassVar[tuple[str, ...]] = ("form", "residue", "latin")

    @property
    def labels(self) -> list[str]:
        t = self.thresholds
        return ["region_conflict", "branch_conflict", "room_conflict", "other_kind", "exact_unique", "exact",
                "exact_region_kind", f"similar>={t[0]}",
                f"similar>={t[1]}", "contained", f"similar>={t[2]}", "cross_script", "generic", "else"]

    def prepare(self, ft: FeatureTable) -> None:
        super().prepare(ft)
        _form_arrays(ft)
        column_sharing(ft, "road_no")  # the host-named rule's crowded buildings

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        t0, t1, t2, t3 = self.thresholds
        per_form = _form_arrays(ft)
        form = ft.codes["form"]
        fa, fb = form[li], form[ri]
        res = ft.codes["residue"]
        ra, rb = res[li], res[ri]
        null = (ra < 0) | (rb < 0)
        out = np.full(len(li), len(self.labels), dtype=np.int8)
        sim = np.zeros(len(li), dtype=np.float32)
        rows = np.flatnonzero(~null)
        residues = ft.values("residue")
        if len(rows):
            sim[rows] = code_similarity(residues, ra[rows], rb[rows], fuzz.ratio, cutoff=min(t0, t1, t2))
        # the whole keys too: a slip in a generic word (`메이스커페이스`) leaves a residue that looks like another
        # name, while the keys still agree; only short residues that differ (`판교` / `대구` of two ICT
        # 디바이스랩) decide on their own, since there the shared generic words inflate the keys' similarity
        keys = ft.codes["name_key"]
        if len(rows):
            ksim = code_similarity(ft.values("name_key"), keys[li[rows]], keys[ri[rows]], fuzz.ratio,
                                   cutoff=min(t0, t1, t2))
            length = _form_arrays(ft)["length"]
            longer = np.maximum(length[form[li[rows]]], length[form[ri[rows]]])
            pure = _form_arrays(ft)["pure_region"]
            either_pure = pure[form[li[rows]]] | pure[form[ri[rows]]]
            # a name that is only its region and kinds is compared as such (the rules below), not as a string
            sim[rows[either_pure]] = 0.0
            decided = either_pure | ((longer <= 4) & (sim[rows] < 0.5))
            sim[rows] = np.where(decided, sim[rows], np.maximum(sim[rows], ksim))
        # names in Latin letters: their words, whatever their order and whatever else a site adds
        latin_both = per_form["latin_script"][form[li]] & per_form["latin_script"][form[ri]] & ~null
        lrows = np.flatnonzero(latin_both)
        if len(lrows):
            words = per_form["words"]
            tsim = code_similarity(per_form["words_values"], words[form[li[lrows]]], words[form[ri[lrows]]],
                                   fuzz.token_set_ratio, cutoff=t1)
            tsim[(words[form[li[lrows]]] < 0) | (words[form[ri[lrows]]] < 0)] = 0
            sim[lrows] = np.maximum(sim[lrows], tsim)
        exact = (ra == rb) & ~null
        # containment: a clearly shorter residue inside the longer one (partial_ratio 100 = a substring)
        length = per_form["length"]
        la, lb = length[fa], length[fb]
        short, long_ = np.minimum(la, lb), np.maximum(la, lb)
        can_contain = per_form["can_contain"]
        shorter_ok = np.where(la <= lb, can_contain[fa], can_contain[fb])
        cand = np.flatnonzero(~null & ~exact & (sim < t0) & (short >= 3) & (short < long_) & shorter_ok)
        contained = np.zeros(len(li), dtype=bool)
        kind = ft.codes["kind"]
        if len(cand):
            ps = code_similarity(residues, ra[cand], rb[cand], fuzz.partial_ratio, cutoff=0.999)
            contained[cand[ps >= 0.999]] = True
        # a name that is the other's last word (`폴짝센터` / `이노디어스 폴짝센터`), however short its residue
        fkey, tail = per_form["key"], per_form["tail"]
        contained |= ~null & ~exact & (
            ((tail[fb] >= 0) & (tail[fb] == fkey[fa]) & can_contain[fa])
            | ((tail[fa] >= 0) & (tail[fa] == fkey[fb]) & can_contain[fb]))
        # a bare university (`한국교통대학교 무한상상실` → 한국교통대) inside another name says the campus, which
        # holds many facilities: the same facility only when the kinds are the same too
        uni = np.where(la <= lb, per_form["university"][fa], per_form["university"][fb])
        contained &= ~(uni & ((kind[li] != kind[ri]) | (kind[li] < 0)))
        # region conflict: both names carry regions, none in common, the rest agreeing
        region = per_form["region"]
        ga, gb = region[fa], region[fb]
        both = (ga >= 0) & (gb >= 0) & (ga != gb) & ~null
        conflict = np.zeros(len(li), dtype=bool)
        crow = np.flatnonzero(both)
        if len(crow):
            distinct = per_form["distinct"]
            da, db = distinct[fa[crow]], distinct[fb[crow]]
            dsim = np.ones(len(crow), dtype=np.float32)
            diff = np.flatnonzero(da != db)
            if len(diff):
                dsim[diff] = code_similarity(per_form["distinct_values"], da[diff], db[diff], fuzz.ratio)
                dsim[diff[(da[diff] < 0) | (db[diff] < 0)]] = 0.0
            overlap = per_form["multi_region"][fa[crow]] | per_form["multi_region"][fb[crow]]
            ok = dsim >= 0.8
            conflict[crow[ok & ~overlap]] = True
            for k in crow[ok & overlap].tolist():
                conflict[k] = _region_conflict(ft.forms[int(fa[k])], ft.forms[int(fb[k])])
        # alternative names: one listing's name against the other's other names, vectorised over distinct code
        # pairs (two *other* names alike are a place or an operator two listings share: never compared)
        alt_exact, alt_sim, alt_contained = _alternatives(per_form, fa, fb, ~null, min(t0, t1, t2))
        exact |= alt_exact
        sim = np.maximum(sim, alt_sim)
        contained |= alt_contained
        # different scripts: per distinct pair of names, in Python (few: an English listing beside Hangul ones)
        latin_script = per_form["latin_script"]
        cross = _per_name_pair(ft, fa, fb, ~null & (latin_script[fa] != latin_script[fb]), lambda f_a, f_b: (
            not (f_a.generic_only or f_b.generic_only) and cross_script_score(f_a, f_b) >= t3))
        contained |= host_named(ft, li, ri, exact | (sim >= t1))
        # one listing named by the other's operator and generic words only (`충북대학교 메이커스페이스 전문랩` /
        # `충북Pro메이커센터`, run by 충북대학교), the kinds the same: that operator's facility of that kind
        op = per_form["operator"]
        contained |= ~null & (kind[li] == kind[ri]) & (kind[li] >= 0) & (
            ((op[fa] >= 0) & (op[fa] == rb)) | ((op[fb] >= 0) & (op[fb] == ra)))
        # a name printed with a bracketed one, the other printing both as one name (`상상공작소(와부도서관)` /
        # `남양주 와부도서관 상상공작소`): per distinct pair of names, in Python (few names carry brackets)
        has_parts = per_form["has_parts"]
        contained |= _per_name_pair(ft, fa, fb, ~null & ~exact & ~contained & (sim < t1)
                                    & (has_parts[fa] | has_parts[fb]),
                                    lambda f_a, f_b: parts_inside(f_a, f_b) or parts_inside(f_b, f_a))
        generic_only, pure = per_form["generic_only"], per_form["pure_region"]
        t_labels = self.labels
        level = {label: self.level_of(label) for label in t_labels}
        sim_high, sim_mid, sim_low = (level[f"similar>={t}"] for t in (t0, t1, t2))
        # a name that is only a region and generic words beside a specific name of that region and kind
        # (`경기 거점 무한상상실` / `경기테크노파크 무한상상실`): it may name that one, it names no other
        region_code = per_form["region"]
        one_pure = (pure[fa] != pure[fb]) & (region_code[fa] >= 0) & (region_code[fb] >= 0)
        rows_pure = np.flatnonzero(one_pure & (region_code[fa] != region_code[fb]))
        for k in rows_pure.tolist():  # `경남 거점 무한상상실` / `창원과학체험관 무한상상실`: 창원 lies in 경남
            one_pure[k] = bool(set(ft.forms[int(fa[k])].places) & set(ft.forms[int(fb[k])].places))
        out[one_pure & (out == level["else"])] = level["generic"]
        out[cross] = level["cross_script"]
        # a weak likeness of the strings themselves says less than two scripts read alike (`조선대` / `chosun대`)
        out[(sim >= t2) & ~cross] = sim_low
        out[contained] = level["contained"]
        out[sim >= t1] = sim_mid
        out[sim >= t0] = sim_high
        # one name of a region and a kind (`사하구 평생학습관`, `ICT 디바이스랩 대구`) is weaker identity than one
        # of its own: a region can hold several of that kind
        unique = per_form["unique_kind"]
        region_kind = exact & pure[fa] & pure[fb]
        out[exact & ~region_kind] = level["exact"]
        out[region_kind & ~unique[fa]] = level["exact_region_kind"]
        # a kind with one facility per region (경남창조경제혁신센터): its name is its identity, wherever a listing
        # puts it (the centres have moved; news still prints the first address)
        out[region_kind & unique[fa]] = level["exact_unique"]
        # both only a region and generic words, the same region, one of them naming no kind (`서울센터` /
        # `서울창조경제혁신센터`)
        both_pure = pure[fa] & pure[fb] & ~exact & (region_code[fa] == region_code[fb]) & (region_code[fa] >= 0)
        kinds_known = per_form["kind_known"]
        incompatible = incompatible_kinds(ft, li, ri)
        # … or naming kinds one facility is listed under (`수성구립도서관 무한상상실` / `수성구립도서관
        # 메이커스페이스`: one room, two programmes)
        host_rows = np.flatnonzero(both_pure & (kinds_known[fa] == kinds_known[fb]) & ~incompatible)
        shared_host = np.zeros(len(li), dtype=bool)
        for k in host_rows.tolist():  # the kind sets share the host (도서관) besides the programme
            ka = set(ft.forms[int(fa[k])].residue.rsplit("|", 1)[-1].split(","))
            kb = set(ft.forms[int(fb[k])].residue.rsplit("|", 1)[-1].split(","))
            shared_host[k] = bool((ka & kb) - {""}) and ka != kb
        out[both_pure & ((kinds_known[fa] != kinds_known[fb]) | shared_host)] = sim_mid
        # names that agree, kinds that cannot be one facility's (a library and the maker space inside it, a
        # centre and the lab it runs): the shared part of the name is the host, not the facility
        agreeing = (out >= level["exact_unique"]) & (out <= sim_low)
        out[incompatible & agreeing] = level["other_kind"]
        # a name made only of generic words (`메이커스랩`, `무한상상실`) names no one facility, whatever the other says
        # — unless its bracket names it, as the other does (`메이커스페이스 (분당정자청소년수련관)`)
        out[(generic_only[fa] | generic_only[fb]) & (out >= level["other_kind"]) & ~alt_exact] = level["generic"]
        # … unless it says where, and the other is named after that place (`무한상상실 제1호점`, at 국립과천과학관 /
        # `국립과천과학관 무한상상실`; `경남 거점 무한상상실`, at 창원과학체험관 / `창원과학체험관 무한상상실`)
        vague = np.flatnonzero((generic_only[fa] | pure[fa] | generic_only[fb] | pure[fb]) & ~incompatible
                               & ((out == level["generic"]) | (out == level["else"])))
        if len(vague) and ft.lexicon is not None:
            out[vague[named_after_landmark(ft, li[vague], ri[vague], generic_only | pure)]] = level["contained"]
        branch = per_form["branch"]
        two = np.flatnonzero((branch[fa] >= 0) & (branch[fb] >= 0) & (branch[fa] != branch[fb]) & ~null)
        if len(two):
            names = per_form["branch_values"]
            clash = {(a, b): branches_conflict(names[a], names[b])
                     for a, b in set(zip(branch[fa[two]].tolist(), branch[fb[two]].tolist(), strict=True))}
            hit = np.fromiter((clash[(a, b)] for a, b in zip(branch[fa[two]].tolist(), branch[fb[two]].tolist(),
                                                              strict=True)), dtype=bool, count=len(two))
            out[two[hit]] = level["branch_conflict"]
        # `… 2호점` beside the same name with no number: the un-numbered one is the first (본점), another place
        numbered = np.fromiter((branch_number(v) >= 2 for v in per_form["branch_values"]), dtype=bool,
                               count=len(per_form["branch_values"]))
        num = np.zeros(len(ft.forms), dtype=bool)
        num[branch >= 0] = numbered[branch[branch >= 0]]
        num &= ~per_form["latin_script"]  # the 호점 habit; `… II` in English often is the same centre's annex
        lone = ((num[fa] & (branch[fb] < 0)) | (num[fb] & (branch[fa] < 0))) & ~null
        out[lone & (out >= level["exact_unique"]) & (out <= sim_low)] = level["branch_conflict"]
        # two rooms of one library, or a room and the library (`…(영 유아)` / `…(디지털자료실)` / `…`), that the
        # public-data files list as rows of their own: different listings, as two branches are
        room = per_form["room"]
        rooms_apart = (room[fa] != room[fb]) & ~null
        out[rooms_apart & (out >= level["exact_unique"]) & (out <= sim_low)] = level["room_conflict"]
        out[conflict] = level["region_conflict"]
        out[null] = 0
        return out

    def adjustments(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray, levels: np.ndarray) -> np.ndarray | None:
        if not self.options.get("term_frequency", True):
            return None
        rows = np.flatnonzero((levels == self.level_of("exact")) | (levels == self.level_of("exact_region_kind")))
        res = ft.codes["residue"]
        rows = rows[res[li[rows]] == res[ri[rows]]]
        out = np.zeros(len(li), dtype=np.float32)
        if len(rows):
            counts = ft.counts("residue")[res[li[rows]]]
            u_exact = np.where(levels[rows] == self.level_of("exact"), self.u[self.level_of("exact") - 1],
                               self.u[self.level_of("exact_region_kind") - 1])
            out[rows] = tf_bits(u_exact, counts, len(ft))
        return out


def _per_name_pair(ft: FeatureTable, fa: np.ndarray, fb: np.ndarray, mask: np.ndarray,
                   verdict: Callable[[NameForms, NameForms], bool]) -> np.ndarray:
    """``verdict`` (symmetric) of the pairs where ``mask`` holds, in Python once per distinct pair of name forms
    (the rules that need it — names across scripts, bracketed parts — concern few names)."""
    out = np.zeros(len(fa), dtype=bool)
    done: dict[tuple[int, int], bool] = {}
    for k in np.flatnonzero(mask).tolist():
        ca, cb = int(fa[k]), int(fb[k])
        key = (ca, cb) if ca <= cb else (cb, ca)
        found = done.get(key)
        if found is None:
            found = done[key] = verdict(ft.forms[ca], ft.forms[cb])
        out[k] = found
    return out


def _alternatives(per_form: dict[str, np.ndarray], fa: np.ndarray, fb: np.ndarray, ok: np.ndarray,
                  cutoff: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(equal, similarity, contained) of each pair's name against the other's alternative names (both ways):
    equal codes, ``fuzz.ratio`` once per distinct code pair, and the own name found inside the other's
    alternative (`DID기술융합공작소` in `DID기술융합공작소 (대전전문랩)`'s bracket) when it can stand alone."""
    n = len(fa)
    exact, contained = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    sim = np.zeros(n, dtype=np.float32)
    variant, values = per_form["variant"], per_form["variant_values"]
    length, can_contain = per_form["length"], per_form["can_contain"]
    for own, other in ((fa, fb), (fb, fa)):
        for slot in (1, 2):
            x, y = variant[own, 0], variant[other, slot]
            rows = np.flatnonzero(ok & (x >= 0) & (y >= 0))
            if not len(rows):
                continue
            xs, ys = x[rows], y[rows]
            exact[rows[xs == ys]] = True
            sim[rows] = np.maximum(sim[rows], code_similarity(values, xs, ys, fuzz.ratio, cutoff=cutoff))
            lx = length[own[rows]]
            ly = np.fromiter((len(values[c]) for c in ys.tolist()), dtype=np.int32, count=len(rows))
            can = np.flatnonzero(can_contain[own[rows]] & (lx >= 3) & (lx < ly))
            if len(can):
                inside = code_similarity(values, xs[can], ys[can], fuzz.partial_ratio, cutoff=0.999,
                                         symmetric=False) >= 0.999
                contained[rows[can[inside]]] = True
    return exact, sim, contained


def _form_arrays(ft: FeatureTable) -> dict[str, np.ndarray]:
    """Per distinct name form: the flags and codes the vectorised comparison needs (kept with the table)."""
    def build() -> dict[str, np.ndarray]:
        forms = ft.forms
        n = len(forms)
        region_keys = ["|".join(f.places) for f in forms]
        region_codes = codes_of(encode(region_keys))
        distinct_col = encode([f.distinct for f in forms])
        branch_col = encode([f.branch for f in forms])
        words_col = encode([f.words for f in forms])
        # residue and the first two alternative names, one code space: `variant` codes (n, 3), -1 = none
        variant_col = encode([v for f in forms for v in (f.residue, *(f.alts + ("", ""))[:2])])
        variant = codes_of(variant_col).reshape(n, 3) if n else np.zeros((0, 3), dtype=np.int64)
        residue_code = {v: i for i, v in enumerate(ft.values("residue"))}
        key_code: dict[str, int] = {}
        for f in forms:
            key_code.setdefault(f.key, len(key_code))
        return {
            # each form's key, and the key of its last word in the same codes (-1: none, or no form has that key)
            "key": np.fromiter((key_code[f.key] for f in forms), dtype=np.int64, count=n),
            "tail": np.fromiter((key_code.get(f.tail, -1) if f.tail else -1 for f in forms), dtype=np.int64,
                                count=n),
            "variant": variant,
            "variant_values": np.array(values_of(variant_col) or [""], dtype=object),
            "length": np.fromiter((len(f.residue) for f in forms), dtype=np.int32, count=n),
            "can_contain": np.fromiter((not f.generic_only and not (f.regions and not f.distinct) for f in forms),
                                       dtype=bool, count=n),
            "university": np.fromiter((bool(UNIVERSITY.fullmatch(f.residue)) for f in forms), dtype=bool, count=n),
            "pure_region": np.fromiter((bool(f.regions) and not f.distinct and not f.generic_only for f in forms),
                                       dtype=bool, count=n),
            "kind_known": np.fromiter((bool(f.kind) for f in forms), dtype=bool, count=n),
            "unique_kind": np.fromiter((f.kind in ft.unique_kinds for f in forms), dtype=bool, count=n),
            "generic_only": np.fromiter((f.generic_only for f in forms), dtype=bool, count=n),
            "has_alts": np.fromiter((bool(f.alts) for f in forms), dtype=bool, count=n),
            "has_parts": np.fromiter((bool(f.parts) for f in forms), dtype=bool, count=n),
            # the operator's residue in the residue column's codes (-1: none, or no listing has that residue)
            "operator": np.fromiter((residue_code.get(f.operator, -1) if f.operator else -1 for f in forms),
                                    dtype=np.int64, count=n),
            "latin_script": np.fromiter((f.latin_script for f in forms), dtype=bool, count=n),
            "region": region_codes,
            "multi_region": np.fromiter(("|" in k for k in region_keys), dtype=bool, count=n),
            "distinct": codes_of(distinct_col),
            "branch": codes_of(branch_col),
            "room": codes_of(encode([f.room for f in forms])),
            "words": codes_of(words_col),
            "words_values": np.array(values_of(words_col) or [""], dtype=object),
            "branch_values": values_of(branch_col),
            "distinct_values": np.array(values_of(distinct_col) or [""], dtype=object),
        }

    return ft.cached("name_forms", build)
