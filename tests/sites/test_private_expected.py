"""Every expected value of the private sites is what its page states: visible text, or the structured value where
the page has microdata or JSON-LD. Lenient on purpose (a value must be found, not extracted by a selector), plus
the traps each site promises: the malformed JSON-LD, non-facility structured data, visible/structured mismatches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import lxml.html
import pytest

from sites.manifest import ExpectedPage, load_expected
from sites.paths import PRIVATE_SITE_IDS
from sites.render.private_kit import split_items
from sites.server import ReplicaServer

DAYS = {
    "Monday": "mon",
    "Tuesday": "tue",
    "Wednesday": "wed",
    "Thursday": "thu",
    "Friday": "fri",
    "Saturday": "sat",
    "Sunday": "sun",
}
DAY_RE = re.compile(r'"(https?://schema\.org/|)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"')
ORDER = list(DAYS.values())


def collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pages() -> Iterator[dict[tuple[str, int, str], str]]:
    """(site, version, key) → decoded HTML of every expected page."""
    out = {}
    with ReplicaServer(sites=PRIVATE_SITE_IDS, faults=set()) as srv, httpx.Client() as c:
        for version in (1, 2):
            srv.set_version(version)
            for site in PRIVATE_SITE_IDS:
                for page in load_expected(site, version):
                    r = c.get(srv.urls[site] + page.path)
                    assert r.status_code == 200
                    out[(site, version, page.key)] = r.content.decode(
                        "euc_kr" if site == "makerunion_table" else "utf-8"
                    )
    yield out


def _cases() -> list[tuple[str, int, ExpectedPage]]:
    return [(s, v, p) for s in PRIVATE_SITE_IDS for v in (1, 2) for p in load_expected(s, v)]


def _tree(html: str) -> lxml.html.HtmlElement:
    tree = lxml.html.fromstring(html)
    for node in tree.xpath("//script|//style"):
        node.drop_tree()
    return tree


def _cells(tree: lxml.html.HtmlElement) -> set[str]:
    """Texts a reader sees as one value: table cells, list items, paragraphs, dd, and each line of them."""
    out: set[str] = set()
    for node in tree.xpath("//td|//li|//p|//dd|//h1|//blockquote"):
        out.add(collapse(node.text_content()))
        lines = lxml.html.tostring(node, encoding="unicode").split("<br>")
        out.update(collapse(lxml.html.fromstring(f"<div>{line}</div>").text_content()) for line in lines if line)
        children = node.getchildren()
        if children and not (node.text or "").strip() and children[0].tag in ("span", "b", "strong"):
            out.add(collapse(node.text_content()[len(children[0].text_content()) :]))  # after a label element
    for row in tree.xpath("//tr"):
        out.add(collapse(" ".join(td.text_content() for td in row.xpath("./td"))))
    return out


def _labelled(cells: set[str]) -> set[str]:
    """Values of ``label : value`` lines (any of ``:``, ``：``, `` - `` after a short label)."""
    out = set()
    for cell in cells:
        m = re.match(r"^\W*[\w ]{1,8}?\s*(?::|：| - )\s*(.+)$", cell)
        if m:
            out.add(m.group(1).strip())
    return out


def _microdata(tree: lxml.html.HtmlElement) -> dict:
    """The facility item's properties (the ``itemscope`` inside ``<article>``), nested items flattened."""
    [item] = tree.xpath("//article[@itemscope]")
    props: dict = {}
    for node in item.xpath(".//*[@itemprop]"):
        name = node.get("itemprop")
        if node.get("itemscope") is not None:
            continue
        if node.tag == "meta":
            value = node.get("content")
        elif node.tag in ("a", "link"):
            value = node.get("href")
        else:
            value = collapse(node.text_content())
        props.setdefault(name, value)
    return props


def _json_ld(html: str) -> list[object]:
    blocks = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', html, re.S)
    return [_load_repairing_one_comma(b) for b in blocks]


