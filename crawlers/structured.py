"""Structured data of a page (schema.org JSON-LD, microdata, RDFa, OpenGraph) → the page's facility object.

extruct reads microdata, RDFa and OpenGraph from the lxml tree the response already parsed (no second parse);
JSON-LD blocks are read here so that a malformed block can be repaired (raw newlines in strings, HTML entities,
comments, trailing or missing commas — ``json_repair`` does the last two) instead of being dropped. Every syntax
gives objects in one shape, compact schema.org with nested objects (``@graph`` expanded, ``@id`` references
resolved, ``https://schema.org/`` prefixes removed); :func:`facility_objects` keeps only the *places*
(LocalBusiness and its subtypes, Place, CivicStructure, …) — an ``Organization``, ``WebSite``, ``WebPage``,
``BreadcrumbList`` or ``ItemList`` is never a facility.

Only syntaxes present in the page are run (a cheap test of the tree first): RDFa through pyRdfa costs ~10 ms a
page, so it runs only where ``typeof``/``property`` attributes exist. extruct is imported with this module (its
package imports rdflib: ~0.12 s), once per crawl process before the crawl starts, not at the first page that
needs it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from extruct.opengraph import OpenGraphExtractor
from extruct.rdfa import RDFaExtractor
from extruct.uniform import _uopengraph
from extruct.utils import parse_xmldom_html
from extruct.w3cmicrodata import MicrodataExtractor

from crawlers.errors import JsonLdError
from crawlers.jsonld import jsonld_blocks, parse_jsonld_text
from crawlers.text import _element_text

__all__ = ["SYNTAXES", "StructuredData", "facility_objects", "jsonld_blocks", "listed_places", "parse_jsonld_text",
           "read_jsonld", "read_structured"]

#: The syntaxes, in the order their objects are preferred.
SYNTAXES = ("jsonld", "microdata", "rdfa", "opengraph")

#: schema.org types that are places. A type is a place when it, or one of its names below, is in this set.
PLACE_TYPES = frozenset({
    "Place", "LocalBusiness", "CivicStructure", "Accommodation", "AdministrativeArea", "Landform",
    "LandmarksOrHistoricalBuildings", "Residence", "TouristAttraction", "TouristDestination",
    # CivicStructure subtypes
    "Airport", "Aquarium", "Beach", "BoatTerminal", "Bridge", "BusStation", "BusStop", "Campground", "Cemetery",
    "Crematorium", "EducationalOrganization", "EventVenue", "FireStation", "GovernmentBuilding", "CityHall",
    "Courthouse", "DefenceEstablishment", "Embassy", "LegislativeBuilding", "Hospital", "MovieTheater", "Museum",
    "MusicVenue", "Park", "ParkingFacility", "PerformingArtsTheater", "PlaceOfWorship", "Playground",
    "PoliceStation", "PublicToilet", "RVPark", "StadiumOrArena", "SubwayStation", "TaxiStand", "TrainStation",
    "Zoo", "School", "CollegeOrUniversity", "ElementarySchool", "HighSchool", "MiddleSchool", "Preschool",
    # LocalBusiness subtypes
    "AnimalShelter", "ArchiveOrganization", "AutomotiveBusiness", "ChildCare", "Dentist", "DryCleaningOrLaundry",
    "EmergencyService", "EmploymentAgency", "EntertainmentBusiness", "ArtGallery", "AmusementPark",
    "FinancialService", "FoodEstablishment", "CafeOrCoffeeShop", "Restaurant", "Bakery", "GovernmentOffice",
    "HealthAndBeautyBusiness", "HomeAndConstructionBusiness", "InternetCafe", "LegalService", "Library",
    "LodgingBusiness", "MedicalBusiness", "ProfessionalService", "RadioStation", "RealEstateAgent",
    "RecyclingCenter", "SelfStorage", "ShoppingCenter", "SportsActivityLocation", "ExerciseGym", "SportsClub",
    "Store", "HardwareStore", "TelevisionStation", "TouristInformationCenter", "TravelAgency",
    "CoworkingSpace",  # not in schema.org, but sites write it
})

#: Types that are never facilities, even when they carry an address (the site or its publisher).
NOT_FACILITY_TYPES = frozenset({
    "Organization", "Corporation", "NGO", "WebSite", "WebPage", "AboutPage", "ContactPage", "CollectionPage",
    "SearchResultsPage", "BreadcrumbList", "ItemList", "ListItem", "Article", "BlogPosting", "NewsArticle",
    "Person", "Event", "Offer", "Product", "ImageObject", "SiteNavigationElement",
})

_SCHEMA_PREFIX = re.compile(r"^https?://(?:www\.)?schema\.org/")


@dataclass
class StructuredData:
    """What a page declares: objects per syntax, and how many JSON-LD blocks were repaired or unreadable."""

    objects: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Compact schema.org objects by syntax (``jsonld``, ``microdata``, ``rdfa``, ``opengraph``)."""
    repaired: int = 0
    """JSON-LD blocks that were malformed and read after repair."""
    unreadable: int = 0
    """JSON-LD blocks that could not be read at all (left for the next method)."""

    def all_objects(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every object with its syntax, in preference order."""
        for syntax in SYNTAXES:
            for obj in self.objects.get(syntax, ()):
                yield syntax, obj


# --- JSON-LD ----------------------------------------------------------------------------------------------------


def read_jsonld(root: Any, repair: bool = True) -> tuple[list[dict[str, Any]], int, int]:
    """Every JSON-LD object of a page (``@graph`` and arrays flattened), repaired blocks, unreadable blocks."""
    objects: list[dict[str, Any]] = []
    repaired = unreadable = 0
    for text in jsonld_blocks(root):
        if not text.strip():
            continue
        try:
            data, fixed = parse_jsonld_text(text, repair)
        except JsonLdError:
            unreadable += 1
            continue
        repaired += fixed
        objects.extend(compact_objects(data))
    return objects, repaired, unreadable


# --- compact form -----------------------------------------------------------------------------------------------


def _strip_prefix(name: str) -> str:
    return _SCHEMA_PREFIX.sub("", name)


def _compact(value: Any, index: Mapping[str, Any], depth: int = 0) -> Any:
    """schema.org prefixes removed, ``{"@id": x}`` references replaced by the node they name (no cycles)."""
    if depth > 8:
        return value
    if isinstance(value, list):
        return [_compact(v, index, depth + 1) for v in value]
    if not isinstance(value, dict):
        return _strip_prefix(value) if isinstance(value, str) and _SCHEMA_PREFIX.match(value) else value
    if set(value) == {"@id"} and value["@id"] in index:
        return _compact(index[value["@id"]], index, depth + 1)
    if "@value" in value and len(value) <= 3:
        return value["@value"]
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key == "@context":
            continue
        name = key if key.startswith("@") else _strip_prefix(key)
        out[name] = _compact(item, index, depth + 1)
    if "@type" in out:
        types = out["@type"] if isinstance(out["@type"], list) else [out["@type"]]
        out["@type"] = [_strip_prefix(str(t)) for t in types]
    return out


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        else:
            yield data


#: Properties through which a page says what it is about: the node they point at stays a top-level object.
_TOPIC_KEYS = frozenset({"mainEntity", "about", "mainEntityOfPage", "item", "itemListElement", "subjectOf"})


def compact_objects(data: Any) -> list[dict[str, Any]]:
    """Top-level objects of a JSON-LD document (or extruct's output) in compact form with references resolved.

    A node another node points at (its address, geo, ``location`` or operator) is part of that node, not an object
    of its own; a node pointed at as a page's ``mainEntity`` (or an ItemList's item) stays one."""
    nodes = list(_flatten(data))
    index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    referenced = {ref for n in nodes for ref in _references(n, top=True)}
    out = []
    for node in nodes:
        if node.get("@id") in referenced:
            continue
        out.append(_compact(node, index))
    return out


def _references(value: Any, top: bool = False) -> Iterator[str]:
    if isinstance(value, list):
        for v in value:
            yield from _references(v)
    elif isinstance(value, dict):
        if not top and set(value) == {"@id"} and isinstance(value["@id"], str):
            yield value["@id"]
        for key, v in value.items():
            if key != "@id" and _strip_prefix(key) not in _TOPIC_KEYS:
                yield from _references(v)


def types_of(obj: Mapping[str, Any]) -> set[str]:
    """The schema.org type names of an object (prefixes removed)."""
    t = obj.get("@type", [])
    values = t if isinstance(t, list) else [t]
    return {_strip_prefix(str(v)).rsplit("/", 1)[-1] for v in values if v}


def _is_place(obj: Mapping[str, Any]) -> bool:
    return bool(types_of(obj) & PLACE_TYPES)


def _located(obj: Mapping[str, Any]) -> bool:
    """An object whose ``location`` is a place (a Place, or an object with an address or coordinates)."""
    for loc in obj.get("location") if isinstance(obj.get("location"), list) else [obj.get("location")]:
        if isinstance(loc, dict) and (_is_place(loc) or loc.get("address") or loc.get("geo")):
            return True
    return False


def is_facility_object(obj: Mapping[str, Any]) -> bool:
    """True for a named place: a place-typed object, or an organisation whose ``location`` is a place (a space
    written as the Organization that runs it, at its Place). An Organization with just an address (a directory,
    an operator's head office), a WebSite, an ItemList… never is; neither is an Event at a place."""
    if not obj.get("name"):
        return False
    types = types_of(obj)
    if types & PLACE_TYPES:
        return True
    return bool(types & {"Organization", "NGO", "Corporation", "EducationalOrganization"}) and _located(obj)


# --- microdata, RDFa, OpenGraph through extruct ------------------------------------------------------------------


def _has_microdata(root: Any) -> bool:
    return bool(root.xpath("boolean(//*[@itemscope])"))


def _has_rdfa(root: Any) -> bool:
    return bool(root.xpath("boolean(//*[@typeof] | //*[@property and not(self::meta)] | //*[@vocab])"))


def _has_opengraph(root: Any) -> bool:
    return bool(root.xpath("boolean(//meta[starts-with(@property, 'og:') or starts-with(@property, 'place:')"
                           " or starts-with(@property, 'business:')])"))


@functools.lru_cache(maxsize=1)
def _microdata_extractor() -> Any:
    """extruct's microdata extractor, with an element's value taken as its text content (what the microdata
    specification says) instead of extruct's cleaned copy of the element (a deep copy and an HTML cleaner per
    value: 60% of the extraction's time)."""
    class TextContentMicrodata(MicrodataExtractor):
        def _extract_textContent(self, node: Any) -> str:  # noqa: N802 - extruct's name
            return _element_text(node)

    return TextContentMicrodata()


def _microdata_item(item: Any) -> Any:
    """extruct's ``{"type", "properties", "id"}`` item as a JSON-LD-like object (``@type``, properties)."""
    if not isinstance(item, dict) or "properties" not in item:
        return [_microdata_item(v) for v in item] if isinstance(item, list) else item
    out: dict[str, Any] = {"@type": item.get("type") or []}
    if item.get("id"):
        out["@id"] = item["id"]
    for name, value in item["properties"].items():
        out[name] = _microdata_item(value)
    return out


def read_microdata(root: Any, base_url: str) -> list[dict[str, Any]]:
    """Microdata items in compact schema.org form (extruct)."""
    items = _microdata_extractor().extract_items(root, base_url)
    return compact_objects([_microdata_item(i) for i in items])


def read_rdfa(root: Any, base_url: str) -> list[dict[str, Any]]:
    """RDFa (schema.org vocabulary) nodes in compact form, references between nodes resolved.

    pyRdfa walks a DOM, so the page is parsed once more into extruct's DOM-compatible tree (only pages that
    carry RDFa attributes get here)."""
    from lxml import etree

    document = parse_xmldom_html(etree.tostring(root, encoding="utf-8", method="html"), "utf-8")
    nodes = RDFaExtractor().extract_items(document, base_url=base_url)
    return [obj for obj in compact_objects(_rdfa_nodes(nodes)) if obj.get("@type")]


def _rdfa_nodes(nodes: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Expanded JSON-LD from pyRdfa: single values unwrapped, only schema.org properties kept."""
    out = []
    for node in nodes:
        obj: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("@id", "@type"):
                obj[key] = value
            elif _SCHEMA_PREFIX.match(key):
                values = value if isinstance(value, list) else [value]
                obj[key] = values[0] if len(values) == 1 else values
        if len(obj) > 1:
            out.append(obj)
    return out


def read_opengraph(root: Any) -> list[dict[str, Any]]:
    """OpenGraph as one object: a ``place``/``business`` page becomes a LocalBusiness with its contact data."""
    out = []
    found = _uopengraph(list(OpenGraphExtractor().extract_items(root)))
    # extruct keeps only declared namespaces (og, article, …); sites write business:/place: without a prefix
    # declaration, so those properties are read here as the page gives them
    extra = {m.get("property"): m.get("content") for m in root.iter("meta")
             if (m.get("property") or "").startswith(("business:", "place:")) and m.get("content")}
    if extra:
        if not found:
            found = [{}]
        for key, value in extra.items():
            found[0].setdefault(key, value)
    for og in found:
        og_type = str(og.get("@type") or "")
        contact = {k.split(":", 2)[-1]: v for k, v in og.items() if k.startswith("business:contact_data:")}
        if og_type not in ("place", "business.business") and not contact:
            continue  # a plain article or website: its title is no facility name
        obj: dict[str, Any] = {"@type": ["LocalBusiness"], "name": og.get("og:title")}
        if og.get("og:description"):
            obj["description"] = og["og:description"]
        address = {"streetAddress": contact.get("street_address"), "addressLocality": contact.get("locality"),
                   "addressRegion": contact.get("region"), "postalCode": contact.get("postal_code")}
        if any(address.values()):
            obj["address"] = {k: v for k, v in address.items() if v}
        for og_key, key in (("phone_number", "telephone"), ("email", "email"), ("website", "url")):
            if contact.get(og_key):
                obj[key] = contact[og_key]
        lat = og.get("place:location:latitude")
        lon = og.get("place:location:longitude")
        if lat and lon:
            obj["geo"] = {"latitude": lat, "longitude": lon}
        out.append(obj)
    return out


#: Bytes a page's source must contain for a syntax to be present (a test far cheaper than walking the tree).
MARKERS = {"jsonld": (b"ld+json",), "microdata": (b"itemscope",), "rdfa": (b"typeof", b"vocab", b"property"),
           "opengraph": (b"og:", b"business:", b"place:")}


def present_syntaxes(body: bytes | None, syntaxes: Iterable[str] = SYNTAXES) -> tuple[str, ...]:
    """The syntaxes whose markers occur in a page's (lower-cased) source; all of them when it is unknown."""
    if body is None:
        return tuple(syntaxes)
    return tuple(s for s in syntaxes if any(m in body for m in MARKERS[s]))


def read_structured(root: Any, base_url: str, syntaxes: Iterable[str] = SYNTAXES,
                    body: bytes | None = None, repair: bool = True) -> StructuredData:
    """Read the requested syntaxes from a parsed page (an lxml root). With the page's lower-cased source
    (``body``), syntaxes whose markers it lacks are not looked for; the others cost one XPath test first."""
    wanted = set(present_syntaxes(body, syntaxes))
    data = StructuredData()
    if "jsonld" in wanted:
        objects, data.repaired, data.unreadable = read_jsonld(root, repair)
        if objects:
            data.objects["jsonld"] = objects
    if "microdata" in wanted and _has_microdata(root):
        data.objects["microdata"] = read_microdata(root, base_url)
    if "rdfa" in wanted and _has_rdfa(root):
        data.objects["rdfa"] = read_rdfa(root, base_url)
    if "opengraph" in wanted and _has_opengraph(root):
        data.objects["opengraph"] = read_opengraph(root)
    return data


def facility_objects(data: StructuredData) -> list[tuple[str, dict[str, Any]]]:
    """The place objects of a page with their syntax; an object that is the ``mainEntity`` of a page comes first.

    Places nested in a non-place (a WebPage's ``mainEntity``, an ItemList's elements, an Organization's
    ``location``) are found too, but only a WebPage's main entity counts as the page's own facility: an
    ``ItemList`` of places is a listing, and a directory's ``Organization`` is not a facility.
    """
    found: list[tuple[str, dict[str, Any]]] = []
    for syntax, obj in data.all_objects():
        types = types_of(obj)
        if is_facility_object(obj):
            found.append((syntax, obj))
        elif types & {"WebPage", "AboutPage", "ContactPage"}:
            for main in _as_list(obj.get("mainEntity")) + _as_list(obj.get("about")):
                if isinstance(main, dict) and is_facility_object(main):
                    found.insert(0, (syntax, main))
    return found


def listed_places(data: StructuredData) -> list[dict[str, Any]]:
    """Places that an ``ItemList`` on the page lists (a listing page's entries)."""
    out = []
    for _syntax, obj in data.all_objects():
        if "ItemList" in types_of(obj):
            for element in _as_list(obj.get("itemListElement")):
                item = element.get("item", element) if isinstance(element, dict) else element
                if isinstance(item, dict) and is_facility_object(item):
                    out.append(item)
    return out


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
