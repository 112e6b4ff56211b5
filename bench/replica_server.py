"""Requests per second the replica server answers for one detail page over keep-alive HTTP/1.1 on loopback.

    PYTHONPATH=. .venv/bin/python bench/replica_server.py [--requests 5000] [--clients 4]

Each client thread holds one persistent ``http.client`` connection and fetches the same makeall detail page.
"""

from __future__ import annotations

import argparse
import http.client
import threading
import time

from sites.manifest import load_manifest
from sites.server import ReplicaServer


def _client(host: str, port: int, path: str, n: int, errors: list[int]) -> None:
    conn = http.client.HTTPConnection(host, port)
    for _ in range(n):
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        if resp.status != 200:
            errors.append(resp.status)
    conn.close()


def main() -> None:
    """Run the benchmark and print the figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    path = load_manifest(1)["makeall"][0].path
    with ReplicaServer(sites=["makeall"], faults=set()) as srv:
        host, port = srv.urls["makeall"].removeprefix("http://").split(":")
        per_client = args.requests // args.clients
        errors: list[int] = []
        _client(host, int(port), path, 50, errors)  # warm-up
        threads = [
            threading.Thread(target=_client, args=(host, int(port), path, per_client, errors))
            for _ in range(args.clients)
        ]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
    total = per_client * args.clients
    print(
        f"{total} requests, {args.clients} keep-alive clients, {elapsed:.2f} s: {total / elapsed:,.0f} requests/s"
        f" (non-200: {len(errors)})"
    )


if __name__ == "__main__":
    main()
