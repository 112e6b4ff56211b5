"""`facility-hub crawl` end to end: every source against the replicas, a private site added by config only,
version 2 after version 1 with exact new/changed/unchanged/gone counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sites.manifest import diff_versions, load_manifest, load_private_manifest
from tests.conftest import run_cli

EXTRA = """
sources:
  - id: my_new_cafe
    name: A private site added by configuration only
    family: generic
    replica: makercafe_plain
    start_urls: ["https://cafe.example.org/branches.html"]
    kind: private
    schedule: "30 5 * * *"
    priority: 3
    enabled: true
    extract:
      list: {links: "//ul/li/a"}
      key: {url_pattern: "[?&](?:id|no)=(\\\\d+)"}
      selectors:
        name: "//h2"
        address: "xpath:substring-after(//p[normalize-space(b)='주소'], ':')"
        phone: "xpath:substring-after(//p[normalize-space(b)='전화'], ':')"
"""


def test_private_site_added_through_sources_file(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    proc = run_cli(tmp_path / "var", "crawl", "my_new_cafe", "--sources", str(extra), "--replicas", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    counts = json.loads(proc.stdout)["sources"]["my_new_cafe"]
    assert counts["state"] == "succeeded"
    assert counts["records"] == len(load_manifest(1)["makercafe_plain"])
    assert counts["errors"] == 0


def test_all_sources_match_the_manifest(replica_run: dict) -> None:
    manifest = {**load_manifest(1), **load_private_manifest(1)}
    for source_id, counts in replica_run["result"]["sources"].items():
        assert counts["records"] == len(manifest[source_id]), source_id
        assert counts["new"] == counts["records"]


@pytest.mark.slow
def test_version_two_counts(replica_run: dict, tmp_path: Path) -> None:
    """Crawl v2 of the sites over a copy of the v1 run: the store's counts equal the manifests' diff."""
    import shutil

    data_dir = tmp_path / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    proc = run_cli(data_dir, "crawl", "--all", "--replicas", "--replica-version", "2", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout)["sources"]
    expected = diff_versions(1, 2)
    for source_id, diff in expected.items():
        c = got[source_id]
        assert (c["new"], c["changed"], c["unchanged"], c["gone"]) == (
            diff["new"],
            diff["changed"],
            diff["unchanged"],
            diff["gone"],
        ), source_id


def test_misbehaving_replicas_are_handled_and_counted(tmp_path: Path) -> None:
    proc = run_cli(
        tmp_path / "var",
        "crawl",
        "makercafe_plain",
        "devicelab",
        "--replicas",
        "--replica-faults",
        "robots,ratelimit,unavailable,redirect,broken",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    manifest = load_manifest(1)
    for source_id, counts in json.loads(proc.stdout)["sources"].items():
        assert counts["state"] == "succeeded"
        assert counts["records"] == len(manifest[source_id]), source_id
        kinds = counts["error_kinds"]
        assert kinds.get("http_429", 0) > 0 and kinds.get("http_503", 0) > 0, kinds
        assert counts["errors"] >= kinds["http_429"] + kinds["http_503"]


def test_unknown_fault_is_one_clear_line(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "var", "crawl", "ccei", "--replicas", "--replica-faults", "bogus")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert "unknown fault 'bogus'" in proc.stderr
