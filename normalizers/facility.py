"""One raw record (scraped strings) → one :class:`~normalizers.records.Facility`. Never raises on the fields:
a field that cannot be read is left empty and its reason recorded in ``Facility.problems``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

import orjson

from normalizers.address import parse_address
from normalizers.coords import parse_coordinates
from normalizers.equipment import read_lines
from normalizers.hours import parse_hours
from normalizers.kind import classify_kind, kind_ministry
from normalizers.memo import Memo
from normalizers.names import name_forms, normalize_name
from normalizers.phone import parse_phones
from normalizers.records import Address, Equipment, Facility, Phone
from normalizers.text import clean

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_URL = re.compile(r"^(?:https?://)?[A-Za-z0-9.\-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#]\S*)?$")
_STR = frozenset({str})
_POSTAL = re.compile(r"\d{5}")
_AREA = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:m2|㎡|제곱미터|평)?")


def _text(value: object) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(v for v in value if isinstance(v, str))
    return ""


def _hours_text(value: object) -> str:
    """An hours value that is not text: a list of strings (schema.org ``openingHours``) or objects
    (``openingHoursSpecification``, public-data columns) as the JSON text :func:`parse_hours` reads."""
    if isinstance(value, (list, tuple, dict)):
        try:
            return orjson.dumps(value).decode()
        except TypeError:
            return ""
    return ""


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def _programmes(values: tuple[str, ...]) -> tuple[str, ...]:
    """Cleaned programme names without repeats (kept in :data:`_PROGRAMMES`)."""
    found = _PROGRAMMES.get(values)
    if found is None:
        found = _PROGRAMMES.put(values, tuple(dict.fromkeys(c for p in values if (c := clean(p)))))
    return found


_PROGRAMMES: Memo[tuple[str, ...], tuple[str, ...]] = Memo(8192)
"""Cleaned programmes by raw list: a site lists the same programmes on every page."""


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
    raw_name = get("name")
    raw_name = raw_name if type(raw_name) is str else _text(raw_name)
    display, _ = name_forms(raw_name)
    if display is None:
        problems["name"] = "empty name"
        display = ""
    name_normalized = "".join(display.split())  # names.normalized_form, inline (every record)
    alt_names: list[str] = []
    raw_alt = get("alt_names")
    if raw_alt is not None:
        alt = [normalize_name(a).value for a in _list(raw_alt)]
        alt_names = [a for a in dict.fromkeys(a for a in alt if a) if a != display]

    kind_text = get("kind_text")
    kind = classify_kind(source_kind, f"{kind_text if type(kind_text) is str else _text(kind_text)} {raw_name}")
    kind_key = kind.value
    if kind_key is None and (source_kind or kind_text):
        problems["kind"] = kind.reason or "unreadable"

    address = _read_address(get, problems)

    phones: list[Phone] = []
    phone_text = get("phone")
    phone_text = phone_text if type(phone_text) is str else _text(phone_text)
    if phone_text and not phone_text.isspace():
        parsed_phones = parse_phones(phone_text)
        if parsed_phones.value:
            phones = parsed_phones.value
        else:
            problems["phone"] = parsed_phones.reason or "unreadable"

    hours = None
    hours_text = get("hours")
    hours_text = hours_text if type(hours_text) is str else _hours_text(hours_text)
    if hours_text and not hours_text.isspace():
        parsed_hours = parse_hours(hours_text)
        hours = parsed_hours.value
        if hours is None:
            problems["hours"] = parsed_hours.reason or "unreadable"

    equipment: list[Equipment] = []
    raw_equipment = get("equipment")
    if type(raw_equipment) is list and {*map(type, raw_equipment)} <= _STR:
        # The usual list of text lines, read as it is: a blank line reads as no item.
        equipment = read_lines(raw_equipment)
        if not equipment and any(line.strip() for line in raw_equipment):
            problems["equipment"] = "no equipment found"
    elif raw_equipment is not None:
        equipment_lines = _list(raw_equipment)
        if equipment_lines:
            equipment = read_lines(equipment_lines)
            if not equipment:
                problems["equipment"] = "no equipment found"

    lat_value = lon_value = None
    lat, lon = get("lat"), get("lon")
    if (isinstance(lat, str) and lat.strip()) or (isinstance(lon, str) and lon.strip()):
        coords = parse_coordinates((lat if type(lat) is str else _text(lat)) or None,
                                   (lon if type(lon) is str else _text(lon)) or None)
        if coords.value:
            lat_value, lon_value = coords.value
        else:
            problems["coordinates"] = coords.reason or "unreadable"

    facility = Facility(
        id=f"{source_id}:{key}", source_id=source_id, key=key, url=url, name=display,
        name_normalized=name_normalized, alt_names=alt_names, kind=kind_key, address=address, phones=phones,
        hours=hours, equipment=equipment, lat=lat_value, lon=lon_value, fetched_at=fetched_at, problems=problems,
    )
    _fill_simple(facility, get, problems)
    return facility


def _read_address(get: Callable[[str], object], problems: dict[str, str]) -> Address | None:
    """The address (or, failing that, the 지번 address), with the record's region when the text has no 시도."""
    address = None
    for field_name in ("address", "address_jibun"):
        text = get(field_name)
        if text is None:
            continue
        text = text if type(text) is str else _text(text)
        if not text or address is not None or text.isspace():
            continue
        parsed = parse_address(text)
        if parsed.value is None or parsed.value.sido is None:
            region = _text(get("region"))
            if region.strip():
                with_region = parse_address(f"{region} {text}")
                if with_region.value is not None and with_region.value.sido:
                    parsed = with_region
        if parsed.value is not None:
            address = parsed.value
        else:
            problems[field_name] = parsed.reason or "unreadable"
    if address is not None and address.postal_code is None:
        raw_postal = get("postal_code")
        if raw_postal is not None:
            postal = clean(_text(raw_postal))
            if _POSTAL.fullmatch(postal):
                address = replace(address, postal_code=postal)
    return address


