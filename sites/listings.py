"""Per-site records: how each replica site prints one facility (its own names, addresses, phones, hours…).

``format_record(site, facility, key)`` returns the JSON-ready record a site's renderer turns into pages. Each
field draws from its own seeded random stream (site, truth id, field), so a change to one fact in version 2
leaves the printing of every other fact byte-identical.
"""

from __future__ import annotations

import hashlib
import random

from sites import styles
from sites.geo import SIDO


def field_rng(site: str, tid: str, field: str) -> random.Random:
    """A random stream private to one field of one facility on one site."""
    digest = hashlib.sha256(f"{site}|{tid}|{field}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _equipment(site: str, f: dict, habit: int, count_style: str) -> list[list[str]]:
    rng = field_rng(site, f["tid"], "equipment")
    return [
        [styles.equipment_name(name, rng, habit), styles.count_text(count, count_style)]
        for name, count in f["equipment"]
    ]


def _base(site: str, f: dict, key: str) -> dict:
    return {
        "key": key,
        "tid": f["tid"],
        "updated": f.get("updated", "2025-06-01"),
        "programmes": list(f["programmes"]),
        "homepage": f["homepage"],
    }


def _name(site: str, f: dict) -> str:
    return styles.vary_spacing(f["name"], field_rng(site, f["tid"], "name"))


def _operator(site: str, f: dict) -> str:
    return styles.legal_form(f["operator"], field_rng(site, f["tid"], "operator")) if f["operator"] else ""


def _makeall(f: dict, key: str) -> dict:
    site, tid = "makeall", f["tid"]
    rng = field_rng(site, tid, "address")
    name = _name(site, f)
    if f["kind"] == "muhan":
        name = name.replace(" 무한상상실", " 메이커스페이스").replace(" 무한 상상실", " 메이커 스페이스")
    elif f["kind"] == "ccei":
        # the maker space a centre runs, at the centre's address and phone: a facility of its own (a hard negative
        # for dedupe), not the centre
        name = f"{f['name']} 메이커스페이스"
    address = styles.address_text(
        f,
        rng,
        sido_style="full" if rng.random() < 0.7 else "short",
        form="road",
        postal="bracket" if rng.random() < 0.5 else "none",
    )
    prng = field_rng(site, tid, "phone")
    r = {
        **_base(site, f, key),
        **({"tid": f"{tid}-makerspace"} if f["kind"] == "ccei" else {}),
        "name": name,
        "lab_type": f["subtype"] if f["subtype"] == "전문랩" else "일반랩",
        "region": SIDO[f["sido"]].short,
        "operator": _operator(site, f),
        "address": address,
        "phone": styles.phone_text(f["phone"], "dash" if prng.random() < 0.8 else "paren"),
        "hours": styles.hours_text(f["hours"], "slash"),
        "equipment": _equipment(site, f, 0, "dae"),
    }
    if field_rng(site, tid, "geo").random() < 0.5:
        r["lat"], r["lon"] = f["lat"], f["lon"]
    return r


def _muhan(f: dict, key: str) -> dict:
    site, tid = "muhan", f["tid"]
    rng = field_rng(site, tid, "address")
    sido_style = "old" if SIDO[f["sido"]].old and rng.random() < 0.7 else rng.choice(["short", "city", "full"])
    address = styles.address_text(
        f, rng, sido_style=sido_style, form="jibun" if rng.random() < 0.4 else "road", with_dong=False
    )
    equipment = ", ".join(f"{n}{c}" for n, c in _equipment(site, f, 1, "paren"))
    host = f["operator"] or f["name"].replace(" 무한상상실", "")
    return {
        **_base(site, f, key),
        "name": _name(site, f),
        "room_type": "거점" if f["subtype"] == "거점" else "소규모",
        "host": host,
        "address": address,
        "phone": styles.phone_text(f["phone"], "paren"),
        "hours": styles.hours_text(f["hours"], "comma"),
        "equipment_line": equipment,
        "region": SIDO[f["sido"]].short,
    }


def _devicelab(f: dict, key: str) -> dict:
    site, tid = "devicelab", f["tid"]
    rng = field_rng(site, tid, "address")
    address = styles.address_text(f, rng, sido_style="full", postal="prefix")
    return {
        **_base(site, f, key),
        "name": _name(site, f),
        "operator": _operator(site, f),
        "address": address,
        "phone": styles.phone_text(f["phone"], "space"),
        "hours": styles.hours_text(f["hours"], "korean"),
        "equipment": _equipment(site, f, 2, "bare"),
        "lat": f["lat"],
        "lon": f["lon"],
        "region": SIDO[f["sido"]].short,
    }


def _ccei(f: dict, key: str) -> dict:
    site, tid = "ccei", f["tid"]
    rng = field_rng(site, tid, "address")
    name = f["name"].replace("창조경제혁신센터", " 창조경제혁신센터") if rng.random() < 0.4 else f["name"]
    address = styles.address_text(f, rng, sido_style="city", postal="paren" if rng.random() < 0.5 else "none")
    area = f"{f['area_m2']:,.0f}㎡" if f.get("area_m2") else ""
    return {
        **_base(site, f, key),
        "name": name,
        "operator": _operator(site, f),
        "partner": f["partner"],
        "industry": f["industry"],
        "address": address,
        "phone": styles.phone_text(f["phone"], "dot" if rng.random() < 0.5 else "dash"),
        "hours": styles.hours_text(f["hours"], "slash"),
        "equipment": _equipment(site, f, 3, "dae"),
        "area": area,
        "region": SIDO[f["sido"]].short,
        "alt_names": f["alt_names"][:2],
    }


def _sogongin(f: dict, key: str) -> dict:
    site, tid = "sogongin", f["tid"]
    rng = field_rng(site, tid, "address")
    address = styles.address_text(
        f,
        rng,
        sido_style=rng.choice(["short", "full"]),
        postal="paren" if rng.random() < 0.5 else "none",
        fullwidth=rng.random() < 0.3,
    )
    area = (
        f"{f['area_m2']:,.2f}".rstrip("0").rstrip(".") + f"㎡ (약 {f['area_m2'] / 3.3058:,.0f}평)"
        if f.get("area_m2")
        else ""
    )
    prng = field_rng(site, tid, "phone")
    phone = styles.phone_text(f["phone"], "dash", ext=str(prng.randint(1, 9)) if prng.random() < 0.3 else "")
    return {
        **_base(site, f, key),
        "name": _name(site, f),
        "operator": _operator(site, f),
        "address": address,
        "industry": f["industry"],
        "area": area,
        "phone": phone,
        "hours": styles.hours_text(f["hours"], "comma"),
        "equipment_line": ", ".join(f"{n} {c}" for n, c in _equipment(site, f, 0, "dae")),
        "sigungu": f["sigungu"] or SIDO[f["sido"]].short,
        "opened": f["opened"],
    }


def _fablab(f: dict, key: str) -> dict:
    site, tid = "fablab_jsonld", f["tid"]
    rng = field_rng(site, tid, "address")
    street = f"{f['road']} {f['bldg_no']}" + (f" {f['detail']}" if f["detail"] else "")
    return {
        **_base(site, f, key),
        "name": _name(site, f),
        "alt_names": f["alt_names"][:2],
        "operator": _operator(site, f),
        "region": styles.sido_text(f["sido"], rng.choice(["full", "short"])),
        "locality": f["sigungu"],
        "street": street,
        "postal": f["postal"],
        "phone": styles.phone_text(f["phone"], "intl"),
        "opening_hours": styles.opening_hours_schema(f["hours"]),
        "hours": styles.hours_text(f["hours"], "english"),
        "equipment": _equipment(site, f, 2, "bare"),
        "lat": f["lat"],
        "lon": f["lon"],
    }


def _makercafe(f: dict, key: str) -> dict:
    site, tid = "makercafe_plain", f["tid"]
    rng = field_rng(site, tid, "address")
    address = styles.address_text(f, rng, sido_style=rng.choice(["short", "city"]), with_dong=False)
    return {
        **_base(site, f, key),
        "name": _name(site, f).replace("센터", "센타"),
        "address": address,
        "phone": styles.phone_text(f["phone"], "bare" if not f["phone"].startswith("15") else "dash"),
        "hours": styles.hours_text(f["hours"], "korean"),
        "equipment_line": ", ".join(f"{n} {c}" for n, c in _equipment(site, f, 4, "dae")),
    }


def _workshop(f: dict, key: str) -> dict:
    site, tid = "workshop_sitemap", f["tid"]
    rng = field_rng(site, tid, "address")
    sido_style = "old" if SIDO[f["sido"]].old else rng.choice(["short", "full", "city"])
    address = styles.address_text(
        f,
        rng,
        sido_style=sido_style,
        form="jibun" if rng.random() < 0.3 else "road",
        fullwidth=rng.random() < 0.2,
        postal="prefix" if rng.random() < 0.3 else "none",
    )
    prng = field_rng(site, tid, "phone")
    phone = styles.phone_text(
        f["phone"], prng.choice(["dash", "space"]), ext=str(prng.randint(1, 5)) if prng.random() < 0.25 else ""
    )
    return {
        **_base(site, f, key),
        "name": _name(site, f),
        "address": address,
        "phone": phone,
        "hours": styles.hours_text(f["hours"], prng.choice(["slash", "korean"])),
        "equipment": _equipment(site, f, 1, "x"),
        "operator": _operator(site, f),
    }


FORMATTERS = {
    "makeall": _makeall,
    "muhan": _muhan,
    "devicelab": _devicelab,
    "ccei": _ccei,
    "sogongin": _sogongin,
    "fablab_jsonld": _fablab,
    "makercafe_plain": _makercafe,
    "workshop_sitemap": _workshop,
}


def format_record(site: str, facility: dict, key: str) -> dict:
    """The record ``site`` prints for ``facility`` under its own ``key``."""
    return FORMATTERS[site](facility, key)
