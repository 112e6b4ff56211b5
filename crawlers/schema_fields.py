"""A schema.org place object (compact form, from any syntax) → raw fields, strings as the page declares them.

Field names are those of ``crawlers/items.py``. Opening hours: ``openingHoursSpecification`` becomes the JSON text
of the specification object(s) (the normalisers read it), ``openingHours`` strings are kept as written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from crawlers.text import html_to_text, squash


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text_of(value: Any) -> str:
    """One string for a value: an object gives its name (or ``@id``/``url``), a list its items joined by ", "."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@id") or value.get("url"))
    if isinstance(value, list):
        return ", ".join(dict.fromkeys(filter(None, (text_of(v) for v in value))))
    return squash(str(value))


def strings_of(value: Any) -> list[str]:
    """Every non-empty string of a value or list of values."""
    return [s for s in (text_of(v) for v in _as_list(value)) if s]


def _strip_scheme(text: str, scheme: str) -> str:
    return text[len(scheme):].strip() if text.lower().startswith(scheme) else text


def postal_address(addr: Any) -> tuple[str, str, str]:
    """``(address, postal code, region)`` of a PostalAddress (or a plain string).

    The parts are joined region, locality, street; a street that already starts with the region or locality
    (``"서울특별시 마포구 …"`` written whole) is not prefixed again.
    """
    if isinstance(addr, list):
        addr = next((a for a in addr if a), None)
    if not isinstance(addr, dict):
        return text_of(addr), "", ""
    region, locality = text_of(addr.get("addressRegion")), text_of(addr.get("addressLocality"))
    street = text_of(addr.get("streetAddress"))
    parts = []
    words = street.split()
    for part in (region, locality):
        if part and part not in parts and part not in words[:3]:
            parts.append(part)
    if street:
        parts.append(street)
    elif not parts:
        parts.append(text_of(addr.get("name")))
    return " ".join(p for p in parts if p), text_of(addr.get("postalCode")), region


def opening_hours(obj: Mapping[str, Any]) -> str:
    """The JSON text of ``openingHoursSpecification`` (``@type``/``@id`` dropped), else ``openingHours``."""
    spec = obj.get("openingHoursSpecification")
    if spec:
        def clean(s: Any) -> Any:
            return {k: v for k, v in s.items() if k not in ("@type", "@id")} if isinstance(s, dict) else s

        value = [clean(s) for s in spec] if isinstance(spec, list) else clean(spec)
        return json.dumps(value, ensure_ascii=False)
    return ", ".join(strings_of(obj.get("openingHours")))


def _amenity(value: Any) -> str:
    if isinstance(value, dict):
        name, count = text_of(value.get("name")), text_of(value.get("value"))
        if count and count.lower() not in ("true", "false"):
            return f"{name} | {count}"
        return name
    return text_of(value)


def _catalog_items(catalog: Any) -> list[str]:
    out = []
    for cat in _as_list(catalog):
        if not isinstance(cat, dict):
            out.extend(strings_of(cat))
            continue
        elements = _as_list(cat.get("itemListElement"))
        if not elements:
            out.extend(strings_of(cat.get("name")))
        for element in elements:
            if isinstance(element, dict):
                offered = element.get("itemOffered")
                out.extend(strings_of(offered if offered else element))
            else:
                out.extend(strings_of(element))
    return out


def _homepage(obj: Mapping[str, Any], page_url: str | None) -> str:
    """The place's own web address: ``url`` when it is off the crawled site (else it is the page itself)."""
    for candidate in _as_list(obj.get("url")):
        url = text_of(candidate)
        if not url.startswith(("http://", "https://")):
            continue
        if page_url and urlparse(url).hostname == urlparse(page_url).hostname:
            continue
        return url
    return ""


def place_fields(obj: Mapping[str, Any], page_url: str | None = None) -> dict[str, Any]:
    """Raw fields of a schema.org place object (empty values left out)."""
    fields: dict[str, Any] = {}

    def put(name: str, value: Any) -> None:
        if value:
            fields[name] = value

    location = next((x for x in _as_list(obj.get("location")) if isinstance(x, dict)), {})
    put("name", text_of(obj.get("name")))
    put("alt_names", strings_of(obj.get("alternateName")))
    address, postal, _region = postal_address(obj.get("address") or location.get("address") or
                                             (location if location.get("streetAddress") else None))
    put("address", address)  # the region is its first part: no separate ``region`` field
    put("postal_code", postal)
    put("phone", _strip_scheme(text_of(obj.get("telephone") or location.get("telephone")), "tel:"))
    put("fax", _strip_scheme(text_of(obj.get("faxNumber")), "tel:"))
    put("email", _strip_scheme(text_of(obj.get("email")), "mailto:"))
    put("homepage", _homepage(obj, page_url))
    put("hours", opening_hours(obj) or opening_hours(location))
    geo = next((g for g in _as_list(obj.get("geo") or location.get("geo")) if isinstance(g, dict)), None)
    if geo:
        put("lat", text_of(geo.get("latitude")))
        put("lon", text_of(geo.get("longitude")))
    desc = obj.get("description")
    if isinstance(desc, list):
        desc = " ".join(str(d) for d in desc)
    if desc:
        put("description", html_to_text(str(desc)) if "<" in str(desc) else squash(str(desc)))
    put("operator", text_of(obj.get("parentOrganization") or obj.get("brand") or obj.get("founder")
                            or obj.get("provider")))
    put("equipment", [e for e in (_amenity(a) for a in _as_list(obj.get("amenityFeature"))) if e])
    put("programmes", strings_of(obj.get("event")) or _catalog_items(obj.get("hasOfferCatalog")))
    action = next((a for a in _as_list(obj.get("potentialAction")) if isinstance(a, dict)), None)
    if action:
        target = action.get("target")
        put("reservation_url", text_of(target.get("urlTemplate") if isinstance(target, dict) else target))
    put("opened", text_of(obj.get("foundingDate")))
    put("area", text_of(obj.get("floorSize")))
    # how the site names the kind: ``additionalType`` (the schema.org @type is no site's word for it)
    put("kind_text", text_of(obj.get("additionalType")))
    return fields
