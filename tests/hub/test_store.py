"""The store on SQLite and PostgreSQL: migrations, idempotent re-open, decisions kept across upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from hub.errors import StoreError
from hub.store import open_store
from hub.store.schema import CrawlRun, DecisionRow, RawRecord

TABLES = {"crawl_runs", "raw_records", "raw_record_versions", "facilities", "entities", "entity_members",
          "decisions", "review_pairs", "stage_runs", "source_state", "search_impressions", "alembic_version"}


def test_migrations_create_every_table(store) -> None:
    assert TABLES <= set(store.table_names())
    with store.engine.connect() as conn:
        heads = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert len(heads) == 1


def test_reopening_applies_nothing_and_keeps_rows(store, db_url: str) -> None:
    with store.session() as s:
        s.add(DecisionRow(kind="merge", facility_a="a:1", facility_b="b:2", actor="kim", note="same phone",
                          members=["a:1", "b:2"]))
    again = open_store(db_url)
    with again.session() as s:
        rows = s.scalars(select(DecisionRow)).all()
    assert [(r.kind, r.facility_a, r.facility_b, r.actor, r.note) for r in rows] == [
        ("merge", "a:1", "b:2", "kim", "same phone")]
    assert rows[0].created_at.tzinfo is not None
    again.dispose()


def test_upgrade_from_first_migration_keeps_decisions(tmp_path: Path) -> None:
    """A database at revision 0001 with stewards' decisions upgrades to head without losing them."""
    from alembic import command
    from alembic.config import Config

    from hub.store.database import MIGRATIONS, make_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO decisions (kind, facility_a, facility_b, actor, created_at, members) "
                          "VALUES ('keep_apart', 'x:1', 'y:2', 'lee', '2026-01-01 00:00:00', '[]')"))
    engine.dispose()
    store = open_store(url)
    assert "search_impressions" in store.table_names()
    with store.session() as s:
        assert [(d.kind, d.actor) for d in s.scalars(select(DecisionRow))] == [("keep_apart", "lee")]
    store.dispose()


def test_unique_raw_record_per_source_and_key(store) -> None:
    from datetime import UTC, datetime

    from sqlalchemy.exc import IntegrityError

    now = datetime.now(UTC)
    row = dict(source_id="s", key="1", url="http://x/1", content_hash="h", fields={"name": "가"}, fetched_at=now,
               first_run_id="r", last_run_id="r", changed_run_id="r")
    with store.session() as s:
        s.add(RawRecord(**row))
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(RawRecord(**row))
    with store.session() as s:
        assert s.scalar(select(RawRecord.fields)) == {"name": "가"}


def test_failed_session_rolls_back(store) -> None:
    with pytest.raises(RuntimeError), store.session() as s:
        s.add(CrawlRun(id="c1", source_id="s", state="running", stats={}))
        s.flush()
        raise RuntimeError("boom")
    with store.session() as s:
        assert s.get(CrawlRun, "c1") is None


def test_unreachable_database_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match=r"cannot open the database at postgresql://nobody@127.0.0.1:1/x: .*refused"):
        open_store("postgresql://nobody@127.0.0.1:1/x")


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a valid SQLAlchemy URL"):
        open_store("not a url")
