"""Public-data files and OpenAPIs (공공데이터포털 표준데이터): one record per row, by a field mapping in config.

A source (see ``crawlers/opendata/schema.py``)::

    - id: libraries
      family: opendata
      kind: other
      opendata: {file: data/전국도서관표준데이터.csv, mapping: library}      # or api: {url, service_key_env}

Each row becomes a facility item keyed by the configured fields (``key``; a row missing one is skipped and
counted under ``skipped``), with every field's provenance ``opendata``. A re-read of a new release gives
new/changed/unchanged/gone exactly as a re-crawl does: the hub compares content hashes by key, and keys absent
from a complete read are gone. A file served over HTTP is requested conditionally when the previous run saw an
``ETag``/``Last-Modified``: a 304 makes every known record unchanged. A read is *incomplete* (``complete: false``
in the stats, so nothing is marked gone) when an API page fails.

The OpenAPI is paged (``pageNo``/``numOfRows``): the first page gives ``totalCount``, then every other page is
requested at once. The service key comes from the environment (``service_key_env``) and never appears in a
record's URL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response
from twisted.python.failure import Failure

from crawlers.items import FacilityItem, UnchangedItem
from crawlers.opendata.api import api_settings, page_count, page_url, parse_page, public_url, service_key
from crawlers.opendata.mapping import FieldMapping, build_mapping
from crawlers.opendata.readers import FileFormatError, read_rows
from crawlers.pipelines import utc_now_iso
from crawlers.spiders.base import FacilitySpider


def file_url(value: str) -> str:
    """A ``file://`` URL for a path (absolute paths only reach the crawl process), or the URL as given."""
    if "://" in value:
        return value
    return Path(value).expanduser().resolve().as_uri()


