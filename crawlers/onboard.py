"""From a probe report (``crawlers.probe``) to a generic source definition: how the site lists its places.

What is inferred, from the pages the probe classified as facilities (one named place each):

- ``detail_url`` — a regular expression for the facility pages' addresses: the most common shape (path segments
  and query names) with the parts that vary made variable (digits when they are all digits), accepted only when
  it matches no page the probe saw as a listing or as no facility;
- ``key`` — ``{url_pattern: …}`` capturing the varying part (the last varying path segment, or the varying
  query value), accepted only when it tells every facility page apart;
- discovery — ``sitemap: true`` when the site's sitemap lists every facility page found (old addresses that
  redirect count), else link walking (every same-site link, "load more" buttons, JSON listings and the sitemap's
  pages).

The extraction methods stay the defaults (structured data, labels, heading, links): no selectors are written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_EXTENSION = re.compile(r"\.(?:html?|php|do|jsp|aspx?)$", re.I)


@dataclass
class Inference:
    """What the probe showed about a site, and the ``extract`` block built from it."""

    extract: dict[str, Any] = field(default_factory=dict)
    facility_pages: list[dict[str, Any]] = field(default_factory=list)
    listing_pages: int = 0
    """Pages (HTML or JSON) linking to facility pages."""
    other_pages: int = 0
    discovery: str = "links"
    """``sitemap`` or ``links``."""
    notes: list[str] = field(default_factory=list)
    title: str = ""


def _shape(url: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Path segments (a trailing ``"/"`` kept as a segment) and query names in the URL's order."""
    parts = urlsplit(url)
    segments = tuple(s for s in parts.path.split("/") if s != "")
    trailing = ("/",) if parts.path.endswith("/") and segments else ()
    names = tuple(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    return segments + trailing, names


def _signature(url: str) -> tuple[Any, ...]:
    """What URLs of one shape share: the constant first segment, the number of segments, the query names."""
    segments, names = _shape(url)
    return (segments[0] if len(segments) > 1 else "", len(segments), tuple(sorted(names)))


@dataclass(frozen=True)
class UrlTemplate:
    """One URL shape: constant path segments (None where they vary) and query names (varying values)."""

    segments: tuple[str | None, ...]
    query: tuple[str, ...]
    varying_query: tuple[str, ...]
    digits: tuple[bool, ...]
    query_digits: tuple[bool, ...]
    extension: str = ""
    """A file extension every value of the last varying segment ends with (``.html``): left out of the key."""

    def regex(self) -> str:
        """A regular expression for the shape's URLs (any host: the same source on a replica matches too)."""
        parts = [("\\d+" if digit else "[^/?#]+") if seg is None else re.escape(seg)
                 for seg, digit in zip(self.segments, self.digits, strict=True) if seg != "/"]
        path = "^https?://[^/]+/" + "/".join(parts) + ("/" if self.segments and self.segments[-1] == "/" else "")
        if not self.query:
            return path + "(?:[?#]|$)"
        pairs = []
        for name in self.query:
            if name in self.varying_query:
                digit = self.query_digits[self.varying_query.index(name)]
                pairs.append(re.escape(name) + "=" + ("\\d+" if digit else "[^&#]+"))
            else:
                pairs.append(re.escape(name) + "=[^&#]*")
        return path + "\\?" + "&".join(pairs) + "(?:[&#]|$)"

    def key_pattern(self) -> str | None:
        """A pattern capturing the varying part that identifies a page (the varying query value, else the last
        varying path segment)."""
        if self.varying_query:
            name, digit = self.varying_query[-1], self.query_digits[-1]
            return "[?&]" + re.escape(name) + "=(" + ("\\d+" if digit else "[^&#]+") + ")"
        varying = [i for i, seg in enumerate(self.segments) if seg is None]
        if not varying:
            return None
        last = varying[-1]
        lead = ["[^/?#]+" if seg is None else re.escape(seg) for seg in self.segments[:last] if seg != "/"]
        prefix = "^https?://[^/]+/" + "".join(part + "/" for part in lead)
        if self.extension:
            return prefix + "([^/?#]+?)" + re.escape(self.extension) + "(?:[?#]|$)"
        return prefix + "(" + ("\\d+" if self.digits[last] else "[^/?#]+") + ")"


def build_template(urls: list[str]) -> UrlTemplate:
    """The template of URLs that share one shape."""
    shapes = [_shape(u) for u in urls]
    count = len(shapes[0][0])
    segments: list[str | None] = []
    digits: list[bool] = []
    for i in range(count):
        values = {s[0][i] for s in shapes}
        if len(values) == 1 and len(urls) > 1:
            segments.append(next(iter(values)))
            digits.append(False)
        elif len(urls) == 1 and i < count - 1:
            segments.append(shapes[0][0][i])
            digits.append(False)
        else:
            segments.append(None if shapes[0][0][i] != "/" else "/")
            digits.append(all(s[0][i].isdigit() for s in shapes))
    names = shapes[0][1]
    varying, query_digits = [], []
    for name in names:
        values = {dict(parse_qsl(urlsplit(u).query)).get(name) for u in urls}
        if len(values) > 1 or len(urls) == 1:
            varying.append(name)
            query_digits.append(all((v or "").isdigit() for v in values))
    extension = ""
    varying_segments = [i for i, seg in enumerate(segments) if seg is None]
    if varying_segments:
        values = [s[0][varying_segments[-1]] for s in shapes]
        found = {m.group(0) if (m := _EXTENSION.search(v)) else "" for v in values}
        if len(found) == 1:
            extension = found.pop()
    return UrlTemplate(tuple(segments), names, tuple(varying), tuple(digits), tuple(query_digits), extension)


def _groups(urls: list[str]) -> list[list[str]]:
    """URLs grouped by shape, the largest group first."""
    by_signature: dict[Any, list[str]] = {}
    for url in dict.fromkeys(urls):
        by_signature.setdefault(_signature(url), []).append(url)
    return sorted(by_signature.values(), key=len, reverse=True)


def _page_url(page: Mapping[str, Any]) -> str:
    return str(page.get("canonical") or page["url"])


STRUCTURED = ("jsonld", "microdata", "rdfa", "opengraph")


def _name_method(page: Mapping[str, Any]) -> str:
    return str((page.get("provenance") or {}).get("name") or "")


def infer_source(pages: Iterable[Mapping[str, Any]], start_url: str) -> Inference:
    """Build the ``extract`` block of a new generic source from a probe report."""
    pages = list(pages)
    result = Inference()
    html_pages = [p for p in pages if p.get("kind") in ("facility", "listing", "none")]
    facilities = [p for p in html_pages if p.get("kind") == "facility" and (p.get("fields") or {}).get("name")]
    facilities = list({_page_url(p): p for p in facilities}.values())
    start = next((p for p in html_pages if p["url"] == start_url), html_pages[0] if html_pages else None)
    if start is not None:
        result.title = str(start.get("site_name") or start.get("title") or "")
    result.listing_pages = sum(1 for p in html_pages if p.get("kind") == "listing")
    if not facilities:
        result.other_pages = sum(1 for p in html_pages if p.get("kind") == "none")
        result.notes.append("no page named exactly one place: the site's facility pages were not found")
        return result
    facilities = _consistent_with_structured(facilities, result)
    detail = _detail_pattern(facilities, html_pages, result)
    if detail is not None:
        compiled = re.compile(detail)
        facilities = [p for p in facilities if compiled.search(_page_url(p))]
        result.extract["detail_url"] = detail
    else:
        facilities = _named_consistently(facilities, result)
    result.facility_pages = facilities
    urls = {u for p in facilities for u in (_page_url(p), p["url"], *(p.get("redirected_from") or ()))}
    leading = [p for p in pages if p.get("kind") in ("listing", "none", "json")
               and urls & set(p.get("links") or ())]
    result.listing_pages = len(leading)
    result.other_pages = len(html_pages) - len(facilities) - sum(1 for p in leading if p.get("kind") != "json")
    key = _key_pattern([build_template(urls) for urls in _groups([_page_url(p) for p in facilities])[:1]],
                       facilities)
    if key:
        result.extract["key"] = {"url_pattern": key}
    else:
        result.notes.append("no part of the facility pages' addresses tells them apart: keys are their paths")
    sitemap_links = {u for p in pages if p.get("kind") == "sitemap" for u in p.get("links") or ()}
    if detail is not None and sitemap_links and all(
            {_page_url(p), p["url"], *(p.get("redirected_from") or ())} & sitemap_links for p in facilities):
        result.extract["sitemap"] = True
        result.discovery = "sitemap"
    depth = max(int(p.get("depth") or 0) for p in facilities)
    if depth + 2 > 10:
        result.extract["max_depth"] = min(100, depth + 4)
    return result


def _consistent_with_structured(facilities: list[Mapping[str, Any]], result: Inference) -> list[Mapping[str, Any]]:
    """Where nearly every facility page declares its place in structured data, a page that only has labelled
    facts (the operator's own 'about' page) is not a facility."""
    declared = [p for p in facilities if _name_method(p) in STRUCTURED]
    if len(declared) >= 0.8 * len(facilities) and len(declared) < len(facilities):
        others = [p for p in facilities if p not in declared]
        result.notes.append(f"{len(others)} page(s) with facts but no structured place (e.g. {others[0]['url']}) "
                            "are not taken for facilities: the site's facility pages declare one")
        return declared
    return facilities


def _detail_pattern(facilities: list[Mapping[str, Any]], html_pages: list[Mapping[str, Any]],
                    result: Inference) -> str | None:
    """The facility pages' address shape(s), or None when it cannot tell them from the other pages."""
    urls = {_page_url(p) for p in facilities}
    others = [p["url"] for p in html_pages if _page_url(p) not in urls and p["url"] not in urls]
    # the detail pattern must also match the addresses that lead to a page (an old address redirecting to the
    # new one, as a sitemap or a link may give it); a shape of one page only is no pattern
    every = [u for p in facilities for u in dict.fromkeys([_page_url(p), p["url"], *(p.get("redirected_from") or ())])]
    least = max(2, len(facilities) // 10) if len(facilities) > 1 else 1
    templates = [build_template(group) for group in _groups(every)[:4] if len(group) >= least]
    regexes = list(dict.fromkeys(t.regex() for t in templates))
    if not regexes:
        return None
    detail = regexes[0] if len(regexes) == 1 else "(?:" + "|".join(regexes) + ")"
    compiled = re.compile(detail)
    wrong = [u for u in others if compiled.search(u)]
    missed = [p for p in facilities if not compiled.search(_page_url(p))]
    if wrong:
        result.notes.append(f"the facility pages' address shape also matches {len(wrong)} other page(s) "
                            f"(e.g. {wrong[0]}): pages are told apart by their content instead")
        return None
    if len(missed) > len(facilities) // 10:
        result.notes.append(f"{len(missed)} facility page(s) have another address shape "
                            f"(e.g. {_page_url(missed[0])}); they are found by their content")
        return None
    if missed:
        result.notes.append(f"{len(missed)} page(s) read like a facility but have another address shape "
                            f"(e.g. {missed[0]['url']}): not taken for facilities")
    return detail


def _named_consistently(facilities: list[Mapping[str, Any]], result: Inference) -> list[Mapping[str, Any]]:
    """Without an address shape, pages are told apart by content: where nearly every facility page names its
    place by a label or structured data, a page whose only name is its heading (a notice, an event post) is not
    a facility, and the source says so (``name_from``)."""
    named = [p for p in facilities if _name_method(p) not in ("", "heading")]
    if len(named) >= 0.75 * len(facilities) and len(named) < len(facilities):
        methods = sorted({_name_method(p) for p in named})
        result.extract["name_from"] = methods
        others = [p for p in facilities if p not in named]
        result.notes.append(f"{len(others)} page(s) named only by their heading (e.g. {others[0]['url']}) are not "
                            f"taken for facilities: the site names its places by {', '.join(methods)}")
        return named
    return facilities


def _key_pattern(templates: list[UrlTemplate], facilities: list[Mapping[str, Any]]) -> str | None:
    patterns = [t.key_pattern() for t in templates]
    if not patterns or any(p is None for p in patterns):
        return None
    pattern = patterns[0] if len(set(patterns)) == 1 else None
    if pattern is None:
        return None
    compiled = re.compile(pattern)
    keys = []
    for p in facilities:
        match = compiled.search(_page_url(p))
        if not match:
            return None
        keys.append(match.group(1))
    if len(set(keys)) != len(keys):
        return None
    counts = Counter(keys)
    return pattern if max(counts.values()) == 1 else None
