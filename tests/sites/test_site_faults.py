"""Each fault does what it says when on, and nothing when off."""

from __future__ import annotations

import re
import time
import urllib.robotparser

import httpx
import lxml.html
import pytest

from sites.manifest import load_manifest
from sites.paths import SITE_IDS
from sites.server import ReplicaServer

MAKEALL = [e.path for e in load_manifest(1)["makeall"]]


def _robots(url: str) -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(httpx.get(url + "/robots.txt").text.splitlines())
    return parser


@pytest.mark.parametrize("site", SITE_IDS)
def test_robots_on_disallows_a_linked_path_and_off_allows_all(site: str) -> None:
    with ReplicaServer(sites=[site], faults={"robots"}) as srv:
        prefix = srv.disallowed(site)[0]
        assert not _robots(srv.urls[site]).can_fetch("*", srv.urls[site] + prefix + "x")
        srv.set_faults(set())
        assert srv.disallowed(site) == []
        assert _robots(srv.urls[site]).can_fetch("*", srv.urls[site] + prefix + "x")


def test_disallowed_print_pages_are_linked_only_when_robots_is_on() -> None:
    with ReplicaServer(sites=["makeall"], faults={"robots"}) as srv, httpx.Client() as c:
        assert "/space/print.php" in c.get(srv.urls["makeall"] + "/space/list.php").text
        srv.set_faults(set())
        assert "/space/print.php" not in c.get(srv.urls["makeall"] + "/space/list.php").text


def test_ratelimit_answers_429_once_then_200() -> None:
    with ReplicaServer(sites=["makeall"], faults={"ratelimit"}) as srv, httpx.Client() as c:
        first = [c.get(srv.urls["makeall"] + p) for p in MAKEALL]
        limited = [p for p, r in zip(MAKEALL, first, strict=True) if r.status_code == 429]
        assert limited and all(r.headers.get("retry-after") == "1" for r in first if r.status_code == 429)
        assert all(c.get(srv.urls["makeall"] + p).status_code == 200 for p in limited)
        srv.set_faults(set())
        assert all(c.get(srv.urls["makeall"] + p).status_code == 200 for p in limited)
        assert srv.fault_events[("makeall", "ratelimit")] == len(limited)


def test_unavailable_answers_503_once_then_200() -> None:
    with ReplicaServer(sites=["makeall"], faults={"unavailable"}) as srv, httpx.Client() as c:
        codes = [c.get(srv.urls["makeall"] + p).status_code for p in MAKEALL]
        failed = [p for p, code in zip(MAKEALL, codes, strict=True) if code == 503]
        assert failed and set(codes) == {200, 503}
        assert all(c.get(srv.urls["makeall"] + p).status_code == 200 for p in failed)


def test_faults_off_everything_answers_200() -> None:
    with ReplicaServer(sites=["makeall"], faults=set()) as srv, httpx.Client() as c:
        assert {c.get(srv.urls["makeall"] + p).status_code for p in MAKEALL} == {200}
        assert srv.fault_events == {}


def test_slow_delays_one_page_per_site() -> None:
    with ReplicaServer(sites=["ccei"], faults={"slow"}, slow_seconds=0.3) as srv, httpx.Client() as c:
        paths = [e.path for e in load_manifest(1)["ccei"]]
        durations = {}
        for p in paths:
            start = time.perf_counter()
            assert c.get(srv.urls["ccei"] + p).status_code == 200
            durations[p] = time.perf_counter() - start
        assert srv.fault_events[("ccei", "slow")] == 1
        assert max(durations.values()) >= 0.3
        srv.set_faults(set())
        for p in paths:
            c.get(srv.urls["ccei"] + p)
        assert srv.fault_events[("ccei", "slow")] == 1


def test_broken_pages_still_parse_and_are_whole_when_off() -> None:
    records = {e.path: e for e in load_manifest(1)["makeall"]}
    with ReplicaServer(sites=["makeall"], faults={"broken"}) as srv, httpx.Client() as c:
        broken = {p: c.get(srv.urls["makeall"] + p).text for p in records}
        damaged = [p for p, html in broken.items() if not html.rstrip().endswith("</html>") or "</td>" not in html]
        assert len(damaged) >= 5
        srv.set_faults(set())
        for p in damaged:
            whole = c.get(srv.urls["makeall"] + p).text
            assert whole.rstrip().endswith("</html>") and "</td>" in whole
            trees = [lxml.html.fromstring(h) for h in (whole, broken[p])]
            names = [t.cssselect("h2.space-name")[0].text_content() for t in trees]
            phones = [t.xpath("string(//th[.='연락처']/following-sibling::td[1])").strip() for t in trees]
            assert names[0] == names[1] and phones[0] == phones[1] != ""


def test_redirect_links_old_urls_that_answer_301() -> None:
    with ReplicaServer(sites=["makeall"], faults={"redirect"}) as srv, httpx.Client() as c:
        base = srv.urls["makeall"]
        olds = set()
        for page in range(1, 26):
            olds |= set(
                re.findall(r'href="(/space/view\.php\?idx=\d+)"', c.get(f"{base}/space/list.php?page={page}").text)
            )
        assert olds
        old = sorted(olds)[0]
        r = c.get(base + old)
        assert r.status_code == 301 and r.headers["location"].startswith("/space/info.php?space_no=")
        assert c.get(base + r.headers["location"]).status_code == 200
        srv.set_faults(set())
        assert "/space/view.php" not in c.get(f"{base}/space/list.php").text
        assert c.get(base + old).status_code == 404


def test_down_affects_only_the_named_site() -> None:
    with ReplicaServer(sites=["ccei", "makercafe_plain"], faults={"down:ccei"}) as srv, httpx.Client() as c:
        assert c.get(srv.urls["ccei"] + "/").status_code == 500
        assert c.get(srv.urls["makercafe_plain"] + "/branches.html").status_code == 200
        srv.set_faults(set())
        assert c.get(srv.urls["ccei"] + "/").status_code == 200


def test_sitemap_site_lists_every_detail_page() -> None:
    with ReplicaServer(sites=["workshop_sitemap"], faults=set()) as srv, httpx.Client() as c:
        base = srv.urls["workshop_sitemap"]
        index = c.get(base + "/sitemap.xml").text
        locs = []
        for sitemap in re.findall(r"<loc>([^<]+)</loc>", index):
            locs += re.findall(r"<loc>([^<]+)</loc>", c.get(sitemap).text)
        paths = {loc.removeprefix(base) for loc in locs}
        assert {e.path for e in load_manifest(1)["workshop_sitemap"]} <= paths
        assert "/w/" not in c.get(base + "/").text


def test_devicelab_cursor_paging_reaches_every_lab() -> None:
    with ReplicaServer(sites=["devicelab"], faults=set()) as srv, httpx.Client() as c:
        url, seen = srv.urls["devicelab"] + "/api/labs?limit=4", []
        while url:
            body = c.get(url).json()
            seen += [item["labId"] for item in body["items"]]
            url = body["next_cursor"] and f"{srv.urls['devicelab']}/api/labs?limit=4&cursor={body['next_cursor']}"
        assert sorted(seen) == sorted(e.key for e in load_manifest(1)["devicelab"])
        assert c.get(srv.urls["devicelab"] + "/api/labs?cursor=bogus").status_code == 404
