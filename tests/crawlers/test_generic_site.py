"""A small volunteer-run directory written here (the layout of issue 14's report), served over real HTTP on
127.0.0.1 and crawled by ``python -m crawlers.run`` with the documented minimal config (``extract: jsonld``):

- the home page carries the directory's own ``Organization`` JSON-LD and a featured link with a tracking query;
- every page has ``tel:`` and ``mailto:`` links;
- spaces are listed on ``?page=N`` pages and behind a "더보기" button whose ``data-url`` is a JSON endpoint;
- the spaces' pages use JSON-LD, malformed JSON-LD over a ``<dl>``, microdata, and a ``<th>`` table;
- a draft is disallowed by robots.txt; an about page has no facility.

Expected: exactly the six spaces, every field below, no error, no request for a ``tel:``/``mailto:`` address or
the draft, and the pages' outcomes counted.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from crawl_helpers import run_crawl_process

FOOTER = ('<footer><p>메이커 디렉터리 · 문의 <a href="tel:02-700-0000">02-700-0000</a> · '
          '<a href="mailto:admin@directory.kr">메일</a></p></footer>')


def _page(title: str, body: str, head: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title} | 메이커 디렉터리</title>{head}</head>'
            f'<body><nav><a href="/">홈</a> <a href="/about/">소개</a></nav><main>{body}</main>{FOOTER}</body></html>')


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


ORG = _ld({"@context": "https://schema.org", "@type": "Organization", "name": "메이커 디렉터리",
           "telephone": "02-700-0000", "address": {"@type": "PostalAddress", "streetAddress": "서울 종로구 1"}})

SITE: dict[str, tuple[str, str]] = {
    "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /drafts/\n"),
    "/": ("text/html", _page("홈", '<h1>메이커 디렉터리</h1><p>전국의 작은 제작 공간</p>'
                                  '<p><a href="/spaces/alpha/?from=featured">이달의 공간: 알파 공작소</a></p>'
                                  '<a href="/spaces?page=1">공간 목록</a> <a href="/drafts/secret/">초안</a>'
                                  '<a href="javascript:void(0)">닫기</a> <a href="#top">위로</a>', ORG)),
    "/about/": ("text/html", _page("소개", "<h1>디렉터리 소개</h1><p>자원봉사자들이 운영합니다.</p>")),
    "/spaces?page=1": ("text/html", _page("목록", '<h1>공간 목록</h1><ul><li><a href="/spaces/alpha/">알파</a></li>'
                                                  '<li><a href="/spaces/beta/">베타</a></li>'
                                                  '<li><a href="/spaces/gamma/">감마</a></li></ul>'
                                                  '<a href="/spaces?page=2">다음</a>')),
    "/spaces?page=2": ("text/html", _page("목록 2", '<h1>공간 목록</h1><ul><li><a href="/spaces/delta/">델타</a></li>'
                                                    '</ul><button class="more" data-url="/api/spaces?page=3">'
                                                    '더보기</button>')),
    "/api/spaces?page=3": ("application/json", json.dumps(
        {"items": [{"name": "엡실론", "url": "/spaces/eps/"}], "page": 3, "next_page": 4, "has_more": True})),
    "/api/spaces?page=4": ("application/json", json.dumps(
        {"items": [{"name": "제타", "html": '<li><a href="/spaces/zeta/">제타</a></li>'}], "has_more": False})),
    "/spaces/alpha/": ("text/html", _page("알파 공작소", '<h1>알파 공작소</h1><a href="tel:02-111-1111">전화</a>', _ld(
        {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": "알파 공작소"},
            {"@type": "LocalBusiness", "name": "알파 공작소", "telephone": "02-111-1111",
             "address": {"@type": "PostalAddress", "addressRegion": "서울특별시", "addressLocality": "마포구",
                         "streetAddress": "양화로 1"},
             "amenityFeature": [{"@type": "LocationFeatureSpecification", "name": "레이저 커터", "value": "1"}]}]})
        + '<link rel="canonical" href="/spaces/alpha/">')),
    "/spaces/beta/": ("text/html", _page("베타 랩", """<h1>베타 랩</h1>
        <dl><dt>주소</dt><dd>부산광역시 해운대구 센텀로 2</dd><dt>전화</dt><dd>051-222-2222</dd>
        <dt>운영시간</dt><dd>평일 10:00-18:00</dd><dt>보유 장비</dt><dd>3D 프린터 2대, CNC 1대</dd></dl>
        <a href="tel:051-222-2222">전화 걸기</a>""",
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LocalBusiness" '
        '"name": "베타 랩", "telephone": "051-222-2222",, "address": </script>')),
    "/spaces/gamma/": ("text/html", _page("Gamma Makers", """<div itemscope itemtype="https://schema.org/LocalBusiness">
        <h1 itemprop="name">Gamma Makers</h1><p itemprop="address">대전광역시 유성구 대학로 3</p>
        <a itemprop="telephone" href="tel:042-333-3333">Call</a></div>""")),
    "/spaces/delta/": ("text/html", _page("델타 작업실", """<h1>델타 작업실</h1><table>
        <tr><th>소재지</th><td>광주광역시 동구 금남로 4</td></tr><tr><th>연락처</th><td>062-444-4444</td></tr>
        <tr><th>운영</th><td>델타 협동조합</td></tr></table><a href="mailto:delta@coop.kr">메일</a>""")),
    "/spaces/eps/": ("text/html", _page("엡실론", _ld({"@context": "https://schema.org", "@type": "CivicStructure",
                                                     "name": "엡실론 시민공방", "telephone": "053-555-5555"})
                                        + "<h1>엡실론 시민공방</h1>")),
    "/spaces/zeta/": ("text/html", _page("제타", "<h1>제타 메이커스</h1><p>주소: 울산광역시 남구 삼산로 6<br>"
                                                 "전화: 052-666-6666</p>")),
    "/drafts/secret/": ("text/html", _page("초안", "<h1>비공개 공간</h1><p>주소: 서울 어딘가</p><p>전화: 02-9</p>")),
}


class Directory(BaseHTTPRequestHandler):
    """Serves ``SITE``; records every path requested."""

    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        found = SITE.get(self.path.replace("?from=featured", ""))  # a tracking query serves the same page
        if found is None:
            body, status, ctype = b"not found", 404, "text/plain"
        else:
            ctype, text = found
            body, status = text.encode(), 200
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def directory() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Directory)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def crawl(directory, tmp_path_factory):
    Directory.hits = []
    source = {"id": "directory", "family": "generic", "start_urls": [directory + "/"], "kind": "private_space",
              "extract": "jsonld"}
    return run_crawl_process(tmp_path_factory.mktemp("directory"), source)


def test_exactly_the_spaces_and_no_error(crawl):
    assert crawl.returncode == 0, crawl.stderr
    assert crawl.keys() == {f"spaces/{s}/" for s in ("alpha", "beta", "gamma", "delta", "eps", "zeta")}
    assert crawl.stats["errors"] == {}
    outcomes = crawl.stats["outcomes"]
    assert outcomes["facility"] == 7  # alpha twice (the featured link), its second record dropped by key
    assert crawl.stats["dropped"] == {"duplicate_key": 1}
    assert outcomes["robots"] == 1 and outcomes["extraction_error"] == 0
    assert outcomes["no_facility"] == 0 and outcomes["listing"] >= 5


def test_links_that_are_no_pages_are_never_requested(crawl):
    assert not [h for h in Directory.hits if h.startswith(("/drafts", "tel", "mailto", "javascript"))]
    assert "/sitemap.xml" in Directory.hits  # looked for, absent: no error


def test_every_field_and_its_method(crawl):
    records = {r["key"]: r for r in crawl.of_type("facility")}
    alpha = records["spaces/alpha/"]
    assert alpha["fields"] == {"name": "알파 공작소", "address": "서울특별시 마포구 양화로 1", "phone": "02-111-1111",
                               "equipment": ["레이저 커터 | 1"]}
    assert set(alpha["provenance"].values()) == {"jsonld"}
    beta = records["spaces/beta/"]
    # the malformed block is repaired as far as it goes (name, phone); the <dl> gives the rest
    assert beta["fields"] == {"name": "베타 랩", "address": "부산광역시 해운대구 센텀로 2", "phone": "051-222-2222",
                              "hours": "평일 10:00-18:00", "equipment": ["3D 프린터 2대", "CNC 1대"]}
    assert beta["provenance"]["name"] == beta["provenance"]["phone"] == "jsonld"
    assert beta["provenance"]["address"] == beta["provenance"]["equipment"] == "labels"
    gamma = records["spaces/gamma/"]["fields"]
    assert (gamma["name"], gamma["address"], gamma["phone"]) == ("Gamma Makers", "대전광역시 유성구 대학로 3",
                                                                 "042-333-3333")
    delta = records["spaces/delta/"]
    assert delta["fields"] == {"name": "델타 작업실", "address": "광주광역시 동구 금남로 4", "phone": "062-444-4444",
                               "operator": "델타 협동조합", "email": "delta@coop.kr"}
    assert delta["provenance"]["email"] == "links"
    assert records["spaces/eps/"]["fields"]["name"] == "엡실론 시민공방"
    assert records["spaces/zeta/"]["fields"] == {"name": "제타 메이커스", "address": "울산광역시 남구 삼산로 6",
                                                 "phone": "052-666-6666"}
    assert crawl.stats["jsonld"] == {"repaired": 1}

