"""Generic extraction on pages written here: structured data (JSON-LD incl. @graph, arrays, references, nested
location, malformed blocks; microdata; RDFa; OpenGraph), label-driven facts in every layout, links, provenance,
and what a page is (facility, listing, none)."""

from __future__ import annotations

import json

import pytest
from lxml import html

from crawlers.labels import load_labels, normalise_label, read_labels
from crawlers.records import Methods, read_page
from crawlers.structured import SYNTAXES, parse_jsonld_text, read_structured

LABELS = load_labels()
ALL = Methods(structured=SYNTAXES, labels=LABELS)
URL = "https://maker.example.kr/spaces/dream/"


def page(body: str, head: str = "") -> object:
    return html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# --- JSON-LD -----------------------------------------------------------------------------------------------------


def test_graph_keeps_only_the_place_and_resolves_references():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "#org", "name": "메이커 디렉터리", "address": "서울 종로구 1"},
        {"@type": "WebSite", "name": "메이커 디렉터리"},
        {"@type": "PostalAddress", "@id": "#addr", "addressRegion": "서울특별시", "addressLocality": "마포구",
         "streetAddress": "월드컵로 10 2층", "postalCode": "03900"},
        {"@type": ["LocalBusiness", "Place"], "name": "드림 메이커스페이스", "address": {"@id": "#addr"},
         "parentOrganization": {"@id": "#org"}, "telephone": ["02-123-4567", "010-1111-2222"]},
        {"@type": "BreadcrumbList", "itemListElement": []},
    ]}
    record = read_page(page("<h1>다른 제목</h1>", ld(graph)), URL, ALL)
    assert record.kind == "facility"
    assert record.fields["name"] == "드림 메이커스페이스"
    assert record.fields["address"] == "서울특별시 마포구 월드컵로 10 2층"
    assert record.fields["postal_code"] == "03900"
    assert record.fields["operator"] == "메이커 디렉터리"
    assert record.fields["phone"] == "02-123-4567, 010-1111-2222"
    assert record.provenance["name"] == "jsonld"


def test_organization_only_is_no_facility():
    home = ld({"@context": "https://schema.org", "@type": "Organization", "name": "메이커 디렉터리",
               "address": {"@type": "PostalAddress", "streetAddress": "서울 종로구 1"}, "telephone": "02-1"})
    record = read_page(page('<h1>메이커 디렉터리</h1><a href="/spaces/">공간</a>', home), URL, ALL)
    assert record.kind == "none"
    assert "address" not in record.fields


def test_array_nested_location_and_opening_hours_specification():
    data = [{"@context": "https://schema.org", "@type": "WebPage", "name": "소개"},
            {"@context": "https://schema.org", "@type": "Event", "name": "워크숍",
             "location": {"@type": "Place", "name": "행사장"}},
            {"@context": "https://schema.org", "@type": "CivicStructure", "name": "시민 제작소",
             "location": {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": "부산 중구 1"},
                          "geo": {"latitude": 35.1, "longitude": 129.0}},
             "openingHoursSpecification": [
                 {"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Monday", "Tuesday"],
                  "opens": "10:00", "closes": "18:00"},
                 {"@type": "OpeningHoursSpecification", "dayOfWeek": "Saturday", "opens": "10:00",
                  "closes": "14:00"}]}]
    record = read_page(page("", ld(data)), URL, ALL)
    assert record.fields["name"] == "시민 제작소"
    assert record.fields["address"] == "부산 중구 1"
    assert (record.fields["lat"], record.fields["lon"]) == ("35.1", "129.0")
    assert json.loads(record.fields["hours"]) == [
        {"dayOfWeek": ["Monday", "Tuesday"], "opens": "10:00", "closes": "18:00"},
        {"dayOfWeek": "Saturday", "opens": "10:00", "closes": "14:00"}]


