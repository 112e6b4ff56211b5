"""HTTP API throughput: requests/s and latency percentiles of /api/search on loopback.

Builds an embedded index of N synthetic entities (the generator of bench/search.py) in a temporary data dir,
starts `facility-hub serve --no-scheduler` on a free port, and drives it with `wrk` (Debian package `wrk`; one
load thread so that the server keeps the other core) at the given concurrency, one run per workload:

- **query log**: what a search frontend sends: a log of ``--requests`` searches drawn from ``--distinct``
  different queries with Zipf-distributed popularity (a few popular searches, a long tail): place names, facility
  names, equipment, programmes, kind and region filters, map views around a point, second pages, name sort.
  The API's response cache (``hub.api.search_cache``) answers the repeats; the hit rate is read from /metrics
  and printed. It runs twice: from the start of the log on a new server (cold cache), then from the middle of
  the log (a server that has been answering for a while).
- **every query new**: a log in which no query repeats (the cache never answers: the cost of searching).
- the fixed shapes of the earlier table (broad full text, filter, geo, suggest), each one URL repeated.

    python bench/api.py [--docs 100000] [--concurrency 16] [--seconds 10] [--workers 1]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
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


def _load_bench_search():
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "search.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _one_query(rng: random.Random, gen) -> dict[str, str]:
    """One search as a frontend would send it, over the vocabulary of the synthetic entities."""
    sido, _, places = rng.choice(gen.REGIONS)
    sigungu, lat, lon = rng.choice(places)
    place = sigungu[:-1] if len(sigungu) > 2 else sigungu
    core = rng.choice(gen.NAME_CORES)
    shape = rng.random()
    if shape < 0.15:
        params = {"q": place}
    elif shape < 0.30:
        params = {"q": f"{place} {core}"}
    elif shape < 0.40:
        params = {"q": core}
    elif shape < 0.52:
        params = {"q": rng.choice(gen.EQUIPMENT)[1], "sido": sido}
    elif shape < 0.60:
        params = {"q": rng.choice(gen.PROGRAMMES)}
    elif shape < 0.68:
        params = {"kind": rng.choice(gen.KINDS)[0], "sido": sido, "sigungu": sigungu}
    elif shape < 0.76:
        params = {"q": f"{rng.choice(gen.NAME_PREFIX)}{place} {core} {rng.randint(1, 99)}호점".strip()}
    elif shape < 0.90:  # a map view: the point where the user is, to 3 decimals, as map clients round it
        params = {"near": f"{lat + rng.gauss(0, 0.03):.3f},{lon + rng.gauss(0, 0.03):.3f}",
                  "radius_km": str(rng.choice([2, 5, 10])), "sort": "distance"}
    else:
        params = {"q": f"{place} {rng.choice(gen.EQUIPMENT)[1]}", "open_weekends": "true"}
    extra = rng.random()
    if extra < 0.10:
        params["page"] = str(rng.randint(2, 3))
    elif extra < 0.15 and "q" in params:
        params["sort"] = "name"
    return params


def query_log(gen, distinct: int, requests: int, seed: int) -> list[str]:
    """``requests`` search paths drawn from ``distinct`` queries, popularity Zipf (rank r has weight 1/r)."""
    rng = random.Random(seed)
    pool: dict[str, None] = {}
    while len(pool) < distinct:
        pool[f"/api/search?{urllib.parse.urlencode(_one_query(rng, gen))}"] = None
    paths = list(pool)
    weights = [1.0 / rank for rank in range(1, len(paths) + 1)]
    return rng.choices(paths, weights=weights, k=requests)


def unique_log(gen, requests: int, seed: int) -> list[str]:
    """``requests`` search paths, no two alike."""
    rng = random.Random(seed)
    pool: dict[str, None] = {}
    while len(pool) < requests:
        pool[f"/api/search?{urllib.parse.urlencode(_one_query(rng, gen))}"] = None
    return list(pool)


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


def _script(directory: Path, name: str, paths: list[str], start: int = 0) -> Path:
    """A wrk Lua script that sends the paths in order from ``start`` (then starts again)."""
    script = directory / f"{name}.lua"
    quoted = ",\n".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in paths)
    script.write_text(
        f"local paths = {{\n{quoted}\n}}\nlocal i = {start}\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n"
    )
    return script


def _cache_counts(base: str) -> tuple[int, int]:
    with urllib.request.urlopen(f"{base}/metrics", timeout=10) as resp:
        text = resp.read().decode()
    found = dict(re.findall(r'facility_hub_search_cache_lookups_total\{result="(hit|miss)"\} (\d+)', text))
    return int(found.get("hit", 0)), int(found.get("miss", 0))


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


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children that have been waited for (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (serve --workers)")
    parser.add_argument("--distinct", type=int, default=20_000, help="distinct queries in the query log")
    parser.add_argument("--requests", type=int, default=50_000, help="searches in the query log")
    parser.add_argument("--cache-mb", type=int, default=64, help="FACILITY_HUB_SEARCH_CACHE_MB of the server")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    from hub.search_vocabulary import query_vocabulary
    from index import get_backend

    gen = _load_bench_search()
    tmp = Path(tempfile.mkdtemp(prefix="fh-bench-api-"))
    data_dir = tmp / "var"
    backend = get_backend("embedded", data_dir=data_dir, vocabulary=query_vocabulary())
    started = time.perf_counter()
    version = backend.build(gen.synthetic(args.docs), expected=args.docs)
    backend.verify(version, expected=args.docs)
    backend.activate(version)
    print(f"built {args.docs} docs in {time.perf_counter() - started:.1f} s")
    log = query_log(gen, args.distinct, args.requests, seed=11)
    fresh = unique_log(gen, max(args.requests, 20_000), seed=12345)
    port = _free_port()
    env = {**os.environ, "FACILITY_HUB_DATA_DIR": str(data_dir), "FACILITY_HUB_SEARCH_CACHE_MB": str(args.cache_mb)}
    server = subprocess.Popen(
        [sys.executable, "-m", "hub.cli.main", "serve", "--no-scheduler", "--port", str(port),
         "--workers", str(args.workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/healthz")
        print(
            f"| workload ({args.docs:,} entities, 20 hits + facets, c={args.concurrency}, {args.workers} worker(s)) "
            "| requests/s | p50 ms | p99 ms | server CPU ms/request | cache hits |"
        )
        print("|---|---|---|---|---|---|")
        runs: list[tuple[str, str, Path | None]] = [
            (f"query log, cold cache: the first searches of {args.requests:,} over {args.distinct:,} distinct "
             "queries (Zipf)", base, _script(tmp, "log", log)),
            ("query log, warm: the same log from its middle, after the run above", base,
             _script(tmp, "log-middle", log, start=len(log) // 2)),
            ("every query new (no repeats: the cache never answers)", base, _script(tmp, "fresh", fresh)),
        ]
        for name, params in QUERIES.items():
            url = ((f"{base}/api/suggest?q=" + urllib.parse.quote("과천")) if params is None
                   else f"{base}/api/search?{urllib.parse.urlencode(params)}")
            runs.append((f"{name}, repeated", url, None))
        for label, url, script in runs:
            hits0, misses0 = _cache_counts(base)
            cpu0 = _cpu_seconds(server.pid)
            r = _wrk(url, args.concurrency, args.seconds, script)
            cpu = _cpu_seconds(server.pid) - cpu0
            hits, misses = (a - b for a, b in zip(_cache_counts(base), (hits0, misses0), strict=True))
            total = hits + misses
            rate = f"{100 * hits / total:.0f}%" if total else "—"
            done = r["rps"] * args.seconds
            flag = f" ({r['non2xx']} non-2xx!)" if r["non2xx"] else ""
            per = f"{1000 * cpu / done:.2f}" if done and args.workers == 1 else "—"
            print(f"| {label} | {r['rps']:,.0f}{flag} | {r['p50']:.1f} | {r['p99']:.1f} | {per} | {rate} |")
        print(f"load average after the runs: {os.getloadavg()[0]:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
