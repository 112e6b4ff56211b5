"""``/metrics`` under ``serve --workers 2`` (issue 17): counters are added up over every worker process, whichever
worker answers the scrape, and the serve command removes the metrics directory it made when it stops."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REQUESTS = 40


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _requests_counted(text: str) -> float:
    return sum(float(v) for v in re.findall(r"^facility_hub_http_requests_total\{[^}]*\} (\S+)$", text, re.M))


def test_request_counter_sums_over_workers(tmp_path: Path) -> None:
    port = _free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(tmp_path / "var"), "TMPDIR": str(scratch)}
    env.pop("FACILITY_HUB_DB_URL", None)
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "hub.cli.main", "serve", "--workers", "2", "--port", str(port), "--no-scheduler"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(f"{base}/healthz")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        # the probes above were requests too: start counting from what the page says now
        _, text = _get(f"{base}/metrics")
        start = _requests_counted(text)
        for i in range(REQUESTS):
            _get(f"{base}/api/suggest?q=%EB%A9%94{i}")
        seen = []
        for _ in range(6):  # each scrape is answered by one worker or the other
            _, text = _get(f"{base}/metrics")
            seen.append(_requests_counted(text) - start)
        # every earlier scrape (one before the requests, then the previous ones) is counted as well
        assert seen == [REQUESTS + 1 + k for k in range(6)], seen
        assert "facility_hub_search_latency_seconds_bucket" in text
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert not list(scratch.glob("facility-hub-metrics-*")), "the metrics directory was left behind"
