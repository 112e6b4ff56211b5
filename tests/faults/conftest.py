"""Helpers of the fault suite: real ``facility-hub`` processes on SQLite or a fresh PostgreSQL database."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PG_URL, _pg_available


def cli_env(data_dir: Path, db_url: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a ``facility-hub`` process on this data directory (and database, when given)."""
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir), **extra}
    env.pop("FACILITY_HUB_DB_URL", None)
    if db_url:
        env["FACILITY_HUB_DB_URL"] = db_url
    return env


def start_cli(data_dir: Path, *args: str, db_url: str | None = None, **extra: str) -> subprocess.Popen:
    """Start ``facility-hub ARGS`` (stdout and stderr captured as text)."""
    return subprocess.Popen([sys.executable, "-m", "hub.cli.main", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=cli_env(data_dir, db_url, **extra))


def run(data_dir: Path, *args: str, db_url: str | None = None, timeout: int = 600, **extra: str):
    """Run ``facility-hub ARGS`` to the end."""
    return subprocess.run([sys.executable, "-m", "hub.cli.main", *args], capture_output=True, text=True,
                          env=cli_env(data_dir, db_url, **extra), timeout=timeout)


def wait_until(condition: Callable[[], Any], timeout: float = 120.0, what: str = "condition") -> Any:
    """Poll until the condition holds (a generous bound; never a measured duration)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def fresh_pg_db() -> Iterator[str]:
    """A new, empty PostgreSQL database for this test (dropped afterwards); skips when there is no server."""
    reason = _pg_available()
    if reason:
        pytest.skip(reason)
    import psycopg

    name = f"fh_fault_{secrets.token_hex(4)}"
    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG_URL.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def replica_copy(replica_run: dict, tmp_path: Path) -> Path:
    """A private copy of the shared replica run's data directory."""
    data_dir = tmp_path / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    return data_dir


def membership(db_url: str) -> set[frozenset[str]]:
    """The stored entities as sets of member facility ids."""
    from sqlalchemy import select

    from hub.store import open_store
    from hub.store.schema import EntityMember

    store = open_store(db_url)
    try:
        groups: dict[str, set[str]] = {}
        with store.session() as s:
            for fid, eid in s.execute(select(EntityMember.facility_id, EntityMember.entity_id)):
                groups.setdefault(eid, set()).add(fid)
        return {frozenset(g) for g in groups.values()}
    finally:
        store.dispose()


def running_rows(db_url: str) -> list[tuple[str, str]]:
    """Crawl and stage runs still ``running``."""
    from sqlalchemy import select

    from hub.store import open_store
    from hub.store.schema import CrawlRun, StageRun

    store = open_store(db_url)
    try:
        with store.session() as s:
            crawls = [("crawl", r) for r in s.scalars(select(CrawlRun.id).where(CrawlRun.state == "running"))]
            stages = [("stage", str(r)) for r in s.scalars(select(StageRun.id).where(StageRun.state == "running"))]
        return crawls + stages
    finally:
        store.dispose()


def free_port() -> int:
    """A free loopback port."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_copy(replica_run: dict, where: Path, **env: str) -> tuple[subprocess.Popen, dict]:
    """``facility-hub serve --no-scheduler`` on a copy of the replica run, on a free port, answering."""
    import httpx

    data_dir = where / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    port = free_port()
    proc = start_cli(data_dir, "serve", "--no-scheduler", "--port", str(port), FACILITY_HUB_FOLLOW_SECONDS="0", **env)
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{base}/healthz", timeout=5).status_code == 200
        except httpx.HTTPError:
            return proc.poll() is not None

    wait_until(up, timeout=120, what="serve to answer")
    assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    return proc, {"base": base, "port": port, "pid": proc.pid, "data_dir": data_dir}


def stop(proc: subprocess.Popen) -> None:
    """Stop a server this suite started (by its own handle)."""
    proc.terminate()
    try:
        proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate(timeout=30)
