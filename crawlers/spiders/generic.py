"""Private spaces: one spider driven entirely by the source's ``extract`` configuration.

A new private site needs a source entry, not code (schema in ``crawlers/source_schema.py`` and
``crawlers/README.md``). Three ways of finding facility pages, combinable:

- ``list``: listing pages (the start URLs) give detail links (``links``), the next page (``next``) and other
  listing pages (``follow``);
- ``sitemap``: ``/sitemap.xml`` of each start host (or the URL given) lists the pages, optionally filtered by
  ``detail_url``;
- neither: every same-site link is followed (depth-limited), and a page is a facility when its URL matches
  ``detail_url`` or, without ``detail_url``, when it carries a facility (JSON-LD place or a ``name`` match).

Fields come from schema.org JSON-LD (``extract: jsonld`` or ``jsonld: true``) and/or per-field selectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlparse

from scrapy.http import Request, Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from crawlers.extract import (
    JsonLdError,
    apply_selectors,
    find_facility_jsonld,
    jsonld_fields,
    jsonld_objects,
    select,
    select_texts,
    split_list,
)
from crawlers.source_schema import validate_extract
from crawlers.spiders.base import FacilitySpider


def normalise_extract(extract: Any) -> dict[str, Any]:
    """Return the mapping form of an ``extract`` definition (``"jsonld"`` becomes ``{"jsonld": True}``)."""
    if extract is None:
        return {}
    if extract == "jsonld":
        return {"jsonld": True}
    return dict(extract)


def url_key(url: str) -> str:
    """Default key of a page: its path and query, without the leading slash (``spaces/fablab.html``)."""
    parsed = urlparse(url)
    key = parsed.path.lstrip("/")
    if parsed.query:
        key = f"{key}?{parsed.query}"
    return key or "/"


class GenericSpider(FacilitySpider):
    """Config-driven spider for private sites (JSON-LD and/or selectors; listings, sitemap or link walking)."""

    name = "generic"
    family = "generic"
    custom_settings = {"DEPTH_LIMIT": 4}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.configure(self.source.get("extract"))

    def configure(self, extract: Any) -> None:
        """Set (or replace) the extraction configuration; raises ``ValueError`` when it is invalid."""
        problems = validate_extract(extract) if extract is not None else []
        if problems:
            raise ValueError("; ".join(problems))
        self.extract = normalise_extract(extract)
        self.selectors: dict[str, str] = dict(self.extract.get("selectors") or {})
        self.use_jsonld = bool(self.extract.get("jsonld"))
        self.listing: dict[str, str] = dict(self.extract.get("list") or {})
        detail = self.extract.get("detail_url")
        self.detail_re = re.compile(detail) if detail else None
        key = self.extract.get("key") or {}
        self.key_re = re.compile(key["url_pattern"]) if "url_pattern" in key else None
        self.key_selector: str | None = key.get("selector")
        self.walk_links = not self.listing and not self.extract.get("sitemap")
        self.split: dict[str, str] = dict(self.extract.get("split") or {})

    # --- discovery -------------------------------------------------------------------------------------------

    def start_listing_requests(self) -> Iterable[Request]:
        """Request the sitemap(s) when configured, and the start URLs as listing pages."""
        sitemap = self.extract.get("sitemap")
        listing_urls = []
        for url in self.start_urls:
            if url.endswith(".xml"):
                yield Request(url, callback=self.parse_sitemap, errback=self.on_error)
            else:
                listing_urls.append(url)
        if sitemap:
            if isinstance(sitemap, str):
                yield Request(sitemap, callback=self.parse_sitemap, errback=self.on_error)
            elif listing_urls:
                for url in dict.fromkeys(urljoin(u, "/sitemap.xml") for u in listing_urls):
                    yield Request(url, callback=self.parse_sitemap, errback=self.on_error)
            if not self.listing:
                return
        for url in listing_urls:
            yield Request(url, callback=self.parse, errback=self.on_error)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Follow a sitemap index or request every facility page a sitemap lists."""
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:
            self.count_error("parse_error", f"{response.url}: unreadable sitemap ({exc})")
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield Request(loc, callback=self.parse_sitemap, errback=self.on_error)
            elif self.detail_re is None or self.detail_re.search(loc):
                yield self.detail_request(loc, callback=self.parse_detail)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A listing page (or, when walking links, any page): yield detail and listing requests."""
        if not isinstance(response, TextResponse):
            return
        yield from self.follow_all_safely(response, lambda: self._listing(response))

    def _listing(self, response: TextResponse) -> Iterator[Any]:
        if self.walk_links:
            is_detail = self.detail_re.search(response.url) if self.detail_re else self._has_facility(response)
            if is_detail:
                yield from self.parse_detail(response)
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                if self.detail_re is not None and self.detail_re.search(url):
                    yield self.detail_request(url, callback=self.parse_detail)
                else:
                    yield Request(url, callback=self.parse, errback=self.on_error)
            return
        for url in self._links(response, self.listing.get("links")):
            if self.detail_re is None or self.detail_re.search(url):
                yield self.detail_request(url, callback=self.parse_detail)
        for key in ("next", "follow"):
            for url in self._links(response, self.listing.get(key)):
                yield Request(url, callback=self.parse, errback=self.on_error)

    def _links(self, response: TextResponse, expr: str | None) -> list[str]:
        if not expr:
            return []
        urls = []
        for node in select(response, expr):
            href = node.root if isinstance(node.root, str) else node.attrib.get("href")
            if href and not href.startswith(("javascript:", "mailto:", "tel:", "#")):
                urls.append(response.urljoin(href.strip()))
        return urls

    def _has_facility(self, response: TextResponse) -> bool:
        if self.use_jsonld:
            try:
                if find_facility_jsonld(jsonld_objects(response)) is not None:
                    return True
            except JsonLdError:
                return True  # a facility page with broken JSON-LD: let parse_detail count the error
        name = self.selectors.get("name")
        return bool(name and select_texts(response, name))

    # --- facility pages --------------------------------------------------------------------------------------

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """Read one facility page with the configured JSON-LD and selectors.

        @replica_url fablab_jsonld /labs/paepraep-busan/
        @returns items 1 1
        @fields name address phone
        """
        yield from self.emit_facility(response, self.read_fields)

    def read_fields(self, response: TextResponse) -> tuple[str | None, dict[str, Any]]:
        """Return ``(key, fields)`` of a facility page (JSON-LD first, selectors on top)."""
        fields: dict[str, Any] = {}
        if self.use_jsonld:
            obj = find_facility_jsonld(jsonld_objects(response))
            if obj is not None:
                fields.update(jsonld_fields(obj))
        if self.selectors:
            fields.update(apply_selectors(response, self.selectors))
        for field, separators in self.split.items():
            value = fields.get(field)
            if isinstance(value, str):
                fields[field] = split_list(value, separators)
            elif isinstance(value, list):
                fields[field] = [part for v in value for part in split_list(v, separators)]
        return self.page_key(response), fields

    def page_key(self, response: TextResponse) -> str | None:
        """The site's own key: by ``key.selector``, ``key.url_pattern`` or the URL's path and query."""
        if self.key_selector:
            texts = select_texts(response, self.key_selector)
            return texts[0] if texts else None
        if self.key_re is not None:
            match = self.key_re.search(response.url)
            return match.group(1) if match else None
        return url_key(response.url)
