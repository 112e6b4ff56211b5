"""Probe a new site politely: ``python -m crawlers.probe JOB.json`` — the first step of ``sources add``.

The probe walks a site from its start URL breadth-first with the generic spider's extraction (every method, no
selectors), obeying robots.txt with a delay between requests, for at most ``max_pages`` pages. It writes one JSON
line per page::

    {"url", "canonical", "redirected_from", "depth", "status",
     "kind": "facility"|"listing"|"none"|"sitemap"|"json",
     "fields": {...}, "provenance": {...}, "links": [...], "title"}

and a stats file like a crawl's. ``crawlers.onboard`` turns the report into a source definition. Job file::

    {"start_url": "https://…", "output": path, "stats": path, "max_pages": 60, "delay": 0.5,
     "settings": {...}, "config_dir": path | null, "log_level": "WARNING"}
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import orjson
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from crawlers.discovery import follow_url, html_links, is_json_response, json_links, load_json, next_page_url
from crawlers.errors import JobError
from crawlers.spiders.generic import GenericSpider, canonical_url

DEFAULT_MAX_PAGES = 60
DEFAULT_DELAY = 0.5


class ProbeSpider(GenericSpider):
    """Walks a site breadth-first and reports what each page is (never yields items)."""

    name = "probe"
    family = "generic"
    custom_settings = {"DEPTH_LIMIT": 12, "DEPTH_PRIORITY": 1,
                       "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
                       "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue"}

    def __init__(self, *args: Any, report: str = "", **kwargs: Any) -> None:
        kwargs.setdefault("source", {"id": "probe", "family": "generic", "start_urls": kwargs.pop("start_urls", []),
                                     "kind": "private", "extract": "auto"})
        super().__init__(*args, **kwargs)
        self.report_path = report
        self._fh = open(report, "wb") if report else None  # noqa: SIM115 - closed in closed()

    def closed(self, reason: str) -> None:
        """Close the report file."""
        if self._fh is not None:
            self._fh.close()

    def _write(self, line: dict[str, Any]) -> None:
        if self._fh is not None:
            self._fh.write(orjson.dumps(line) + b"\n")
            self._fh.flush()

    def start_listing_requests(self) -> Iterator[Request]:
        """The start URL, and the site's ``/sitemap.xml`` (a 404 is expected, not an error)."""
        for url in self.start_urls:
            yield Request(url, callback=self.parse, errback=self.on_error)
        for url in dict.fromkeys(urljoin(u, "/sitemap.xml") for u in self.start_urls):
            yield Request(url, callback=self.parse_sitemap, errback=self.on_error, priority=-1,
                          meta={"fh_expected_statuses": (404, 410), "handle_httpstatus_list": [404, 410]})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Report the sitemap's entries; follow a sitemap index."""
        if response.status != 200:
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # noqa: BLE001 - an unreadable sitemap is reported as none
            return
        locs = [loc for loc in (follow_url(response.url, e.get("loc")) for e in sitemap) if loc]
        self._write({"url": response.url, "kind": "sitemap", "sitemap_type": sitemap.type, "links": locs,
                     "depth": response.meta.get("depth", 0), "status": response.status})
        for loc in locs:
            if sitemap.type == "sitemapindex":
                yield Request(loc, callback=self.parse_sitemap, errback=self.on_error)
            else:
                yield Request(loc, callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Report one page and follow its links."""
        if not isinstance(response, TextResponse):
            return
        depth = response.meta.get("depth", 0)
        if is_json_response(_content_type(response), response.body):
            try:
                data = load_json(response.body, response.encoding)
            except ValueError:
                return
            links = json_links(data, response.url)
            nxt = next_page_url(data, response.url)
            self._write({"url": response.url, "kind": "json", "links": links, "next": nxt, "depth": depth,
                         "status": response.status})
            for url in [*links, *([nxt] if nxt else [])]:
                yield Request(url, callback=self.parse, errback=self.on_error)
            return
        record = self._record(response)
        links = html_links(response.selector.root, response.url)
        title = response.xpath("normalize-space(//title)").get() or ""
        site_name = response.xpath("//meta[@property='og:site_name']/@content").get() or ""
        self._write({"url": response.url, "canonical": canonical_url(response), "depth": depth,
                     "redirected_from": list(response.meta.get("redirect_urls") or []),
                     "status": response.status, "kind": record.kind, "fields": record.fields,
                     "provenance": record.provenance, "links": links, "title": title, "site_name": site_name})
        for url in links:
            yield Request(url, callback=self.parse, errback=self.on_error)


def _content_type(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1")


def run_probe(job: dict[str, Any]) -> dict[str, Any]:
    """Run a probe job in this process; return its statistics."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawlers.stats import build_run_stats

    if job.get("config_dir"):
        os.environ["FACILITY_HUB_CONFIG_DIR"] = str(job["config_dir"])
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    delay = float(job.get("delay", DEFAULT_DELAY))
    settings.setdict({"CLOSESPIDER_PAGECOUNT": int(job.get("max_pages", DEFAULT_MAX_PAGES)),
                      "DOWNLOAD_DELAY": delay, "AUTOTHROTTLE_ENABLED": delay > 0,
                      "CONCURRENT_REQUESTS_PER_DOMAIN": 2 if delay > 0 else 8,
                      "LOG_LEVEL": job.get("log_level", "WARNING"), "ITEM_PIPELINES": {}}, priority=40)
    settings.setdict(job.get("settings") or {}, priority=40)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ProbeSpider)
    process.crawl(crawler, start_urls=[job["start_url"]], report=job["output"])
    process.start()
    stats = build_run_stats(crawler.stats.get_stats())
    Path(job["stats"]).write_text(json.dumps(stats, ensure_ascii=False, indent=1), "utf-8")
    return stats


def main(argv: list[str] | None = None) -> int:
    """``python -m crawlers.probe JOB.json``: 0 when the probe ran, 2 with one line when the job is unusable."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: python -m crawlers.probe JOB.json", file=sys.stderr)
        return 2
    try:
        job = json.loads(Path(args[0]).read_text("utf-8"))
        for key in ("start_url", "output", "stats"):
            if not isinstance(job.get(key), str) or not job[key]:
                raise JobError(f"probe job {args[0]}: {key} must be a non-empty string")
        run_probe(job)
    except (OSError, ValueError, JobError) as exc:
        print(f"crawlers.probe: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
