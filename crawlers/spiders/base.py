"""The base every family spider builds on: source handling, offsite domains, incremental re-crawls, items.

A spider is built from a *source* (``{"id", "family", "start_urls", "kind", "extract", "settings"}``), either a
dict (``crawlers.run``) or ``-a`` arguments of ``scrapy crawl`` (``-a source='{"id": ...}'`` as JSON, or
``-a source_id=... -a start_urls=url1,url2``). Allowed domains come from the start URLs, never from code.

Incremental re-crawls: ``known`` maps the previous run's keys to ``{"url", "etag", "last_modified"}`` (URLs on
another host than the start URLs are moved onto it: a replica on a new port, or live ↔ replica). Each known page
is requested first, conditionally; a 304 yields an :class:`UnchangedItem`, a 404/410 a :class:`GoneItem`,
a 200 a fresh :class:`FacilityItem`. Listing pages then discover new pages (known ones are already requested and
the duplicate filter drops them).

Family spiders implement listing callbacks that yield :meth:`detail_request` and a detail callback that calls
:meth:`emit_facility` with a function reading the page's fields.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlparse

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawlers.items import FacilityItem, GoneItem, UnchangedItem
from crawlers.middlewares.error_stats import classify_exception
from crawlers.middlewares.page_outcomes import ERROR_KINDS as IGNORED_ERRORS
from crawlers.middlewares.page_outcomes import classify_ignored, failed_item
from crawlers.pipelines import utc_now_iso

logger = logging.getLogger(__name__)

#: Statuses a conditional request of a known page may answer without being an error.
KNOWN_PAGE_STATUSES = (304, 404, 410)

FieldReader = Callable[[TextResponse], tuple[Any, ...]]
"""Reads a facility page: ``(key or None, fields)`` or ``(key or None, fields, provenance)``."""


def _parse_json_arg(value: Any, what: str) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{what} is not valid JSON: {exc}") from exc
    return value


def load_known(known: str | Path | Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Load the previous run's ``{key: {"url", "etag", "last_modified"}}`` from a path or mapping."""
    if known is None or known == "":
        return {}
    if isinstance(known, Mapping):
        data: Any = known
    else:
        text = str(known)
        data = json.loads(text) if text.lstrip().startswith("{") else json.loads(Path(text).read_text("utf-8"))
    if not isinstance(data, Mapping):
        raise ValueError("known must be a JSON object {key: {url, etag, last_modified}}")
    out: dict[str, dict[str, Any]] = {}
    for key, entry in data.items():
        if isinstance(entry, Mapping) and entry.get("url"):
            out[str(key)] = dict(entry)
    return out


def rebase_known_urls(known: dict[str, dict[str, Any]], start_urls: list[str]) -> dict[str, dict[str, Any]]:
    """Point known URLs at the start URLs' host when the site moved (replica port, live ↔ replica).

    Only when every start URL shares one scheme and host:port and a known URL is on another: its path and query
    are kept. Sources spanning several hosts are left alone.
    """
    origins = {(urlparse(u).scheme, urlparse(u).netloc) for u in start_urls}
    if len(origins) != 1:
        return known
    scheme, netloc = next(iter(origins))
    out = {}
    for key, entry in known.items():
        parsed = urlparse(entry["url"])
        if parsed.netloc and parsed.netloc != netloc:
            entry = {**entry, "url": parsed._replace(scheme=scheme, netloc=netloc).geturl()}
        out[key] = entry
    return out


def allowed_domains_for(urls: Iterable[str]) -> list[str]:
    """Return the host names of the given URLs (the offsite filter's allowed domains)."""
    hosts = []
    for url in urls:
        host = urlparse(url).hostname
        if host and host not in hosts:
            hosts.append(host)
    return hosts


