"""소공인 복합지원센터 press releases: facts in a ``센터 개요`` table inside a press release.

The press-release board (``/sup/news/pressList.do?pageIndex=N``) lists every release; only releases with a
summary table are facility pages — the others are notices, skipped and counted (``fh/skipped/notice``), not errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlparse

from scrapy.http import Request, Response, TextResponse

from crawlers.extract import label_rows, node_text, normalise_label, split_list, squash
from crawlers.spiders.base import FacilitySpider

LABELS = {"센터명": "name", "소재지": "address", "주소": "address", "집적지업종": "specialized_industry",
          "연면적": "area", "운영기관": "operator", "운영시간": "hours", "문의": "phone", "전화": "phone",
          "개소일": "opened"}
SUMMARY = "table.tbl-summary, table[summary*='센터 개요']"


class SogonginSpider(FacilitySpider):
    """Press-release board → releases with a 센터 개요 table."""

    name = "sogongin"
    family = "sogongin"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A page of the press-release board: yield its releases and the board's other pages.

        @replica_url sogongin /sup/news/pressList.do
        @returns requests 10
        """
        if not isinstance(response, TextResponse):
            return
        yield from self.follow_all_safely(response, lambda: self._board(response))

    def _board(self, response: TextResponse) -> Iterator[Request]:
        for href in response.css("table.board-list td.subject a::attr(href)").getall():
            yield self.detail_request(response.urljoin(href))
        for href in response.css("div.pagination a::attr(href)").getall():
            yield Request(response.urljoin(href), callback=self.parse, errback=self.on_error)

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A press release: a facility when it has a 센터 개요 table, otherwise a notice (skipped).

        @replica_url sogongin /sup/news/pressView.do?nttId=10233
        @returns items 1 1
        @fields name address equipment
        """
        if (response.status == 200 and isinstance(response, TextResponse) and not response.css(SUMMARY)
                and response.css("div.board-view")):
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("fh/skipped/notice")
            return
        yield from self.emit_facility(response, read_release)


def read_release(response: TextResponse) -> tuple[str | None, dict[str, Any]]:
    """Read a press release with a 센터 개요 table into ``(nttId, fields)``."""
    view = response.css("div.board-view")
    key = view.attrib.get("data-ntt-id") if view else None
    if not key:
        key = (parse_qs(urlparse(response.url).query).get("nttId") or [None])[0]
    labels = {normalise_label(k): v for k, v in LABELS.items()}
    rows = label_rows(response.css(SUMMARY))
    fields: dict[str, Any] = {}
    for label, node in rows.items():
        field = labels.get(label)
        value = node_text(node)
        if field and value and field not in fields:
            fields[field] = value
    equipment = rows.get("주요장비") or rows.get("보유장비")
    if equipment is not None:
        fields["equipment"] = split_list(node_text(equipment))
    paragraphs = [squash(" ".join(p.xpath(".//text()").getall())) for p in response.css("div.view-content > p")]
    fields["description"] = "\n".join(p for p in paragraphs if p)
    title = response.css("h3.view-title")
    if title:
        fields["title"] = node_text(title[0])
    return key, fields
