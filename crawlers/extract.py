"""Extraction helpers shared by every spider: selectors, label tables, JSON-LD and description text.

Everything here returns strings (or lists of strings) exactly as the page shows them, with whitespace collapsed;
cleaning belongs to ``normalizers``. Selectors are parsel (lxml) expressions, fast enough for the ~200 pages/s
goal; BeautifulSoup is used only to turn description HTML (a JSON-LD ``description``) into text — lxml already
recovers the broken pages met so far (unclosed cells, stray end tags, truncation).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from bs4 import BeautifulSoup
from parsel import Selector, SelectorList

#: Raw fields that hold several values; every other field holds one string.
LIST_FIELDS = frozenset({"alt_names", "equipment", "programmes"})

_WS = re.compile(r"\s+")


def squash(text: str | None) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space and strip the ends."""
    if not text:
        return ""
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()


def is_xpath(expr: str) -> bool:
    """Tell whether a selector expression is XPath (``xpath:`` prefix or starts with ``/``, ``./`` or ``(``)."""
    return expr.startswith(("xpath:", "/", "./", "(")) and not expr.startswith("css:")


def select(sel: Selector | SelectorList, expr: str) -> SelectorList:
    """Apply a CSS or XPath expression (see :func:`is_xpath`; ``css:``/``xpath:`` prefixes are allowed)."""
    if expr.startswith("xpath:"):
        return sel.xpath(expr[6:])
    if expr.startswith("css:"):
        return sel.css(expr[4:])
    return sel.xpath(expr) if is_xpath(expr) else sel.css(expr)


def _element_text(el: Any) -> str:
    if el.tag in ("script", "style") or not isinstance(el.tag, str):
        return ""
    if el.find(".//script") is None and el.find(".//style") is None:
        return squash(" ".join(el.itertext()))
    parts = [el.text or ""]
    for child in el:
        parts.append(_element_text(child))
        parts.append(child.tail or "")
    return squash(" ".join(parts))


def node_text(node: Selector) -> str:
    """Return a node's visible text; a table row becomes its cells joined with ``" | "``.

    Text nodes and attribute values (from ``::text``, ``::attr()``, ``/@href``) are returned as they are.
    Uses lxml directly (no XPath per node): this runs for every field of every page.
    """
    root = node.root
    if isinstance(root, str):
        return squash(root)
    if root.tag == "tr":
        cells = [_element_text(c) for c in root if c.tag in ("td", "th")]
        return " | ".join(c for c in cells if c)
    return _element_text(root)


def select_texts(sel: Selector | SelectorList, expr: str) -> list[str]:
    """Return the non-empty texts of every node an expression selects."""
    out = []
    for node in select(sel, expr):
        text = node_text(node)
        if text:
            out.append(text)
    return out


def apply_selectors(sel: Selector | SelectorList, selectors: Mapping[str, str]) -> dict[str, Any]:
    """Read fields by selector: list fields keep every match, the others the first non-empty match joined.

    For a single-valued field whose expression matches several text nodes (``.addr::text`` over ``<br>``), the
    texts are joined with a space, so that an address split over lines stays one string.
    """
    fields: dict[str, Any] = {}
    for name, expr in selectors.items():
        texts = select_texts(sel, expr)
        if not texts:
            continue
        if name in LIST_FIELDS:
            fields[name] = texts
        else:
            fields[name] = texts[0] if len(texts) == 1 or not _selects_text(expr) else " ".join(texts)
    return fields


def _selects_text(expr: str) -> bool:
    return expr.endswith("::text") or expr.endswith("text()")


def normalise_label(label: str) -> str:
    """A table label without spaces or a trailing colon (``"운영 기관 :"`` → ``"운영기관"``)."""
    return re.sub(r"[\s:：]", "", label)


def _cell_children(el: Any) -> list[Any]:
    return [c for c in el if c.tag in ("td", "th")]


