"""The generated data: volume, ground truth, manifest, determinism, cross-site overlap and hard negatives."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from sites.catalog import load_catalog
from sites.dataset import DATA_DIR, load_site_data, records_for_version
from sites.generate import write_all
from sites.manifest import diff_versions, load_ground_truth, load_manifest
from sites.paths import GENERATED_SITE_IDS, SITE_IDS


def test_at_least_400_facility_pages_in_v1() -> None:
    assert sum(len(v) for v in load_manifest(1).values()) >= 400


def test_ground_truth_covers_every_page_of_both_versions() -> None:
    truth = load_ground_truth()
    for version in (1, 2):
        for site, entries in load_manifest(version).items():
            for entry in entries:
                assert truth[(site, entry.key)] == entry.truth_id


def test_manifest_paths_and_keys_are_unique_per_site() -> None:
    for version in (1, 2):
        for site, entries in load_manifest(version).items():
            assert len({e.key for e in entries}) == len(entries), site
            assert len({e.path for e in entries}) == len(entries), site


def test_generation_is_deterministic(tmp_path: Path) -> None:
    write_all(out_dir=tmp_path)
    for name in [f"{s}.json" for s in GENERATED_SITE_IDS] + ["manifest.json", "ground_truth.csv"]:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name


def test_same_facility_appears_on_two_and_three_sites() -> None:
    sites_of: dict[str, set[str]] = defaultdict(set)
    for site, entries in load_manifest(1).items():
        for entry in entries:
            sites_of[entry.truth_id].add(site)
    multi = [t for t, s in sites_of.items() if len(s) >= 2]
    assert len(multi) >= 40
    assert any(len(s) >= 3 for s in sites_of.values())
    pairs = {frozenset(s) for s in sites_of.values() if len(s) == 2}
    assert frozenset({"makeall", "muhan"}) in pairs and frozenset({"makeall", "sogongin"}) in pairs
    # the maker space a 창조경제혁신센터 runs is listed on makeall as a facility of its own, not as the centre
    ccei = {t for t, s in sites_of.items() if "ccei" in s}
    run_by_centre = {t for t in sites_of if t.startswith("ccei-") and t.endswith("-makerspace")}
    assert run_by_centre and all(sites_of[t] == {"makeall"} for t in run_by_centre)
    assert any(t.removesuffix("-makerspace") in ccei for t in run_by_centre)


def test_pages_of_one_facility_share_a_phone_or_name_stem() -> None:
    """Fairness: two pages of the same facility share phone digits or the first word of the name."""
    pages: dict[str, list[dict]] = defaultdict(list)
    for site in GENERATED_SITE_IDS:
        for r in records_for_version(load_site_data(site), 1):
            pages[r["tid"]].append(r)
    for tid, recs in pages.items():
        digits = {
            "".join(ch for ch in r["phone"].split("(내선")[0] if ch.isdigit()).replace("82", "0", 1)
            if r["phone"].startswith("+")
            else "".join(ch for ch in r["phone"].split("(내선")[0] if ch.isdigit())
            for r in recs
        }
        stems = {r["name"].replace(" ", "")[:2] for r in recs}
        assert len(digits) == 1 or len(stems) == 1, tid


def test_hard_negatives_exist() -> None:
    by_phone: dict[str, set[str]] = defaultdict(set)
    by_name: dict[str, set[str]] = defaultdict(set)
    for r in records_for_version(load_site_data("makercafe_plain"), 1):
        by_phone[r["phone"]].add(r["tid"])
    for r in records_for_version(load_site_data("makeall"), 1):
        by_name[r["name"].replace(" ", "")].add(r["tid"])
    assert max(len(t) for t in by_phone.values()) >= 5, "a chain sharing one HQ phone"
    assert sum(1 for t in by_name.values() if len(t) > 1) >= 3, "same names, different facilities"


def test_diff_versions_has_every_kind_of_change() -> None:
    diff = diff_versions(1, 2)
    assert set(diff) == set(GENERATED_SITE_IDS)
    totals = {k: sum(d[k] for d in diff.values()) for k in ("new", "changed", "unchanged", "gone")}
    assert all(v > 0 for v in totals.values()), totals
    assert diff["ccei"]["new"] == 2 and len(load_manifest(2)["ccei"]) == 19
    for site, d in diff.items():
        assert d["unchanged"] + d["changed"] + d["gone"] == len(load_manifest(1)[site])
        assert d["unchanged"] + d["changed"] + d["new"] == len(load_manifest(2)[site])


def test_catalog_lists_every_site() -> None:
    catalog = load_catalog()
    assert [s.id for s in catalog] == SITE_IDS
    assert all(s.live_base_url.startswith("https://") and s.start_paths for s in catalog)


def test_ground_truth_csv_has_the_documented_header() -> None:
    with (DATA_DIR / "ground_truth.csv").open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == ["site", "key", "truth_id"]
