"""The store: SQLAlchemy 2 schema, migrations applied on open, and the queries each stage needs."""

from hub.store.database import Store, open_store

__all__ = ["Store", "open_store"]
