"""The four hand-written private sites over real HTTP: pages, pagination, the JSON endpoint, robots, version 2,
encodings, and their expected records (``sites/data/private/<site>/expected_v<N>.jsonl``).

The link walk starts at the catalogue's start paths and ``/`` and follows only http(s) links on the site's own host
(``href``, a load-more button's ``data-next``, and ``url``/``next`` in JSON answers), never a path robots.txt
disallows; the facility pages it reaches must be exactly the expected records.
"""

from __future__ import annotations

import re
import urllib.robotparser
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import httpx
import lxml.html
import pytest

from sites.catalog import load_catalog
from sites.dataset import load_site_data
from sites.expected import FIELD_ORDER, LIST_FIELDS, expected_path, expected_records, render_jsonl
from sites.manifest import load_expected, load_private_manifest
from sites.paths import PRIVATE_SITE_IDS, canonical
from sites.render.common import RenderOptions
from sites.render.registry import build_site
from sites.server import ReplicaServer

META_CHARSET = re.compile(rb"<meta[^>]+charset=([\w-]+)", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[ReplicaServer]:
    """The private sites, version 1, robots fault only (the others do nothing on these sites or are random)."""
    with ReplicaServer(sites=PRIVATE_SITE_IDS, faults={"robots"}) as srv:
        yield srv


def _decode(r: httpx.Response) -> str:
    m = META_CHARSET.search(r.content[:2048])
    charset = m.group(1).decode() if m else (r.charset_encoding or "utf-8")
    return r.content.decode(charset)


def _links(base: str, url: str, r: httpx.Response) -> list[str]:
    """Every link of a response: anchors and load-more buttons of HTML, ``url``/``next`` values of JSON."""
    found: list[str] = []
    if r.headers["content-type"].startswith("application/json"):

        def walk(node: object) -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    if k in ("url", "next") and isinstance(v, str):
                        found.append(v)
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)

        walk(r.json())
    elif r.headers["content-type"].startswith("text/html"):
        tree = lxml.html.fromstring(_decode(r))
        found += tree.xpath("//a/@href") + tree.xpath("//@data-next")
    out = []
    for link in found:
        absolute = urljoin(url, link)
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and f"{parts.scheme}://{parts.netloc}" == base:
            out.append(canonical(parts.path + (f"?{parts.query}" if parts.query else "")))
    return out


def walk_site(srv: ReplicaServer, site: str) -> dict[str, int]:
    """Canonical target → status of every page reachable from the start paths, politely."""
    base = srv.urls[site]
    robots = urllib.robotparser.RobotFileParser()
    with httpx.Client(timeout=10) as c:
        robots.parse(c.get(base + "/robots.txt").text.splitlines())
        info = next(i for i in load_catalog() if i.id == site)
        queue = deque(canonical(p) for p in [*info.start_paths, "/"])
        seen: dict[str, int] = {}
        while queue:
            target = queue.popleft()
            if target in seen or not robots.can_fetch("*", base + target):
                continue
            r = c.get(base + target)
            seen[target] = r.status_code
            if r.status_code == 200:
                queue.extend(_links(base, base + target, r))
    return seen


def test_catalog_registers_the_private_sites_as_generic() -> None:
    catalog = {i.id: i for i in load_catalog()}
    for site in PRIVATE_SITE_IDS:
        info = catalog[site]
        assert info.family == "generic" and info.kind == "private_makerspace"
        assert re.match(r"https://[\w.-]+\.(kr|org)$", info.live_base_url), info.live_base_url


def test_expected_files_are_up_to_date() -> None:
    for site in PRIVATE_SITE_IDS:
        for version in (1, 2):
            assert expected_path(site, version).read_text(encoding="utf-8") == render_jsonl(
                expected_records(site, version)
            ), f"{site} v{version}: run `python -m sites.expected`"


def test_expected_records_use_raw_record_names_only() -> None:
    for site in PRIVATE_SITE_IDS:
        for version in (1, 2):
            pages = load_expected(site, version)
            assert 12 <= len(pages) <= 25, (site, version)
            assert len({p.key for p in pages}) == len({p.path for p in pages}) == len(pages)
            for page in pages:
                assert page.fields["name"] and set(page.fields) <= set(FIELD_ORDER), (site, page.key)
                for name, value in page.fields.items():
                    if name in LIST_FIELDS:
                        assert isinstance(value, list) and all(isinstance(v, str) and v for v in value)
                    elif name == "hours" and isinstance(value, list):
                        assert all(set(spec) == {"days", "opens", "closes"} for spec in value)
                    else:
                        assert isinstance(value, str) and value == " ".join(value.split()), (site, page.key, name)


