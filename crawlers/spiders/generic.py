"""Private spaces: one spider driven entirely by the source's ``extract`` configuration.

A new private site needs a source entry, not code (schema in ``crawlers/source_schema.py`` and
``crawlers/README.md``). Three ways of finding facility pages, combinable:

- ``list``: listing pages (the start URLs) give detail links (``links``), the next page (``next``) and other
  listing pages (``follow``); a JSON listing (a "더보기" endpoint) gives the addresses it holds;
- ``sitemap``: ``/sitemap.xml`` of each start host (or the URL given) lists the pages, optionally filtered by
  ``detail_url``;
- neither: every same-site http(s) link is followed (``max_depth``, default 10), including "load more" buttons'
  ``data-url`` and JSON listings, and the pages of the site's ``/sitemap.xml`` when it has one (unless
  ``sitemap: false``); a page is a facility when its URL matches ``detail_url`` or, without it, when it names
  one place (see ``crawlers.records``).

Fields come from every method the source enables, each field keeping the method that produced it
(``provenance`` in the output line): selectors, structured data (JSON-LD, microdata, RDFa, OpenGraph),
label-driven facts (``config/labels.yaml``), the page heading, ``tel:``/``mailto:`` links. ``tel:`` and
``mailto:`` links are never requested.

Every page gets one outcome in the run statistics (``fh/outcome/…``): ``facility``, ``listing``,
``no_facility`` (not an error), or ``extraction_error`` (a facility page without a name or key: an error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlparse

from scrapy.http import Request, Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from crawlers.discovery import follow_url, html_links, is_json_response, json_links, load_json, next_page_url
from crawlers.extract import select, select_texts
from crawlers.labels import load_labels
from crawlers.records import Methods, PageRecord, read_page
from crawlers.source_schema import SYNTAXES, validate_extract
from crawlers.spiders.base import FacilitySpider

DEFAULT_MAX_DEPTH = 10


def normalise_extract(extract: Any) -> dict[str, Any]:
    """Return the mapping form of an ``extract`` definition (``"auto"``/``"jsonld"`` become ``{}``)."""
    if extract is None or extract in ("auto", "jsonld"):
        return {}
    return dict(extract)


def url_key(url: str) -> str:
    """Default key of a page: its path and query, without the leading slash (``spaces/fablab.html``)."""
    parsed = urlparse(url)
    key = parsed.path.lstrip("/")
    if parsed.query:
        key = f"{key}?{parsed.query}"
    return key or "/"


def methods_for(extract: dict[str, Any]) -> Methods:
    """The extraction methods an ``extract`` mapping enables (structured data and labels by default)."""
    structured = extract.get("structured", True)
    if structured is True:
        syntaxes = tuple(s for s in SYNTAXES if not (s == "jsonld" and extract.get("jsonld") is False))
    elif structured is False:
        syntaxes = ()
    else:
        syntaxes = tuple(s for s in SYNTAXES if s in structured)
    labels = extract.get("labels", True)
    dictionary = None
    if labels is not False:
        dictionary = load_labels()
        if isinstance(labels, dict):
            dictionary = dictionary.with_extra(labels)
    name_from = extract.get("name_from")
    return Methods(structured=syntaxes, labels=dictionary, selectors=dict(extract.get("selectors") or {}),
                   split=dict(extract.get("split") or {}), name_from=tuple(name_from) if name_from else None,
                   jsonld_repair=extract.get("jsonld_repair", True))


class GenericSpider(FacilitySpider):
    """Config-driven spider for private sites (structured data, labels, selectors; listings, sitemap, links)."""

    name = "generic"
    family = "generic"
    custom_settings = {"DEPTH_LIMIT": DEFAULT_MAX_DEPTH}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.configure(self.source.get("extract", "auto"))

    def configure(self, extract: Any) -> None:
        """Set (or replace) the extraction configuration; raises ``ValueError`` when it is invalid."""
        problems = validate_extract(extract) if extract is not None else []
        if problems:
            raise ValueError("; ".join(problems))
        self.extract = normalise_extract(extract)
        self.methods = methods_for(self.extract)
        self.selectors: dict[str, str] = dict(self.methods.selectors)
        self.listing: dict[str, str] = dict(self.extract.get("list") or {})
        detail = self.extract.get("detail_url")
        self.detail_re = re.compile(detail) if detail else None
        key = self.extract.get("key") or {}
        self.key_re = re.compile(key["url_pattern"]) if "url_pattern" in key else None
        self.key_selector: str | None = key.get("selector")
        self.walk_links = not self.listing and not self.extract.get("sitemap")
        self._seen_urls: set[str] = {entry["url"] for entry in self.known.values()}

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
        if self.walk_links and sitemap is None:
            # walking links also reads the site's sitemap when it has one (a 404 is no error): pages the start
            # page does not link to are found too
            for url in dict.fromkeys(urljoin(u, "/sitemap.xml") for u in listing_urls):
                yield Request(url, callback=self.parse_sitemap, errback=self.on_error, priority=-1,
                              meta={"fh_expected_statuses": (404, 410), "handle_httpstatus_list": [404, 410],
                                    "fh_optional": True})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Follow a sitemap index or request every facility page a sitemap lists (when walking links, every
        page it lists, each classified by its content)."""
        if response.status in (404, 410) and response.meta.get("fh_optional"):
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:
            self.count_error("parse_error", f"{response.url}: unreadable sitemap ({exc})")
            self.count_outcome("extraction_error")
            return
        self.count_outcome("listing")
        for entry in sitemap:
            loc = follow_url(response.url, entry.get("loc"))
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield Request(loc, callback=self.parse_sitemap, errback=self.on_error,
                              meta={"fh_optional": response.meta.get("fh_optional", False)})
            elif self.walk_links and not (self.detail_re and self.detail_re.search(loc)):
                yield Request(loc, callback=self.parse, errback=self.on_error)
            elif self.detail_re is None or self.detail_re.search(loc):
                yield self.detail_request(loc, callback=self.parse_detail)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A listing page (or, when walking links, any page): yield detail and listing requests."""
        if not isinstance(response, TextResponse):
            self.count_outcome("no_facility")
            return
        yield from self.follow_all_safely(response, lambda: self._listing(response), count=False)

    def _listing(self, response: TextResponse) -> Iterator[Any]:
        if is_json_response(_content_type(response), response.body):
            yield from self._json_listing(response)
            return
        root = response.selector.root
        produced = 0
        if self.walk_links:
            emitted = False
            detail = bool(self.detail_re and self.detail_re.search(response.url))
            if detail or self.detail_re is None:
                record = self._record(response)
                if detail or record.kind == "facility":
                    emitted = True
                    yield from self._emit(response, record)
            for url in html_links(root, response.url):
                produced += 1
                if self._fresh(url):
                    yield self._request_for(url)
            if not emitted:
                self.count_outcome("listing" if produced else "no_facility")
            return
        for url in self._links(response, self.listing.get("links")):
            if self.detail_re is None or self.detail_re.search(url):
                produced += 1
                if self._fresh(url):
                    yield self.detail_request(url, callback=self.parse_detail)
        for key in ("next", "follow"):
            for url in self._links(response, self.listing.get(key)):
                produced += 1
                if self._fresh(url):
                    yield Request(url, callback=self.parse, errback=self.on_error)
        self.count_outcome("listing" if produced else "no_facility")

    def _json_listing(self, response: TextResponse) -> Iterator[Any]:
        """A JSON listing ("더보기" endpoint): request every address it holds and its next page."""
        try:
            data = load_json(response.body, response.encoding)
        except ValueError as exc:
            self.count_error("parse_error", f"{response.url}: unreadable JSON ({exc})")
            self.count_outcome("extraction_error")
            return
        urls = json_links(data, response.url)
        nxt = next_page_url(data, response.url)
        for url in urls:
            if url == nxt or not self._fresh(url):
                continue
            if self.detail_re is not None and self.detail_re.search(url):
                yield self.detail_request(url, callback=self.parse_detail)
            elif self.walk_links or is_json_like(url):
                yield Request(url, callback=self.parse, errback=self.on_error)
            elif self.detail_re is None:
                yield self.detail_request(url, callback=self.parse_detail)
        if nxt:
            yield Request(nxt, callback=self.parse, errback=self.on_error)
        self.count_outcome("listing" if urls or nxt else "no_facility")

    def _fresh(self, url: str) -> bool:
        """True the first time a URL is seen by this spider: a link repeated on every page (menus, footers) makes
        one request, not one per page (Scrapy's duplicate filter would drop them, after building each request
        and passing it through every spider middleware)."""
        if url in self._seen_urls:
            return False
        self._seen_urls.add(url)
        return True

    def _request_for(self, url: str) -> Request:
        if self.detail_re is not None and self.detail_re.search(url):
            return self.detail_request(url, callback=self.parse_detail)
        return Request(url, callback=self.parse, errback=self.on_error)

    def _links(self, response: TextResponse, expr: str | None) -> list[str]:
        if not expr:
            return []
        urls = []
        for node in select(response, expr):
            href = node.root if isinstance(node.root, str) else (node.attrib.get("href")
                                                                 or node.attrib.get("data-url"))
            url = follow_url(response.url, href)
            if url:
                urls.append(url)
        return urls

    # --- facility pages --------------------------------------------------------------------------------------

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """Read one facility page with the configured methods.

        @replica_url fablab_jsonld /labs/paepraep-busan/
        @returns items 1 1
        @fields name address phone
        """
        yield from self.emit_facility(response, self.read_record)

    def _record(self, response: TextResponse) -> PageRecord:
        record = read_page(response.selector.root, response.url, self.methods, response.body)
        data = record.structured
        if data is not None and self.crawler is not None and self.crawler.stats is not None:
            if data.repaired:
                self.crawler.stats.inc_value("fh/jsonld/repaired", data.repaired)
            if data.unreadable:
                self.crawler.stats.inc_value("fh/jsonld/unreadable", data.unreadable)
        return record

    def _emit(self, response: TextResponse, record: PageRecord) -> Iterator[Any]:
        yield from self.emit_facility(response, lambda r: (self.page_key(r), record.fields, record.provenance))

    def read_record(self, response: TextResponse) -> tuple[str | None, dict[str, Any], dict[str, str]]:
        """``(key, fields, provenance)`` of a facility page (every configured method; see ``crawlers.records``)."""
        record = self._record(response)
        return self.page_key(response), record.fields, record.provenance

    def read_fields(self, response: TextResponse) -> tuple[str | None, dict[str, Any]]:
        """Return ``(key, fields)`` of a facility page."""
        key, fields, _ = self.read_record(response)
        return key, fields

    def page_key(self, response: TextResponse) -> str | None:
        """The site's own key: by ``key.selector``, ``key.url_pattern``, else the canonical URL's path and query."""
        if self.key_selector:
            texts = select_texts(response, self.key_selector)
            return texts[0] if texts else None
        url = canonical_url(response)
        if self.key_re is not None:
            match = self.key_re.search(url) or self.key_re.search(response.url)
            return match.group(1) if match else None
        return url_key(url)


def canonical_url(response: TextResponse) -> str:
    """The page's ``<link rel="canonical">`` when it is on the same host, else its URL (featured links with
    tracking parameters then give the same key)."""
    href = response.xpath("//link[@rel='canonical']/@href").get()
    url = follow_url(response.url, href) if href else None
    if url and urlparse(url).hostname == urlparse(response.url).hostname:
        return url
    return response.url


def is_json_like(url: str) -> bool:
    """An address that looks like a data endpoint rather than a page (``/api/``, ``.json``)."""
    path = urlparse(url).path.lower()
    return "/api/" in path or path.endswith(".json") or "ajax" in path


def _content_type(response: Response) -> str:
    value = response.headers.get(b"Content-Type") or b""
    return value.decode("latin-1")
