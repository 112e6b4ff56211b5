"""Two releases of 전국도서관표준데이터 as one source: the second read gives exactly the new/changed/unchanged/gone
of a direct comparison of the two files by the configured key, through the hub's crawl stage, on SQLite and
PostgreSQL; every record is then normalised.

The comparison reads both files with the ``csv`` module and compares, per key (제공기관코드 | 도서관명, whitespace
collapsed), the columns the configured mapping (``config/opendata.yaml``) reads.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import yaml
from crawl_helpers import ROOT
from sqlalchemy import select

from hub.pipeline.crawl import CrawlStage
from hub.pipeline.normalize import run_normalize
from hub.sources import parse_sources
from hub.store.schema import FacilityRow, RawRecord

DATA = ROOT / "tests" / "data" / "opendata"
RELEASES = [(DATA / "library_2023_2024_sample.csv", "cp949"), (DATA / "library_2026_sample.csv", "utf-8")]


def squash(text: str) -> str:
    return " ".join(text.split())


def mapped_columns() -> list[str]:
    """Every column the library mapping reads (its Korean, file names)."""
    mapping = yaml.safe_load((ROOT / "config" / "opendata.yaml").read_text("utf-8"))["mappings"]["library"]
    with RELEASES[0][0].open(encoding="cp949", newline="") as fh:
        header = next(csv.reader(fh))
    columns = []
    for alternatives in [*mapping["fields"].values(), *mapping["hours"].values()]:
        for alternative in alternatives:
            for column in alternative if isinstance(alternative, list) else [alternative]:
                if column in header and column not in columns:
                    columns.append(column)
    return columns


def release(path: Path, encoding: str, columns: list[str]) -> dict[str, tuple[str, ...]]:
    with path.open(encoding=encoding, newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for row in rows:
        key = f"{squash(row['제공기관코드'])}|{squash(row['도서관명'])}"
        assert key not in out  # the configured key identifies one row per release
        out[key] = tuple(squash(row[c]) for c in columns)
    return out


def expected_counts() -> dict[str, int]:
    columns = mapped_columns()
    old, new = (release(p, e, columns) for p, e in RELEASES)
    common = old.keys() & new.keys()
    changed = sum(1 for k in common if old[k] != new[k])
    return {"new": len(new.keys() - old.keys()), "changed": changed, "unchanged": len(common) - changed,
            "gone": len(old.keys() - new.keys()), "records": len(new)}


def test_second_release_counts_equal_a_direct_comparison(store, tmp_path):
    expected = expected_counts()
    assert min(expected.values()) > 0  # the sample holds every case
    live = tmp_path / "data" / "libraries.csv"
    live.parent.mkdir()
    config = tmp_path / "sources.yaml"
    config.write_text(yaml.safe_dump({"sources": [{
        "id": "libraries", "family": "opendata", "kind": "other", "schedule": "0 6 1 * *", "priority": 2,
        "enabled": True, "opendata": {"file": "data/libraries.csv", "mapping": "library"}}]},
        allow_unicode=True), "utf-8")
    (source,) = parse_sources(config.read_text("utf-8"), config)
    assert source.opendata["file"] == str(live.resolve())  # relative to the sources file
    stage = CrawlStage(store, tmp_path / "var")

    shutil.copyfile(RELEASES[0][0], live)
    first = stage.crawl(source)
    assert (first.state, first.errors, first.new) == ("succeeded", 0, len(release(*RELEASES[0], ["도서관명"])))

    shutil.copyfile(RELEASES[1][0], live)
    second = stage.crawl(source)
    assert second.state == "succeeded" and second.errors == 0
    assert {"new": second.new, "changed": second.changed, "unchanged": second.unchanged, "gone": second.gone,
            "records": second.records} == expected

    stats = run_normalize(store, [source], ROOT / "config")
    with store.session() as session:
        current = set(session.scalars(select(RawRecord.key).where(RawRecord.gone_run_id.is_(None))))
        active = {r.key: r for r in session.scalars(select(FacilityRow).where(FacilityRow.active.is_(True)))}
        provenance = session.scalars(select(RawRecord.fields)).first()["_provenance"]
    assert set(active) == current and len(current) == expected["records"]
    assert stats["facilities"] == expected["records"]
    assert all(row.data["name"] and row.data["address"] for row in active.values())
    assert set(provenance.values()) == {"opendata"}

