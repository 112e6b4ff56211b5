"""Where a facility is: street address (with the building's other facilities and floors), region, postal code and
distance between coordinates."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from rapidfuzz import fuzz

from dedupe.comparisons.base import Comparison, exact_ladder
from dedupe.features import FeatureTable
from dedupe.lexicon import Lexicon
from dedupe.names import UNIVERSITY
from dedupe.romanize import latin_key
from dedupe.sharing import EXCLUSIVE, TWO_NAMES, Sharing, pair_sharing, sharing_groups
from dedupe.similarity import code_similarity, pair_similarity


def column_sharing(ft: FeatureTable, *keys: str, by_site: bool = False) -> Sharing:
    """The name groups of the records that carry each value of one column (or several slots of one value
    space), kept with the table; ``by_site``: a value printed at many street addresses is shared as well."""
    def build() -> Sharing:
        return sharing_groups(ft, [ft.codes[k] for k in keys], ft.codes["road_no"] if by_site else None)

    return ft.cached("sharing:" + "+".join(keys) + (":sites" if by_site else ""), build)


class AddressComparison(Comparison):
    """Road name + building number, with what else the building holds.

    Levels: ``other_floor`` (one building, both floors printed and different: two facilities of one building,
    checked first), ``exact`` (same road and number, no facility of another name there), ``two_names`` (the
    address's only two name groups are the pair's: a renamed facility, or two facilities of one building),
    ``same_floor`` (a building other facilities share, same floor), ``shared`` (a building other facilities share),
    ``similar_road_same_number`` (road names similar at the threshold, or the same road in another script),
    ``same_road_other_number``, ``moved`` (two street addresses, and one homepage page that no facility of another
    name gives: a facility that moved — a library's old address in one year's public data, its new one in the
    next, its own page on the 시군구's or the small-library portal unchanged), ``else``.

    On the read cross-source parts and chicago_ece, a pair with two street addresses and one such page was one
    facility 32 times in 32 (11 of them with a new number too, which ``else`` kept apart).
    """

    type_name: ClassVar[str] = "address"
    threshold_count: ClassVar[int | None] = 1
    family: ClassVar[str] = "location"
    columns: ClassVar[tuple[str, ...]] = ("road", "building_no", "road_no", "road_latin", "floor", "url")

    @property
    def labels(self) -> list[str]:
        return ["other_floor", "exact", "two_names", "same_floor", "shared", "similar_road_same_number",
                "same_road_other_number", "moved", "else"]

    def prepare(self, ft: FeatureTable) -> None:
        super().prepare(ft)
        column_sharing(ft, "road_no")
        column_sharing(ft, "url", by_site=True)

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        road, bno, floor = ft.codes["road"], ft.codes["building_no"], ft.codes["floor"]
        null = (road[li] < 0) | (road[ri] < 0) | (bno[li] < 0) | (bno[ri] < 0)
        same_no = bno[li] == bno[ri]
        same_road = road[li] == road[ri]
        out = np.full(len(li), 9, dtype=np.int8)
        check = np.flatnonzero(~null & ~same_road & same_no)
        similar = np.zeros(len(li), dtype=bool)
        if len(check):
            sim = pair_similarity(ft, "road", li[check], ri[check], fuzz.ratio, cutoff=self.thresholds[0])
            latin = ft.codes["road_latin"]
            lsim = code_similarity(ft.values("road_latin"), latin[li[check]], latin[ri[check]], fuzz.ratio,
                                   cutoff=0.85)
            similar[check] = (sim >= self.thresholds[0]) | (lsim >= 0.85)
        exact = same_road & same_no & ~null
        out[same_road & ~same_no] = 7
        out[similar] = 6
        rows = np.flatnonzero(exact)
        if len(rows):
            how = pair_sharing(column_sharing(ft, "road_no"), [ft.codes["road_no"]], li[rows], ri[rows])
            fa, fb = floor[li[rows]], floor[ri[rows]]
            floors_known = (fa >= 0) & (fb >= 0)
            level = np.where(how == EXCLUSIVE, 2, np.where(how == TWO_NAMES, 3, np.where(
                floors_known & (fa == fb), 4, 5))).astype(np.int8)
            level[floors_known & (fa != fb)] = 1
            out[rows] = level
        url = ft.codes["url"]
        moved = np.flatnonzero((out == 9) & ~null & (url[li] >= 0) & (url[li] == url[ri]))
        if len(moved):
            how = pair_sharing(column_sharing(ft, "url", by_site=True), [url], li[moved], ri[moved])
            out[moved[how == EXCLUSIVE]] = 8
        out[null] = 0
        return out


class RegionComparison(Comparison):
    """시도, 시군구 and 동. Levels: ``same_dong`` (one 시군구, both give one 동/읍/면: where a press line or a guide
    places a facility it gives no street address for), ``same_sigungu``, ``same_city`` (one side names the 일반구,
    the other only the city), ``same_sido`` (one side has no 시군구), ``other_dong`` (one 시군구, two 동: two places
    as a rule, though a street can span two 동), ``other_sigungu``, ``other_sido``."""

    type_name: ClassVar[str] = "region"
    family: ClassVar[str] = "location"
    columns: ClassVar[tuple[str, ...]] = ("sido", "sigungu", "city", "dong")

    @property
    def labels(self) -> list[str]:
        return ["same_dong", "same_sigungu", "same_city", "same_sido", "other_dong", "other_sigungu", "other_sido"]

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        level = {label: self.level_of(label) for label in self.labels}
        sido, sgg, city = ft.codes["sido"], ft.codes["sigungu"], ft.codes["city"]
        out = np.zeros(len(li), dtype=np.int8)
        sa, sb = sido[li], sido[ri]
        ga, gb = sgg[li], sgg[ri]
        ca, cb = city[li], city[ri]
        sido_known = (sa >= 0) & (sb >= 0)
        sgg_known = (ga >= 0) & (gb >= 0)
        out[sido_known & (sa == sb)] = level["same_sido"]
        out[sgg_known] = level["other_sigungu"]
        # same city, one of them without its 일반구 (or different 일반구, below)
        out[sgg_known & (ca == cb)] = level["same_city"]
        values = ft.values("sigungu")
        rows = np.flatnonzero(sgg_known & (ca == cb) & (ga != gb))
        if len(rows):
            # "수원시" vs "수원시 영통구" are one place; "수원시 장안구" vs "수원시 영통구" are not
            both_gu = np.fromiter((" " in values[a] and " " in values[b] for a, b in
                                   zip(ga[rows].tolist(), gb[rows].tolist(), strict=True)), dtype=bool,
                                  count=len(rows))
            out[rows[both_gu]] = level["other_sigungu"]
        out[sgg_known & (ga == gb)] = level["same_sigungu"]
        # a 시군구 printed under its former name, without its 시도 (an old guide's `남구` for 인천 미추홀구): it may be
        # that place, so it is no conflict
        rows = np.flatnonzero((out == level["other_sigungu"]) & ((sa < 0) != (sb < 0)))
        if len(rows) and ft.lexicon is not None:
            former = ft.lexicon.former_sigungu
            out[rows] = [level["same_sido"] if (values[a].split(" ")[0], values[b].split(" ")[0]) in former
                         or (values[b].split(" ")[0], values[a].split(" ")[0]) in former else level["other_sigungu"]
                         for a, b in zip(ga[rows].tolist(), gb[rows].tolist(), strict=True)]
        out[sido_known & (sa != sb)] = level["other_sido"]
        dong = ft.codes["dong"]
        da, db = dong[li], dong[ri]
        inside = (da >= 0) & (db >= 0) & ((out == level["same_sigungu"]) | (out == level["same_city"]))
        out[inside] = np.where(da[inside] == db[inside], level["same_dong"], level["other_dong"])
        return out


class PostalComparison(Comparison):
    """Five-digit postal codes: ``same`` / ``else``."""

    type_name: ClassVar[str] = "postal"
    family: ClassVar[str] = "location"
    columns: ClassVar[tuple[str, ...]] = ("postal_code",)

    @property
    def labels(self) -> list[str]:
        return ["same", "else"]

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        codes = ft.codes["postal_code"]
        return exact_ladder(codes[li], codes[ri])


class DistanceComparison(Comparison):
    """Great-circle distance between the coordinates, one level per threshold (km) and ``else``."""

    type_name: ClassVar[str] = "distance"
    threshold_count: ClassVar[int | None] = None
    family: ClassVar[str] = "location"
    columns: ClassVar[tuple[str, ...]] = ("lat", "lon")

    @property
    def labels(self) -> list[str]:
        return [f"<={t}km" for t in self.thresholds] + ["else"]

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        out = np.zeros(len(li), dtype=np.int8)
        rows = np.flatnonzero(~np.isnan(ft.lat[li]) & ~np.isnan(ft.lat[ri]))
        if len(rows) == 0:
            return out
        a, b = li[rows], ri[rows]
        km = haversine_km(ft.lat[a], ft.lon[a], ft.lat[b], ft.lon[b])
        level = np.full(len(rows), len(self.thresholds) + 1, dtype=np.int8)
        for lv, t in reversed(list(enumerate(self.thresholds, start=1))):
            level[km <= t] = lv
        level[np.isnan(km)] = 0
        out[rows] = level
        return out


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between arrays of coordinates (degrees)."""
    p1, q1, p2, q2 = (np.radians(x) for x in (lat1, lon1, lat2, lon2))
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin((q2 - q1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


class LandmarkComparison(Comparison):
    """A building or landmark one listing gives (often instead of a street address: `국립과천과학관`,
    `센텀그린타워`, `판교공공지원센터`) found in the other's address. Levels: ``landmark``, ``campus`` (only a complex
    of many buildings is found — a techno park, a university, the kinds of ``options.campus_kinds`` — which says
    where, as a shared building with other facilities does, not which), ``none`` (one side names a landmark, the
    other does not mention it); null when neither names one, or when both give a street address (the
address comparison then says where both are). (Found only in the other's *name*, it
    says that one is the host — `경기콘텐츠진흥원 10층` is where 부천 메이커스페이스 is, not who it is — unless it is a
    campus, which then says where both are: ``campus``.)"""

    type_name: ClassVar[str] = "landmark"
    family: ClassVar[str] = "location"
    columns: ClassVar[tuple[str, ...]] = ("landmarks", "address_text")

    @property
    def labels(self) -> list[str]:
        return ["landmark", "campus", "none"]

    def prepare(self, ft: FeatureTable) -> None:
        super().prepare(ft)
        _latin_forms(ft)

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        marks = ft.codes["landmarks"]
        out = np.zeros(len(li), dtype=np.int8)
        # two street addresses say where both are (the address comparison); a landmark speaks where one is missing
        site = ft.codes["road_no"]
        rows = np.flatnonzero(((marks[li] >= 0) | (marks[ri] >= 0)) & ((site[li] < 0) | (site[ri] < 0)))
        if len(rows) == 0:
            return out
        mark_values = ft.values("landmarks")
        texts = (list(ft.values("address_text")) or [""], ft.codes["address_text"])
        latin = _latin_forms(ft)
        ma, mb = marks[li[rows]], marks[ri[rows]]
        ta, tb = texts[1][li[rows]], texts[1][ri[rows]]
        # each side's landmarks in the other's printed text, decided once per distinct (landmarks, text) pair
        width = max(len(texts[0]), 1)
        key = np.concatenate([ma * width + tb, mb * width + ta])
        known = np.concatenate([(ma >= 0) & (tb >= 0), (mb >= 0) & (ta >= 0)])
        # per direction: ``landmark`` (a building found), ``campus`` (only a campus), ``none``; the pair takes the
        # better of its two directions
        none = self.level_of("none")
        found = np.full(len(key), none, dtype=np.int8)
        campus = frozenset(self.options.get("campus_kinds") or ())
        lex = ft.lexicon
        if known.any():
            distinct, inverse = np.unique(key[known], return_inverse=True)
            verdict = np.fromiter((_found_level(mark_values[m], texts[0][t], campus, lex)
                                   or (self.level_of("landmark") if _found_latin(latin, m, t) else none)
                                   for m, t in zip((distinct // width).tolist(), (distinct % width).tolist(),
                                                   strict=True)), dtype=np.int8, count=len(distinct))
            found[known] = verdict[inverse.reshape(-1)]
        out[rows] = np.minimum(found[:len(rows)], found[len(rows):])
        # a campus in the other's *name* says where it is too (`경북대 크리에이티브팩토리` / `북구 경북대학교 내`):
        # which of the campus's facilities, the names decide
        still = rows[out[rows] == none]
        if len(still) and campus:
            form = ft.codes["form"]
            verdict_of: dict[tuple[int, int], bool] = {}
            for k in still.tolist():
                for g, o in ((li[k], ri[k]), (ri[k], li[k])):
                    m = int(marks[g])
                    if m < 0 or form[o] < 0:
                        continue
                    pair = (m, int(form[o]))
                    if pair not in verdict_of:
                        verdict_of[pair] = _campus_in_name(mark_values[m], ft.forms[pair[1]].key, campus, lex)
                    if verdict_of[pair]:
                        out[k] = self.level_of("campus")
        return out


def _latin_forms(ft: FeatureTable) -> tuple[dict[int, str], dict[int, tuple[str, ...]]]:
    """For listings across scripts: the Latin key of every address text in Latin letters, its English words put
    in Korean first (`…inhauniversity…` → `…inha대…` → `…inhadae…`), and of every Hangul landmark
    (`인하대학교` → 인하대 → inhadae; `충남도서관` → chungnamdoseogwan) — empty when no address is in Latin letters.
    Indexed by the codes of ``address_text`` and ``landmarks``; built once per table."""
    def build() -> tuple[dict[int, str], dict[int, tuple[str, ...]]]:
        texts, marks = ft.values("address_text"), ft.values("landmarks")
        latin_texts = {i: t for i, t in enumerate(texts) if t and t.isascii() and any(c.isalpha() for c in t)}
        if not latin_texts or ft.lexicon is None:
            return {}, {}
        keyed = {i: latin_key(ft.lexicon.translate_squeezed(t)) for i, t in latin_texts.items()}
        mark_keys = {i: tuple(k for m in ms if not m.isascii() and len(k := latin_key(m)) >= 6)
                     for i, ms in enumerate(marks)}
        return keyed, {i: v for i, v in mark_keys.items() if v}

    return ft.cached("landmark_latin", build)


def _found_latin(latin: tuple[dict[int, str], dict[int, tuple[str, ...]]], mark: int, text: int) -> bool:
    keyed, mark_keys = latin
    target = keyed.get(text)
    return bool(target) and any(k in target for k in mark_keys.get(mark, ()))


def _campus_in_name(marks: tuple[str, ...], name_key: str, campus: frozenset[str], lex: Lexicon | None) -> bool:
    """Whether a campus among ``marks`` is in a squeezed name."""
    if lex is None:
        return False
    return any(len(m) >= 3 and m in name_key and _landmark_kind(m, lex) in campus for m in marks)


def _landmark_kind(mark: str, lex: Lexicon) -> str:
    """The kind family of a landmark word; landmarks are folded like names (`경북대학교` → `경북대`), so a word
    ending in the folded 대 is a university."""
    return lex.kind_of(mark) or ("university" if UNIVERSITY.fullmatch(mark) else "")


def _found_level(marks: tuple[str, ...], text: str, campus: frozenset[str], lex: Lexicon | None) -> int:
    """The landmark comparison's level number for ``marks`` found in ``text``: 1 (``landmark``) when one that is
    not a campus is there, 2 (``campus``) when only campuses are (a landmark whose kind family is in ``campus``),
    0 when none is."""
    best = 0
    for m in marks:
        # a typo of the landmark inside the text, not a short text (`과천`) inside the landmark
        if m in text or (len(m) >= 5 and len(text) >= len(m) and fuzz.partial_ratio(m, text) >= 90):
            if not campus or lex is None or _landmark_kind(m, lex) not in campus:
                return 1
            best = 2
    return best