def _fill_simple(facility: Facility, get: Callable[[str], object], problems: dict[str, str]) -> None:
    operator = get("operator")
    if operator is not None:
        facility.operator = normalize_name(operator if type(operator) is str else _text(operator)).value
    programmes = get("programmes")
    if programmes is not None:
        if isinstance(programmes, list) and {*map(type, programmes)} <= _STR:
            facility.programmes = list(_programmes(tuple(programmes)))
        else:
            facility.programmes = list(dict.fromkeys(c for p in _list(programmes) if (c := clean(p))))
    for field_name in ("homepage", "reservation_url"):
        text = get(field_name)
        if text is None:
            continue
        text = text if type(text) is str else _text(text)
        if text and not text.isspace():
            value = _url(text)
            setattr(facility, field_name, value)
            if value is None:
                problems[field_name] = "not a web address"
    email_text = get("email")
    email_text = email_text if type(email_text) is str else _text(email_text)
    if email_text and not email_text.isspace():
        m = _EMAIL.search(clean(email_text).replace("[at]", "@").replace("(at)", "@"))
        facility.email = m.group(0).lower() if m else None
        if m is None:
            problems["email"] = "no e-mail address found"
    for field_name in ("description", "partner_company", "specialized_industry", "opened"):
        value = get(field_name)
        if value is not None:
            setattr(facility, field_name, clean(_text(value)) or None)
    ministry = get("ministry")
    ministry = clean(_text(ministry)) if ministry is not None else ""
    facility.ministry = ministry or (kind_ministry(facility.kind) if facility.kind else None)
    area_text = get("area")
    if area_text is not None and type(area_text) is not str:
        area_text = _text(area_text)
    if area_text and not area_text.isspace():
        facility.area_m2 = _area(area_text)
        if facility.area_m2 is None:
            problems["area"] = "no floor area found"
