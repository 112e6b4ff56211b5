"""Deliberately uncertain cases, drawn from how real listings of one facility diverge (and different ones agree).

Each case adds one or two pages to the replicas on top of the regular assignment; the regular pages, their keys and
their version-2 changes stay exactly as they were. True matches (same ``tid``) keep the fairness rule: their pages
share a phone, or a road address together with the first syllables of the name, or a clearly matching name in the
same 시군구. True non-matches (a new ``tid``) agree on some identifiers: a phone, a building, a homepage, a name.

Cases (see the reference README, "Caveats"):

- ``rename``: DID기술융합공작소 is listed as 대전창작Lab (renamed 2024) by a second site; same phone, 지번 address.
- ``old_name``: 팹랩대전 under its former name, 대전창조경제혁신센터 시제품 제작소, with the same phone.
- ``moved``: 대구창조경제혁신센터 on the ministry portal still at its first home (동구 대구무역회관); same phone.
- ``host_phone``: a 무한상상실 listed by its host institution's name, at the host's main gate; same phone only.
- ``host_building``: a maker space listed by its host institution's name and switchboard; same building only.
- ``stale_phone``: a maker space with its old phone and a 지번 address on a second site; same name and 시군구.
- ``alt_name``: 충북Pro메이커센터 as 충북대학교 메이커스페이스 전문랩; same phone and address.
- ``branch`` (non-match): a second space of the same operator printing the HQ phone and homepage, another road.
- ``fablab_branch`` (non-match): a 팹랩's children's branch down the same road (3 km), printing the HQ phone.
- ``two_rooms`` (non-match): a library's maker space and a youth foundation's maker space in the same building.
- ``campus`` (non-match): a university's 무한상상실 and its other maker space on the same campus road.
- ``operator_phone`` (non-match): an ICT 디바이스랩 and a maker space of the same agency, one main phone.
"""

from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass, field

from sites import styles
from sites.geo import SIDO, SIGUNGU
from sites.synth import synth_phone


@dataclass
class Listing:
    """One extra page: ``facility`` as ``site`` prints it, from version ``since``, with ``patch`` applied last."""

    case: str
    site: str
    facility: dict
    since: int = 1
    patch: dict = field(default_factory=dict)


def _road_address(f: dict, sido_style: str = "short", detail: bool = True) -> str:
    parts = [styles.sido_text(f["sido"], sido_style), f["sigungu"], f"{f['road']} {f['bldg_no']}"]
    if detail and f.get("detail"):
        parts.append(f["detail"])
    return " ".join(p for p in parts if p)


def _jibun_address(f: dict, sido_style: str = "full", detail: str = "") -> str:
    parts = [styles.sido_text(f["sido"], sido_style), f["sigungu"], f"{f['dong']} {f['jibun']}", detail]
    return " ".join(p for p in parts if p)


def _other_road(f: dict) -> str:
    roads = SIGUNGU[f["sido"]].get(f["sigungu"], ([f["road"]], []))[0]
    others = [r for r in roads if r != f["road"]]
    return others[0] if others else f["road"]


def _derived(base: dict, tid: str, rng: random.Random, **changes: object) -> dict:
    """A different facility made from ``base``: new id, new synthetic phone and postal code unless given."""
    f = copy.deepcopy(base)
    s = SIDO[f["sido"]]
    f.update(
        tid=tid,
        alt_names=[],
        tags=["ambiguous"],
        phone=synth_phone(rng, f["sido"]),
        postal=f"{rng.randint(s.postal_from, s.postal_to):05d}",
        homepage="",
        since=1,
        real=False,
    )
    f.update(changes)
    return f


