"""The API at a fixed request rate while a full run and a steward's decision happen (issue 16).

1. ``facility-hub run --replicas --no-serve`` into a fresh data directory (the replica sites, the real pipeline);
2. ``facility-hub serve --no-scheduler`` (one worker) on a free loopback port, warmed up with ``--warmup``
   searches sent one by one (a new process opens the index and loads the query vocabulary on its first ones);
3. an **open-loop** load of ``--rate`` searches per second for ``--seconds`` seconds, the query log of
   ``bench/api.py`` (Zipf popularity over place names, names, equipment, filters, map views, second pages):
   each request is sent at its scheduled time on one of ``--connections`` kept-alive connections, whatever the
   server's latency, and its latency is counted from that scheduled time (no coordinated omission);
4. during the load, at ``--decision-at`` seconds, a steward merges two facilities through the API, and at
   ``--run-at`` seconds a full ``facility-hub run --replicas --no-serve`` starts on the same store: it crawls
   the replicas again, and its dedupe publishes the merge, so the index stage builds and switches to a new
   version under the load.

Printed: requests/s per second (min, median), errors (any non-2xx or failed connection), latency p50/p99/max,
the index versions that answered, and when the run and the decision finished. The load generator is asyncio
with raw HTTP/1.1 on loopback (about 0.1 ms of CPU per request), so most of a core stays for the server.

    python bench/api_under_load.py [--rate 1000] [--seconds 60] [--connections 64]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent
STEWARD = "bench-steward"


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / file)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(data_dir: Path, *args: str, **env: str) -> subprocess.Popen:
    full = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir), **env}
    full.pop("FACILITY_HUB_DB_URL", None)
    return subprocess.Popen([sys.executable, "-m", "hub.cli.main", *args], env=full, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _get(url: str) -> dict:
    with _OPENER.open(url, timeout=10) as r:
        return json.loads(r.read())


def _post(url: str, body: dict) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {STEWARD}"})
    with _OPENER.open(req, timeout=30) as r:
        return json.loads(r.read())


class Stats:
    """What the load saw."""

    def __init__(self, seconds: int) -> None:
        self.per_second = [0] * (seconds + 5)
        self.errors: list[str] = []
        self.latencies: list[float] = []
        self.versions: dict[str, int] = {}


async def _connection(port: int, queue: asyncio.Queue, stats: Stats, started: float) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    loop = asyncio.get_running_loop()
    while True:
        item = await queue.get()
        if item is None:
            writer.close()
            return
        due, path = item
        try:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            body = await reader.readexactly(length)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            stats.errors.append(f"connection: {exc!r}")
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            continue
        now = loop.time()
        stats.latencies.append(now - due)
        stats.per_second[min(len(stats.per_second) - 1, int(now - started))] += 1
        if status != 200:
            stats.errors.append(f"{status} {path[:120]} {body[:120]!r}")
        else:
            marker = body.find(b'"index_version":"')
            if marker >= 0:
                version = body[marker + 17: body.find(b'"', marker + 17)].decode()
                stats.versions[version] = stats.versions.get(version, 0) + 1


async def _drive(port: int, paths: list[str], rate: int, seconds: int, connections: int, events: list) -> Stats:
    stats = Stats(seconds)
    queue: asyncio.Queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    started = loop.time() + 0.5
    workers = [asyncio.create_task(_connection(port, queue, stats, started)) for _ in range(connections)]
    pending = sorted(events, key=lambda e: e[0])
    total = rate * seconds
    for i in range(total):
        due = started + i / rate
        while pending and due - started >= pending[0][0]:
            _, action = pending.pop(0)
            loop.run_in_executor(None, action)
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((due, paths[i % len(paths)]))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=int, default=1000, help="searches per second to send")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--decision-at", type=float, default=3.0, help="seconds into the load: the steward merges")
    parser.add_argument("--run-at", type=float, default=5.0,
                        help="seconds into the load: the full run starts (past --seconds: no run, a baseline)")
    parser.add_argument("--warmup", type=int, default=300,
                        help="searches of the log sent one by one before the load (not counted)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args()
    gen = _load("bench_search", "search.py")
    api = _load("bench_api", "api.py")
    tmp = Path(tempfile.mkdtemp(prefix="fh-bench-load-"))
    data_dir = tmp / "var"
    t0 = time.perf_counter()
    first = _cli(data_dir, "run", "--replicas", "--no-serve", "--json")
    out, err = first.communicate(timeout=900)
    if first.returncode != 0:
        raise SystemExit(f"the first run failed: {err[-2000:]}")
    print(f"first run: {json.loads(out)['entities']} entities in {time.perf_counter() - t0:.0f} s")
    port = _free_port()
    server = _cli(data_dir, "serve", "--no-scheduler", "--port", str(port), FACILITY_HUB_STEWARD_TOKEN=STEWARD,
                  FACILITY_HUB_FOLLOW_SECONDS="0")
    base = f"http://127.0.0.1:{port}"
    log = api.query_log(gen, 20_000, args.rate * args.seconds, seed=11)
    happened: dict[str, object] = {}
    clock = time.monotonic

    def decide() -> None:
        hits = _get(f"{base}/api/search?q=%EB%A9%94%EC%9D%B4%EC%BB%A4%EC%8A%A4%ED%8E%98%EC%9D%B4%EC%8A%A4&size=50")
        singles = [h for h in hits["hits"] if h["member_count"] == 1][:2]
        members = [_get(f"{base}/api/entities/{h['id']}")["members"][0]["facility_id"] for h in singles]
        started = clock()
        _post(f"{base}/api/review/decisions", {"kind": "merge", "a": members[0], "b": members[1],
                                               "note": "bench: the same facility"})
        happened["decision"] = {"facilities": members, "seconds": round(clock() - started, 3), "at": clock()}

    def full_run() -> None:
        started = clock()
        proc = _cli(data_dir, "run", "--replicas", "--no-serve", "--json")
        out, err = proc.communicate(timeout=900)
        happened["run"] = {"exit": proc.returncode, "seconds": round(clock() - started, 1), "ended": clock(),
                           "result": json.loads(out) if proc.returncode == 0 else err[-1000:]}

    try:
        api._wait(f"{base}/healthz")
        for path in log[-args.warmup:] if args.warmup else []:  # a new process opens the index and loads the
            _OPENER.open(base + path, timeout=30).read()      # query vocabulary on its first searches
        version0 = _get(f"{base}/healthz")["index_version"]
        load_start = clock()
        stats = asyncio.run(_drive(port, log, args.rate, args.seconds, args.connections,
                                  [(args.decision_at, decide), (args.run_at, full_run)]))
        load_end = clock()
        deadline = clock() + 900
        while args.run_at < args.seconds and "run" not in happened and clock() < deadline:
            time.sleep(0.5)
        health = _get(f"{base}/healthz")
    finally:
        server.terminate()
        server.wait(timeout=60)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    seconds = stats.per_second[1: args.seconds]  # whole seconds inside the load
    lat = sorted(stats.latencies)
    run = happened.get("run", {})
    print("| offered | achieved (whole run) | per second min / median | errors | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|---|")
    achieved = len(lat) / (load_end - load_start - 0.5)
    print(f"| {args.rate} r/s × {args.seconds} s | {achieved:,.0f} r/s | {min(seconds):,} / "
          f"{statistics.median(seconds):,.0f} | {len(stats.errors)} | {1000 * lat[len(lat) // 2]:.1f} | "
          f"{1000 * lat[int(len(lat) * 0.99)]:.1f} | {1000 * lat[-1]:.1f} |")
    print(f"index versions that answered: {stats.versions} (before: {version0}; after: {health['index_version']}, "
          f"behind: {health.get('index_behind')})")
    if "decision" in happened:
        d = happened["decision"]
        print(f"decision: merge {d['facilities']} in {d['seconds']} s at {d['at'] - load_start:.1f} s")
    if run:
        result = run.get("result")
        summary = ({k: result.get(k) for k in ("entities", "indexed", "index_version")}
                   if isinstance(result, dict) else result)
        print(f"full run: exit {run['exit']}, {run['seconds']} s, ended {run['ended'] - load_start:.1f} s into the "
              f"load; {summary}")
    print(f"errors: {stats.errors[:10]}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