@pytest.mark.parametrize(("text", "repaired"), [
    ('{"@type": "LocalBusiness", "name": "A" "telephone": "02-1"}', True),                 # missing comma
    ('{"@type": "LocalBusiness", "name": "A", "telephone": "02-1",}', True),               # trailing comma
    ('{"@type": "LocalBusiness", // note\n "name": "A", "telephone": "02-1"}', True),      # comment
    ('{"@type": "LocalBusiness", "name": "A\n", "telephone": "02-1"}', False),            # raw newline
    ('{&quot;@type&quot;: &quot;LocalBusiness&quot;, &quot;name&quot;: &quot;A&quot;, '
     '&quot;telephone&quot;: &quot;02-1&quot;}', True),                                  # HTML entities
    ("<!-- {\"@type\": \"LocalBusiness\", \"name\": \"A\", \"telephone\": \"02-1\"} -->", False),
])
def test_malformed_jsonld_is_repaired(text, repaired):
    data, fixed = parse_jsonld_text(text)
    assert fixed is repaired
    assert data["name"].strip() == "A" and data["telephone"] == "02-1"


def test_unrepairable_jsonld_leaves_the_page_to_labels():
    broken = '<script type="application/ld+json">@@@ not json at all</script>'
    body = """<h1>망가진 제이슨 랩</h1><dl><dt>주소</dt><dd>대구 중구 동성로 1</dd><dt>전화</dt><dd>053-111-2222</dd>
    <dt>운영시간</dt><dd>평일 10:00-19:00</dd>
    <dt>보유 장비</dt><dd><ul><li>3D 프린터</li><li>레이저 커터</li></ul></dd></dl>"""
    record = read_page(page(body, broken), URL, ALL)
    assert record.structured.unreadable == 1
    assert record.kind == "facility"
    assert record.fields == {"name": "망가진 제이슨 랩", "address": "대구 중구 동성로 1", "phone": "053-111-2222",
                             "hours": "평일 10:00-19:00", "equipment": ["3D 프린터", "레이저 커터"]}
    assert record.provenance == {"name": "heading", "address": "labels", "phone": "labels", "hours": "labels",
                                 "equipment": "labels"}


# --- microdata, RDFa, OpenGraph ----------------------------------------------------------------------------------


def test_microdata_with_tel_and_mailto_values():
    body = """<div itemscope itemtype="https://schema.org/LocalBusiness">
      <h2 itemprop="name">Makers Loft</h2>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="addressRegion">경기도</span> <span itemprop="addressLocality">성남시 분당구</span>
        <span itemprop="streetAddress">판교역로 1</span></div>
      <a itemprop="telephone" href="tel:031-777-8888">Call us</a>
      <a itemprop="email" href="mailto:hello@loft.kr">Mail</a>
      <meta itemprop="openingHours" content="Mo-Fr 10:00-20:00">
    </div>"""
    record = read_page(page(body), URL, ALL)
    assert record.kind == "facility"
    assert record.fields["name"] == "Makers Loft"
    assert record.fields["address"] == "경기도 성남시 분당구 판교역로 1"
    assert (record.fields["phone"], record.fields["email"]) == ("031-777-8888", "hello@loft.kr")
    assert record.fields["hours"] == "Mo-Fr 10:00-20:00"
    assert set(record.provenance.values()) == {"microdata"}


def test_rdfa_place():
    body = """<div vocab="https://schema.org/" typeof="LocalBusiness">
      <span property="name">RDFa 공작소</span>
      <div property="address" typeof="PostalAddress"><span property="streetAddress">광주 동구 금남로 1</span></div>
      <span property="telephone">062-123-4567</span></div>"""
    record = read_page(page(body), URL, Methods(structured=("rdfa",), labels=None))
    assert record.fields == {"name": "RDFa 공작소", "address": "광주 동구 금남로 1", "phone": "062-123-4567"}
    assert record.kind == "facility"


def test_opengraph_business_page_but_not_an_article():
    head = """<meta property="og:type" content="business.business"><meta property="og:title" content="OG 랩">
    <meta property="business:contact_data:street_address" content="울산 남구 1">
    <meta property="business:contact_data:phone_number" content="052-1">"""
    record = read_page(page("", head), URL, Methods(structured=("opengraph",), labels=None))
    assert record.fields["name"] == "OG 랩" and record.fields["phone"] == "052-1"
    assert record.provenance["address"] == "opengraph"
    article = read_structured(page("", '<meta property="og:type" content="article">'
                                       '<meta property="og:title" content="공지">'), URL)
    assert article.objects.get("opengraph") == []


