"""Benchmark the map and the life-cycle filter on the embedded index over synthetic Korean facilities.

    PYTHONPATH=. .venv/bin/python bench/map.py --docs 100000 [--repeat 60]

Builds ``--docs`` documents of ``bench/search.py``'s generator (5% moved, 2% possibly closed, 1% closed), then
times, each ``--repeat`` times (wall and CPU p50/p99 in ms; the first call of each query is a cold one and
counted): map clusters at every grid level for the whole country and for one 시도, map clusters with text and
with the life-cycle filter, a search filtered by life cycle, and the server-side SVG of the country and of one
시도 (outline paths cached after the first drawing, as when serving).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import _time, synthetic  # noqa: E402

from index import get_backend  # noqa: E402
from index.types import SearchQuery  # noqa: E402


def documents(n: int):
    """The generator's documents with life-cycle states set (seeded)."""
    rng = random.Random(11)
    for doc in synthetic(n):
        r = rng.random()
        doc.lifecycle = "closed" if r < 0.01 else "possibly_closed" if r < 0.03 else "moved" if r < 0.08 else "open"
        yield doc


def main() -> None:
    """Build, then time each case and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=60)
    args = parser.parse_args()
    from hub.geo import municipalities, provinces
    from hub.web.maps import Region, country_view, render_map, view_for

    with tempfile.TemporaryDirectory() as tmp:
        backend = get_backend("embedded", data_dir=Path(tmp))
        started = time.perf_counter()
        version = backend.build(documents(args.docs), expected=args.docs)
        backend.activate(version)
        print(f"built {args.docs} documents in {time.perf_counter() - started:.1f} s")
        seoul = SearchQuery(sido=("서울특별시",))
        cases = {f"clusters, country, level {lv}": (lambda lv=lv: backend.map_clusters(SearchQuery(), lv))
                 for lv in range(4)}
        cases.update({
            "clusters, 서울 (level 2)": lambda: backend.map_clusters(seoul, 2),
            "clusters, text 메이커 (level 0)": lambda: backend.map_clusters(SearchQuery(q="메이커"), 0),
            "clusters, possibly closed (level 0)": lambda: backend.map_clusters(
                SearchQuery(lifecycle=("possibly_closed",)), 0),
            "clusters, box around 강남 (level 3)": lambda: backend.map_clusters(
                SearchQuery(), 3, bbox=(37.45, 126.98, 37.56, 127.10)),
            "search, lifecycle=closed + facets": lambda: backend.search(SearchQuery(lifecycle=("closed",))),
            "search, 메이커 + lifecycle=open": lambda: backend.search(SearchQuery(q="메이커", lifecycle=("open",))),
        })
        facets = backend.search(SearchQuery()).facets
        clusters0 = backend.map_clusters(SearchQuery(), 0)
        country = [Region(o, facets["sido"].get(o.sido or "", 0), "/", "x") for o in provinces()]
        view, outlines, _ = view_for(("경기도",), ())
        gyeonggi = [Region(o, 1, "/", "x") for o in outlines]
        clusters2 = backend.map_clusters(SearchQuery(sido=("경기도",)), view.level())
        cases["svg, country (17 시도, clusters)"] = lambda: render_map(country_view(), country, clusters0, title="t")
        cases["svg, 경기도 (시군구, clusters)"] = lambda: render_map(view, gyeonggi, clusters2, title="t")
        municipalities()
        print(f"| case (n = {args.docs:,}) | wall p50 | wall p99 | CPU p50 | CPU p99 |")
        print("|---|---|---|---|---|")
        for name, fn in cases.items():
            p50, p99, c50, c99 = _time(fn, args.repeat)
            print(f"| {name} | {p50:.1f} | {p99:.1f} | {c50:.1f} | {c99:.1f} |")
        print(f"clusters at level 0: {len(clusters0)} cells holding {sum(c.count for c in clusters0):,} documents; "
              f"country SVG {len(render_map(country_view(), country, clusters0, title='t')):,} bytes")


if __name__ == "__main__":
    main()
