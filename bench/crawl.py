"""Crawl throughput over the replica sites on loopback: pages/s and records/s at CONCURRENT_REQUESTS 16 and 64,
and the generic spider against the bare Scrapy floor, side by side in one run.

    PYTHONPATH=. .venv/bin/python bench/crawl.py [--concurrency 16 64] [--sites makeall muhan ...] [--repeat 1]
    PYTHONPATH=. .venv/bin/python bench/crawl.py --generic-vs-bare [--repeat 5]

``--generic-vs-bare`` crawls each generic replica site alternately with the generic spider (its entry in
``config/sources.yaml``: every extraction method on) and with a bare Scrapy spider written for that site
(``bench/bare_generic.py``: fixed CSS/XPath, the same fields), ``--repeat`` times each, and prints the CPU per
page of both and their ratio (the generic spider's pages per CPU-second ÷ the bare spider's; the aim is ≥ 0.8).

Each site is crawled by the real entry point (``python -m crawlers.run JOB.json``), one process per site as the
hub does, against ``sites.server.ReplicaServer`` (version 1, no faults) running in this process. AutoThrottle
and DOWNLOAD_DELAY are disabled for the benchmark (the polite defaults would turn it into a crawl of the delays);
everything else (robots.txt, retries, charset fallback, error accounting, JSON-lines output) stays on.

Reported per concurrency level: pages and records, crawl wall time (spider open → close, from the stats file),
pages/s and records/s over that time, the crawl process's CPU per page (``cpu_s`` in the stats) and the CPU
ceiling it implies for one core, and the replica server's CPU per page (to show whether it was the bottleneck).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "RETRY_TIMES": 3}


def _sources() -> dict[str, dict]:
    data = yaml.safe_load((ROOT / "crawlers" / "sources.example.yaml").read_text("utf-8"))
    return {s["id"]: s for s in data["sources"]}


def crawl_once(site, base_url: str, source: dict, concurrency: int, workdir: Path) -> dict:
    """Crawl one site in a subprocess; return its stats plus the server CPU spent meanwhile."""
    src = {k: v for k, v in source.items() if k not in ("schedule", "priority", "enabled")}
    src["start_urls"] = [base_url + p for p in site.start_paths]
    job = {"run_id": f"bench-{site.id}-{concurrency}", "source": src,
           "output": str(workdir / f"{site.id}.jsonl"), "stats": str(workdir / f"{site.id}.stats.json"),
           "known": None, "log_level": "WARNING",
           "settings": {**SETTINGS, "CONCURRENT_REQUESTS": concurrency,
                        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency}}
    job_path = workdir / f"{site.id}.job.json"
    job_path.write_text(json.dumps(job), "utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "crawlers.run", str(job_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_SELF)
    if proc.returncode != 0:
        raise SystemExit(f"crawl of {site.id} failed: {proc.stderr.strip()}")
    stats = json.loads(Path(job["stats"]).read_text("utf-8"))
    stats["server_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return stats


GENERIC_SITES = ("fablab_jsonld", "makercafe_plain", "workshop_sitemap", "makerunion_table", "makersmap_microdata",
                 "makertour_blog", "makerplace_graph")


def _config_sources() -> dict[str, dict]:
    data = yaml.safe_load((ROOT / "config" / "sources.yaml").read_text("utf-8"))
    return {s["id"]: s for s in data["sources"]}


def bare_once(site_id: str, base_url: str, workdir: Path) -> dict:
    """Crawl one site with the bare Scrapy spider in a subprocess; return its stats."""
    out, stats = workdir / f"bare-{site_id}.jsonl", workdir / f"bare-{site_id}.stats.json"
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "bare_generic.py"), site_id, base_url, str(out),
                           str(stats)], cwd=workdir, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"bare crawl of {site_id} failed: {proc.stderr.strip()[-500:]}")
    return json.loads(stats.read_text("utf-8"))


def generic_vs_bare(repeat: int, as_json: bool) -> int:
    """The generic spider and the bare Scrapy floor on the same sites, alternating, in one run."""
    from sites.catalog import load_catalog
    from sites.server import ReplicaServer

    catalog = {s.id: s for s in load_catalog()}
    sources = _config_sources()
    rows = []
    with ReplicaServer(version=1, faults=[], sites=list(GENERIC_SITES)) as srv, \
            tempfile.TemporaryDirectory() as tmp:
        for site_id in GENERIC_SITES:
            src = dict(sources[site_id])
            generic = {"pages": 0, "records": 0, "cpu": 0.0}
            bare = {"pages": 0, "records": 0, "cpu": 0.0}
            for _ in range(repeat):
                g = crawl_once(catalog[site_id], srv.urls[site_id], src, 16, Path(tmp))
                generic["pages"] += g["pages"]
                generic["records"] += g["records"]
                generic["cpu"] += g.get("cpu_s", 0.0)
                b = bare_once(site_id, srv.urls[site_id], Path(tmp))
                bare["pages"] += b["pages"]
                bare["records"] += b["items"]
                bare["cpu"] += b["cpu_s"]
            rows.append({"site": site_id, "generic": generic, "bare": bare})
    total = {k: {m: sum(r[k][m] for r in rows) for m in ("pages", "records", "cpu")} for k in ("generic", "bare")}
    rows.append({"site": "all", **total})
    for r in rows:
        g, b = r["generic"], r["bare"]
        r["generic_ms_per_page"] = round(1000 * g["cpu"] / g["pages"], 2)
        r["bare_ms_per_page"] = round(1000 * b["cpu"] / b["pages"], 2)
        r["ratio_pages_per_cpu_s"] = round((g["pages"] / g["cpu"]) / (b["pages"] / b["cpu"]), 3)
        r["ratio_records_per_cpu_s"] = round((g["records"] / g["cpu"]) / (b["records"] / b["cpu"]), 3)
    if as_json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"load average at end: {os.getloadavg()[0]:.1f} ({time.strftime('%Y-%m-%d %H:%M')}); {repeat} crawls "
          "of each site by each spider, alternating")
    print("| site | generic pages / records | generic CPU ms/page | bare pages / records | bare CPU ms/page "
          "| generic ÷ bare, pages per CPU-s | records per CPU-s |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        g, b = r["generic"], r["bare"]
        print(f"| {r['site']} | {g['pages']} / {g['records']} | {r['generic_ms_per_page']} | {b['pages']} / "
              f"{b['records']} | {r['bare_ms_per_page']} | **{r['ratio_pages_per_cpu_s']}** "
              f"| {r['ratio_records_per_cpu_s']} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table."""
    from sites.catalog import load_catalog
    from sites.server import ReplicaServer

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--sites", nargs="+", default=None, help="site ids (default: every replica site)")
    parser.add_argument("--repeat", type=int, default=1, help="crawl each site this many times per level")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    parser.add_argument("--generic-vs-bare", action="store_true",
                        help="the generic spider against a bare Scrapy spider on the generic replica sites")
    args = parser.parse_args(argv)
    if args.generic_vs_bare:
        return generic_vs_bare(args.repeat, args.json)

    catalog = {s.id: s for s in load_catalog()}
    sources = _sources()
    site_ids = args.sites or list(catalog)
    results = []
    with ReplicaServer(version=1, faults=[], sites=site_ids) as srv, tempfile.TemporaryDirectory() as tmp:
        for concurrency in args.concurrency:
            rows = []
            for _ in range(args.repeat):
                for sid in site_ids:
                    rows.append(crawl_once(catalog[sid], srv.urls[sid], sources[sid], concurrency, Path(tmp)))
            pages = sum(r["pages"] for r in rows)
            records = sum(r["records"] for r in rows)
            wall = sum(r["duration_s"] for r in rows)
            cpu = sum(r.get("cpu_s", 0.0) for r in rows)
            server = sum(r["server_cpu_s"] for r in rows)
            errors = sum(sum(r["errors"].values()) for r in rows)
            results.append({
                "concurrency": concurrency, "crawls": len(rows), "pages": pages, "records": records,
                "errors": errors, "wall_s": round(wall, 2), "pages_per_s": round(pages / wall, 1),
                "records_per_s": round(records / wall, 1), "crawler_cpu_ms_per_page": round(1000 * cpu / pages, 2),
                "crawler_cpu_ceiling_pages_per_s": round(pages / cpu, 1) if cpu else None,
                "server_cpu_ms_per_page": round(1000 * server / pages, 2),
                "largest_site_pages_per_s": max(r["pages_per_s"] for r in rows),
            })
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"load average at end: {os.getloadavg()[0]:.1f} ({time.strftime('%Y-%m-%d %H:%M')})")
    print("| CONCURRENT_REQUESTS | crawls | pages | records | errors | wall s | pages/s | records/s | "
          "crawler CPU ms/page | CPU ceiling pages/s | server CPU ms/page | best single site pages/s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['concurrency']} | {r['crawls']} | {r['pages']} | {r['records']} | {r['errors']} | {r['wall_s']} "
              f"| {r['pages_per_s']} | {r['records_per_s']} | {r['crawler_cpu_ms_per_page']} "
              f"| {r['crawler_cpu_ceiling_pages_per_s']} | {r['server_cpu_ms_per_page']} "
              f"| {r['largest_site_pages_per_s']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
