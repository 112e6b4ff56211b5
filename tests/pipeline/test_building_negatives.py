"""Two facilities at one road address — floors, operators and kinds apart — stay two through the whole job
(crawl → normalise → dedupe → index on the replica sites)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[2]


def test_two_rooms_of_one_building_are_two_entities(replica_run: dict) -> None:
    from hub.store import open_store
    from hub.store.schema import EntityMember, FacilityRow

    truth = {f"{r['site']}:{r['key']}": r["truth_id"]
             for r in csv.DictReader((ROOT / "sites" / "data" / "ground_truth.csv").open(encoding="utf-8"))}
    youth = next(fid for fid, tid in truth.items() if tid == "amb-room-0001")  # the youth foundation's room
    store = open_store(f"sqlite:///{replica_run['data_dir'] / 'facility-hub.db'}")
    try:
        with store.session() as s:
            rows = {r.id: r.data for r in s.execute(select(FacilityRow)).scalars()}
            member = dict(s.execute(select(EntityMember.facility_id, EntityMember.entity_id)).all())
    finally:
        store.dispose()

    def building(data: dict) -> tuple[str, str]:
        address = data.get("address") or {}
        return address.get("road") or "", address.get("building_no") or ""

    here = building(rows[youth])
    assert all(here), rows[youth].get("address")
    neighbours = [fid for fid, data in rows.items() if fid != youth and building(data) == here]
    # the library's maker space shares the building (and its postal code); it is another facility
    assert neighbours, f"no other facility at {here}"
    for fid in neighbours:
        assert truth.get(fid) != "amb-room-0001"
        assert member[fid] != member[youth], (rows[fid]["name"], rows[youth]["name"])