def _load_repairing_one_comma(block: str) -> object:
    """The block as JSON; the one malformed block of the site lacks the comma at the end of a line (repaired as
    the manifest's rule says — the test restores exactly that comma, nothing more general)."""
    try:
        return json.loads(block)
    except json.JSONDecodeError as exc:
        if exc.msg != "Expecting ',' delimiter":
            raise
        end_of_line = block.rindex("\n", 0, exc.pos)
        return json.loads(block[:end_of_line] + "," + block[end_of_line:])


def _space(html: str) -> dict:
    nodes = []
    for block in _json_ld(html):
        nodes += block.get("@graph", [block])  # type: ignore[union-attr]
    [space] = [n for n in nodes if str(n.get("@id", "")).endswith("#space")]
    return space


def _spec(hours: list[dict]) -> list[dict]:
    out = []
    for s in hours:
        days = s["dayOfWeek"] if isinstance(s["dayOfWeek"], list) else [s["dayOfWeek"]]
        names = sorted((DAYS[d.rsplit("/", 1)[-1]] for d in days), key=ORDER.index)
        out.append({"days": names, "opens": s["opens"][:5], "closes": s["closes"][:5]})
    return out


def _address(a: dict) -> str:
    return " ".join(a[k] for k in ("addressRegion", "addressLocality", "streetAddress") if a.get(k))


@pytest.mark.parametrize(("site", "version", "page"), _cases(), ids=lambda x: getattr(x, "key", str(x)))
def test_expected_values_are_stated_on_the_page(pages: dict, site: str, version: int, page: ExpectedPage) -> None:
    html = pages[(site, version, page.key)]
    tree = _tree(html)
    cells = _cells(tree)
    values = cells | _labelled(cells)
    structured: dict = {}
    if site == "makersmap_microdata":
        md = _microdata(tree)
        structured = {
            "name": md["name"],
            "alt_names": [md["alternateName"]],
            "address": " ".join(md[k] for k in ("addressRegion", "addressLocality", "streetAddress") if k in md),
            "postal_code": md.get("postalCode"),
            "phone": md["telephone"],
            "email": md.get("email"),
            "homepage": md.get("url"),
            "hours": md.get("openingHours"),
            "description": md.get("description"),
            "lat": md.get("latitude"),
            "lon": md.get("longitude"),
        }
    elif site == "makerplace_graph" and isinstance(page.fields["hours"], list):
        node = _space(html)
        place = node.get("location", node)
        alt = node.get("alternateName")
        structured = {
            "name": node["name"],
            "alt_names": ([alt] if isinstance(alt, str) else alt) if alt else None,
            "address": _address(place["address"]),
            "postal_code": place["address"].get("postalCode"),
            "phone": node["telephone"],
            "email": node.get("email"),
            "homepage": node.get("url"),
            "hours": _spec(place["openingHoursSpecification"]),
            "description": node["description"],
            "lat": str(place["geo"]["latitude"]) if "geo" in place else None,
            "lon": str(place["geo"]["longitude"]) if "geo" in place else None,
        }
    for name, value in page.fields.items():
        if structured.get(name) is not None:
            assert value == structured[name], (name, value, structured[name])
        elif name == "reservation_url":
            assert tree.xpath(f'//a[@href="{value}"]'), value
        elif isinstance(value, list):
            for item in value:
                assert item in values or any(item in split_items(v) for v in values), (name, item)
        else:
            assert value in values, (name, value)
    for name in ("name", "address", "phone", "hours", "postal_code", "lat", "lon", "homepage", "email"):
        if structured.get(name) is not None:
            assert name in page.fields, f"the page states {name} in its structured data"


