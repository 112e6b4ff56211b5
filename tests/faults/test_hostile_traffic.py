"""Hostile traffic against a real ``facility-hub serve`` on a loopback port (issue 16, defects 6 and 7):
unbounded request lines and heads are refused before they are buffered, bodies are bounded, invalid paths are
404, pages carry CSP and anti-framing headers, cross-site state changes are refused, a logged-out session stays
logged out, token guessing is limited, review data needs the steward token."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.faults.conftest import start_cli, wait_until

pytestmark = pytest.mark.faults

STEWARD, OPERATOR = "steward-s3cret", "operator-s3cret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(replica_run: dict, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    data_dir = tmp_path_factory.mktemp("hostile-serve") / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    port = _free_port()
    proc = start_cli(data_dir, "serve", "--no-scheduler", "--port", str(port), FACILITY_HUB_STEWARD_TOKEN=STEWARD,
                     FACILITY_HUB_OPERATOR_TOKEN=OPERATOR, FACILITY_HUB_FOLLOW_SECONDS="0")
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{base}/healthz", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_until(up, timeout=120, what="serve to answer")
        yield {"base": base, "port": port, "pid": proc.pid, "data_dir": data_dir}
    finally:
        proc.terminate()
        proc.communicate(timeout=60)


def _rss_kib(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", text).group(1))


def _raw(port: int, head: bytes, extra: int = 0, chunk: bytes = b"a" * 65536) -> bytes:
    """Send ``head`` and then up to ``extra`` more bytes of ``chunk`` (until the server hangs up); the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sent = 0
        try:
            sock.sendall(head)
            while sent < extra:
                sock.sendall(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        try:
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
        except (ConnectionResetError, TimeoutError):
            pass
        return answer


def test_a_200_mb_request_line_gets_414_and_the_server_stays_flat(server: dict) -> None:
    before = _rss_kib(server["pid"])
    answer = _raw(server["port"], b"GET /api/search?q=", extra=200 * 1024 * 1024)
    assert answer.startswith(b"HTTP/1.1 414 "), answer[:200]
    assert b"connection: close" in answer.lower()
    grown = _rss_kib(server["pid"]) - before
    assert grown < 20 * 1024, f"server memory grew by {grown} KiB"
    assert httpx.get(f"{server['base']}/api/search", params={"q": "3D프린터"}).status_code == 200


def test_an_endless_header_gets_431(server: dict) -> None:
    before = _rss_kib(server["pid"])
    answer = _raw(server["port"], b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: ", extra=50 * 1024 * 1024)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    assert _rss_kib(server["pid"]) - before < 20 * 1024
    many = b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 100) for i in range(2000))
    assert _raw(server["port"], many + b"\r\n").startswith(b"HTTP/1.1 431 ")


