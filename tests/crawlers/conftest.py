"""Fixtures for crawler tests: the replica sites on 127.0.0.1 (one server per session) and shared crawls."""

from __future__ import annotations

from typing import Any

import pytest
from crawl_helpers import ROOT, CrawlResult, run_crawl_process, source_for


@pytest.fixture(scope="session")
def manifest():
    """``load_manifest`` of the replica sites."""
    mod = pytest.importorskip("sites.manifest", reason="the replica sites (sites/) are not built yet")
    return mod


@pytest.fixture(scope="session")
def replica():
    """The replica sites, version 1, default faults (robots, broken, redirect), on 127.0.0.1 for the session."""
    server_mod = pytest.importorskip("sites.server", reason="the replica sites (sites/) are not built yet")
    srv = server_mod.ReplicaServer(version=1, faults=None)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def example_sources() -> dict[str, dict[str, Any]]:
    """The example source definitions shipped with the crawlers, by id."""
    import yaml

    data = yaml.safe_load((ROOT / "crawlers" / "sources.example.yaml").read_text("utf-8"))
    return {s["id"]: s for s in data["sources"]}


@pytest.fixture(scope="session")
def catalog():
    """The replica catalog: site id → entry (family, live_base_url, start_paths, kind)."""
    cat = pytest.importorskip("sites.catalog", reason="the replica sites (sites/) are not built yet")
    return {site.id: site for site in cat.load_catalog()}


@pytest.fixture(scope="session")
def v1_crawl(replica, catalog, example_sources, tmp_path_factory):
    """``v1_crawl(site_id)``: the crawl of a site's version 1 on the session replica, run once and shared."""
    cache: dict[str, CrawlResult] = {}

    def crawl(site_id: str) -> CrawlResult:
        if site_id not in cache:
            replica.set_version(1)
            source = source_for(catalog[site_id], replica.urls[site_id], example_sources)
            cache[site_id] = run_crawl_process(tmp_path_factory.mktemp(f"v1-{site_id}"), source, name="v1")
        return cache[site_id]

    return crawl
