"""무한상상실 information site: JSP-style table layouts, EUC-KR list pages, detail pages in mixed encodings.

Only the unfiltered list (``/room/list.do?pageIndex=N``) is walked; old ``/sangsang/view.jsp`` links answer 301
to ``/room/detail.do?roomId=…``. Decoding (header, ``<meta>``, or a wrong declaration) is handled by
``crawlers.middlewares.encoding``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlparse

from scrapy.http import Request, Response, TextResponse

from crawlers.extract import label_rows, node_text, normalise_label, split_list, text_lines
from crawlers.spiders.base import FacilitySpider

LABELS = {"무한상상실명": "name", "구분": "kind_text", "운영기관": "operator", "지역": "region", "주소": "address",
          "전화번호": "phone", "이용시간": "hours", "홈페이지": "homepage", "이메일": "email", "개소일": "opened"}
EMPTY = ("", "-")


class MuhanSpider(FacilitySpider):
    """무한상상실 list → ``detail.do?roomId=`` pages."""

    name = "muhan"
    family = "muhan"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A list page (EUC-KR): yield its rooms and the other pages of the unfiltered list.

        @replica_url muhan /room/list.do
        @returns requests 15
        """
        if not isinstance(response, TextResponse):
            return
        yield from self.follow_all_safely(response, lambda: self._list(response))

    def _list(self, response: TextResponse) -> Iterator[Request]:
        for href in response.css("table.list_table td.left a::attr(href)").getall():
            yield self.detail_request(response.urljoin(href))
        for href in response.css("div.paging a::attr(href)").getall():
            url = response.urljoin(href)
            if "type" not in parse_qs(urlparse(url).query):
                yield Request(url, callback=self.parse, errback=self.on_error)

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A room's detail page.

        @replica_url muhan /room/detail.do?roomId=MH0001
        @returns items 1 1
        @fields name operator address
        """
        yield from self.emit_facility(response, read_room)


def read_room(response: TextResponse) -> tuple[str | None, dict[str, Any]]:
    """Read a 무한상상실 detail page into ``(roomId, fields)``."""
    key = (parse_qs(urlparse(response.url).query).get("roomId") or [None])[0]
    rows = label_rows(response.css("table.view_table"))
    labels = {normalise_label(k): v for k, v in LABELS.items()}
    fields: dict[str, Any] = {}
    for label, node in rows.items():
        if label in labels:
            value = node_text(node)
            if value not in EMPTY:
                fields[labels[label]] = value
    equipment = rows.get("보유장비")
    if equipment is not None and node_text(equipment) not in EMPTY:
        fields["equipment"] = split_list(node_text(equipment))
    programmes = rows.get("주요프로그램")
    if programmes is not None:
        fields["programmes"] = [p for p in text_lines(programmes) if p not in EMPTY]
    return key, fields
