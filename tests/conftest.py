"""Fixtures shared by the whole suite: stores on SQLite and PostgreSQL, settings in a temporary data dir."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("FACILITY_HUB_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_available() -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(conninfo, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means: skip with the reason
        return f"PostgreSQL at {PG_URL} does not answer: {str(exc).splitlines()[0]}"
    return None


@contextlib.contextmanager
def serve_in_thread(app: object, **config: object) -> Iterator[int]:
    """Run ``app`` with uvicorn on a free loopback port in a daemon thread; yields the port, stops on exit."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **config))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(autouse=True)
def _fresh_token_throttle() -> Iterator[None]:
    """Each test starts with no failed tokens counted (the limit is per client address, for the process)."""
    from hub.api import throttle

    throttle.reset()
    yield


@pytest.fixture(autouse=True)
def _tables_directory_released() -> Iterator[None]:
    """A command or app run in-process points the normalisers at its config directory (``hub.resources.activate``,
    or the environment's at the first ``load_tables()``) for the rest of the process; each test starts and ends
    with that given back, so that it reads the environment it sets."""
    from normalizers.tables import use_directory

    use_directory(None)
    yield
    use_directory(None)


@pytest.fixture(scope="session")
def pg_schema_url() -> Iterator[str]:
    """A URL to a fresh, private schema on the test PostgreSQL (dropped afterwards); skips when there is none."""
    reason = _pg_available()
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"fh_test_{secrets.token_hex(4)}"
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_url(pg_schema_url: str) -> Iterator[str]:
    """The private PostgreSQL schema, emptied before each test."""
    import psycopg

    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    schema = pg_schema_url.rsplit("%3D", 1)[1]
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield pg_schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The store URL on each backend: a SQLite file and (when it answers) PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str):
    """A migrated store on each backend."""
    from hub.store import open_store

    s = open_store(db_url)
    yield s
    s.dispose()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data directory, also set in the environment for commands run in-process or as subprocesses."""
    d = tmp_path / "var"
    d.mkdir()
    monkeypatch.setenv("FACILITY_HUB_DATA_DIR", str(d))
    monkeypatch.delenv("FACILITY_HUB_DB_URL", raising=False)
    return d


def run_cli(data_dir: Path, *args: str, timeout: int = 900, env: dict[str, str] | None = None):
    """Run ``facility-hub`` in a subprocess against the given data directory (SQLite store)."""
    import subprocess
    import sys

    full_env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir), **(env or {})}
    full_env.pop("FACILITY_HUB_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "hub.cli.main", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout)


@pytest.fixture(scope="session")
def replica_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One real ``facility-hub run --replicas --no-serve --json`` (all stages on the replica sites), shared by
    every test that needs realistic data: ``{"data_dir": Path, "result": dict}``. Tests must not change it."""
    import json

    data_dir = tmp_path_factory.mktemp("replica-run") / "var"
    proc = run_cli(data_dir, "run", "--replicas", "--no-serve", "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {"data_dir": data_dir, "result": json.loads(proc.stdout)}
