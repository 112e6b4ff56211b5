"""Scrapy conventions (``scrapy list``, ``scrapy check`` against the replicas) and the job runner's refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from crawl_helpers import ROOT

FAMILIES = ["ccei", "devicelab", "generic", "makeall", "muhan", "opendata", "sogongin"]


def _run(args, cwd=ROOT, env_extra=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k != "FACILITY_HUB_REPLICA_URLS"}
    env.update({"PYTHONPATH": str(ROOT), **(env_extra or {})})
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.parametrize("cwd", [ROOT, ROOT / "crawlers"])
def test_scrapy_list_names_every_family(cwd):
    proc = _run(["-m", "scrapy", "list"], cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == FAMILIES


def test_scrapy_check_passes_against_replicas(replica):
    proc = _run(["-m", "scrapy", "check", "-s", "LOG_LEVEL=WARNING"],
                env_extra={"FACILITY_HUB_REPLICA_URLS": json.dumps(replica.urls)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    ran = [line for line in proc.stderr.splitlines() if line.startswith("Ran ")]
    assert ran and int(ran[0].split()[1]) >= 12
    assert "OK" in proc.stderr


def test_scrapy_check_without_replica_urls_fails_clearly():
    proc = _run(["-m", "scrapy", "check", "ccei", "-s", "LOG_LEVEL=WARNING"])
    assert proc.returncode != 0
    assert "FACILITY_HUB_REPLICA_URLS is not set" in proc.stdout + proc.stderr


def _job(tmp_path, **changes):
    job = {"run_id": "r1", "source": {"id": "s", "family": "ccei", "start_urls": ["http://127.0.0.1:9/"],
                                      "kind": "ccei"},
           "output": str(tmp_path / "out.jsonl"), "stats": str(tmp_path / "stats.json"), "known": None,
           "settings": {}, "log_level": "INFO"}
    job.update(changes)
    path = tmp_path / "job.json"
    path.write_text(json.dumps(job), "utf-8")
    return path


@pytest.mark.parametrize(("changes", "message"), [
    ({"source": {"id": "s", "family": "wiki", "start_urls": ["http://x/"], "kind": "k"}}, "unknown family 'wiki'"),
    ({"source": {"id": "s", "family": "generic", "start_urls": [], "kind": "k"}}, "start_urls must be"),
    ({"known": "/nonexistent/known.json"}, "known must be null or the path of an existing file"),
    ({"log_level": "LOUD"}, "log_level must be"),
    ({"output": None}, "output must be a non-empty string"),
])
def test_bad_job_exits_2_with_one_line(tmp_path, changes, message):
    proc = _run(["-m", "crawlers.run", str(_job(tmp_path, **changes))])
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "stats.json").exists()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", None])
def test_unreadable_job_file_exits_2(tmp_path, content):
    path = tmp_path / "job.json"
    if content is not None:
        path.write_text(content, "utf-8")
    proc = _run(["-m", "crawlers.run", str(path)])
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
