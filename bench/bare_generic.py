"""The bare Scrapy floor for the generic family's replica sites: one hand-written spider per site (parsel CSS/XPath
and ``json.loads`` of the JSON-LD block, the same fields the generic spider reads), nothing of facility-hub.

    PYTHONPATH=. .venv/bin/python bench/bare_generic.py SITE BASE_URL OUT.jsonl STATS.json

Settings match the generic crawl's in ``bench/crawl.py``: robots.txt obeyed, no delay, CONCURRENT_ITEMS 8,
JSON-lines feed export. The stats file holds pages, items and the crawl process's CPU seconds from spider open
to close (the figure ``bench/crawl.py`` compares).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess


def _text(sel: Any, expr: str) -> str:
    return " ".join(" ".join(sel.css(expr).getall()).split())


class BareSpider(scrapy.Spider):
    """Listing → detail with fixed selectors per site."""

    name = "bare"

    def __init__(self, site: str, base: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site, self.base = site, base.rstrip("/")
        self.start_urls = [self.base + {"fablab_jsonld": "/labs/", "makercafe_plain": "/branches.html",
                                        "workshop_sitemap": "/sitemap.xml", "makerunion_table": "/member/list.php",
                                        "makersmap_microdata": "/spaces", "makertour_blog": "/",
                                        "makerplace_graph": "/spaces"}[site]]

    def parse(self, response: Any) -> Any:
        if self.site == "fablab_jsonld":
            for href in response.css("div.card a::attr(href)").getall():
                yield response.follow(href, self.fablab)
            for href in response.css("p.pages a::attr(href)").getall():
                yield response.follow(href, self.parse)
        elif self.site == "makercafe_plain":
            for href in response.xpath("//ul/li/a/@href").getall():
                yield response.follow(href, self.makercafe)
        elif self.site == "workshop_sitemap":
            for loc in re.findall(rb"<loc>([^<]+)</loc>", response.body):
                url = loc.decode()
                yield scrapy.Request(url, self.parse if url.endswith(".xml") else self.workshop)
        elif self.site == "makerunion_table":
            for href in response.xpath("//a[contains(@href, 'view.php?no=')]/@href").getall():
                yield response.follow(href, self.makerunion)
            for href in response.xpath("//a[contains(@href, 'list.php?page=')]/@href").getall():
                yield response.follow(href, self.parse)
        elif self.site == "makersmap_microdata":
            if response.url.endswith(".json") or "more.json" in response.url:
                data = json.loads(response.text)
                for item in data.get("items") or []:
                    yield response.follow(item["url"], self.makersmap)
                if data.get("next"):
                    yield response.follow(data["next"], self.parse)
                return
            for href in response.css("a[itemprop=url]::attr(href)").getall():
                yield response.follow(href, self.makersmap)
            for href in response.css("[data-next]::attr(data-next)").getall():
                yield response.follow(href, self.parse)
        elif self.site == "makertour_blog":
            for href in response.xpath("//a/@href").getall():
                if re.fullmatch(r"/\d+", href):
                    yield response.follow(href, self.makertour)
                elif "page=" in href:
                    yield response.follow(href, self.parse)
        else:
            for href in response.xpath("//a/@href").getall():
                if re.fullmatch(r"/spaces/\d+", href):
                    yield response.follow(href, self.makerplace)
                elif "page=" in href:
                    yield response.follow(href, self.parse)

    def fablab(self, response: Any) -> Any:
        data = json.loads(response.xpath('//script[@type="application/ld+json"]/text()').get() or "{}")
        addr = data.get("address") or {}
        yield {"key": response.url.rstrip("/").rsplit("/", 1)[-1], "name": data.get("name"),
               "address": " ".join(filter(None, (addr.get("addressRegion"), addr.get("addressLocality"),
                                                 addr.get("streetAddress")))),
               "phone": data.get("telephone"), "hours": ", ".join(data.get("openingHours") or []),
               "equipment": [f"{a.get('name')} | {a.get('value')}" for a in data.get("amenityFeature") or []],
               "programmes": response.xpath("//h2[normalize-space()='Programs']/following-sibling::ul[1]/li/text()")
               .getall(), "operator": (data.get("parentOrganization") or {}).get("name")}

    def makercafe(self, response: Any) -> Any:
        def fact(label: str) -> str:
            return " ".join(response.xpath(f"substring-after(//p[normalize-space(b)='{label}'], ':')").get().split())

        yield {"key": response.url.rsplit("=", 1)[-1], "name": _text(response, "h2::text"), "address": fact("주소"),
               "phone": fact("전화"), "hours": fact("영업시간"), "equipment": fact("보유 장비").split(", "),
               "programmes": fact("프로그램").split(", "),
               "homepage": response.xpath("//p[normalize-space(b)='홈페이지']/a/@href").get()}

    def workshop(self, response: Any) -> Any:
        def fact(label: str) -> str:
            return " ".join(response.xpath(f"//dl[@class='facts']/dt[normalize-space()='{label}']"
                                           "/following-sibling::dd[1]//text()").getall()).strip()

        yield {"key": response.url.rstrip("/").rsplit("/", 1)[-1], "name": _text(response, "h1.title::text"),
               "address": fact("주소"), "phone": fact("연락처"), "hours": fact("운영 시간"), "operator": fact("운영"),
               "equipment": response.css("ul.tools li::text").getall(),
               "programmes": response.css("ul.classes li::text").getall(),
               "homepage": response.css("p.web a::attr(href)").get()}


    def makerunion(self, response: Any) -> Any:
        rows = {" ".join(r.xpath("th//text()").get("").split()): " ".join(" ".join(r.xpath("td//text()").getall())
                .split()) for r in response.xpath("//tr[th and td]")}
        yield {"key": response.url.rsplit("=", 1)[-1], "name": rows.get("공간명"), "address": rows.get("주소")
               or rows.get("소재지"), "phone": rows.get("연락처") or rows.get("전화"), "hours": rows.get("운영시간")
               or rows.get("이용시간"), "email": rows.get("이메일"), "operator": rows.get("운영기관"),
               "equipment": [" ".join(r.xpath("td//text()").getall()) for r in response.xpath("//tr[td][not(th)]")],
               "programmes": (rows.get("교육") or rows.get("프로그램") or "").split(", ")}

    def makersmap(self, response: Any) -> Any:
        item = response.css("[itemtype$='LocalBusiness'], [itemtype$='Place']")
        yield {"key": response.url.rsplit("/", 1)[-1], "name": _text(item, "[itemprop=name]::text"),
               "alt_names": item.css("[itemprop=alternateName]::text").getall(),
               "address": _text(item, "[itemprop=address] ::text"), "phone": _text(item, "[itemprop=telephone]::text"),
               "email": _text(item, "[itemprop=email]::text"),
               "hours": item.css("meta[itemprop=openingHours]::attr(content)").get(),
               "lat": item.css("meta[itemprop=latitude]::attr(content)").get(),
               "lon": item.css("meta[itemprop=longitude]::attr(content)").get(),
               "equipment": item.css("ul.equip li::text").getall(), "programmes": item.css("ul.prog li::text").getall()}

    def makertour(self, response: Any) -> Any:
        facts = {}
        for line in response.css("div.article p::text").getall():
            m = re.match(r"\W*(\w[\w ]*?)\s*(?::|：| - )\s*(.+)", line)
            if m:
                facts.setdefault(m.group(1), m.group(2).strip())
        yield {"key": response.url.rsplit("/", 1)[-1], "name": facts.get("공간명") or facts.get("상호"),
               "address": facts.get("주소"), "phone": facts.get("전화") or facts.get("문의"),
               "hours": facts.get("운영시간") or facts.get("개방시간"),
               "equipment": (facts.get("보유장비") or "").split(", "),
               "programmes": (facts.get("프로그램") or "").split(", "), "operator": facts.get("운영")}

    def makerplace(self, response: Any) -> Any:
        data: dict = {}
        for block in response.xpath('//script[@type="application/ld+json"]/text()').getall():
            try:
                found = json.loads(block)
            except ValueError:
                continue
            for node in found.get("@graph", [found]):
                if node.get("telephone") and node.get("name"):
                    data = node
        facts = {" ".join(dt.xpath(".//text()").get("").split()): " ".join(" ".join(
            dt.xpath("following-sibling::dd[1]//text()").getall()).split()) for dt in response.xpath("//dl/dt")}
        addr = data.get("address") or (data.get("location") or {}).get("address") or {}
        yield {"key": response.url.rsplit("/", 1)[-1], "name": data.get("name") or _text(response, "h1::text"),
               "address": " ".join(filter(None, (addr.get("addressRegion"), addr.get("addressLocality"),
                                                 addr.get("streetAddress")))) or facts.get("주소"),
               "phone": data.get("telephone") or facts.get("전화"), "hours": data.get("openingHoursSpecification"),
               "operator": facts.get("운영"), "kind_text": facts.get("분류"),
               "equipment": response.xpath("//dt[.='보유 장비']/following-sibling::dd[1]//li/text()").getall(),
               "programmes": response.xpath("//dt[.='프로그램']/following-sibling::dd[1]//li/text()").getall()}


def main(argv: list[str]) -> int:
    """Crawl one site; write the stats file."""
    site, base, out, stats_path = argv
    process = CrawlerProcess({
        "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "CONCURRENT_ITEMS": 8, "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8"}},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    })
    crawler = process.create_crawler(BareSpider)
    cpu: dict[str, float] = {}

    def on_open(**_: Any) -> None:
        cpu["open"] = time.process_time()

    def on_close(**_: Any) -> None:
        cpu["close"] = time.process_time()

    # referenced here for the whole crawl: the signal dispatcher holds weak references
    crawler.signals.connect(on_open, signal=signals.spider_opened)
    crawler.signals.connect(on_close, signal=signals.spider_closed)
    process.crawl(crawler, site=site, base=base)
    process.start()
    s = crawler.stats.get_stats()
    pages = int(s.get("response_received_count", 0))
    Path(stats_path).write_text(json.dumps({"pages": pages, "items": int(s.get("item_scraped_count", 0)),
                                            "cpu_s": round(cpu["close"] - cpu["open"], 4)}), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
