"""Runtime settings: code defaults < environment (``FACILITY_HUB_…``) < command-line flags.

Secrets (tokens, database passwords) come only from the environment.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from config import config_dir

if TYPE_CHECKING:
    from hub.lifecycle import LifecycleOptions


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        from hub.errors import ConfigError

        raise ConfigError(f"{name}={value!r} is not a whole number") from exc


def _env_opt_int(name: str) -> int | None:
    return None if not os.environ.get(name) else _env_int(name, 0)


def _env_opt_float(name: str) -> float | None:
    value = os.environ.get(name)
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        from hub.errors import ConfigError

        raise ConfigError(f"{name}={value!r} is not a number") from exc


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
    facet_cache_size: int | None = None
    """Facet results the embedded backend keeps per open version; None: ``index.yaml`` of the config directory
    (``FACILITY_HUB_FACET_CACHE_SIZE``)."""
    writer_heap_bytes: int | None = None
    """Memory the embedded backend's writer uses before it flushes a segment; None: ``index.yaml``
    (``FACILITY_HUB_WRITER_HEAP_BYTES``)."""
    writer_threads: int | None = None
    """Indexing threads of the embedded backend (0: tantivy chooses); None: ``index.yaml``
    (``FACILITY_HUB_WRITER_THREADS``)."""
    elasticsearch_alias: str | None = None
    """The alias the Elasticsearch backend serves from; None: ``index.yaml`` (``FACILITY_HUB_ES_ALIAS``)."""
    elasticsearch_timeout: float | None = None
    """Seconds per Elasticsearch request; None: ``index.yaml`` (``FACILITY_HUB_ES_TIMEOUT``)."""
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
    search_threads: int = 0
    """Searches a serving process runs at once; the others wait their turn (``FACILITY_HUB_SEARCH_THREADS``;
    0: twice the cores with the embedded index, 40 with Elasticsearch). An embedded search holds the interpreter
    for part of its time and runs in tantivy the rest, so a few threads per core keep the cores busy; more only
    switch between searches halfway (16 at once on 2 cores cost 1.5× the CPU of each search)."""
    possibly_closed_days: int = 30
    """Days a facility must be missing from every source (each page gone with evidence) before it shows as
    possibly closed (``FACILITY_HUB_POSSIBLY_CLOSED_DAYS``)."""
    moved_days: int = 365
    """Days after an address change during which a facility shows as moved (``FACILITY_HUB_MOVED_DAYS``)."""
    map_tile_url: str | None = None
    """Tile server for the maps, e.g. ``https://tiles.example.org/{z}/{x}/{y}.png``; None draws the offline
    outlines only (``FACILITY_HUB_MAP_TILE_URL``)."""
    map_tile_attribution: str | None = None
    """Credit printed under maps drawn on tiles, e.g. ``© OpenStreetMap contributors``
    (``FACILITY_HUB_MAP_TILE_ATTRIBUTION``)."""
    reports_per_hour: int = 10
    """How many problem reports one client may file per hour (``FACILITY_HUB_REPORTS_PER_HOUR``)."""
    reports_per_day: int = 30
    """How many problem reports one client may file per day (``FACILITY_HUB_REPORTS_PER_DAY``)."""
    trust_forwarded_for: bool = False
    """Take the client address from ``X-Forwarded-For`` (only behind a proxy that sets it;
    ``FACILITY_HUB_TRUST_FORWARDED_FOR=1``)."""

    @property
    def database_url(self) -> str:
        """The effective SQLAlchemy URL."""
        return self.db_url or f"sqlite:///{self.data_dir / 'facility-hub.db'}"

    @property
    def is_sqlite(self) -> bool:
        """True when the store is the default SQLite file."""
        return self.database_url.startswith("sqlite")

    @property
    def lifecycle_options(self) -> LifecycleOptions:
        """The life-cycle computation's options from these settings."""
        from hub.lifecycle import LifecycleOptions

        return LifecycleOptions(possibly_closed_days=self.possibly_closed_days, moved_days=self.moved_days)

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with the given fields replaced (command-line flags); None values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_json(self) -> str:
        """Every field as one JSON object (``serve --workers N`` hands its settings to each worker this way)."""
        import json

        return json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()})

    @classmethod
    def from_json(cls, text: str) -> Settings:
        """The settings :meth:`to_json` wrote."""
        import json

        data = json.loads(text)
        for name in ("data_dir", "config_dir"):
            data[name] = Path(data[name])
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

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
            facet_cache_size=_env_opt_int("FACILITY_HUB_FACET_CACHE_SIZE"),
            writer_heap_bytes=_env_opt_int("FACILITY_HUB_WRITER_HEAP_BYTES"),
            writer_threads=_env_opt_int("FACILITY_HUB_WRITER_THREADS"),
            elasticsearch_alias=env.get("FACILITY_HUB_ES_ALIAS") or None,
            elasticsearch_timeout=_env_opt_float("FACILITY_HUB_ES_TIMEOUT"),
            steward_token=env.get("FACILITY_HUB_STEWARD_TOKEN") or None,
            operator_token=env.get("FACILITY_HUB_OPERATOR_TOKEN") or None,
            crawl_concurrency=_env_int("FACILITY_HUB_CRAWL_PROCESSES", 2),
            host=env.get("FACILITY_HUB_HOST") or "127.0.0.1",
            port=_env_int("FACILITY_HUB_PORT", 8000),
            search_cache_mb=_env_int("FACILITY_HUB_SEARCH_CACHE_MB", 64),
            search_threads=_env_int("FACILITY_HUB_SEARCH_THREADS", 0),
            possibly_closed_days=_env_int("FACILITY_HUB_POSSIBLY_CLOSED_DAYS", 30),
            moved_days=_env_int("FACILITY_HUB_MOVED_DAYS", 365),
            map_tile_url=env.get("FACILITY_HUB_MAP_TILE_URL") or None,
            map_tile_attribution=env.get("FACILITY_HUB_MAP_TILE_ATTRIBUTION") or None,
            reports_per_hour=_env_int("FACILITY_HUB_REPORTS_PER_HOUR", 10),
            reports_per_day=_env_int("FACILITY_HUB_REPORTS_PER_DAY", 30),
            trust_forwarded_for=(env.get("FACILITY_HUB_TRUST_FORWARDED_FOR") or "").lower() in ("1", "true", "yes"),
        )
