"""Every replica site crawled by ``python -m crawlers.run`` yields exactly the manifest's facility pages."""

from __future__ import annotations

import pytest
from conftest import run_crawl_process, source_for

SITES = ["makeall", "muhan", "devicelab", "ccei", "sogongin", "fablab_jsonld", "makercafe_plain",
         "workshop_sitemap"]


@pytest.mark.parametrize("site_id", SITES)
def test_site_yields_manifest_records(site_id, replica, catalog, manifest, example_sources, tmp_path):
    site = catalog[site_id]
    source = source_for(site, replica.urls[site_id], example_sources)
    result = run_crawl_process(tmp_path, source)
    assert result.returncode == 0, result.stderr
    expected = {entry.key for entry in manifest.load_manifest(1)[site_id]}
    assert result.keys() == expected
    assert len(result.of_type("facility")) == len(expected)  # one line per key
    stats = result.stats
    assert stats["errors"] == {}, stats
    assert stats["records"] == len(expected)
    assert stats["finish_reason"] == "finished"
    assert stats["pages"] == sum(stats["status_counts"].values()) >= len(expected)
    for record in result.of_type("facility"):
        assert record["source_id"] == site_id
        fields = record["fields"]
        assert fields["name"].strip()
        assert all(isinstance(v, (str, list)) for v in fields.values())
        assert "\ufffd" not in str(fields), (record["url"], fields)
        assert record["fetched_at"].endswith("Z") and record["etag"]
    disallowed = replica.disallowed(site_id)
    hits = replica.hits(site_id)
    assert not [path for path in hits if any(path.startswith(d) for d in disallowed)]


def test_redirects_are_followed_and_keys_are_canonical(replica, catalog, manifest, example_sources, tmp_path):
    """Old detail URLs answer 301 (default ``redirect`` fault); records carry the new URL and the site's key."""
    site = catalog["makeall"]
    result = run_crawl_process(tmp_path, source_for(site, replica.urls["makeall"], example_sources))
    assert int(result.stats["status_counts"].get("301", 0)) > 0
    assert all("/space/info.php?space_no=" + r["key"] in r["url"] for r in result.of_type("facility"))


def test_legacy_encodings_decode_to_hangul(replica, catalog, example_sources, tmp_path):
    """무한상상실 pages come as UTF-8, CP949 (header or meta only) and one CP949 page declaring UTF-8."""
    result = run_crawl_process(tmp_path, source_for(catalog["muhan"], replica.urls["muhan"], example_sources))
    assert result.returncode == 0
    names = [r["fields"]["name"] for r in result.of_type("facility")]
    assert names and all("\ufffd" not in n and any("\uac00" <= ch <= "\ud7a3" for ch in n) for n in names)
    assert all("상상" in r["fields"].get("kind_text", "") for r in result.of_type("facility"))