def test_the_malformed_json_ld_page_is_read_repaired_and_states_its_facts_in_a_dl(pages: dict) -> None:
    broken = []
    for (site, version, key), html in pages.items():
        if site != "makerplace_graph":
            continue
        blocks = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', html, re.S)
        bad = []
        for block in blocks:
            try:
                json.loads(block)
            except json.JSONDecodeError as exc:
                bad.append(exc.msg)
        if bad:
            assert bad == ["Expecting ',' delimiter"]
            broken.append((version, key))
            dts = [collapse(dt.text_content()) for dt in _tree(html).xpath("//dl/dt")]
            assert {"주소", "전화", "운영시간", "보유 장비"} <= set(dts)
            # repaired, the block is read like any other: its hours specification and postal code win
            page = next(p for p in load_expected(site, version) if p.key == key)
            space = _space(html)
            assert page.fields["hours"] == _spec(space["openingHoursSpecification"])
            assert page.fields["postal_code"] == space["address"]["postalCode"]
    assert broken == [(1, "1024"), (2, "1024")]


def test_json_ld_days_are_written_three_ways(pages: dict) -> None:
    styles = set()
    for (site, _version, _key), html in pages.items():
        if site == "makerplace_graph":
            styles |= {prefix for prefix, _day in DAY_RE.findall(html)}
    assert styles == {"https://schema.org/", "http://schema.org/", ""}


def test_structured_data_wins_where_the_visible_text_differs() -> None:
    differs = {"phone": 0, "address": 0, "hours": 0}
    with ReplicaServer(sites=["makerplace_graph", "makersmap_microdata"], faults=set()) as srv, httpx.Client() as c:
        for site in ("makerplace_graph", "makersmap_microdata"):
            for page in load_expected(site, 1):
                cells = _cells(_tree(c.get(srv.urls[site] + page.path).text))
                for name in differs:
                    value = page.fields[name]
                    if isinstance(value, str) and value not in cells and value not in _labelled(cells):
                        differs[name] += 1
                    elif isinstance(value, list):
                        differs[name] += 1
    assert all(n >= 3 for n in differs.values()), differs


def test_non_facility_pages_carry_look_alike_facts() -> None:
    """Traps: pages that are not facilities but print 주소/전화 or structured data of something else."""
    with ReplicaServer(sites=PRIVATE_SITE_IDS, faults={"robots"}) as srv, httpx.Client() as c:
        get = lambda site, path: c.get(srv.urls[site] + path).content  # noqa: E731
        assert "<th" in get("makerunion_table", "/intro/map.php").decode("euc_kr")
        assert "주소" in get("makerunion_table", "/bbs/view.php?id=notice&no=3").decode("euc_kr")
        assert b'itemtype="https://schema.org/Organization"' in get("makersmap_microdata", "/space/fablab-busan")
        assert "주소 : 서울 용산구 양녕로 445" in get("makertour_blog", "/7").decode()
        assert "전화 : 031-949-7713" in get("makertour_blog", "/guestbook").decode()
        home = get("makerplace_graph", "/").decode()
        assert '"@type": "Organization"' in home and '"@type": "WebSite"' in home
        assert '"@type": "ItemList"' in get("makerplace_graph", "/spaces?page=2").decode()
        assert "<dt>주소</dt>" in get("makerplace_graph", "/about").decode()
        draft = get("makerplace_graph", "/spaces/draft/1099").decode()
        assert '"@type": "LocalBusiness"' in draft and "/spaces/draft/1099" in home
        featured = re.findall(r'href="/spaces/(\d+)"', home)
        assert len(featured) > len(set(featured)), "a space is linked twice from the home page"


def test_one_building_holds_two_facilities() -> None:
    [a, b] = [p for p in load_expected("makerunion_table", 1) if "성수메이커타워" in p.fields["address"]]
    assert a.fields["address"].rsplit(" ", 1)[0] == b.fields["address"].rsplit(" ", 1)[0]
    assert a.fields["address"] != b.fields["address"]
    assert a.fields["phone"] != b.fields["phone"] and a.fields["operator"] != b.fields["operator"]
