"""The server over real HTTP: every manifest page, version 2, conditional requests, runtime switching."""

from __future__ import annotations

import httpx
import pytest

from sites.dataset import SiteDataError
from sites.faults import FaultError
from sites.manifest import diff_versions, load_manifest
from sites.server import ReplicaServer


def test_every_v1_manifest_page_answers_200(replicas: ReplicaServer, client: httpx.Client) -> None:
    for site, entries in load_manifest(1).items():
        for entry in entries:
            r = client.get(replicas.urls[site] + entry.path)
            assert r.status_code == 200, (site, entry.path)
            assert r.headers["etag"] and r.headers["last-modified"]


def test_start_paths_answer_200(replicas: ReplicaServer, client: httpx.Client) -> None:
    from sites.catalog import load_catalog

    for info in load_catalog():
        for path in info.start_paths:
            assert client.get(replicas.urls[info.id] + path).status_code == 200, (info.id, path)


def test_conditional_requests_get_304(replicas: ReplicaServer, client: httpx.Client) -> None:
    url = replicas.urls["makeall"] + load_manifest(1)["makeall"][0].path
    first = client.get(url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(url, headers={"If-None-Match": '"stale"'}).status_code == 200
    assert client.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200


def test_head_and_unknown_paths(replicas: ReplicaServer, client: httpx.Client) -> None:
    url = replicas.urls["ccei"]
    head = client.head(url + "/seoul/center/info.do")
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0
    assert client.get(url + "/no/such/page").status_code == 404


def test_query_parameter_order_does_not_matter(replicas: ReplicaServer, client: httpx.Client) -> None:
    base = replicas.urls["makeall"] + "/space/list.php"
    a = client.get(base, params=[("area", "서울"), ("page", "2")])
    b = client.get(base, params=[("page", "2"), ("area", "서울")])
    assert a.status_code == 200 and a.content == b.content


def test_version_2_matches_the_manifest_diff() -> None:
    v1, v2, diff = load_manifest(1), load_manifest(2), diff_versions(1, 2)
    with ReplicaServer(version=1, faults=set()) as srv, httpx.Client() as c:
        before = {(s, e.key): c.get(srv.urls[s] + e.path).content for s, es in v1.items() for e in es}
        srv.set_version(2)
        for site, entries in v2.items():
            old = {e.key: e for e in v1[site]}
            counts = {"new": 0, "changed": 0, "unchanged": 0, "gone": 0}
            for e in entries:
                r = c.get(srv.urls[site] + e.path)
                assert r.status_code == 200, (site, e.path)
                if e.key not in old:
                    counts["new"] += 1
                elif r.content == before[(site, e.key)]:
                    counts["unchanged"] += 1
                else:
                    counts["changed"] += 1
            keys = {e.key for e in entries}
            for key, e in old.items():
                if key not in keys:
                    assert c.get(srv.urls[site] + e.path).status_code in (404, 410)
                    counts["gone"] += 1
            assert counts == diff[site], site


def test_unchanged_pages_keep_their_etag_across_versions() -> None:
    v2_hashes = {(s, e.key): e.content_hash for s, es in load_manifest(2).items() for e in es}
    with ReplicaServer(sites=["muhan"]) as srv, httpx.Client() as c:
        entries = [e for e in load_manifest(1)["muhan"] if v2_hashes.get(("muhan", e.key)) == e.content_hash]
        etags = {e.key: c.get(srv.urls["muhan"] + e.path).headers["etag"] for e in entries}
        srv.set_version(2)
        for e in entries:
            r = c.get(srv.urls["muhan"] + e.path, headers={"If-None-Match": etags[e.key]})
            assert r.status_code == 304, e.path


def test_bad_configuration_is_a_clear_error() -> None:
    with pytest.raises(FaultError, match="unknown fault 'flaky'.*robots"):
        ReplicaServer(faults={"flaky"})
    with pytest.raises(FaultError, match="unknown site 'nowhere'"):
        ReplicaServer(faults={"down:nowhere"})
    with pytest.raises(SiteDataError, match="allowed: 1, 2"):
        ReplicaServer(version=3)
    with pytest.raises(KeyError, match="unknown site"):
        ReplicaServer(sites=["nowhere"])


def test_fixed_base_port_serves_consecutive_ports() -> None:
    import socket

    def two_free_ports() -> int:  # a free port whose successor is free too (other processes share this host)
        for _ in range(50):
            with socket.socket() as s, socket.socket() as t:
                s.bind(("127.0.0.1", 0))
                base = s.getsockname()[1]
                try:
                    t.bind(("127.0.0.1", base + 1))
                except OSError:
                    continue
                return base
        raise RuntimeError("no two consecutive free ports")

    port = two_free_ports()
    with ReplicaServer(sites=["ccei", "makercafe_plain"], base_port=port) as srv:
        assert srv.urls == {"ccei": f"http://127.0.0.1:{port}", "makercafe_plain": f"http://127.0.0.1:{port + 1}"}
        assert httpx.get(srv.urls["makercafe_plain"] + "/branches.html").status_code == 200
