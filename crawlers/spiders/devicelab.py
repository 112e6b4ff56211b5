"""ICT 디바이스랩: a JSON list API paged by an opaque cursor, and HTML detail pages.

The home page is a script shell with no links, so the crawl starts at the API (``/api/labs``), asks for the
largest page size (``limit=20``) and follows ``next_cursor`` until it is null.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse, urlunparse

from scrapy.http import Request, Response, TextResponse

from crawlers.extract import label_table, node_text, select_texts
from crawlers.spiders.base import FacilitySpider

PAGE_SIZE = 20
LABELS = {"운영기관": "operator", "지역": "region", "주소": "address", "문의": "phone", "전화": "phone",
          "운영시간": "hours", "이메일": "email"}


def with_query(url: str, **params: str | int) -> str:
    """Return ``url`` with these query parameters set (others kept)."""
    parts = urlparse(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update({k: str(v) for k, v in params.items()})
    return urlunparse(parts._replace(query=urlencode(query)))


class DevicelabSpider(FacilitySpider):
    """디바이스랩 JSON API (cursor paging) → ``detail.html?labId=`` pages."""

    name = "devicelab"
    family = "devicelab"

    def start_listing_requests(self) -> Iterable[Request]:
        """Request the list API with the largest page size."""
        for url in self.start_urls:
            if "limit=" not in url:
                url = with_query(url, limit=PAGE_SIZE)
            yield Request(url, callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A page of the list API: yield its labs' detail pages and the next page.

        @replica_url devicelab /api/labs?limit=20
        @returns requests 12
        """
        yield from self.follow_all_safely(response, lambda: self._api_page(response))

    def _api_page(self, response: Response) -> Iterator[Request]:
        data = json.loads(response.text if isinstance(response, TextResponse) else response.body)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise ValueError("list API answer has no 'items' list")
        for item in data["items"]:
            href = item.get("detailUrl") if isinstance(item, dict) else None
            if href:
                yield self.detail_request(response.urljoin(href), key=item.get("labId"))
        cursor = data.get("next_cursor")
        if cursor:
            yield Request(with_query(response.url, cursor=cursor), callback=self.parse, errback=self.on_error)

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A lab's detail page.

        @replica_url devicelab /lab/detail.html?labId=LAB001
        @returns items 1 1
        @fields name operator address equipment
        """
        yield from self.emit_facility(response, read_lab)


def read_lab(response: TextResponse) -> tuple[str | None, dict[str, Any]]:
    """Read a 디바이스랩 detail page into ``(labId, fields)``."""
    main = response.css("main.lab-detail")
    key = main.attrib.get("data-lab-id") if main else None
    if not key:
        key = (parse_qs(urlparse(response.url).query).get("labId") or [None])[0]
    fields: dict[str, Any] = label_table(response.css("dl.lab-info"), LABELS)
    names = response.css("h1.lab-name")
    fields["name"] = node_text(names[0]) if names else ""
    fields["homepage"] = response.css("p.homepage a::attr(href)").get("")
    geo = response.css(".lab-map")
    if geo:
        fields["lat"] = geo.attrib.get("data-lat", "")
        fields["lon"] = geo.attrib.get("data-lng", "")
    fields["equipment"] = [node_text(tr) for tr in response.css("section.equipment tbody tr") if tr.css("td")]
    fields["programmes"] = select_texts(response, "section.programs li")
    return key, fields