def label_rows(sel: Selector | SelectorList) -> dict[str, Selector]:
    """Map each label of a label → value table to its value node (first occurrence wins).

    A row is a ``<tr>`` with at least two cells, the first being the label and the second the value, or a
    ``<dt>`` and the ``<dd>`` after it. Labels are normalised with :func:`normalise_label`. Walks the lxml tree
    directly (no XPath per row): this runs for every facility page.
    """
    out: dict[str, Selector] = {}
    roots = sel if isinstance(sel, SelectorList) else [sel]
    for root_sel in roots:
        root = root_sel.root
        if isinstance(root, str):
            continue
        for row in root.iter("tr", "dt"):
            if row.tag == "dt":
                label_el = row
                value_el = row.getnext()
                while value_el is not None and value_el.tag != "dd":
                    value_el = value_el.getnext() if value_el.tag not in ("dt",) else None
            else:
                cells = _cell_children(row)
                if len(cells) < 2:
                    continue
                label_el, value_el = cells[0], cells[1]
            if value_el is None:
                continue
            label = normalise_label(_element_text(label_el))
            if label and label not in out:
                out[label] = Selector(root=value_el, type="html")
    return out


def label_table(sel: Selector | SelectorList, labels: Mapping[str, str]) -> dict[str, str]:
    """Read a label → value table (``<th>운영기관</th><td>…</td>`` or ``<dt>``/``<dd>``) into raw fields.

    ``labels`` maps a label as printed (compared after :func:`normalise_label`) to a field name; labels not
    listed are ignored. The first occurrence of a field wins.
    """
    norm = {normalise_label(k): v for k, v in labels.items()}
    fields: dict[str, str] = {}
    for label, value_node in label_rows(sel).items():
        field = norm.get(label)
        if not field or field in fields:
            continue
        value = node_text(value_node)
        if value:
            fields[field] = value
    return fields


