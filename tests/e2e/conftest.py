"""Browser test fixtures: data in a temporary data dir, a real ``facility-hub serve`` on a free port, and Debian's
Chromium driven by Playwright (tests are skipped, with the reason, when Chromium cannot be had)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FACILITY_HUB = Path(sys.executable).with_name("facility-hub")

sys.path.insert(0, str(REPO / "tests" / "web"))
import webdata  # noqa: E402  (the shared data set lives beside the page tests)


@dataclass
class Hub:
    """A running server over a data set."""

    url: str
    env: dict[str, str]
    dedupe: str
    """How the data was clustered: ``real``, ``replicas`` or ``fixed …`` (see tests/web/webdata.py)."""

    def cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run a ``facility-hub`` command against the same data dir."""
        return subprocess.run([str(FACILITY_HUB), *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_serving(url: str, proc: subprocess.Popen[bytes], deadline_s: float = 60) -> None:
    """Poll /healthz until it answers 200 (the condition), failing if the server exits or never comes up."""
    deadline = time.monotonic() + deadline_s
    last = ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"facility-hub serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError as exc:
            last = str(exc)
        time.sleep(0.2)
    raise RuntimeError(f"facility-hub serve did not become healthy at {url}: {last}")


def _replica_pipeline(root: Path, env: dict[str, str]) -> str | None:
    """Run the whole pipeline over the offline replicas when asked (FACILITY_HUB_E2E_REPLICAS=1); None if it fails."""
    if os.environ.get("FACILITY_HUB_E2E_REPLICAS") != "1":
        return None
    proc = subprocess.run([str(FACILITY_HUB), "run", "--replicas", "--no-serve", "--json"], env=env,
                          capture_output=True, text=True, timeout=900, check=False)
    if proc.returncode != 0:
        print(f"replica pipeline failed, using the fixture data set: {proc.stderr.strip()[-500:]}")
        return None
    summary = json.loads(proc.stdout)
    return "replicas" if summary.get("entities") else None


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """``facility-hub serve --no-scheduler`` on a free port over the test data set; stopped afterwards."""
    root = tmp_path_factory.mktemp("e2e")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACILITY_HUB_")}
    env.update(FACILITY_HUB_DATA_DIR=str(root / "var"), FACILITY_HUB_STEWARD_TOKEN=webdata.STEWARD_TOKEN,
               FACILITY_HUB_OPERATOR_TOKEN=webdata.OPERATOR_TOKEN)
    mode = _replica_pipeline(root, env)
    if mode is None:
        dataset = webdata.build_dataset(root)
        env["FACILITY_HUB_CONFIG_DIR"] = str(dataset.settings.config_dir)
        mode = dataset.dedupe
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (root / "serve.log").open("wb")
    proc = subprocess.Popen([str(FACILITY_HUB), "serve", "--no-scheduler", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_serving(url, proc)
        yield Hub(url=url, env=env, dedupe=mode)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _chromium_reason() -> str | None:
    # Installs Chromium and a Korean font when missing and allowed; returns at once when both are there.
    subprocess.run(["bash", str(HERE / "install_chromium.sh")], capture_output=True, timeout=600, check=False)
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is absent and could not be installed (run tests/e2e/install_chromium.sh as root)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """Debian's Chromium, headless, driven by Playwright."""
    reason = _chromium_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, hub: Hub) -> Iterator:
    """A fresh browser context (no cookies) with JavaScript on, base URL set to the server."""
    context = browser.new_context(base_url=hub.url, locale="ko-KR", viewport={"width": 1280, "height": 900},
                                  geolocation={"latitude": 37.5547, "longitude": 126.9707},
                                  permissions=["geolocation"])
    context.set_default_timeout(15000)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def page_nojs(browser, hub: Hub) -> Iterator:
    """A fresh browser context with JavaScript disabled."""
    context = browser.new_context(base_url=hub.url, locale="ko-KR", java_script_enabled=False,
                                  viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15000)
    pg = context.new_page()
    yield pg
    context.close()


def shot(page, name: str) -> Path:
    """Save a full-page screenshot under tests/artifacts/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def screenshot():
    """``screenshot(page, name)`` saves tests/artifacts/<name>.png."""
    return shot