def test_version_2_has_a_changed_a_removed_and_an_added_facility() -> None:
    v1, v2 = load_private_manifest(1), load_private_manifest(2)
    for site in PRIVATE_SITE_IDS:
        a = {e.key: e.content_hash for e in v1[site]}
        b = {e.key: e.content_hash for e in v2[site]}
        assert len(a.keys() - b.keys()) == 1 and len(b.keys() - a.keys()) == 1, site
        assert sum(1 for k in a.keys() & b.keys() if a[k] != b[k]) >= 1, site


@pytest.mark.parametrize("site", PRIVATE_SITE_IDS)
def test_every_expected_page_answers_200_with_validators(server: ReplicaServer, site: str) -> None:
    with httpx.Client(timeout=10) as c:
        for page in load_expected(site, 1):
            r = c.get(server.urls[site] + page.path)
            assert r.status_code == 200, page.path
            assert c.get(server.urls[site] + page.path, headers={"If-None-Match": r.headers["etag"]}).status_code == 304
            modified = {"If-Modified-Since": r.headers["last-modified"]}
            assert c.get(server.urls[site] + page.path, headers=modified).status_code == 304


@pytest.mark.parametrize("site", PRIVATE_SITE_IDS)
def test_walking_the_links_reaches_exactly_the_expected_pages(site: str) -> None:
    with ReplicaServer(sites=[site], faults={"robots"}) as srv:
        for version in (1, 2):
            srv.set_version(version)
            seen = walk_site(srv, site)
            details = set(build_site(site, RenderOptions(version=version, robots=True)).detail_keys)
            reached = {t for t, status in seen.items() if status == 200}
            expected = {canonical(p.path) for p in load_expected(site, version)}
            assert reached & details == expected, (site, version)
            assert details == expected, (site, version)
            assert all(status == 200 for status in seen.values()), {t: s for t, s in seen.items() if s != 200}


def _linking(pages: dict, prefix: str) -> list[str]:
    """Pages outside ``prefix`` whose HTML links into it."""
    return [
        t
        for t, p in pages.items()
        if not t.startswith(prefix) and p.content_type.startswith("text/html") and f'href="{prefix}'.encode() in p.body
    ]


@pytest.mark.parametrize("site", PRIVATE_SITE_IDS)
def test_robots_disallows_a_linked_path_only_under_the_fault(site: str) -> None:
    with ReplicaServer(sites=[site], faults={"robots"}) as srv, httpx.Client() as c:
        [prefix] = srv.disallowed(site)
        pages = build_site(site, RenderOptions(robots=True)).pages
        assert _linking(pages, prefix), "some page links the disallowed path"
        assert c.get(srv.urls[site] + "/robots.txt").text == f"User-agent: *\nDisallow: {prefix}\n"
        srv.set_faults(set())
        pages = build_site(site, RenderOptions(robots=False)).pages
        assert not _linking(pages, prefix)
        assert c.get(srv.urls[site] + "/robots.txt").text == "User-agent: *\nDisallow:\n"


@pytest.mark.parametrize("site", PRIVATE_SITE_IDS)
def test_version_2_serves_the_changes(site: str) -> None:
    data = load_site_data(site)
    v1 = {p.key: p for p in load_expected(site, 1)}
    v2 = {p.key: p for p in load_expected(site, 2)}
    with ReplicaServer(sites=[site], faults={"robots"}) as srv, httpx.Client() as c:
        base = srv.urls[site]
        before = {k: c.get(base + p.path) for k, p in v1.items()}
        srv.set_version(2)
        [removed] = data["v2"]["removed"]
        assert c.get(base + v1[removed].path).status_code == data["v2"]["gone_status"][removed] in (404, 410)
        for key, page in v2.items():
            r = c.get(base + page.path)
            assert r.status_code == 200, page.path
            if key not in v1:
                continue
            same = page.fields == v1[key].fields
            assert (r.content == before[key].content) == same, page.path
            if same:
                etag = before[key].headers["etag"]
                assert c.get(base + page.path, headers={"If-None-Match": etag}).status_code == 304