def ambiguous_listings(universe: list[dict], listed_on: dict[str, set[str]], seed: int) -> list[Listing]:
    """The extra pages, in a fixed order (deterministic for a seed and universe)."""
    rng = random.Random(f"{seed}|ambiguous")
    by_tid = {f["tid"]: f for f in universe}
    used: set[str] = set()

    def pick(kind: str, only_on: set[str], pred) -> dict:  # noqa: ANN001 - a predicate on facility dicts
        for f in universe:
            if f["kind"] == kind and not f["real"] and f["since"] == 1 and f["tid"] not in used:
                if listed_on.get(f["tid"], set()) == only_on and pred(f):
                    used.add(f["tid"])
                    return f
        raise LookupError(f"no {kind} facility for an ambiguous case")

    out: list[Listing] = []

    # rename: 대전창작Lab (2024) on the sitemap site; the ministry portal keeps DID기술융합공작소.
    did = by_tid["ms-pro-daejeon-did"]
    renamed = {**did, "name": "대전창작Lab", "operator": "대전창조경제혁신센터", "alt_names": []}
    out.append(
        Listing(
            "rename", "workshop_sitemap", renamed, patch={"address": _jibun_address(did, "full", "대전창업허브 3층")}
        )
    )

    # old_name: 팹랩대전 as '시제품 제작소' of the 혁신센터 that runs it, at the KAIST building it started in.
    fl = by_tid["ms-fablab-daejeon"]
    old = {**fl, "name": "대전창조경제혁신센터 시제품 제작소", "alt_names": []}
    out.append(
        Listing(
            "old_name", "workshop_sitemap", old, patch={"address": _jibun_address(fl, "short", "나노종합기술원 9층")}
        )
    )

    # moved: the portal still prints the first home in 동구 대구무역회관; the ccei site has 북구 창조경제단지.
    dg = by_tid["ccei-daegu"]
    first_home = {
        **dg,
        "sigungu": "동구",
        "road": "동대구로",
        "bldg_no": "489",
        "dong": "신천동",
        "detail": "대구무역회관 1층",
        "postal": "41260",
    }
    out.append(Listing("moved", "makeall", first_home))

    # host_phone: a 무한상상실 listed by its host's name, at the host's main address on the same road.
    room = pick("muhan", {"muhan"}, lambda f: f["operator"].endswith(("청소년수련관", "교육문화회관", "과학관")))
    host_view = {**room, "name": room["operator"], "bldg_no": str(int(room["bldg_no"]) + 12), "detail": ""}
    out.append(
        Listing("host_phone", "workshop_sitemap", host_view, patch={"address": _road_address(host_view, "short")})
    )

    def own_name_with_host(f: dict) -> bool:
        host = f["detail"].rsplit(" ", 1)[0]
        stem = f["name"].split()[0]
        return bool(re.fullmatch(r"\S+ \S+공작소", f["name"])) and host.startswith(stem) and "대학교" not in host

    # host_building: own name on the portal; the host's name and switchboard on the sitemap site, same building.
    ms = pick("makerspace", {"makeall"}, own_name_with_host)
    host = ms["detail"].rsplit(" ", 1)[0]
    hosted = {**ms, "name": host, "phone": synth_phone(rng, ms["sido"]), "detail": host, "operator": host}
    out.append(Listing("host_building", "workshop_sitemap", hosted, patch={"address": _road_address(hosted, "full")}))

    # stale_phone: same name (its own spacing) and 시군구, an old phone number and a 지번 address.
    ms2 = pick("makerspace", {"makeall"}, lambda f: f["name"].startswith("메이커스페이스 "))
    stale = {**ms2, "phone": synth_phone(rng, ms2["sido"])}
    out.append(Listing("stale_phone", "workshop_sitemap", stale, patch={"address": _jibun_address(ms2, "short")}))

    # alt_name: the university's own name for its 전문랩.
    cb = by_tid["ms-pro-cbnu-promaker"]
    out.append(Listing("alt_name", "workshop_sitemap", {**cb, "name": "충북대학교 메이커스페이스 전문랩"}))

    # branch (non-match): a second space of the same operator in the same 시군구, printing the HQ phone and homepage.
    hq = pick("makerspace", {"makeall"}, lambda f: bool(f["homepage"]) and f["name"].startswith("메이커스페이스 "))
    branch = _derived(
        hq,
        "amb-branch-0001",
        rng,
        name=f"{hq['name']} 2호점",
        phone=hq["phone"],
        homepage=hq["homepage"],
        road=_other_road(hq),
        bldg_no=str(int(hq["bldg_no"]) + 31),
        detail="1층",
        lat=round(hq["lat"] + 0.009, 6),
        lon=round(hq["lon"] - 0.006, 6),
    )
    out.append(Listing("branch", "makeall", branch))

    # fablab_branch (non-match): the same, for a private 팹랩 on the JSON-LD site.
    fab = pick("private", {"fablab_jsonld"}, lambda f: "fablab" in f["tags"] and bool(f["homepage"]))
    junior = _derived(
        fab,
        "amb-branch-0002",
        rng,
        name=f"{fab['name']} 주니어",
        phone=fab["phone"],
        road=_other_road(fab),
        bldg_no=str(int(fab["bldg_no"]) + 7),
        detail="2층",
        lat=round(fab["lat"] - 0.027, 6),
        lon=round(fab["lon"] + 0.012, 6),
    )
    out.append(Listing("fablab_branch", "fablab_jsonld", junior))

    # two_rooms (non-match): the library's maker space and the youth foundation's, floors apart in one building.
    lib = pick("makerspace", {"makeall"}, lambda f: f["name"].endswith("립도서관 메이커스페이스"))
    lib_host = lib["name"].removesuffix(" 메이커스페이스")
    youth_name = lib_host.removesuffix("립도서관") + " 청소년 메이커스페이스"
    youth = _derived(
        lib,
        "amb-room-0001",
        rng,
        name=youth_name,
        postal=lib["postal"],
        operator=f"(재){youth_name.split()[0]}청소년재단",
        detail=f"{lib_host} 별관 4층",
    )
    out.append(Listing("two_rooms", "makeall", youth))

    # campus (non-match): a university's 무한상상실 and the maker space of its 산학협력단, other building numbers.
    uni_room = pick("muhan", {"muhan"}, lambda f: f["operator"].endswith("대학교"))
    uni = uni_room["operator"]
    campus = _derived(
        uni_room,
        "amb-campus-0001",
        rng,
        kind="makerspace",
        subtype="일반랩",
        name=f"{uni} 메이커스페이스",
        operator=f"{uni} 산학협력단",
        bldg_no=str(int(uni_room["bldg_no"]) + 2),
        detail=f"{uni} 공학관 1층",
    )
    out.append(Listing("campus", "makeall", campus))

    # operator_phone (non-match): the agency that runs an ICT 디바이스랩 prints its main phone for its maker space.
    lab = next(f for f in universe if f["kind"] == "devicelab" and f["since"] == 1 and f["operator"])
    agency = _derived(
        lab,
        "amb-agency-0001",
        rng,
        kind="makerspace",
        subtype="일반랩",
        name=f"{lab['operator']} 메이커스페이스",
        phone=lab["phone"],
        road=_other_road(lab),
        bldg_no=str(int(lab["bldg_no"]) + 40),
        detail=f"{lab['operator']} 본관 2층",
        equipment=[[e, n] for e, n in lab["equipment"][:2]] + [["레이저 커터", 2]],
    )
    out.append(Listing("operator_phone", "makeall", agency))
    return out
