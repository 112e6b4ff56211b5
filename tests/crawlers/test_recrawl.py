"""Version 2 after version 1 with ``known``: exactly the manifest's new / changed / unchanged / gone numbers.

The crawler's part: unchanged pages answer 304 → ``unchanged``; removed pages answer 404/410 → ``gone``; new and
changed pages → ``facility`` (the hub tells new from changed by key and content hash).
"""

from __future__ import annotations

import pytest
from crawl_helpers import known_from, run_crawl_process, source_for

SITES = ["makeall", "muhan", "devicelab", "ccei", "sogongin", "fablab_jsonld", "makercafe_plain",
         "workshop_sitemap"]


@pytest.mark.parametrize("site_id", SITES)
def test_second_version_counts_match_manifest(site_id, replica, catalog, manifest, example_sources, v1_crawl,
                                              tmp_path):
    first = v1_crawl(site_id)
    assert first.returncode == 0 and first.stats["errors"] == {}
    v1_keys = first.keys()
    source = source_for(catalog[site_id], replica.urls[site_id], example_sources)
    replica.set_version(2)
    try:
        second = run_crawl_process(tmp_path, source, known=known_from(first), name="v2")
    finally:
        replica.set_version(1)
    assert second.returncode == 0, second.stderr
    assert second.stats["errors"] == {}, second.stats
    fresh = second.keys("facility")
    counts = {"new": len(fresh - v1_keys), "changed": len(fresh & v1_keys),
              "unchanged": len(second.keys("unchanged")), "gone": len(second.keys("gone"))}
    assert counts == manifest.diff_versions(1, 2)[site_id]
    assert fresh | second.keys("unchanged") == {e.key for e in manifest.load_manifest(2)[site_id]}
    assert all(r["status"] in (404, 410) for r in second.of_type("gone"))
    assert second.stats["records"] == len(fresh) + counts["unchanged"]
    assert int(second.stats["status_counts"].get("304", 0)) == counts["unchanged"]


def test_recrawl_after_the_site_moved_to_another_port(catalog, manifest, example_sources, v1_crawl, tmp_path):
    """The hub starts replicas on new ports between runs: known URLs follow the start URLs' host."""
    server_mod = pytest.importorskip("sites.server")
    first = v1_crawl("ccei")
    with server_mod.ReplicaServer(version=2, faults=None, sites=["ccei"]) as moved:
        source = source_for(catalog["ccei"], moved.urls["ccei"], example_sources)
        assert source["start_urls"][0].split("/")[2] != first.records[0]["url"].split("/")[2]
        second = run_crawl_process(tmp_path, source, known=known_from(first), name="moved")
    diff = manifest.diff_versions(1, 2)["ccei"]
    assert len(second.keys("unchanged")) == diff["unchanged"]
    assert len(second.keys("gone")) == diff["gone"]
    assert second.stats["errors"] == {}