# --- labels ------------------------------------------------------------------------------------------------------


def test_label_layouts_and_english_labels():
    body = """<main><h1>Label Lab</h1>
    <table><tr><th>운영 기관 :</th><td>(사)메이커협회</td></tr><tr><th>Phone</th><td>02-555-0000</td></tr></table>
    <p>Address: 서울 성동구 왕십리로 1<br>Opening hours: Tue-Sun 11:00-20:00<br>
       <b>E-mail</b> lab@label.kr</p>
    <ul><li><strong>홈페이지</strong> <a href="https://label.kr">label.kr</a></li><li>팩스 : 02-555-0001</li></ul>
    <h3>Equipment</h3><table><tr><th>장비명</th><th>수량</th></tr><tr><td>CNC</td><td>1</td></tr>
      <tr><td>3D 프린터</td><td>4</td></tr></table>
    <p><strong>프로그램</strong></p><p>목공 교실</p><p>아두이노 기초</p>
    </main><footer><p>주소: 디렉터리 본사 서울 중구 1</p><a href="tel:02-000-0000">대표</a></footer>"""
    facts = read_labels(page(body), LABELS)
    assert facts.fields == {
        "operator": "(사)메이커협회", "phone": "02-555-0000", "address": "서울 성동구 왕십리로 1",
        "hours": "Tue-Sun 11:00-20:00", "email": "lab@label.kr", "homepage": "label.kr", "fax": "02-555-0001",
        "equipment": ["CNC 1", "3D 프린터 4"], "programmes": ["목공 교실", "아두이노 기초"]}
    assert facts.phones == []  # the footer's tel: link is the directory's, not the facility's


def test_tel_and_mailto_links_fill_phone_and_email():
    body = '<h1>링크 랩</h1><p>주소: 인천 남동구 1</p><a href="tel:032-123-4567">전화하기</a>' \
           '<a href="mailto:hi@link.kr?subject=x">메일</a>'
    record = read_page(page(body), URL, ALL)
    assert (record.fields["phone"], record.fields["email"]) == ("032-123-4567", "hi@link.kr")
    assert record.provenance["phone"] == record.provenance["email"] == "links"


def test_repeated_facts_make_a_listing_and_a_lone_heading_no_facility():
    cards = "".join(f"<li><h3>공간 {i}</h3><p>주소: 서울 {i}</p><p>전화: 02-{i}</p></li>" for i in range(3))
    assert read_page(page(f"<h1>공간 목록</h1><ul>{cards}</ul>"), URL, ALL).kind == "listing"
    assert read_page(page("<h1>공지사항</h1><p>휴관 안내입니다.</p>"), URL, ALL).kind == "none"
    listed = ld({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "item": {"@type": "LocalBusiness", "name": f"랩 {i}"}} for i in range(3)]})
    assert read_page(page("<h1>목록</h1>", listed), URL, ALL).kind == "listing"


def test_selectors_win_over_structured_data_and_labels():
    head = ld({"@context": "https://schema.org", "@type": "LocalBusiness", "name": "구조화 이름",
               "telephone": "02-1"})
    record = read_page(page('<h1 class="t">선택자 이름</h1><p>전화: 02-2</p><p>주소: 서울 1</p>', head), URL,
                       Methods(structured=SYNTAXES, labels=LABELS, selectors={"name": "h1.t"}))
    assert record.fields["name"] == "선택자 이름" and record.provenance["name"] == "selectors"
    assert record.fields["phone"] == "02-1" and record.provenance["phone"] == "jsonld"
    assert record.provenance["address"] == "labels"


def test_label_normalisation():
    assert normalise_label(" 운영 시간 : ") == "운영시간"
    assert normalise_label("전화(대표)") == "전화"
    assert LABELS.field_for("보유 장비 현황") == "equipment"
    assert LABELS.field_for("Opening Hours:") == "hours"
    assert LABELS.field_for("아무말") is None
