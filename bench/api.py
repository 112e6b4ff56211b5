"""HTTP API throughput: requests/s and latency percentiles of /api/search on loopback.

Builds an embedded index of N synthetic entities (the generator of bench/search.py) in a temporary data dir,
starts `facility-hub serve --no-scheduler` (one uvicorn worker) on a free port, and drives it with `wrk` (Debian
package `wrk`; one load thread so that the server keeps the other core) at the given concurrency, one run per
query shape.

    python bench/api.py [--docs 100000] [--concurrency 16] [--seconds 10]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent
QUERIES = {
    "broad full-text (메이커 3D프린터, ~30% of docs match)": {"q": "메이커 3D프린터"},
    "broad full-text + filter (메이커, 서울특별시)": {"q": "메이커", "sido": "서울특별시"},
    "geo + distance sort (20 km around 서울시청)": {"near": "37.5665,126.9780", "radius_km": "20", "sort": "distance"},
    "suggest (과천)": None,
}
MIXED = [  # what people type: places, names, equipment with a region, programmes (wrk cycles through them)
    {"q": "과천"},
    {"q": "성수 메이커"},
    {"q": "레이저 커터", "sido": "부산광역시"},
    {"q": "3D 스캐너", "sido": "경기도"},
    {"q": "팹랩"},
    {"q": "무한상상실", "sido": "대전광역시"},
    {"q": "창조경제혁신센터"},
    {"q": "CNC", "sido": "경상남도"},
    {"q": "코딩 교육"},
    {"q": "UV 프린터"},
    {"q": "마포"},
    {"q": "메이커스페이스 전문랩"},
    {"q": "디바이스랩"},
    {"q": "인쇄"},
    {"q": "공방", "sido": "서울특별시"},
    {"q": "비닐 커터"},
]


def _load_generator():
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "search.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.synthetic


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer at {url}")


def _mixed_script(directory: Path) -> Path:
    """A wrk Lua script that cycles through the MIXED queries."""
    paths = ", ".join(f'"/api/search?{urllib.parse.urlencode(p)}"' for p in MIXED)
    script = directory / "mixed.lua"
    script.write_text(
        f"local paths = {{{paths}}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n"
    )
    return script


def _wrk(url: str, concurrency: int, seconds: int, script: Path | None = None) -> dict[str, float]:
    extra = ["-s", str(script)] if script else []
    out = subprocess.run(
        ["wrk", "-t1", f"-c{concurrency}", f"-d{seconds}s", "--latency", *extra, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(label: str) -> float:
        m = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": pct("50"), "p99": pct("99"), "non2xx": int(errors.group(1)) if errors else 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (serve --workers)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    from index import get_backend

    tmp = Path(tempfile.mkdtemp(prefix="fh-bench-api-"))
    data_dir = tmp / "var"
    backend = get_backend("embedded", data_dir=data_dir)
    started = time.perf_counter()
    version = backend.build(_load_generator()(args.docs), expected=args.docs)
    backend.verify(version, expected=args.docs)
    backend.activate(version)
    print(f"built {args.docs} docs in {time.perf_counter() - started:.1f} s")
    port = _free_port()
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub.cli.main",
            "serve",
            "--no-scheduler",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/healthz")
        print(
            f"| query ({args.docs:,} entities, 20 hits, c={args.concurrency}, {args.workers} worker(s)) "
            "| requests/s | p50 ms | p99 ms |"
        )
        print("|---|---|---|---|")
        r = _wrk(base, args.concurrency, args.seconds, _mixed_script(tmp))
        flag = f" ({r['non2xx']} non-2xx!)" if r["non2xx"] else ""
        label = f"mixed: {len(MIXED)} everyday queries, cycled"
        print(f"| {label} | {r['rps']:,.0f}{flag} | {r['p50']:.1f} | {r['p99']:.1f} |")
        for name, params in QUERIES.items():
            url = (
                (f"{base}/api/suggest?q=" + urllib.parse.quote("과천"))
                if params is None
                else f"{base}/api/search?{urllib.parse.urlencode(params)}"
            )
            r = _wrk(url, args.concurrency, args.seconds)
            flag = f" ({r['non2xx']} non-2xx!)" if r["non2xx"] else ""
            print(f"| {name} | {r['rps']:,.0f}{flag} | {r['p50']:.1f} | {r['p99']:.1f} |")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