class OpendataSpider(FacilitySpider):
    """Rows of a CSV/XLSX/JSON file or of a data.go.kr-style OpenAPI as facility records."""

    name = "opendata"
    family = "opendata"
    custom_settings = {"DOWNLOAD_MAXSIZE": 512 * 1024 * 1024, "DOWNLOAD_WARNSIZE": 64 * 1024 * 1024}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spec: dict[str, Any] = dict(self.source.get("opendata") or {})
        self.mapping: FieldMapping = build_mapping(self.spec)
        self.api: dict[str, Any] | None = api_settings(self.spec["api"]) if self.spec.get("api") else None
        if self.api is None and not self.start_urls and self.spec.get("file"):
            self.start_urls = [file_url(str(self.spec["file"]))]
        if self.api is not None and not self.start_urls:
            self.start_urls = [str(self.api["url"])]
        hosts = [urlsplit(u).hostname for u in self.start_urls if urlsplit(u).hostname]
        self.allowed_domains = list(dict.fromkeys(h for h in hosts if h))

    # --- requests --------------------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        """The file (conditionally, when known) or the first API page; known records are never requested one
        by one (they are rows of the same file)."""
        for request in self.start_listing_requests():
            yield request

    def start_listing_requests(self) -> Iterable[Request]:
        """One request for the file, or for the first page of the OpenAPI."""
        if self.api is not None:
            key = service_key(self.api)
            if self.api.get("service_key_env") and not key:
                self.count_error("missing_service_key", f"environment variable {self.api['service_key_env']} unset")
                self._incomplete()
                return
            first = int(self.api.get("first_page", 1))
            yield Request(page_url(self.api, first, key), callback=self.parse_api, errback=self.on_page_error,
                          meta={"fh_page": first, "fh_service_key": key}, dont_filter=True)
            return
        headers: dict[str, str] = {}
        meta: dict[str, Any] = {}
        url = self.start_urls[0]
        if url.startswith(("http://", "https://")) and self.known:
            entry = next(iter(self.known.values()))
            if entry.get("etag"):
                headers["If-None-Match"] = entry["etag"]
            if entry.get("last_modified"):
                headers["If-Modified-Since"] = entry["last_modified"]
            if headers:
                meta = {"fh_expected_statuses": (304,), "handle_httpstatus_list": [304]}
        yield Request(url, callback=self.parse_file, errback=self.on_page_error, headers=headers, meta=meta)

    # --- files -----------------------------------------------------------------------------------------------

    def parse_file(self, response: Response) -> Iterator[Any]:
        """Every row of the file as a facility item (or, after a 304, every known record unchanged)."""
        if response.status == 304:
            for key, entry in self.known.items():
                self.count_outcome("unchanged")
                yield UnchangedItem(source_id=self.source_id, key=key, url=entry.get("url") or response.url,
                                    etag=entry.get("etag"), last_modified=entry.get("last_modified"),
                                    fetched_at=utc_now_iso())
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        try:
            rows, fmt, encoding = read_rows(response.body, name=response.url, content_type=content_type,
                                            fmt=self.spec.get("format"), encoding=self.spec.get("encoding"))
        except FileFormatError as exc:
            self.count_error("parse_error", f"{response.url}: {exc}")
            self.count_outcome("extraction_error")
            self._incomplete()
            return
        self._stat(f"fh/opendata/format/{fmt}")
        self._stat(f"fh/opendata/encoding/{encoding}")
        yield from self._items(rows, response, response.url)

    # --- OpenAPI ---------------------------------------------------------------------------------------------

    def parse_api(self, response: Response) -> Iterator[Any]:
        """One OpenAPI page: its rows; the first page also requests every other page."""
        assert self.api is not None
        page = parse_page(response.body)
        if not page.ok:
            self.count_error(f"api_{page.code}", f"{public_url(response.url, self.api)}: {page.message}")
            self.count_outcome("extraction_error")
            self._incomplete()
            return
        self._stat("fh/opendata/api_pages")
        yield from self._items(page.rows, response, public_url(str(self.api["url"]), self.api))
        number = int(response.meta.get("fh_page", 1))
        first = int(self.api.get("first_page", 1))
        if number != first:
            return
        last = first + page_count(page.total if page.total is not None else len(page.rows), self.api) - 1
        key = response.meta.get("fh_service_key")
        for other in range(first + 1, last + 1):
            yield Request(page_url(self.api, other, key), callback=self.parse_api, errback=self.on_page_error,
                          meta={"fh_page": other, "fh_service_key": key}, dont_filter=True)

    # --- shared ----------------------------------------------------------------------------------------------

    def _items(self, rows: list[dict[str, Any]], response: Response, url: str) -> Iterator[FacilityItem]:
        etag = (response.headers.get(b"ETag") or b"").decode("latin-1") or None
        last_modified = (response.headers.get(b"Last-Modified") or b"").decode("latin-1") or None
        fetched = utc_now_iso()
        self._stat("fh/opendata/rows", len(rows))
        missing = self.mapping.missing_columns(rows[0]) if rows else []
        if missing:
            self.count_error("mapping_mismatch", f"{url}: no column for {', '.join(missing)} "
                             f"(the file has {', '.join(list(rows[0])[:12])} …)")
            self.count_outcome("extraction_error")
            self._incomplete()
            return
        for row in rows:
            key, fields, missing = self.mapping.record(row)
            if key is None:
                self._stat("fh/skipped/no_key")
                continue
            if not fields.get("name"):
                self._stat("fh/skipped/no_name")
                continue
            self.count_outcome("facility")
            yield FacilityItem(source_id=self.source_id, key=key, url=url, fields=fields,
                               provenance={name: "opendata" for name in fields}, etag=etag,
                               last_modified=last_modified, fetched_at=fetched)

    def on_page_error(self, failure: Failure) -> None:
        """A file or API page that finally failed: counted, and the read is incomplete (nothing marked gone)."""
        self._incomplete()
        self.on_error(failure)

    def _incomplete(self) -> None:
        self._stat("fh/incomplete")

    def _stat(self, name: str, count: int = 1) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(name, count)
