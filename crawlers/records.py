"""One page → one raw record by every extraction method, with the method that gave each field (provenance).

Methods, highest precedence first (a field keeps the first value found):

1. ``selectors`` — the source's configured CSS/XPath expressions (an operator's explicit choice wins);
2. structured data — ``jsonld``, ``microdata``, ``rdfa``, ``opengraph`` (see ``crawlers.structured``);
3. ``labels`` — label-driven facts of the visible HTML (``crawlers.labels``, dictionary ``config/labels.yaml``);
4. ``heading`` — the page's ``<h1>`` (else first ``<h2>``) as the name when nothing else named the place, and
   the lead paragraph under it (``<p class="lead">``) as the description when nothing else described it;
5. ``links`` — ``tel:`` and ``mailto:`` links as the phone and e-mail when no method found them.

Methods 4 and 5 read the visible page like labels do, and are on when labels are.

:func:`read_page` also tells what the page *is*: a facility (one place), a listing (places or repeated facts of
several places), or neither.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crawlers.extract import apply_selectors, split_list
from crawlers.labels import LabelDictionary, content_root, read_labels
from crawlers.schema_fields import place_fields
from crawlers.structured import SYNTAXES, StructuredData, facility_objects, listed_places, read_structured
from crawlers.text import _element_text

#: Facts that make a label-only page a facility page (with a name).
CORE_FACTS = ("address", "phone")


@dataclass(frozen=True)
class Methods:
    """Which extraction methods a source uses."""

    structured: tuple[str, ...] = SYNTAXES
    """Structured-data syntaxes read (empty: none)."""
    labels: LabelDictionary | None = None
    """The label dictionary (None: label-driven facts off)."""
    selectors: Mapping[str, str] = field(default_factory=dict)
    """Configured selectors, field → CSS/XPath."""
    split: Mapping[str, str] = field(default_factory=dict)
    """Fields whose one-line list is split on these separators."""
    name_from: tuple[str, ...] | None = None
    """The methods a facility's name may come from (None: any); a page named otherwise names no facility."""
    jsonld_repair: bool = True
    """Repair malformed JSON-LD (missing or trailing commas, comments…); off: a malformed block is absent."""


@dataclass
class PageRecord:
    """What one page gave."""

    fields: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    """Field → the method that produced it."""
    kind: str = "none"
    """``facility`` (one place), ``listing`` (several places' facts) or ``none``."""
    structured: StructuredData | None = None
    main_object: dict[str, Any] | None = None
    """The structured place object the record was read from, if any."""

    name_from: tuple[str, ...] | None = None

    def add(self, values: Mapping[str, Any], method: str) -> None:
        """Add fields a method found; fields already present keep their value."""
        for name, value in values.items():
            if value in (None, "", [], ()) or name in self.fields:
                continue
            if name == "name" and self.name_from is not None and method not in self.name_from:
                continue
            self.fields[name] = value
            self.provenance[name] = method


def _main_heading(root: Any) -> Any:
    """The page's main heading: the first ``<h1>``, else (a page without one) the first ``<h2>``."""
    for tag in ("h1", "h2"):
        for h in root.iter(tag):
            text = _element_text(h)
            if text and len(text) <= 120:
                return h
    return None


def _lead(heading: Any, classes: tuple[str, ...]) -> str:
    """The paragraph right under the main heading when its class marks it a lead (``<p class="lead">``)."""
    sibling = heading.getnext() if heading is not None else None
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    if sibling is None or sibling.tag not in ("p", "div"):
        return ""
    words = set((sibling.get("class") or "").lower().replace("-", " ").replace("_", " ").split())
    return _element_text(sibling) if words & set(classes) else ""


def _same_place(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return not b.get("name") or str(b.get("name")).strip() == str(a.get("name")).strip()


def read_page(root: Any, url: str, methods: Methods, body: bytes | None = None) -> PageRecord:
    """Read a parsed page (an lxml root) with the source's methods. ``body``, the page's source (bytes), lets
    absent syntaxes and page parts be skipped without walking the tree."""
    record = PageRecord(name_from=methods.name_from)
    lowered = body.lower() if body is not None else None
    if methods.selectors:
        from parsel import Selector

        record.add(apply_selectors(Selector(root=root, type="html"), methods.selectors), "selectors")
    places: list[tuple[str, dict[str, Any]]] = []
    if methods.structured:
        data = read_structured(root, url, methods.structured, lowered, methods.jsonld_repair)
        record.structured = data
        places = facility_objects(data)
        if places:
            main_syntax, main = places[0]
            record.main_object = main
            record.add(place_fields(main, url), main_syntax)
            for syntax, other in places[1:]:
                if _same_place(main, other):
                    record.add(place_fields(other, url), syntax)
    facts = None
    if methods.labels is not None:
        facts = read_labels(root, methods.labels, lowered)
        record.add(facts.fields, "labels")
    if facts is not None:  # the visible page: its heading and its tel:/mailto: links (with labels on)
        heading = _main_heading(content_root(root, lowered))
        if "name" not in record.fields and heading is not None:
            record.add({"name": _element_text(heading)}, "heading")
        if "description" not in record.fields and methods.labels is not None:
            record.add({"description": _lead(heading, methods.labels.lead_classes)}, "heading")
        if "phone" not in record.fields or "email" not in record.fields:
            phones, emails = facts.phones, facts.emails
            record.add({"phone": phones[0] if phones else "", "email": emails[0] if emails else ""}, "links")
    for name, separators in methods.split.items():
        value = record.fields.get(name)
        if isinstance(value, str):
            record.fields[name] = split_list(value, separators)
        elif isinstance(value, list):
            record.fields[name] = [part for v in value for part in split_list(v, separators)]
    record.kind = _page_kind(record, places, facts)
    return record


def _page_kind(record: PageRecord, places: list[tuple[str, dict[str, Any]]], facts: Any) -> str:
    """A facility page names one place; a page listing several places (or their facts) is a listing."""
    distinct = {str(obj.get("name")).strip() for _, obj in places}
    if record.structured is not None and listed_places(record.structured):
        return "listing" if len(distinct) != 1 or not record.main_object else "facility"
    if len(distinct) > 1 and not _main_entity_first(record, places):
        return "listing"
    if record.main_object is not None:
        return "facility"
    if record.provenance.get("name") == "selectors":
        return "facility"  # the operator's name selector matched
    if facts is None:
        return "none"
    if any(facts.counts[f] > 1 for f in CORE_FACTS):
        return "listing"
    has_core = any(record.provenance.get(f) in ("labels", "selectors") for f in CORE_FACTS)
    return "facility" if record.fields.get("name") and has_core else "none"


def _main_entity_first(record: PageRecord, places: list[tuple[str, dict[str, Any]]]) -> bool:
    """A WebPage's mainEntity was put first: the page is about that place even if others are mentioned."""
    if record.structured is None:
        return False
    for _syntax, obj in record.structured.all_objects():
        main = obj.get("mainEntity") if isinstance(obj, dict) else None
        if isinstance(main, dict) and places and main is places[0][1]:
            return True
    return False
