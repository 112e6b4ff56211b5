"""``facility-hub sources add URL`` on the replica sites of the generic family: the entry it writes, unedited,
crawls exactly the site's manifest with no error, and ``sources check`` passes it. Also the probe's politeness
(robots.txt obeyed, delay) and the words a source's ``kind`` accepts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from crawl_helpers import ROOT, run_crawl_process

from crawlers.onboard import build_template, infer_source

GENERIC_SITES = ["fablab_jsonld", "makercafe_plain", "workshop_sitemap"]


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("FACILITY_HUB_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "hub.cli.main", *args], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def added(replica, catalog, tmp_path_factory):
    """``sources add`` run once per generic replica site: (the JSON it printed, the file it wrote)."""
    out: dict[str, tuple[dict, Path]] = {}
    base = tmp_path_factory.mktemp("onboard")
    for site_id in GENERIC_SITES:
        url = replica.urls[site_id] + catalog[site_id].start_paths[0].replace("sitemap.xml", "")
        path = base / f"{site_id}.yaml"
        proc = run_cli("sources", "add", url, "--id", site_id, "--delay", "0", "--output", str(path), "--json",
                       data_dir=base / "var")
        assert proc.returncode == 0, proc.stderr
        out[site_id] = (json.loads(proc.stdout), path)
    return out


@pytest.mark.parametrize("site_id", GENERIC_SITES)
def test_written_entry_crawls_the_manifest_without_edits(site_id, added, manifest, tmp_path):
    printed, path = added[site_id]
    (entry,) = yaml.safe_load(path.read_text("utf-8"))["sources"]
    assert entry == printed["source"]
    assert entry["family"] == "generic" and "selectors" not in entry["extract"]
    source = {k: entry[k] for k in ("id", "family", "start_urls", "kind", "extract")}
    result = run_crawl_process(tmp_path, source)
    assert result.returncode == 0, result.stderr
    assert result.keys() == {e.key for e in manifest.load_manifest(1)[site_id]}
    assert result.stats["errors"] == {}


@pytest.mark.parametrize("site_id", GENERIC_SITES)
def test_preview_shows_normalised_records_and_what_is_missing(site_id, added):
    printed, _ = added[site_id]
    assert printed["facility_pages"] >= 5 and printed["errors"] == {}
    assert len(printed["preview"]) == 5
    for row in printed["preview"]:
        assert row["name"] and row["kind"] == "private_space"
        assert isinstance(row["missing"], list) and isinstance(row["unread"], list)
        assert row["provenance"]["name"]


def test_sources_check_verifies_the_written_entry(added, replica, tmp_path):
    _, path = added["makercafe_plain"]
    proc = run_cli("sources", "check", "makercafe_plain", "--sources", str(path), "--records", "3", "--json",
                   data_dir=tmp_path / "var")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["ok"] and result["items"] == 3 and result["errors"] == {}
    assert result["outcomes"]["facility"] >= 3
    assert result["preview"][0]["name"] and result["records"][0]["provenance"]["address"] == "labels"


def test_sources_check_fails_when_nothing_is_found(replica, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"sources": [{
        "id": "nothing", "family": "generic", "start_urls": [replica.urls["makercafe_plain"] + "/branches.html"],
        "kind": "private", "schedule": "0 5 * * 1", "priority": 1, "enabled": True,
        "extract": {"detail_url": "/no-such-page/", "structured": False, "labels": False,
                    "selectors": {"name": "h9"}}}]}), "utf-8")
    proc = run_cli("sources", "check", "nothing", "--sources", str(path), data_dir=tmp_path / "var")
    assert proc.returncode == 1
    assert "facility-hub: error: sources check nothing: no facility was extracted" in proc.stderr


def test_probe_obeys_robots_and_reports_every_page(replica, tmp_path):
    from hub.onboarding import run_probe

    replica.reset_counters()
    pages, stats = run_probe(replica.urls["fablab_jsonld"] + "/labs/", max_pages=40, delay=0, config_dir=None)
    disallowed = replica.disallowed("fablab_jsonld")
    assert disallowed and stats["outcomes"]["robots"] >= 1
    assert not [p for p in replica.hits("fablab_jsonld") if any(p.startswith(d) for d in disallowed)]
    assert {p["kind"] for p in pages} <= {"facility", "listing", "none", "sitemap", "json"}
    assert stats["errors"] == {}


def test_add_refuses_a_site_without_facilities(tmp_path, replica):
    proc = run_cli("sources", "add", replica.urls["devicelab"] + "/", "--delay", "0", "--max-pages", "5",
                   data_dir=tmp_path / "var")
    assert proc.returncode == 1
    assert "no facility page found" in proc.stderr and "Traceback" not in proc.stderr


def test_url_templates_and_keys():
    t = build_template(["https://x.kr/spaces/12/", "https://x.kr/spaces/7/"])
    assert t.regex() == "^https?://[^/]+/spaces/\\d+/(?:[?#]|$)"
    assert t.key_pattern() == "^https?://[^/]+/spaces/(\\d+)"
    q = build_template(["https://x.kr/view.php?no=3&tab=info", "https://x.kr/view.php?no=41&tab=info"])
    assert q.key_pattern() == "[?&]no=(\\d+)"
    h = build_template(["https://x.kr/p/alpha.html", "https://x.kr/p/beta.html"])
    assert h.key_pattern() == "^https?://[^/]+/p/([^/?#]+?)\\.html(?:[?#]|$)"


def test_inference_refuses_a_pattern_that_also_matches_listings():
    pages = [{"url": f"https://x.kr/view?id={i}", "kind": "facility", "fields": {"name": f"랩 {i}"}, "depth": 1}
             for i in range(1, 4)] + [{"url": "https://x.kr/view?id=0", "kind": "listing", "fields": {}}]
    result = infer_source(pages, "https://x.kr/")
    assert "detail_url" not in result.extract
    assert result.notes and "other page" in result.notes[0]
    assert result.extract["key"] == {"url_pattern": "[?&]id=(\\d+)"}


@pytest.mark.parametrize(("word", "stored"), [("private_space", "private_space"), ("private", "private"),
                                              ("민간 메이커 공간", "private_space"), ("팹랩", "private_space"),
                                              ("Private-Space", "private_space"), ("makerspace", "makerspace")])
def test_kind_accepts_the_words_people_use(word, stored, tmp_path):
    from hub.sources import parse_sources

    text = yaml.safe_dump({"sources": [{"id": "x", "family": "generic", "start_urls": ["https://x.kr/"],
                                        "kind": word, "schedule": "0 5 * * 1", "priority": 1, "enabled": True,
                                        "extract": "auto"}]}, allow_unicode=True)
    (source,) = parse_sources(text, tmp_path / "s.yaml")
    assert source.kind == stored


def test_every_config_problem_at_once_with_allowed_values(tmp_path):
    from hub.errors import ConfigError
    from hub.sources import parse_sources

    text = yaml.safe_dump({"sources": [
        {"id": "a", "family": "generic", "start_urls": ["ftp://x"], "kind": "spaceship", "schedule": "0 5 * * 1",
         "priority": 1, "enabled": True, "extract": {"structured": ["json"], "bogus": 1}},
        {"id": "b", "family": "opendata", "kind": "other", "schedule": "0 5 * * 1", "priority": 1,
         "enabled": True, "opendata": {"file": "x.csv", "mapping": "nope"}}]}, allow_unicode=True)
    with pytest.raises(ConfigError) as err:
        parse_sources(text, tmp_path / "s.yaml")
    message = str(err.value)
    for fragment in ("kind 'spaceship' is not one of makerspace", "private_space", "ftp://x",
                     "extract: unknown key 'bogus' (allowed: structured", "extract.structured: must be",
                     "opendata.mapping: 'nope' is not a ready mapping (allowed: library, public_facility)"):
        assert fragment in message, fragment
    assert message.startswith("5 problem(s)")
