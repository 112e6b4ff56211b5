"""Every replica site crawled by ``python -m crawlers.run`` yields exactly the manifest's facility pages.

The session replica serves the default faults (robots.txt disallowing linked paths, broken HTML, redirects from
old detail URLs), so these tests also show those faults handled without a counted error.
"""

from __future__ import annotations

import pytest

SITES = ["makeall", "muhan", "devicelab", "ccei", "sogongin", "fablab_jsonld", "makercafe_plain",
         "workshop_sitemap"]


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.mark.parametrize("site_id", SITES)
def test_site_yields_manifest_records(site_id, replica, manifest, v1_crawl):
    result = v1_crawl(site_id)
    assert result.returncode == 0, result.stderr
    expected = {entry.key for entry in manifest.load_manifest(1)[site_id]}
    assert result.keys() == expected
    assert len(result.of_type("facility")) == len(expected)  # one line per key
    stats = result.stats
    assert stats["errors"] == {}, stats
    assert stats["records"] == len(expected)
    assert stats["finish_reason"] == "finished"
    assert stats["pages"] == sum(stats["status_counts"].values()) >= len(expected)
    assert stats["outcomes"]["facility"] == len(expected) and stats["outcomes"]["extraction_error"] == 0
    assert int(stats["status_counts"].get("301", 0)) > 0  # old detail URLs were followed
    for record in result.of_type("facility"):
        assert record["source_id"] == site_id
        fields = record["fields"]
        assert _hangul(fields["name"]), fields["name"]
        assert all(isinstance(v, (str, list)) for v in fields.values())
        assert "\ufffd" not in str(fields), (record["url"], fields)  # every legacy encoding decoded
        assert record["fetched_at"].endswith("Z") and record["etag"]
    disallowed = replica.disallowed(site_id)
    assert not [path for path in replica.hits(site_id) if any(path.startswith(d) for d in disallowed)]


def test_detail_urls_are_canonical_after_redirects(v1_crawl):
    result = v1_crawl("makeall")
    assert all(r["url"].endswith("/space/info.php?space_no=" + r["key"]) for r in result.of_type("facility"))


def test_legacy_encoded_pages_read_korean_labels(v1_crawl):
    """무한상상실 pages: UTF-8, CP949 (charset in header or meta only) and one CP949 page declaring UTF-8."""
    records = v1_crawl("muhan").of_type("facility")
    assert records and all("상상실" in r["fields"]["kind_text"] for r in records)
    assert all(_hangul(r["fields"]["address"]) for r in records)