def test_bodies_are_bounded(server: dict) -> None:
    big = httpx.post(f"{server['base']}/api/review/decisions", content=b"x" * (2 * 1024 * 1024),
                     headers={"Authorization": f"Bearer {STEWARD}", "Content-Type": "application/json"})
    assert big.status_code == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"y" * 65536

    chunked = httpx.post(f"{server['base']}/login", content=chunks(),
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert chunked.status_code == 413


@pytest.mark.parametrize("path", ["/static/app.css%00.js", "/static/%00", "/api/entities/%00", "/facilities/a%01b",
                                  "/%00"])
def test_nul_and_control_characters_in_paths_are_404(server: dict, path: str) -> None:
    assert httpx.get(server["base"] + path).status_code == 404


def test_nul_in_a_query_is_refused(server: dict) -> None:
    for url in ("/api/search?q=a%00b", "/api/runs?source=%00", "/?q=%00"):
        assert httpx.get(server["base"] + url).status_code == 422, url


def test_pages_and_answers_carry_csp_and_anti_framing(server: dict) -> None:
    for path in ("/", "/api/search?q=3D", "/api/search?q=3D", "/login", "/no-such-page"):
        r = httpx.get(server["base"] + path)
        csp = r.headers.get("content-security-policy", "")
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, (path, r.headers)
        assert r.headers.get("x-frame-options") == "DENY" and r.headers.get("x-content-type-options") == "nosniff"


def _login(client: httpx.Client, base: str, token: str) -> httpx.Response:
    page = client.get(f"{base}/login", params={"role": "steward"})
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post(f"{base}/login", data={"token": token, "csrf": csrf, "role": "steward", "next": "/review"},
                       headers={"Origin": base})


def test_cross_site_state_changes_are_refused(server: dict) -> None:
    base = server["base"]
    with httpx.Client() as client:
        page = client.get(f"{base}/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        form = {"token": STEWARD, "csrf": csrf, "role": "steward"}
        for origin in ("http://evil.example", "null", f"http://127.0.0.1:{server['port'] + 1}"):
            assert client.post(f"{base}/login", data=form, headers={"Origin": origin}).status_code == 403, origin
        assert client.post(f"{base}/login", data=form, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    api = httpx.post(f"{base}/api/review/decisions", json={"kind": "skip", "a": "x", "b": "y"},
                     headers={"Authorization": f"Bearer {STEWARD}", "Origin": "https://evil.example"})
    assert api.status_code == 403


def test_logout_revokes_the_session_on_the_server(server: dict) -> None:
    base = server["base"]
    with httpx.Client() as client:
        assert _login(client, base, STEWARD).status_code == 303
        cookie = client.cookies.get("fh_session")
        assert client.get(f"{base}/review").status_code == 200
        review = client.get(f"{base}/review")
        csrf = re.search(r'name="csrf" value="([^"]+)"', review.text).group(1)
        assert client.post(f"{base}/logout", data={"csrf": csrf}, headers={"Origin": base}).status_code == 303
    with httpx.Client(cookies={"fh_session": cookie}) as replay:  # the old cookie, kept by an attacker
        again = replay.get(f"{base}/review")
        assert again.status_code == 303 and "/login" in again.headers["location"]


def test_token_guessing_is_limited(server: dict) -> None:
    base = server["base"]
    codes = [httpx.get(f"{base}/api/review", headers={"Authorization": f"Bearer guess-{i}"}).status_code
             for i in range(12)]
    assert codes[:10] == [401] * 10 and codes[10:] == [429, 429], codes
    blocked = httpx.get(f"{base}/api/review", headers={"Authorization": f"Bearer {STEWARD}"})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0


def test_review_data_needs_the_steward_token(server: dict) -> None:
    base = server["base"]
    assert httpx.get(f"{base}/api/review").status_code == 401
    assert httpx.get(f"{base}/api/review/decisions").status_code == 401


def test_login_form_guessing_is_limited(replica_run: dict, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from hub.app import create_app
    from hub.settings import Settings

    data_dir = tmp_path / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    settings = Settings.from_env().with_overrides(data_dir=data_dir, steward_token=STEWARD)
    with TestClient(create_app(settings), base_url="http://testserver") as client:
        statuses = [_login(client, "http://testserver", f"wrong-{i}").status_code for i in range(11)]
        assert statuses[:10] == [401] * 10 and statuses[10] == 429, statuses
        assert _login(client, "http://testserver", STEWARD).status_code == 429


def _write_sources(path: Path, entries: list[dict]) -> Path:
    import yaml

    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
    return path


def test_a_duplicate_source_id_in_an_extra_file_is_an_error(tmp_path: Path) -> None:
    import yaml

    from tests.faults.conftest import run

    builtin = yaml.safe_load((Path(__file__).resolve().parents[2] / "config" / "sources.yaml").read_text("utf-8"))
    first = dict(builtin["sources"][0])
    extra = _write_sources(tmp_path / "extra.yaml", [{**first, "priority": 99}])
    proc = run(tmp_path / "var", "crawl", first["id"], "--sources", str(extra))
    assert proc.returncode == 1
    line = proc.stderr.strip().splitlines()[-1]
    assert f"duplicate source id {first['id']!r}" in line and "extra.yaml" in line and "sources.yaml" in line


def test_a_broken_dedupe_model_stops_a_run_before_any_crawl(tmp_path: Path) -> None:
    from tests.faults.conftest import run

    config = tmp_path / "config"
    shutil.copytree(Path(__file__).resolve().parents[2] / "config", config,
                    ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (config / "dedupe.yaml").write_text("thresholds: [this is: not a model\n", encoding="utf-8")
    data_dir = tmp_path / "var"
    proc = run(data_dir, "run", "--replicas", "--no-serve", FACILITY_HUB_CONFIG_DIR=str(config), timeout=300)
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "dedupe.yaml" in lines[0] and "nothing was run" in lines[0], lines
    assert not (data_dir / "crawls").exists()


def test_scheduler_with_grace_zero_starts(replica_run: dict, tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    proc = start_cli(data_dir, "scheduler", "--grace", "0", "--lease-ttl", "5")
    try:
        lines: list[str] = []

        def started() -> bool:
            line = proc.stderr.readline()
            lines.append(line)
            return "scheduler running" in line or proc.poll() is not None

        wait_until(started, timeout=120, what="the scheduler to start")
        assert proc.poll() is None, "".join(lines)
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert proc.returncode in (0, -15), proc.returncode
    time.sleep(0)
    json.dumps(lines)
