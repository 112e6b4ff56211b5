"""A user's mistake gets one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "hub.cli.main", *args], capture_output=True, text=True,
                          env=full_env, timeout=120)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert fragment in lines[0]


def test_help_explains_every_command() -> None:
    proc = run_cli("--help")
    assert proc.returncode == 0
    for command in ("run", "crawl", "normalize", "dedupe", "index", "search", "serve", "status", "sites"):
        assert f"  {command} " in proc.stdout


def test_malformed_sources_file(tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "sources.yaml").write_text("sources:\n  - id: x\n    family: nope\n", encoding="utf-8")
    proc = run_cli("--config-dir", str(tmp_path / "cfg"), "crawl", "--all")
    assert_one_line_error(proc, "family 'nope' is not one of")


def test_unreachable_database(data_dir: Path) -> None:
    proc = run_cli("--db-url", "postgresql://nobody@127.0.0.1:1/none", "status")
    assert_one_line_error(proc, "cannot open the database at postgresql://nobody@127.0.0.1:1/none")


def test_unknown_source(data_dir: Path) -> None:
    proc = run_cli("crawl", "no-such-source")
    assert_one_line_error(proc, "unknown source no-such-source")


def test_search_before_any_index(data_dir: Path) -> None:
    proc = run_cli("search", "3D프린터")
    assert_one_line_error(proc, "no index has been built yet")


@pytest.mark.parametrize("near", ["abc", "91,10", "1,2,3"])
def test_search_bad_coordinates_is_a_usage_error(data_dir: Path, near: str) -> None:
    proc = run_cli("search", "x", "--near", near)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "near" in proc.stderr
