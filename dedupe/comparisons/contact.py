"""How a facility is reached: phone numbers and homepages, each weighed by whether other facilities give the same
value (a head office's number, a portal's host): see :mod:`dedupe.sharing`."""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from dedupe.comparisons.base import Comparison
from dedupe.comparisons.place import column_sharing
from dedupe.features import FeatureTable
from dedupe.sharing import EXCLUSIVE, TWO_NAMES, pair_sharing


class PhoneComparison(Comparison):
    """Any number in common. Levels: ``same`` (a number no facility of another name gives), ``two_names_one_site``
    (a number only the pair's two names give, both at one street address: a renamed facility — a library in two
    years' public data — or a centre and the space it runs in its building, which their kinds tell apart),
    ``two_names`` (the same, one side without a street address), ``same_shared`` (a number other facilities give
    too, or one number at two street addresses: a head office, an operator), ``same_office`` (all but the last two
    digits), ``else``.

    The number and the address are not independent evidence for two names: one building's two facilities seldom
    share a number unless one runs the other, so a shared number *and* address is its own level rather than the
    sum of the address's and the phone's ``two_names``."""

    type_name: ClassVar[str] = "phone"
    family: ClassVar[str] = "contact"
    columns: ClassVar[tuple[str, ...]] = ("phone1", "phone2", "office1", "office2", "road_no", "url", "sido")

    @property
    def labels(self) -> list[str]:
        return ["same", "two_names_one_site", "two_names", "same_shared", "same_office", "else"]

    def prepare(self, ft: FeatureTable) -> None:
        super().prepare(ft)
        column_sharing(ft, "phone1", "phone2", by_site=True)

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        phones = [ft.codes["phone1"], ft.codes["phone2"]]
        offices = [ft.codes["office1"], ft.codes["office2"]]
        level = {label: self.level_of(label) for label in self.labels}
        out = np.full(len(li), level["else"], dtype=np.int8)
        office_same, _ = _any_equal(offices, li, ri)
        out[office_same] = level["same_office"]
        same, _ = _any_equal(phones, li, ri)
        rows = np.flatnonzero(same)
        if len(rows):
            how = pair_sharing(column_sharing(ft, "phone1", "phone2", by_site=True), phones, li[rows], ri[rows])
            site = ft.codes["road_no"]
            sa, sb = site[li[rows]], site[ri[rows]]
            one_site = (sa >= 0) & (sa == sb)
            out[rows] = np.where(how == EXCLUSIVE, level["same"], np.where(
                how == TWO_NAMES, np.where(one_site, level["two_names_one_site"], level["two_names"]),
                level["same_shared"]))
            # one number at two street addresses: an operator's number for two sites (chicago's agencies give one
            # number for two centres of one name), not the facility's own — unless the number has one name group
            # and the two listings give one homepage too, or both are Korean addresses in one 시도: then it is a
            # facility that moved (a library's old address in one year's public data, its new one in the next),
            # and the number stays its own. A Korean facility keeps its number when it moves, and its operators
            # name their sites apart (`… 2호점`, `… 분관`: another name group); the read parts' pairs of one name
            # group and one number at two Korean street addresses were all one facility (49 of 49, holdout8's five
            # moved libraries among them). At three or more addresses a number is shared whatever the names
            # (``sharing_groups``).
            url = ft.codes["url"]
            ua, ub = url[li[rows]], url[ri[rows]]
            sido = ft.codes["sido"]
            da, db = sido[li[rows]], sido[ri[rows]]
            moved = (how == EXCLUSIVE) & (((ua >= 0) & (ua == ub)) | ((da >= 0) & (da == db)))
            apart = (sa >= 0) & (sb >= 0) & (sa != sb) & ~moved
            out[rows[apart]] = level["same_shared"]
        out[(phones[0][li] < 0) | (phones[0][ri] < 0)] = 0
        return out


def _any_equal(slots: list[np.ndarray], li: np.ndarray, ri: np.ndarray) -> tuple[np.ndarray, None]:
    hit = np.zeros(len(li), dtype=bool)
    for a in slots:
        for b in slots:
            va, vb = a[li], b[ri]
            hit |= (va >= 0) & (va == vb)
    return hit, None


class HomepageComparison(Comparison):
    """Homepages as host + path. Levels: ``same_page`` (one page no facility of another name gives),
    ``two_names`` (a page only the pair's two names give: a renamed facility, or a centre and the space it runs —
    the names and kinds tell them apart), ``same_page_shared`` (a page other names give too: an operator's or a
    centre's site), ``same_host``
    (another page of one host only this facility uses), ``same_host_shared`` (a portal: other facilities' pages on
    one host), ``else``."""

    type_name: ClassVar[str] = "homepage"
    family: ClassVar[str] = "contact"
    columns: ClassVar[tuple[str, ...]] = ("url", "host")

    @property
    def labels(self) -> list[str]:
        return ["same_page", "two_names", "same_page_shared", "same_host", "same_host_shared", "else"]

    def prepare(self, ft: FeatureTable) -> None:
        super().prepare(ft)
        column_sharing(ft, "host", by_site=True)
        column_sharing(ft, "url", by_site=True)

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        url, host = ft.codes["url"], ft.codes["host"]
        out = np.full(len(li), 6, dtype=np.int8)
        same_host = (host[li] >= 0) & (host[li] == host[ri])
        rows = np.flatnonzero(same_host)
        if len(rows):
            how = pair_sharing(column_sharing(ft, "host", by_site=True), [host], li[rows], ri[rows])
            out[rows] = np.where(how == EXCLUSIVE, 4, 5)
        same_url = (url[li] >= 0) & (url[li] == url[ri])
        rows = np.flatnonzero(same_url)
        if len(rows):
            how = pair_sharing(column_sharing(ft, "url", by_site=True), [url], li[rows], ri[rows])
            out[rows] = np.where(how == EXCLUSIVE, 1, np.where(how == TWO_NAMES, 2, 3))
        out[(url[li] < 0) | (url[ri] < 0)] = 0
        return out


class KindComparison(Comparison):
    """Kind families (the record's kind, else its name's head noun). Levels: ``same``, ``compatible`` (families
    one facility can be listed under, from the model's ``names.compatible_kinds``), ``different``."""

    type_name: ClassVar[str] = "kind"
    family: ClassVar[str] = "kind"
    columns: ClassVar[tuple[str, ...]] = ("kind",)

    @property
    def labels(self) -> list[str]:
        return ["same", "compatible", "different"]

    def levels(self, ft: FeatureTable, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
        codes = ft.codes["kind"]
        a, b = codes[li], codes[ri]
        out = np.where(a == b, 1, 3).astype(np.int8)
        values = ft.values("kind")
        pairs = ft.compatible_kinds
        if pairs and len(values):
            ok = np.zeros((len(values), len(values)), dtype=bool)
            index = {v: i for i, v in enumerate(values.tolist())}
            for pair in pairs:
                x, y = tuple(pair)
                if x in index and y in index:
                    ok[index[x], index[y]] = ok[index[y], index[x]] = True
            rows = np.flatnonzero((a >= 0) & (b >= 0) & (a != b))
            out[rows[ok[a[rows], b[rows]]]] = 2
        out[(a < 0) | (b < 0)] = 0
        return out
