"""One raw record (scraped strings) → one :class:`~normalizers.records.Facility`. Never raises on the fields:
a field that cannot be read is left empty and its reason recorded in ``Facility.problems``."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import replace

from normalizers.address import parse_address
from normalizers.coords import parse_coordinates
from normalizers.equipment import parse_equipment
from normalizers.hours import parse_hours
from normalizers.kind import classify_kind, kind_ministry
from normalizers.names import name_key, normalize_name
from normalizers.phone import parse_phones
from normalizers.records import Facility
from normalizers.text import clean

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_URL = re.compile(r"^(?:https?://)?[A-Za-z0-9.\-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#]\S*)?$")
_POSTAL = re.compile(r"\d{5}")
_AREA = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:m2|㎡|제곱미터|평)?")


def _text(value: object) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(v for v in value if isinstance(v, str))
    return ""


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


@functools.lru_cache(maxsize=8192)
def _programmes(values: tuple[str, ...]) -> tuple[str, ...]:
    """Cleaned programme names without repeats (cached: a site lists the same programmes on every page)."""
    return tuple(dict.fromkeys(c for p in values if (c := clean(p))))


def _url(value: str) -> str | None:
    s = clean(value)
    if not s or not _URL.match(s):
        return None
    return s if s.startswith(("http://", "https://")) else "https://" + s


def _area(value: str) -> float | None:
    s = clean(value)
    m = _AREA.search(s)
    if not m:
        return None
    number = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    return round(number * 3.305785, 1) if "평" in s[m.start() : m.end()] else number


def normalize_facility(
    fields: Mapping[str, str | list[str]],
    *,
    source_id: str,
    key: str,
    url: str,
    source_kind: str | None = None,
    fetched_at: str | None = None,
) -> Facility:
    """Normalise one raw record's fields (names as in ``crawlers/items.py``)."""
    fields = fields if type(fields) is dict or isinstance(fields, Mapping) else {}
    get = fields.get
    problems: dict[str, str] = {}
    raw_name = _text(get("name"))
    name = normalize_name(raw_name)
    if not name.ok:
        problems["name"] = name.reason or "unreadable"
    display = name.value or ""
    facility = Facility(
        id=f"{source_id}:{key}", source_id=source_id, key=key, url=url, name=display,
        name_normalized=name_key(raw_name) if display else "", fetched_at=fetched_at,
    )
    alt_names = _list(get("alt_names"))
    if alt_names:
        alt = [normalize_name(a).value for a in alt_names]
        facility.alt_names = [a for a in dict.fromkeys(a for a in alt if a) if a != display]

    kind_text = get("kind_text")
    kind = classify_kind(source_kind, f"{_text(kind_text)} {raw_name}")
    facility.kind = kind.value
    if not kind.ok and (source_kind or kind_text):
        problems["kind"] = kind.reason or "unreadable"

    for field_name in ("address", "address_jibun"):
        text = _text(get(field_name))
        if not text or facility.address is not None or not text.strip():
            continue
        region = _text(get("region"))
        parsed = parse_address(text)
        if parsed.ok and parsed.value and parsed.value.sido is None and region.strip():
            with_region = parse_address(f"{region} {text}")
            if with_region.ok and with_region.value and with_region.value.sido:
                parsed = with_region
        if parsed.ok:
            facility.address = parsed.value
        else:
            problems[field_name] = parsed.reason or "unreadable"
    if facility.address is not None and facility.address.postal_code is None:
        postal = clean(_text(get("postal_code")))
        if _POSTAL.fullmatch(postal):
            facility.address = replace(facility.address, postal_code=postal)

    phone_text = _text(get("phone"))
    if phone_text and phone_text.strip():
        phones = parse_phones(phone_text)
        if phones.ok and phones.value:
            facility.phones = phones.value
        else:
            problems["phone"] = phones.reason or "unreadable"

    hours_text = _text(get("hours"))
    if hours_text and hours_text.strip():
        hours = parse_hours(hours_text)
        facility.hours = hours.value
        if not hours.ok:
            problems["hours"] = hours.reason or "unreadable"

    equipment_lines = _list(get("equipment"))
    if equipment_lines:
        eq = parse_equipment(equipment_lines)
        facility.equipment = eq.value or []
        if not eq.ok:
            problems["equipment"] = eq.reason or "unreadable"

    lat, lon = get("lat"), get("lon")
    if (isinstance(lat, str) and lat.strip()) or (isinstance(lon, str) and lon.strip()):
        coords = parse_coordinates(_text(lat) or None, _text(lon) or None)
        if coords.ok and coords.value:
            facility.lat, facility.lon = coords.value
        else:
            problems["coordinates"] = coords.reason or "unreadable"

    _fill_simple(facility, fields, problems)
    facility.problems = problems
    return facility


def _fill_simple(facility: Facility, fields: Mapping[str, str | list[str]], problems: dict[str, str]) -> None:
    get = fields.get
    operator = get("operator")
    facility.operator = normalize_name(_text(operator)).value if operator is not None else None
    programmes = get("programmes")
    if programmes is not None:
        if isinstance(programmes, list) and all(type(p) is str for p in programmes):
            facility.programmes = list(_programmes(tuple(programmes)))
        else:
            facility.programmes = list(dict.fromkeys(c for p in _list(programmes) if (c := clean(p))))
    for field_name in ("homepage", "reservation_url"):
        text = _text(get(field_name))
        if text and text.strip():
            value = _url(text)
            setattr(facility, field_name, value)
            if value is None:
                problems[field_name] = "not a web address"
    email_text = _text(get("email"))
    if email_text and email_text.strip():
        m = _EMAIL.search(clean(email_text).replace("[at]", "@").replace("(at)", "@"))
        facility.email = m.group(0).lower() if m else None
        if m is None:
            problems["email"] = "no e-mail address found"
    for field_name in ("description", "partner_company", "specialized_industry", "opened"):
        value = get(field_name)
        if value is not None:
            setattr(facility, field_name, clean(_text(value)) or None)
    ministry = clean(_text(get("ministry")))
    facility.ministry = ministry or (kind_ministry(facility.kind) if facility.kind else None)
    area_text = _text(get("area"))
    if area_text and area_text.strip():
        facility.area_m2 = _area(area_text)
        if facility.area_m2 is None:
            problems["area"] = "no floor area found"
