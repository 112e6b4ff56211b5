"""Unit tests of the crawler's pure parts: Retry-After, charset fallback, source validation, extraction."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from crawlers.extract import (
    apply_selectors,
    find_facility_jsonld,
    html_to_text,
    jsonld_fields,
    jsonld_objects,
    label_table,
)
from crawlers.middlewares.encoding import EncodingFallbackMiddleware, detect_misdeclared_encoding
from crawlers.middlewares.retry_after import parse_retry_after
from crawlers.registry import FAMILIES, spider_class, validate_source

GOOD = {"id": "fablab-x", "family": "generic", "start_urls": ["http://127.0.0.1:1/"], "kind": "private",
        "extract": "jsonld"}


@pytest.mark.parametrize(("value", "expected"), [("3", 3.0), (b"0", 0.0), ("-5", 0.0), ("", None),
                                                 (None, None), ("soon", None)])
def test_retry_after_seconds(value, expected):
    assert parse_retry_after(value) == expected


def test_retry_after_http_date():
    now = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)
    header = format_datetime(now + timedelta(seconds=7), usegmt=True)
    assert parse_retry_after(header, now=now) == pytest.approx(7.0)


KOREAN = "<html><head><meta charset='{decl}'></head><body><p>무한상상실 과학관</p></body></html>"


@pytest.mark.parametrize(("declared", "actual", "fixed"), [
    ("utf-8", "cp949", "cp949"),
    ("euc-kr", "utf-8", "utf-8"),
    ("euc-kr", "cp949", None),
    ("utf-8", "utf-8", None),
])
def test_detect_misdeclared_encoding(declared, actual, fixed):
    body = KOREAN.format(decl=declared).encode(actual)
    assert detect_misdeclared_encoding(body, declared) == fixed


def test_encoding_middleware_fixes_wrong_declaration():
    body = KOREAN.format(decl="utf-8").encode("euc-kr")
    response = HtmlResponse("http://127.0.0.1/x", body=body)
    assert "무한상상실" not in response.text
    fixed = EncodingFallbackMiddleware().process_response(None, response)
    assert fixed.css("p::text").get() == "무한상상실 과학관"


def test_valid_source_has_no_problems():
    assert validate_source(GOOD) == []


def test_validate_source_reports_every_problem():
    bad = {"id": "Bad Id", "family": "nope", "start_urls": ["ftp://x", 3], "kind": ""}
    problems = validate_source(bad)
    text = "\n".join(problems)
    assert "id must match" in text
    assert "unknown family 'nope'" in text and "generic" in text
    assert "'ftp://x' is not an http(s) URL" in text and "3 is not" in text
    assert "kind must be" in text
    assert validate_source("x") and validate_source({**GOOD, "start_urls": []})


@pytest.mark.parametrize(("extract", "fragment"), [
    (None, "needs extract"),
    ("microdata", "unknown shorthand 'microdata' (allowed: auto, jsonld or a mapping)"),
    ({"structured": False, "labels": False, "selectors": {"address": ".a"}}, "selectors need a 'name'"),
    ({"structured": ["jsonld", "json"]}, "structured: must be true, false or a list of"),
    ({"labels": {"주소": "Address"}}, "labels: must be true, false or a mapping"),
    ({"max_depth": -1}, "max_depth: must be a whole number"),
    ({"selectors": {"name": "h1[["}}, "selectors.name: does not compile"),
    ({"selectors": {"name": "//h1[@"}}, "selectors.name: does not compile"),
    ({"selectors": {"name": "h1"}, "list": {"links": "a", "page": "b"}}, "unknown key 'page'"),
    ({"selectors": {"name": "h1"}, "detail_url": "("}, "detail_url: is not a valid regular expression"),
    ({"selectors": {"name": "h1"}, "key": {"url_pattern": "id=\\d+"}}, "needs 1 capturing group"),
    ({"selectors": {"name": "h1"}, "sitemap": "yes"}, "sitemap: must be"),
    ({"jsonld": "yes"}, "jsonld: must be true or false"),
])
def test_validate_extract_problems(extract, fragment):
    source = {**GOOD, "extract": extract}
    problems = validate_source(source)
    assert any(fragment in p for p in problems), problems


def test_extract_only_for_generic():
    assert any("generic family only" in p for p in validate_source({**GOOD, "family": "makeall"}))


def test_every_family_has_a_spider_named_after_it():
    for family in FAMILIES:
        cls = spider_class(family)
        assert cls.name == family


JSONLD_PAGE = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "site"},
 {"@type": ["LocalBusiness"], "name": "팹랩 서울", "alternateName": ["Fab Lab Seoul"],
  "telephone": "02-3144-1050",
  "address": {"@type": "PostalAddress", "addressRegion": "서울특별시", "addressLocality": "마포구",
              "streetAddress": "성미산로 1", "postalCode": "03900"},
  "geo": {"latitude": 37.5, "longitude": 126.9},
  "openingHoursSpecification": [{"dayOfWeek": ["https://schema.org/Monday"], "opens": "10:00", "closes": "18:00"}],
  "amenityFeature": [{"name": "3D프린터", "value": "2대"}, {"name": "레이저 커터", "value": true}],
  "description": "<p>메이커 <b>공간</b></p><p>둘째 줄</p>"}
]}
</script></head><body></body></html>"""