def split_list(text: str, separators: str = ",，") -> list[str]:
    """Split a one-line list (``"3D프린터(2대), 레이저 커터(1대)"``) on separators outside brackets."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "([{（":
            depth += 1
        elif ch in ")]}）":
            depth = max(0, depth - 1)
        if ch in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [squash(p) for p in parts if squash(p)]


def text_lines(node: Selector) -> list[str]:
    """The non-empty text lines of a node (text nodes split at ``<br>`` and block elements)."""
    return [t for t in (squash(x) for x in node.xpath(".//text()").getall()) if t]


_BLOCK_TAGS = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section",
               "article", "blockquote", "dd", "dt", "pre"]


def html_to_text(html: str | None) -> str:
    """Turn a description's HTML into text: block elements become line breaks, whitespace is tidied."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCK_TAGS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text("")
    lines = [squash(line) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


# --- schema.org JSON-LD ---------------------------------------------------------------------------------------

#: schema.org types accepted as a facility (Place, LocalBusiness and the subtypes seen on maker-space sites).
JSONLD_TYPES = frozenset({
    "Place", "LocalBusiness", "Organization", "CivicStructure", "EducationalOrganization",
    "GovernmentOrganization", "ProfessionalService", "Library", "Museum", "CoworkingSpace",
    "HomeAndConstructionBusiness", "Store", "EntertainmentBusiness", "NGO",
})


class JsonLdError(ValueError):
    """A JSON-LD block could not be parsed."""


def jsonld_objects(sel: Selector | SelectorList) -> list[dict[str, Any]]:
    """Return every JSON object found in ``<script type="application/ld+json">`` blocks (``@graph`` expanded).

    Raises :class:`JsonLdError` when a block is not valid JSON (after tolerating a trailing semicolon or comma).
    """
    objects: list[dict[str, Any]] = []
    for raw in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        text = raw.strip().rstrip(";")
        if not text:
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", text))
            except json.JSONDecodeError as exc:
                raise JsonLdError(f"invalid JSON-LD: {exc}") from exc
        objects.extend(_flatten_graph(data))
    return objects


def _flatten_graph(data: Any) -> Iterable[dict[str, Any]]:
    if isinstance(data, list):
        for d in data:
            yield from _flatten_graph(d)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_graph(data["@graph"])
        else:
            yield data


def _types(obj: Mapping[str, Any]) -> set[str]:
    t = obj.get("@type", [])
    values = t if isinstance(t, list) else [t]
    return {str(v).rsplit("/", 1)[-1] for v in values}


def find_facility_jsonld(objects: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the first JSON-LD object whose ``@type`` is a place or business type, else None."""
    for obj in objects:
        if _types(obj) & JSONLD_TYPES:
            return obj
    return None


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return _s(value.get("name") or value.get("@id") or value.get("url"))
    if isinstance(value, list):
        return ", ".join(filter(None, (_s(v) for v in value)))
    return squash(str(value))


def _strings(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [s for s in (_s(v) for v in values) if s]


def jsonld_fields(obj: Mapping[str, Any]) -> dict[str, Any]:
    """Map a schema.org Place/LocalBusiness object to raw fields (strings, lists of strings)."""
    fields: dict[str, Any] = {}

    def put(name: str, value: Any) -> None:
        if value:
            fields[name] = value

    put("name", _s(obj.get("name")))
    put("alt_names", _strings(obj.get("alternateName")))
    addr = obj.get("address")
    if isinstance(addr, dict):
        parts = [_s(addr.get(k)) for k in ("addressRegion", "addressLocality", "streetAddress")]
        put("address", " ".join(p for p in parts if p))
        put("postal_code", _s(addr.get("postalCode")))
        put("region", _s(addr.get("addressRegion")))
    else:
        put("address", _s(addr))
    put("phone", _s(obj.get("telephone")))
    put("fax", _s(obj.get("faxNumber")))
    put("email", _s(obj.get("email")).removeprefix("mailto:"))
    put("homepage", _s(obj.get("url")) if isinstance(obj.get("url"), str) else "")
    put("hours", _hours(obj))
    geo = obj.get("geo")
    if isinstance(geo, dict):
        put("lat", _s(geo.get("latitude")))
        put("lon", _s(geo.get("longitude")))
    desc = obj.get("description")
    if desc:
        put("description", html_to_text(str(desc)) if "<" in str(desc) else squash(str(desc)))
    put("operator", _s(obj.get("parentOrganization") or obj.get("brand") or obj.get("founder")))
    equipment = [_amenity(a) for a in _as_list(obj.get("amenityFeature"))]
    put("equipment", [e for e in equipment if e])
    put("programmes", _strings(obj.get("event")) or _strings(obj.get("hasOfferCatalog")))
    put("reservation_url", _s(obj.get("potentialAction", {}).get("target"))
        if isinstance(obj.get("potentialAction"), dict) else "")
    put("opened", _s(obj.get("foundingDate")))
    put("area", _s(obj.get("floorSize")))
    put("kind_text", _s(obj.get("additionalType")) or ", ".join(sorted(_types(obj))))
    return fields


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _amenity(value: Any) -> str:
    if isinstance(value, dict):
        name, count = _s(value.get("name")), _s(value.get("value"))
        if count and count.lower() not in ("true", "false"):
            return f"{name} | {count}"
        return name
    return _s(value)


def _hours(obj: Mapping[str, Any]) -> str:
    hours = obj.get("openingHours")
    if hours:
        return ", ".join(_strings(hours))
    specs = []
    for spec in _as_list(obj.get("openingHoursSpecification")):
        if not isinstance(spec, dict):
            continue
        days = ",".join(d.rsplit("/", 1)[-1] for d in _strings(spec.get("dayOfWeek")))
        specs.append(squash(f"{days} {_s(spec.get('opens'))}-{_s(spec.get('closes'))}"))
    return ", ".join(specs)
