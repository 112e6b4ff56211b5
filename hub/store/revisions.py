"""Store revisions: counters bumped in the same transaction as the change they name.

``entities`` counts the dedupe publishes that changed the entities. An index version records the revision it
was built from (``stage_runs.entities_revision``), so a serving node can tell with one read whether the index it
serves is behind the store.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hub.store.schema import StoreRevision

ENTITIES = "entities"


def ensure(session: Session, name: str = ENTITIES) -> None:
    """Create the counter at 0 when it does not exist yet (safe when two processes race)."""
    dialect = session.get_bind().dialect.name
    values = {"name": name, "revision": 0, "updated_at": datetime.now(UTC)}
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(StoreRevision).values(**values).on_conflict_do_nothing(index_elements=["name"]))


def read(session: Session, name: str = ENTITIES) -> int:
    """The counter's value (0 before the first change)."""
    return int(session.scalar(select(StoreRevision.revision).where(StoreRevision.name == name)) or 0)


def touch(session: Session, name: str = ENTITIES) -> None:
    """Write the counter's row without changing it: on SQLite this takes the database's write lock now."""
    session.execute(
        update(StoreRevision).where(StoreRevision.name == name).values(updated_at=datetime.now(UTC))
    )


def bump(session: Session, name: str = ENTITIES) -> int:
    """Add one to the counter (in the caller's transaction) and return the new value."""
    session.execute(
        update(StoreRevision)
        .where(StoreRevision.name == name)
        .values(revision=StoreRevision.revision + 1, updated_at=datetime.now(UTC))
    )
    return read(session, name)


def current(store: object, name: str = ENTITIES) -> int:
    """The counter's value, read in its own short transaction."""
    with store.session() as session:  # type: ignore[attr-defined]
        return read(session, name)