class FacilitySpider(scrapy.Spider):
    """Base spider: reads its source, sends conditional requests for known pages, builds raw items."""

    #: The family name this spider serves (also its ``name``).
    family: ClassVar[str] = ""

    def __init__(
        self,
        source: Mapping[str, Any] | str | None = None,
        known: Mapping[str, Any] | str | None = None,
        run_id: str | None = None,
        source_id: str | None = None,
        start_urls: list[str] | str | None = None,
        extract: Any = None,
        kind: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        src = dict(_parse_json_arg(source, "source") or {})
        if source_id:
            src["id"] = source_id
        if start_urls:
            src["start_urls"] = start_urls.split(",") if isinstance(start_urls, str) else list(start_urls)
        if extract is not None:
            src["extract"] = extract if extract == "jsonld" else _parse_json_arg(extract, "extract")
        if kind:
            src["kind"] = kind
        self.source: dict[str, Any] = src
        self.source_id: str = str(src.get("id") or self.name)
        self.start_urls = list(src.get("start_urls") or [])
        self.run_id = run_id
        if self.start_urls:
            self.allowed_domains = allowed_domains_for(self.start_urls)
        self.known = rebase_known_urls(load_known(known), self.start_urls)
        self.known_by_url = {entry["url"]: key for key, entry in self.known.items()}

    # --- requests ---------------------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        """Yield conditional requests for every known page, then the listing requests."""
        for key, entry in self.known.items():
            yield self.detail_request(entry["url"], key=key)
        for request in self.start_listing_requests():
            yield request

    def start_listing_requests(self) -> Iterable[Request]:
        """Requests for the start URLs (families override to add paging parameters or API calls)."""
        for url in self.start_urls:
            yield Request(url, callback=self.parse, errback=self.on_error)

    def detail_request(
        self,
        url: str,
        key: str | None = None,
        callback: Callable[..., Any] | None = None,
        meta: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> Request:
        """Build a request for a facility page, conditional when the page is known from the previous run."""
        req_meta = dict(meta or {})
        headers = dict(kwargs.pop("headers", {}) or {})
        known_key = key if key in self.known else self.known_by_url.get(url)
        if known_key is not None:
            entry = self.known[known_key]
            key = known_key
            if entry.get("etag"):
                headers["If-None-Match"] = entry["etag"]
            if entry.get("last_modified"):
                headers["If-Modified-Since"] = entry["last_modified"]
            req_meta["fh_known"] = True
            req_meta["fh_expected_statuses"] = KNOWN_PAGE_STATUSES
            req_meta["handle_httpstatus_list"] = list(KNOWN_PAGE_STATUSES)
        if key is not None:
            req_meta["fh_key"] = str(key)
        return Request(
            url,
            callback=callback or self.parse_detail,
            errback=self.on_error,
            headers=headers,
            meta=req_meta,
            **kwargs,
        )

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A facility page; every family implements it (usually ``yield from self.emit_facility(...)``)."""
        raise NotImplementedError(f"{type(self).__name__} must implement parse_detail")

    # --- items -----------------------------------------------------------------------------------------------

    def emit_facility(self, response: Response, read: FieldReader) -> Iterator[Any]:
        """Yield the item for a facility page: unchanged (304), gone (404/410) or a facility read by ``read``.

        ``read(response)`` returns ``(key or None, fields)`` or ``(key or None, fields, provenance)``; a missing
        key falls back to the key the request carried. A page that raises, or yields no ``name``, counts a
        ``parse_error`` (outcome ``extraction_error``) and yields nothing.
        """
        key = response.meta.get("fh_key")
        etag = _header(response, b"ETag")
        last_modified = _header(response, b"Last-Modified")
        if response.status == 304:
            entry = self.known.get(str(key), {})
            self.count_outcome("unchanged")
            yield UnchangedItem(
                source_id=self.source_id, key=key, url=response.url,
                etag=etag or entry.get("etag"), last_modified=last_modified or entry.get("last_modified"),
                fetched_at=utc_now_iso(),
            )
            return
        if response.status in (404, 410):
            self.count_outcome("gone")
            yield GoneItem(source_id=self.source_id, key=key, url=response.url, status=response.status,
                           fetched_at=utc_now_iso())
            return
        if not isinstance(response, TextResponse):
            self.count_error("parse_error", f"not a text page: {response.url}")
            self.count_outcome("extraction_error")
            return
        try:
            page_key, fields, *rest = read(response)
        except Exception as exc:  # a broken page is counted, never a crash of the run
            self.count_error("parse_error", f"{response.url}: {type(exc).__name__}: {exc}")
            self.count_outcome("extraction_error")
            return
        provenance = dict(rest[0]) if rest and rest[0] else None
        fields = {k: v for k, v in fields.items() if v not in (None, "", [], ())}
        key = page_key or key
        if not fields.get("name") or not key:
            self.count_error("parse_error", f"{response.url}: no {'name' if key else 'key'} found")
            self.count_outcome("extraction_error")
            return
        self.count_outcome("facility")
        item = FacilityItem(
            source_id=self.source_id, key=str(key), url=response.url, fields=fields,
            etag=etag, last_modified=last_modified, fetched_at=utc_now_iso(),
        )
        if provenance:
            item["provenance"] = {k: v for k, v in provenance.items() if k in fields}
        yield item

    def follow_all_safely(self, response: Response, produce: Callable[[], Iterable[Any]],
                          count: bool = True) -> Iterator[Any]:
        """Yield what a listing callback produces; an exception counts a ``parse_error`` instead of escaping.

        With ``count`` the page's outcome is counted: ``listing`` when it produced something, else
        ``no_facility`` (spiders that classify pages themselves pass ``count=False``)."""
        produced = 0
        try:
            for thing in produce():
                produced += 1
                yield thing
        except Exception as exc:
            self.count_error("parse_error", f"{response.url}: {type(exc).__name__}: {exc}")
            self.count_outcome("extraction_error")
            return
        if count:
            self.count_outcome("listing" if produced else "no_facility")

    # --- errors ----------------------------------------------------------------------------------------------

    def count_outcome(self, outcome: str) -> None:
        """Count one page's outcome (``facility``, ``listing``, ``no_facility``, ``extraction_error``…)."""
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"fh/outcome/{outcome}")

    def count_error(self, kind: str, message: str = "") -> None:
        """Count an error of ``kind`` in the run statistics and log it."""
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"fh/error/{kind}")
        logger.warning("%s: %s %s", self.source_id, kind, message)

    def on_error(self, failure: Failure) -> list[Any]:
        """Errback: record a request that finally failed (its attempts were already counted by kind); a facility
        page with a key yields a ``FailedItem``, so that the hub keeps its last good record."""
        exc = failure.value
        response = getattr(exc, "response", None)
        if isinstance(exc, IgnoreRequest) and response is None:
            kind = classify_ignored(exc)
            if kind not in IGNORED_ERRORS:  # robots.txt or offsite: counted by their middlewares
                return failed_item(self, failure.request, kind)
            self.count_error(kind, failure.request.url)
        else:
            kind = f"http_{response.status}" if response is not None else classify_exception(exc)
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"fh/failed/{kind}")
        logger.info("%s: gave up on %s (%s)", self.source_id, failure.request.url, kind)
        return failed_item(self, failure.request, kind)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
