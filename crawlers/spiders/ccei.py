"""창조경제혁신센터 portal: the national page lists the regional centres; one page per centre.

Each centre page gives 전담기업 (partner company), 특화산업 (specialised industry), address and its maker
space's equipment. Old centre URLs (``/{region}/``) answer 301 to ``/{region}/center/info.do``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from scrapy.http import Request, Response, TextResponse

from crawlers.extract import node_text, normalise_label, select_texts, split_list, squash
from crawlers.spiders.base import FacilitySpider

LABELS = {"센터명": "name", "운영기관": "operator", "전담기업": "partner_company", "특화산업": "specialized_industry",
          "주소": "address", "대표전화": "phone", "전화": "phone", "운영시간": "hours", "면적": "area",
          "이메일": "email", "개소일": "opened"}


class CceiSpider(FacilitySpider):
    """창조경제혁신센터 portal → one page per regional centre."""

    name = "ccei"
    family = "ccei"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """The portal page: yield every centre's page.

        @replica_url ccei /
        @returns requests 17
        """
        if not isinstance(response, TextResponse):
            return
        yield from self.follow_all_safely(response, lambda: self._portal(response))

    def _portal(self, response: TextResponse) -> Iterator[Request]:
        for href in response.css("ul.center-list a::attr(href)").getall():
            yield self.detail_request(response.urljoin(href))

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A centre's page.

        @replica_url ccei /busan/center/info.do
        @returns items 1 1
        @fields name partner_company specialized_industry address
        """
        yield from self.emit_facility(response, read_centre)


def read_centre(response: TextResponse) -> tuple[str | None, dict[str, Any]]:
    """Read a centre page into ``(region slug, fields)``."""
    intro = response.css("section.center-intro")
    key = intro.attrib.get("data-region") if intro else None
    if not key:
        key = urlparse(response.url).path.strip("/").split("/")[0] or None
    labels = {normalise_label(k): v for k, v in LABELS.items()}
    fields: dict[str, Any] = {}
    for li in response.css("ul.center-facts li"):
        label = normalise_label(" ".join(li.css(".label ::text").getall()))
        field = labels.get(label)
        value = squash(" ".join(li.css(".value ::text").getall()))
        if field and value and field not in fields:
            fields[field] = value
    if not fields.get("name"):
        names = response.css("h2.center-name")
        fields["name"] = node_text(names[0]) if names else ""
    alias = squash(" ".join(response.css("p.alias ::text").getall()))
    if alias:
        fields["alt_names"] = split_list(alias.removeprefix("(").removesuffix(")"))
    fields["equipment"] = [
        " | ".join(p for p in (squash("".join(li.xpath("./text()").getall())), node_text(li.css(".cnt")[0])
                                if li.css(".cnt") else "") if p)
        for li in response.css("ul.maker-equipment li.equip")
    ]
    fields["programmes"] = select_texts(response, "ul.programs li")
    return key, fields
