"""The real server (`facility-hub serve`) over a socket: raw UTF-8 request targets, as curl sends them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from hub.api.http_protocol import percent_encode_high_bytes


def test_percent_encoding_of_high_bytes() -> None:
    raw = "GET /api/search?q=3D프린터 HTTP/1.1".encode()
    assert percent_encode_high_bytes(raw) == b"GET /api/search?q=3D%ED%94%84%EB%A6%B0%ED%84%B0 HTTP/1.1"
    assert percent_encode_high_bytes(b"GET /plain HTTP/1.1") == b"GET /plain HTTP/1.1"


@pytest.fixture(scope="module")
def server(replica_run: dict) -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(replica_run["data_dir"])}
    proc = subprocess.Popen([sys.executable, "-m", "hub.cli.main", "serve", "--no-scheduler", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    import urllib.request

    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"facility-hub serve did not come up on port {port} (exit code {proc.poll()})")
        time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


def raw_get(port: int, target: bytes, *, requests: int = 1) -> list[tuple[int, dict]]:
    """Send raw request lines (keep-alive) and read JSON responses."""
    answers = []
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        reader = sock.makefile("rb")
        for _ in range(requests):
            sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            status = int(reader.readline().split()[1])
            length = 0
            while (line := reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            answers.append((status, json.loads(reader.read(length))))
    return answers


def test_raw_utf8_query_like_curl(server: int) -> None:
    [(status, body)] = raw_get(server, "/api/search?q=3D프린터&size=3".encode())
    assert status == 200
    assert body["total"] > 0 and body["hits"][0]["id"].startswith("ent-")


def test_raw_utf8_on_a_kept_alive_connection(server: int) -> None:
    answers = raw_get(server, "/api/suggest?q=과천".encode(), requests=3)
    assert [s for s, _ in answers] == [200, 200, 200]
    assert all(any("과천" in s["name"] for s in body["suggestions"]) for _, body in answers)
