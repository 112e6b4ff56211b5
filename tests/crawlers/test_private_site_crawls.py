"""The four private replica sites (written by an author who never read ``crawlers/``), crawled by the generic spider
configured only by their entries in ``config/sources.yaml``: exactly the manifest's records, every field equal
(``expected_records``), no false record, no error, in both versions; the second version read incrementally gives
the manifest's changes. The replicas serve their default faults (robots.txt disallowing a linked path).
"""

from __future__ import annotations

import pytest
from crawl_helpers import known_from, run_crawl_process
from expected_records import field_differences

PRIVATE = ["makerunion_table", "makersmap_microdata", "makertour_blog", "makerplace_graph"]


@pytest.fixture(scope="module")
def private_replica():
    server_mod = pytest.importorskip("sites.server")
    srv = server_mod.ReplicaServer(version=1, faults=None, sites=PRIVATE)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def configured(site_id: str, base_url: str) -> dict:
    """The site's source as config/sources.yaml defines it, its start URLs on the replica."""
    from config import PACKAGE_DIR
    from hub.pipeline.crawl import replica_start_urls
    from hub.sources import load_sources

    source = {s.id: s for s in load_sources(PACKAGE_DIR)}[site_id]
    return source.job_dict(replica_start_urls(source, {source.replica: base_url}))


@pytest.fixture(scope="module")
def crawls(private_replica, tmp_path_factory):
    """Per site: the v1 crawl, a full v2 crawl and an incremental v2 crawl (known pages from v1)."""
    out = {}
    for version in (1, 2):
        private_replica.set_version(version)
        for site_id in PRIVATE:
            source = configured(site_id, private_replica.urls[site_id])
            work = tmp_path_factory.mktemp(f"{site_id}-v{version}")
            out[(site_id, version)] = run_crawl_process(work, source, name=f"v{version}")
            if version == 2:
                out[(site_id, "incremental")] = run_crawl_process(
                    work, source, known=known_from(out[(site_id, 1)]), name="incremental")
    private_replica.set_version(1)
    return out


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("site_id", PRIVATE)
def test_exactly_the_expected_records(site_id, version, crawls, manifest):
    result = crawls[(site_id, version)]
    assert result.returncode == 0, result.stderr
    expected = {page.key: page.fields for page in manifest.load_expected(site_id, version)}
    got = {r["key"]: r["fields"] for r in result.of_type("facility")}
    assert sorted(got) == sorted(expected)  # no false record, none missing
    assert len(result.of_type("facility")) == len(expected)
    differences = {key: field_differences(expected[key], got[key]) for key in expected}
    assert {k: d for k, d in differences.items() if d} == {}
    assert result.stats["errors"] == {}
    outcomes = result.stats["outcomes"]
    assert outcomes["extraction_error"] == 0 and outcomes["robots"] >= 1  # the disallowed draft/admin link


@pytest.mark.parametrize("site_id", PRIVATE)
def test_every_field_keeps_its_method(site_id, crawls):
    methods = {"selectors", "jsonld", "microdata", "rdfa", "opengraph", "labels", "heading", "links"}
    for record in crawls[(site_id, 1)].of_type("facility"):
        assert set(record["provenance"]) == set(record["fields"])
        assert set(record["provenance"].values()) <= methods


@pytest.mark.parametrize("site_id", PRIVATE)
def test_second_version_read_incrementally(site_id, crawls, manifest):
    old = {p.key: p.fields for p in manifest.load_expected(site_id, 1)}
    new = {p.key: p.fields for p in manifest.load_expected(site_id, 2)}
    result = crawls[(site_id, "incremental")]
    assert result.stats["errors"] == {}
    gone, facility, unchanged = result.keys("gone"), result.keys("facility"), result.keys("unchanged")
    assert gone == old.keys() - new.keys()
    assert facility | unchanged == new.keys()
    assert facility >= new.keys() - old.keys()  # added pages are read
    changed = {k for k in old.keys() & new.keys() if field_differences(old[k], new[k])}
    assert changed <= facility  # a changed page is re-read, never taken as unchanged
    for record in result.of_type("facility"):
        assert field_differences(new[record["key"]], record["fields"]) == {}


def test_malformed_jsonld_page_is_read_repaired(crawls):
    """makerplace_graph 1024: its JSON-LD lacks a comma. Repaired (the default), the structured facts win, the
    page's other facts still come from its <dl>."""
    result = crawls[("makerplace_graph", 1)]
    record = next(r for r in result.of_type("facility") if r["key"] == "1024")
    assert result.stats["jsonld"] == {"repaired": 1} and result.stats["errors"] == {}
    assert record["provenance"]["phone"] == record["provenance"]["hours"] == "jsonld"
    assert record["fields"]["postal_code"] == "48058"
    assert record["provenance"]["equipment"] == "labels"


def test_without_repair_the_visible_facts_give_the_record(private_replica, tmp_path):
    """``jsonld_repair: false`` counts a malformed block as absent: the next method, the page's <dl>, gives the
    record."""
    private_replica.set_version(1)
    source = configured("makerplace_graph", private_replica.urls["makerplace_graph"])
    source["extract"] = {**source["extract"], "jsonld_repair": False}
    result = run_crawl_process(tmp_path, source)
    record = next(r for r in result.of_type("facility") if r["key"] == "1024")
    assert record["provenance"]["address"] == record["provenance"]["phone"] == "labels"
    assert record["provenance"]["name"] == "heading"
    assert result.stats["jsonld"] == {"unreadable": 1}


@pytest.fixture(scope="module")
def onboarded(private_replica, tmp_path_factory):
    """``facility-hub sources add`` on each private site's start page; the entry it wrote, unedited, crawled."""
    import json

    from test_onboarding import run_cli

    private_replica.set_version(1)
    out = {}
    for site_id, path in (("makerunion_table", "/member/list.php"), ("makersmap_microdata", "/spaces"),
                          ("makertour_blog", "/"), ("makerplace_graph", "/spaces")):
        work = tmp_path_factory.mktemp(f"add-{site_id}")
        proc = run_cli("sources", "add", private_replica.urls[site_id] + path, "--id", site_id, "--delay", "0",
                       "--max-pages", "80", "--output", str(work / "new.yaml"), "--json", data_dir=work / "var")
        assert proc.returncode == 0, proc.stderr
        entry = json.loads(proc.stdout)["source"]
        source = {k: entry[k] for k in ("id", "family", "start_urls", "kind", "extract")}
        out[site_id] = (entry, run_crawl_process(work, source))
    return out


def test_sources_add_configs_pass_the_manifest_test_without_edits(onboarded, manifest):
    exact, report = [], {}
    for site_id, (entry, result) in onboarded.items():
        expected = {page.key: page.fields for page in manifest.load_expected(site_id, 1)}
        got = {r["key"]: r["fields"] for r in result.of_type("facility")}
        assert entry["extract"] != "auto" and "selectors" not in entry["extract"]
        assert sorted(got) == sorted(expected), site_id  # every site: no false record, none missing
        assert result.stats["errors"] == {}, site_id
        differences = {k: d for k in expected if (d := field_differences(expected[k], got[k]))}
        if differences:
            report[site_id] = differences
        else:
            exact.append(site_id)
    assert len(exact) >= 3, report
