"""Disappearance needs evidence: a page that fails on one crawl keeps its facility (issue 16, defect 1).

A real crawl process against a misbehaving site on 127.0.0.1: pages answering 500 after retries, timing out,
unreadable, inflating past the size limit, redirecting in a loop or too large keep their last good record and
are counted ``kept_after_error``; only 404/410 mark a record gone, and a gone record stays in the store with
when and why. Oversize bodies, decompression bombs and redirect loops are counted by kind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from tests.conftest import run_cli
from tests.faults.hostile_site import HostileSite

pytestmark = pytest.mark.faults

HEALTHY = [f"lab{i:02d}" for i in range(20)]
FAULTY = {"a500": "500", "btimeout": "slow", "cbroken": "broken", "ebomb": "bomb", "floop": "loop",
          "goversize": "oversize"}
GONE = {"d404": "404", "i410": "410"}
UNLISTED = {"hunlisted": "unlisted"}


def _crawl(data_dir: Path, extra: Path) -> dict:
    proc = run_cli(data_dir, "crawl", "hostile", "--sources", str(extra), "--json", timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)["sources"]["hostile"]


def _rows(data_dir: Path) -> dict:
    from hub.store import open_store
    from hub.store.schema import FacilityRow, RawRecord

    store = open_store(f"sqlite:///{data_dir / 'facility-hub.db'}")
    try:
        with store.session() as s:
            raw = {r.key: r for r in s.scalars(select(RawRecord))}
            active = {f.key: f.active for f in s.scalars(select(FacilityRow))}
        return {"raw": raw, "active": active}
    finally:
        store.dispose()


@pytest.fixture
def site():
    s = HostileSite(HEALTHY + list(FAULTY) + list(GONE) + list(UNLISTED)).start()
    yield s
    s.stop()


def test_failed_pages_keep_their_facilities_and_only_404_410_remove(site: HostileSite, tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    extra = tmp_path / "hostile.yaml"
    extra.write_text(yaml.safe_dump({"sources": [site.source_entry()]}, allow_unicode=True), encoding="utf-8")
    total = len(site.keys)

    first = _crawl(data_dir, extra)
    assert (first["state"], first["records"], first["gone"], first["kept_after_error"]) == ("succeeded", total, 0, 0)
    assert run_cli(data_dir, "normalize", "--json").returncode == 0
    assert all(_rows(data_dir)["active"].values())

    site.behaviour.update({**FAULTY, **GONE, **UNLISTED})
    second = _crawl(data_dir, extra)
    assert second["state"] == "succeeded", second
    assert second["gone"] == len(GONE), second
    assert second["kept_after_error"] == len(FAULTY), second
    kinds = second["error_kinds"]
    for kind in ("http_500", "timeout", "parse_error", "decompression_bomb", "redirect_loop", "too_large"):
        assert kinds.get(kind, 0) >= 1, (kind, kinds)
    assert second["errors"] >= len(FAULTY)

    rows = _rows(data_dir)["raw"]
    assert len(rows) == total  # nothing deleted
    reasons = {"a500": "http_500", "btimeout": "timeout", "cbroken": "parse_error", "ebomb": "decompression_bomb",
               "floop": "redirect_loop", "goversize": "too_large"}
    for key, reason in reasons.items():
        row = rows[key]
        assert row.gone_run_id is None and row.gone_at is None, key
        assert (row.failed_reason, row.failures) == (reason, 1), key
        assert row.failed_run_id == second["run_id"] and row.failed_at is not None
    for key, status in GONE.items():
        row = rows[key]
        assert row.gone_run_id == second["run_id"] and row.gone_reason == f"http_{status}", key
        assert row.gone_at is not None
    assert rows["hunlisted"].gone_run_id is None  # still answers: not gone because a listing forgot it
    assert all(rows[k].last_seen_at is not None for k in HEALTHY)

    proc = run_cli(data_dir, "normalize", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    active = _rows(data_dir)["active"]
    assert all(active[k] for k in [*HEALTHY, *FAULTY, *UNLISTED])
    assert not any(active[k] for k in GONE)

    site.behaviour.clear()
    third = _crawl(data_dir, extra)
    assert (third["state"], third["gone"], third["kept_after_error"]) == ("succeeded", 0, 0)
    assert third["new"] == len(GONE) and third["changed"] == 0  # the pages that came back
    rows = _rows(data_dir)["raw"]
    assert all(rows[k].failures == 0 and rows[k].gone_run_id is None for k in rows)
