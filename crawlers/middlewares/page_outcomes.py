"""What happened to each facility page with a key, so that the hub never takes a failure for a disappearance.

- :func:`classify_ignored` names the requests Scrapy drops with ``IgnoreRequest`` on purpose or on trouble: a
  body that exceeded ``DOWNLOAD_MAXSIZE`` while being decompressed (``decompression_bomb``), a redirect chain
  longer than ``REDIRECT_MAX_TIMES`` (``redirect_loop``), robots.txt (``robots``) and the offsite filter
  (``offsite``). The first two are errors and are counted by kind; the others are outcomes.
- :func:`failed_item` builds the :class:`~crawlers.items.FailedItem` the spiders' errback yields for a keyed
  request that finally failed.
- :class:`KeyedPageMiddleware` (a spider middleware) yields a ``FailedItem`` for a keyed page that answered but
  gave no record (the family's reader found no name, or raised).
- :class:`RedirectLoopMiddleware` (a downloader middleware before Scrapy's redirects) stops a redirect that goes
  back to a URL of its own chain at once, as a ``redirect_loop``. Without it a loop ends in Scrapy's duplicate
  filter, which drops the request without a word.
- :class:`UnansweredPagesPipeline` writes a ``failed`` line (``no_answer``) at the end of the crawl for every known
  page that was requested and got no outcome at all, whatever swallowed it: a known page is never taken for a
  disappeared one because its request vanished.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urljoin

import orjson
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from crawlers.items import FacilityItem, FailedItem, GoneItem, UnchangedItem
from crawlers.pipelines import utc_now_iso

ERROR_KINDS = frozenset({"decompression_bomb", "redirect_loop"})
"""Ignored requests that are errors of the site (counted in ``errors`` and ``failed_requests``)."""
RECORD_ITEMS = (FacilityItem, UnchangedItem, GoneItem, FailedItem)


def classify_ignored(exc: BaseException) -> str:
    """The kind of an ``IgnoreRequest`` raised without a response."""
    cause = exc.__cause__
    if cause is not None and type(cause).__name__ == "_DecompressionMaxSizeExceeded":
        return "decompression_bomb"
    text = str(exc).lower()
    if "during decompression" in text:
        return "decompression_bomb"
    if "max redirections" in text or "redirect loop" in text:
        return "redirect_loop"
    if "robots.txt" in text or "forbidden by robots" in text:
        return "robots"
    if "offsite" in text:
        return "offsite"
    return "ignored"


def failed_item(spider: Any, request: Request, reason: str, phase: str = "fetch") -> list[FailedItem]:
    """``[FailedItem]`` for a request that carried a facility key, else ``[]``."""
    key = request.meta.get("fh_key")
    if not key:
        return []
    return [FailedItem(source_id=getattr(spider, "source_id", None), key=str(key), url=request.url, reason=reason,
                       phase=phase, fetched_at=utc_now_iso())]


class KeyedPageMiddleware:
    """A keyed facility page whose callback produced no record item yields a ``FailedItem`` (``parse_error``)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> KeyedPageMiddleware:
        """Build the middleware for the crawler."""
        return cls(crawler)

    def _failed(self, response: Response) -> list[FailedItem]:
        return failed_item(self.crawler.spider, response.request, "parse_error", "parse") if response.request else []

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        """Pass everything on; add a ``FailedItem`` when a keyed page gave no record."""
        produced = False
        for thing in result:
            produced = produced or isinstance(thing, RECORD_ITEMS)
            yield thing
        if not produced and response.meta.get("fh_key"):
            yield from self._failed(response)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """The same for asynchronous callbacks."""
        produced = False
        async for thing in result:
            produced = produced or isinstance(thing, RECORD_ITEMS)
            yield thing
        if not produced and response.meta.get("fh_key"):
            for item in self._failed(response):
                yield item

    def process_spider_exception(self, response: Response, exception: Exception) -> Iterable[Any] | None:
        """A keyed page whose callback raised: counted as a ``parse_error`` and reported as failed."""
        if isinstance(exception, IgnoreRequest) or not response.meta.get("fh_key"):
            return None
        self.crawler.stats.inc_value("fh/error/parse_error")
        return self._failed(response)


class RedirectLoopMiddleware:
    """A 3xx whose target is already in the request's redirect chain (or is the request itself) is a loop."""

    def process_response(self, request: Request, response: Response) -> Response:
        """Raise ``IgnoreRequest("redirect loop …")`` for a redirect back into its own chain."""
        if 300 <= response.status < 400 and b"Location" in response.headers:
            location = response.headers[b"Location"].decode("latin-1")
            target = urljoin(request.url, location).split("#", 1)[0]
            chain = {u.split("#", 1)[0] for u in request.meta.get("redirect_urls", ())} | {request.url}
            if target in chain:
                raise IgnoreRequest(f"redirect loop: {request.url} -> {target}")
        return response


class UnansweredPagesPipeline:
    """Notes every key that produced an item; at the end, a ``failed`` line for each known page requested at
    the start (see ``FacilitySpider.start``) that produced none."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.answered: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> UnansweredPagesPipeline:
        """Build the pipeline for the crawler."""
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        """Remember the item's key."""
        key = item.get("key") if hasattr(item, "get") else None
        if key is not None:
            self.answered.add(str(key))
        return item

    def close_spider(self) -> None:
        """Append the unanswered known pages to the output (the output pipeline has closed its file by now)."""
        from crawlers.spiders.base import FacilitySpider

        spider = self.crawler.spider
        path = self.crawler.settings.get("FACILITY_HUB_OUTPUT")
        if not path or not isinstance(spider, FacilitySpider) or type(spider).start is not FacilitySpider.start:
            return  # only spiders that request every known page at the start can tell
        missing = sorted(set(spider.known) - self.answered)
        if not missing:
            return
        self.crawler.stats.inc_value("fh/failed/no_answer", len(missing))
        with open(path, "ab") as fh:
            for key in missing:
                record = {"type": "failed", "source_id": spider.source_id, "key": key,
                          "url": spider.known[key].get("url"), "reason": "no_answer", "phase": "fetch",
                          "fetched_at": utc_now_iso()}
                fh.write(orjson.dumps(record) + b"\n")
