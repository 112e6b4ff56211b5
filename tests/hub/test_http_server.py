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
from fastapi import FastAPI, Request

from hub.api.http_protocol import percent_encode_high_bytes
from tests.conftest import serve_in_thread


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
            answers.append(_read_response(reader))
    return answers


def _read_response(reader) -> tuple[int, dict]:
    """One HTTP/1.1 response with a JSON body: its status and body."""
    status = int(reader.readline().split()[1])
    length = 0
    while (line := reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return status, json.loads(reader.read(length))


def test_raw_utf8_query_like_curl(server: int) -> None:
    [(status, body)] = raw_get(server, "/api/search?q=3D프린터&size=3".encode())
    assert status == 200
    assert body["total"] > 0 and body["hits"][0]["id"].startswith("ent-")


def test_raw_utf8_on_a_kept_alive_connection(server: int) -> None:
    answers = raw_get(server, "/api/suggest?q=과천".encode(), requests=3)
    assert [s for s, _ in answers] == [200, 200, 200]
    assert all(any("과천" in s["name"] for s in body["suggestions"]) for _, body in answers)


@pytest.fixture(scope="module", params=["httptools", "h11"])
def echo_port(request: pytest.FixtureRequest) -> Iterator[int]:
    """A tiny app on a real socket with one of the two protocols: it echoes the query and one header."""
    from hub.api import http_protocol

    cls = (http_protocol.Utf8TargetH11Protocol if request.param == "h11"
           else getattr(http_protocol, "Utf8TargetHttpToolsProtocol", None))
    if cls is None:
        pytest.skip("httptools is not installed")
    app = FastAPI()

    @app.get("/echo")
    def echo(request: Request, q: str = "") -> dict:
        return {"q": q, "note": request.headers.get("x-note", "")}

    with serve_in_thread(app, http=cls) as port:
        yield port


def _exchange(port: int, chunks: list[bytes], responses: int) -> list[tuple[int, dict]]:
    """Send the chunks one by one on one connection, then read ``responses`` JSON responses."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        for chunk in chunks:
            sock.sendall(chunk)
            time.sleep(0.05)  # separate TCP segments: the parser sees the request line in pieces
        reader = sock.makefile("rb")
        out = [_read_response(reader) for _ in range(responses)]
    return out


def test_both_protocols_accept_raw_utf8_targets(echo_port: int) -> None:
    line = "GET /echo?q=3D프린터 HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    assert _exchange(echo_port, [line, line], 2) == [(200, {"q": "3D프린터", "note": ""})] * 2


def test_a_request_line_split_across_packets(echo_port: int) -> None:
    line = "GET /echo?q=과천%20메이커 HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    cut = line.index("천".encode()) + 1  # inside a Hangul syllable's bytes
    assert _exchange(echo_port, [line[:cut], line[cut:]], 1) == [(200, {"q": "과천 메이커", "note": ""})]


def test_header_bytes_are_never_rewritten(echo_port: int) -> None:
    """A raw UTF-8 header value arriving in its own packet stays as sent (only request lines are encoded)."""
    start = b"GET /echo?q=a HTTP/1.1\r\nHost: x\r\n"
    header = "X-Note: 과천\r\n\r\n".encode()
    [(status, body)] = _exchange(echo_port, [start, header], 1)
    assert status == 200 and body["q"] == "a"
    assert body["note"].encode("latin-1") == "과천".encode()  # ASGI headers are bytes read as latin-1


def test_serving_freezes_what_exists_and_collects_less_often() -> None:
    import gc

    from hub.server import GC_THRESHOLDS, tune_gc

    before = gc.get_threshold()
    try:
        tune_gc()
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 1000  # the modules and objects of this process are no longer scanned
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
