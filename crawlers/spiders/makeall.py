"""Ministry maker-space portal (makeall-style): paginated list pages and ``info.php?space_no=N`` detail pages.

Only the unfiltered list is walked (its pages cover every space; the region and lab-type filters would repeat
them); print views are not followed (they duplicate detail pages and robots.txt forbids them). Old detail URLs
answer 301 to ``info.php`` and are followed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlparse

from scrapy.http import Request, Response, TextResponse

from crawlers.extract import label_table, node_text, select_texts
from crawlers.spiders.base import FacilitySpider

LABELS = {"운영기관": "operator", "지역": "region", "주소": "address", "연락처": "phone", "전화": "phone",
          "운영시간": "hours", "홈페이지": "homepage", "이메일": "email", "팩스": "fax"}
NO_PROGRAMMES = ("진행 중인 프로그램이 없습니다",)


class MakeallSpider(FacilitySpider):
    """makeall-style list → ``info.php`` detail pages."""

    name = "makeall"
    family = "makeall"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A list page: yield its detail pages and the other pages of the unfiltered list.

        @replica_url makeall /space/list.php
        @returns requests 10
        """
        if not isinstance(response, TextResponse):
            return
        yield from self.follow_all_safely(response, lambda: self._list(response))

    def _list(self, response: TextResponse) -> Iterator[Request]:
        for href in response.css("ul.space-list a.name::attr(href)").getall():
            yield self.detail_request(response.urljoin(href))
        for href in response.css("div.paging a::attr(href)").getall():
            url = response.urljoin(href)
            query = parse_qs(urlparse(url).query)
            if "area" not in query and "lab" not in query:
                yield Request(url, callback=self.parse, errback=self.on_error)
        for href in response.css("a.more::attr(href), nav.gnb a[href*='space/list']::attr(href)").getall():
            yield Request(response.urljoin(href), callback=self.parse, errback=self.on_error)

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A space's detail page.

        @replica_url makeall /space/info.php?space_no=104
        @returns items 1 1
        @returns requests 0 0
        @fields name operator address equipment
        """
        yield from self.emit_facility(response, read_space)


def read_space(response: TextResponse) -> tuple[str | None, dict[str, Any]]:
    """Read a makeall detail page into ``(space_no, fields)``."""
    view = response.css("div.space-view")
    key = view.attrib.get("data-space-no") if view else None
    if not key:
        key = (parse_qs(urlparse(response.url).query).get("space_no") or [None])[0]
    fields: dict[str, Any] = label_table(response.css("table.tbl-info"), LABELS)
    fields["name"] = node_text(response.css("h2.space-name")[0]) if response.css("h2.space-name") else ""
    fields["kind_text"] = " ".join(select_texts(response, ".view-head .lab-type"))
    fields["equipment"] = [node_text(tr) for tr in response.css("table.tbl-equip tbody tr")
                           if not any(c.get("colspan") for c in tr.root) and len(tr.root)]
    fields["programmes"] = [p for p in select_texts(response, "ul.edu-list li") if not p.startswith(NO_PROGRAMMES)]
    map_div = response.css("#map")
    if map_div:
        fields["lat"] = map_div.attrib.get("data-lat", "")
        fields["lon"] = map_div.attrib.get("data-lon", "")
    reserve = response.css("a.btn-reserve::attr(href)").get()
    if reserve:
        fields["reservation_url"] = response.urljoin(reserve)
    return key, fields