def test_jsonld_fields():
    obj = find_facility_jsonld(jsonld_objects(Selector(text=JSONLD_PAGE)))
    fields = jsonld_fields(obj)
    assert fields["name"] == "팹랩 서울"
    assert fields["alt_names"] == ["Fab Lab Seoul"]
    assert fields["address"] == "서울특별시 마포구 성미산로 1"
    assert fields["postal_code"] == "03900"
    assert (fields["lat"], fields["lon"]) == ("37.5", "126.9")
    # openingHoursSpecification: the JSON text of the specification objects (the normalisers read this form)
    assert json.loads(fields["hours"]) == [{"dayOfWeek": ["Monday"], "opens": "10:00", "closes": "18:00"}]
    assert fields["equipment"] == ["3D프린터 | 2대", "레이저 커터"]
    assert fields["description"] == "메이커 공간\n둘째 줄"


def test_label_table_and_selectors():
    html = """<table><tr><th>운영 기관 :</th><td> (재)창조 <br>재단 </td></tr><tr><th>전화</th><td>02-1</td></tr>
    <tr><th>기타</th><td>x</td></tr></table><dl><dt>주소</dt><dd>서울 중구</dd></dl>
    <table class="eq"><tr><th>장비</th><th>수량</th></tr><tr><td>3D프린터</td><td>2대</td></tr></table>
    <h1> 이름 </h1>"""
    sel = Selector(text=html)
    fields = label_table(sel, {"운영기관": "operator", "전화": "phone", "주소": "address"})
    assert fields == {"operator": "(재)창조 재단", "phone": "02-1", "address": "서울 중구"}
    got = apply_selectors(sel, {"name": "h1", "equipment": "table.eq tr[not(th)]" if False else
                                "xpath://table[@class='eq']//tr[td]", "missing": ".nope"})
    assert got == {"name": "이름", "equipment": ["3D프린터 | 2대"]}


def test_html_to_text():
    assert html_to_text("<div>가<br>나<script>x()</script></div><p> 다 </p>") == "가\n나\n다"


def test_known_urls_follow_the_site_to_its_new_address():
    from crawlers.spiders.base import rebase_known_urls

    known = {"1": {"url": "http://127.0.0.1:4001/space/info.php?space_no=1", "etag": '"a"'},
             "2": {"url": "http://127.0.0.1:5002/space/info.php?space_no=2", "etag": None}}
    moved = rebase_known_urls(known, ["http://127.0.0.1:5002/space/list.php"])
    assert moved["1"] == {"url": "http://127.0.0.1:5002/space/info.php?space_no=1", "etag": '"a"'}
    assert moved["2"] == known["2"]
    assert rebase_known_urls(known, ["http://a.kr/", "http://b.kr/"]) == known


def test_known_pages_get_conditional_requests():
    from crawlers.spiders.makeall import MakeallSpider

    spider = MakeallSpider(source={"id": "makeall", "start_urls": ["http://127.0.0.1:5002/space/list.php"]},
                           known={"7": {"url": "http://127.0.0.1:4001/space/info.php?space_no=7", "etag": '"e"',
                                        "last_modified": "Sun, 07 Sep 2025 00:00:00 GMT"}})
    assert spider.allowed_domains == ["127.0.0.1"]
    request = spider.detail_request("http://127.0.0.1:5002/space/info.php?space_no=7")
    assert request.headers[b"If-None-Match"] == b'"e"'
    assert request.headers[b"If-Modified-Since"] == b"Sun, 07 Sep 2025 00:00:00 GMT"
    assert request.meta["fh_key"] == "7" and 404 in request.meta["handle_httpstatus_list"]
    fresh = spider.detail_request("http://127.0.0.1:5002/space/info.php?space_no=8")
    assert b"If-None-Match" not in fresh.headers and "fh_known" not in fresh.meta


def test_example_sources_are_valid_and_use_live_urls(catalog):
    """``crawlers/sources.example.yaml`` (for config/sources.yaml) names every replica site by its live URL."""
    import yaml
    from crawl_helpers import ROOT

    sources = yaml.safe_load((ROOT / "crawlers" / "sources.example.yaml").read_text("utf-8"))["sources"]
    assert {s["id"] for s in sources} == set(catalog)
    for source in sources:
        site = catalog[source["id"]]
        assert validate_source(source) == []
        assert source["family"] == site.family and source["kind"] == site.kind
        assert source["start_urls"] == [site.live_base_url + p for p in site.start_paths]
        assert len(source["schedule"].split()) == 5 and isinstance(source["enabled"], bool)
        assert isinstance(source["priority"], int)


def test_settings_layers(tmp_path):
    from crawlers.run import CrawlJob, build_settings

    job = CrawlJob(run_id="r", source={"id": "s", "family": "ccei", "start_urls": ["http://x/"], "kind": "k",
                                       "settings": {"DOWNLOAD_DELAY": 2.0, "RETRY_TIMES": 1}},
                   output=tmp_path / "o.jsonl", stats=tmp_path / "s.json", settings={"RETRY_TIMES": 5},
                   log_level="WARNING")
    settings = build_settings(job)
    assert settings.getfloat("DOWNLOAD_DELAY") == 2.0  # source over project
    assert settings.getint("RETRY_TIMES") == 5  # job over source
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.get("FACILITY_HUB_OUTPUT") == str(tmp_path / "o.jsonl")
    assert settings.get("LOG_LEVEL") == "WARNING"