def test_table_site_is_euc_kr_declared_in_meta_only(server: ReplicaServer) -> None:
    with httpx.Client() as c:
        for path in ["/", "/member/list.php", "/member/list.php?page=2", load_expected("makerunion_table", 1)[0].path]:
            r = c.get(server.urls["makerunion_table"] + path)
            assert r.headers["content-type"] == "text/html"
            assert META_CHARSET.search(r.content).group(1).lower() == b"euc-kr"
            text = r.content.decode("euc_kr")  # strict: every character is in KS X 1001
            assert "&#" not in text
            with pytest.raises(UnicodeDecodeError):
                r.content.decode("utf-8")


def test_table_site_pages_have_no_classes_ids_or_structured_data(server: ReplicaServer) -> None:
    with httpx.Client() as c:
        for page in load_expected("makerunion_table", 1):
            html = c.get(server.urls["makerunion_table"] + page.path).content.decode("euc_kr")
            assert not re.search(r"\s(class|id|itemprop|itemscope)=", html), page.path
            assert "application/ld+json" not in html
            tree = lxml.html.fromstring(html)
            labels = [th.text_content().strip() for th in tree.xpath("//th")]
            assert "공간명" in labels


def test_table_site_paginates_by_page_number(server: ReplicaServer) -> None:
    base = server.urls["makerunion_table"]
    with httpx.Client() as c:
        first = c.get(base + "/member/list.php").content
        assert first == c.get(base + "/member/list.php?page=1").content
        found = set()
        for n in (1, 2, 3):
            html = c.get(base + f"/member/list.php?page={n}").content.decode("euc_kr")
            found |= set(re.findall(r'href="view\.php\?no=(\d+)"', html))
        assert found == {p.key for p in load_expected("makerunion_table", 1)}
        assert c.get(base + "/member/list.php?page=4").status_code == 404


def test_microdata_site_has_no_json_ld_and_a_load_more_endpoint(server: ReplicaServer) -> None:
    base = server.urls["makersmap_microdata"]
    with httpx.Client() as c:
        for page in load_expected("makersmap_microdata", 1):
            html = c.get(base + page.path).text
            assert "application/ld+json" not in html and 'itemtype="' in html
        listing = c.get(base + "/spaces").text
        slugs = re.findall(r'href="/space/([\w-]+)"', listing)
        assert len(slugs) == 8
        url = re.search(r'data-next="([^"]+)"', listing).group(1)
        while url:
            r = c.get(base + url)
            assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
            body = r.json()
            slugs += [item["url"].removeprefix("/space/") for item in body["items"]]
            url = body["next"]
        assert sorted(slugs) == sorted(p.key for p in load_expected("makersmap_microdata", 1))


@pytest.mark.parametrize(
    ("site", "first", "pages", "link"),
    [
        ("makertour_blog", "/", 5, r'href="/(\d+)"'),
        ("makertour_blog", "/category/%EA%B3%B5%EA%B0%84%ED%83%90%EB%B0%A9", 3, r'href="/(\d+)"'),
        ("makerplace_graph", "/spaces", 3, r'href="/spaces/(\d+)"'),
    ],
)
def test_lists_paginate_by_page_number(server: ReplicaServer, site: str, first: str, pages: int, link: str) -> None:
    base = server.urls[site]
    with httpx.Client() as c:
        assert c.get(base + first).content == c.get(f"{base}{first}?page=1").content
        for n in range(1, pages + 1):
            r = c.get(f"{base}{first}?page={n}")
            assert r.status_code == 200 and re.findall(link, r.text), n
            assert (f"page={n + 1}" in r.text) == (n < pages)
        assert c.get(f"{base}{first}?page={pages + 1}").status_code == 404


def test_load_more_endpoint_ends_and_unknown_pages_are_404(server: ReplicaServer) -> None:
    base = server.urls["makersmap_microdata"]
    with httpx.Client() as c:
        assert c.get(base + "/spaces/more.json?page=3").json()["next"] is None
        assert c.get(base + "/spaces/more.json?page=4").status_code == 404
        etag = c.get(base + "/spaces/more.json?page=2").headers["etag"]
        assert c.get(base + "/spaces/more.json?page=2", headers={"If-None-Match": etag}).status_code == 304


def test_private_site_code_imports_no_pipeline_package() -> None:
    from pathlib import Path

    forbidden = re.compile(r"^\s*(from|import)\s+(crawlers|hub|normalizers|dedupe|index)\b", re.M)
    root = Path(__file__).parents[2] / "sites"
    for path in [root / "expected.py", *sorted((root / "render").glob("*.py"))]:
        assert not forbidden.search(path.read_text(encoding="utf-8")), path
