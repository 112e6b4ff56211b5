"""Runtime settings: code defaults < environment (``FACILITY_HUB_…``) < command-line flags.

Secrets (tokens, database passwords) come only from the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from config import config_dir


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        from hub.errors import ConfigError

        raise ConfigError(f"{name}={value!r} is not a whole number") from exc


@dataclass(frozen=True)
class Settings:
    """Everything a command needs to know about where things live and how to reach them."""

    data_dir: Path = field(default_factory=lambda: Path("var").resolve())
    """Where the SQLite database, the embedded index and crawl files live (``FACILITY_HUB_DATA_DIR``)."""
    db_url: str | None = None
    """SQLAlchemy URL of the store; None means ``sqlite:///<data_dir>/facility-hub.db`` (``FACILITY_HUB_DB_URL``)."""
    config_dir: Path = field(default_factory=config_dir)
    """Directory of sources.yaml, regions.yaml, taxonomy.yaml, dedupe.yaml (``FACILITY_HUB_CONFIG_DIR``)."""
    index_backend: str = "embedded"
    """``embedded`` (tantivy, no server) or ``elasticsearch`` (``FACILITY_HUB_INDEX_BACKEND``)."""
    elasticsearch_url: str | None = None
    """Cluster URL for the Elasticsearch backend (``ELASTICSEARCH_URL``)."""
    steward_token: str | None = None
    """Token stewards present to record decisions (``FACILITY_HUB_STEWARD_TOKEN``)."""
    operator_token: str | None = None
    """Token operators present to run, pause and resume sources (``FACILITY_HUB_OPERATOR_TOKEN``)."""
    crawl_concurrency: int = 2
    """How many crawl processes run at once (``FACILITY_HUB_CRAWL_PROCESSES``)."""
    host: str = "127.0.0.1"
    """Address ``serve`` binds to (``FACILITY_HUB_HOST``)."""
    port: int = 8000
    """Port ``serve`` listens on (``FACILITY_HUB_PORT``)."""
    search_cache_mb: int = 64
    """Budget of the API's cache of search responses per index version, in MiB; 0 turns it off
    (``FACILITY_HUB_SEARCH_CACHE_MB``)."""

    @property
    def database_url(self) -> str:
        """The effective SQLAlchemy URL."""
        return self.db_url or f"sqlite:///{self.data_dir / 'facility-hub.db'}"

    @property
    def is_sqlite(self) -> bool:
        """True when the store is the default SQLite file."""
        return self.database_url.startswith("sqlite")

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with the given fields replaced (command-line flags); None values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls) -> Settings:
        """Defaults overridden by the ``FACILITY_HUB_…`` environment."""
        env = os.environ
        return cls(
            data_dir=Path(env.get("FACILITY_HUB_DATA_DIR") or "var").expanduser().resolve(),
            db_url=env.get("FACILITY_HUB_DB_URL") or None,
            config_dir=config_dir(),
            index_backend=env.get("FACILITY_HUB_INDEX_BACKEND") or "embedded",
            elasticsearch_url=env.get("ELASTICSEARCH_URL") or None,
            steward_token=env.get("FACILITY_HUB_STEWARD_TOKEN") or None,
            operator_token=env.get("FACILITY_HUB_OPERATOR_TOKEN") or None,
            crawl_concurrency=_env_int("FACILITY_HUB_CRAWL_PROCESSES", 2),
            host=env.get("FACILITY_HUB_HOST") or "127.0.0.1",
            port=_env_int("FACILITY_HUB_PORT", 8000),
            search_cache_mb=_env_int("FACILITY_HUB_SEARCH_CACHE_MB", 64),
        )
