"""Misbehaving sites: each fault is handled (the crawl still yields the manifest) and counted in the stats."""

from __future__ import annotations

import socket

import pytest
from crawl_helpers import run_crawl_process, source_for

SITE = "ccei"  # small (17 pages): fault tests stay fast


@pytest.fixture(scope="module")
def faulty(manifest):
    """A second replica server for fault tests (the session one keeps the default faults)."""
    server_mod = pytest.importorskip("sites.server")
    srv = server_mod.ReplicaServer(version=1, faults=[], sites=[SITE, "fablab_jsonld", "makercafe_plain"],
                                   slow_seconds=2.0)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def _crawl(srv, catalog, example_sources, tmp_path, faults, site=SITE, **kwargs):
    srv.set_faults(faults)
    srv.reset_counters()
    return run_crawl_process(tmp_path, source_for(catalog[site], srv.urls[site], example_sources), **kwargs)


def _expected(manifest, site=SITE):
    return {e.key for e in manifest.load_manifest(1)[site]}


def test_429_is_retried_after_retry_after(faulty, catalog, manifest, example_sources, tmp_path):
    result = _crawl(faulty, catalog, example_sources, tmp_path, ["ratelimit"])
    assert result.keys() == _expected(manifest)
    events = faulty.fault_events[(SITE, "ratelimit")]
    assert events > 0
    assert result.stats["errors"] == {"http_429": events}
    assert result.stats["status_counts"]["429"] == events
    assert result.stats["retries"] >= events
    assert result.stats["retry_after_wait_s"] == pytest.approx(1.0 * events)  # the replica sends Retry-After: 1
    assert result.stats["failed_requests"] == {}


def test_503_is_retried(faulty, catalog, manifest, example_sources, tmp_path):
    result = _crawl(faulty, catalog, example_sources, tmp_path, ["unavailable"], site="makercafe_plain")
    assert result.keys() == _expected(manifest, "makercafe_plain")
    events = faulty.fault_events[("makercafe_plain", "unavailable")]
    assert events > 0
    assert result.stats["errors"] == {"http_503": events}


def test_slow_page_is_fetched(faulty, catalog, manifest, example_sources, tmp_path):
    result = _crawl(faulty, catalog, example_sources, tmp_path, ["slow"])
    assert faulty.fault_events[(SITE, "slow")] == 1
    assert result.keys() == _expected(manifest)
    assert result.stats["errors"] == {}


def test_slow_page_beyond_timeout_counts_timeout(faulty, catalog, manifest, example_sources, tmp_path):
    result = _crawl(faulty, catalog, example_sources, tmp_path, ["slow"],
                    settings={"DOWNLOAD_TIMEOUT": 1.0, "RETRY_TIMES": 0})
    assert result.returncode == 0
    assert result.stats["errors"] == {"timeout": 1}
    assert result.stats["failed_requests"] == {"timeout": 1}
    assert len(result.keys()) == len(_expected(manifest)) - 1


def test_site_down_finishes_with_counted_errors(faulty, catalog, example_sources, tmp_path):
    result = _crawl(faulty, catalog, example_sources, tmp_path, ["down"], settings={"RETRY_TIMES": 1})
    assert result.returncode == 0
    assert result.records == []
    assert result.stats["errors"].get("http_500", 0) >= 2
    assert result.stats["finish_reason"] == "finished"


def test_robots_disallowed_path_is_not_fetched(faulty, catalog, manifest, example_sources, tmp_path):
    """A link-walking private site (``extract`` config only) meets a disallowed link: counted as the ``robots``
    outcome (not an error), never fetched."""
    faulty.set_faults(["robots", "redirect", "broken"])
    faulty.reset_counters()
    source = source_for(catalog["fablab_jsonld"], faulty.urls["fablab_jsonld"], example_sources)
    source["extract"] = {"jsonld": True, "key": {"url_pattern": "/labs/([^/?#]+)/"}}
    result = run_crawl_process(tmp_path, source)
    assert result.keys() == _expected(manifest, "fablab_jsonld")
    disallowed = faulty.disallowed("fablab_jsonld")
    assert disallowed
    assert result.stats["outcomes"]["robots"] >= 1
    assert result.stats["errors"] == {}
    assert not [p for p in faulty.hits("fablab_jsonld") if any(p.startswith(d) for d in disallowed)]


def test_page_without_facts_counts_parse_error(faulty, catalog, manifest, example_sources, tmp_path):
    """When the only method (selectors, structured data and labels off) finds no name, each facility page counts
    a parse error (outcome ``extraction_error``); the run finishes."""
    faulty.set_faults([])
    source = source_for(catalog["makercafe_plain"], faulty.urls["makercafe_plain"], example_sources)
    source["extract"] = {**source["extract"], "selectors": {"name": "h9.nothing", "phone": "//p"},
                         "structured": False, "labels": False}
    result = run_crawl_process(tmp_path, source)
    assert result.returncode == 0 and result.records == []
    assert result.stats["errors"] == {"parse_error": len(_expected(manifest, "makercafe_plain"))}
    assert result.stats["outcomes"]["extraction_error"] == len(_expected(manifest, "makercafe_plain"))


def test_unreachable_site_finishes_with_counted_error(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    source = {"id": "nowhere", "family": "ccei", "start_urls": [f"http://127.0.0.1:{port}/"], "kind": "ccei"}
    result = run_crawl_process(tmp_path, source, settings={"RETRY_TIMES": 1})
    assert result.returncode == 0, result.stderr
    assert result.records == []
    assert result.stats["errors"].get("connection_refused", 0) >= 1
    assert result.stats["failed_requests"].get("connection_refused", 0) >= 1
    assert result.stats["records"] == 0 and result.stats["finish_reason"] == "finished"


def test_page_over_maxsize_counts_too_large(faulty, catalog, example_sources, tmp_path):
    result = _crawl(faulty, catalog, example_sources, tmp_path, [], settings={"DOWNLOAD_MAXSIZE": 1500})
    assert result.returncode == 0
    assert result.stats["errors"].get("too_large", 0) >= 1
    assert result.records == []
