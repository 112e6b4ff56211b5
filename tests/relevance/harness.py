"""Search relevance over the replica data: queries with expected facilities, recall@10 and MRR.

Shared by ``tests/relevance/test_relevance.py`` and ``bench/relevance.py``. Expectations name real facilities by
``truth_id`` (``sites/data/ground_truth.csv``), never by entity id, so the set survives re-runs: a truth id maps
to the entities that hold one of its pages (``<site>:<key>`` in the store's ``entity_members``). An expected
facility is *found* when any of its entities is among the first ``K`` hits.

recall@10 is the share of a query's expected facilities found in the top 10, **averaged over queries** (every
query weighs the same, however many facilities it expects). MRR is the mean over queries of 1 / rank of the
first expected facility found (0 when none is in the top 10).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

K = 10
ROOT = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).with_name("queries.jsonl")
GROUND_TRUTH = ROOT / "sites" / "data" / "ground_truth.csv"
FILTERS = ("kind", "sido", "sigungu", "equipment")
"""Query-line keys passed to ``SearchQuery`` as tuples (a string value means one value)."""
OPTIONS = ("programme", "open_evenings", "open_weekends", "ministry", "radius_km", "sort")


def load_queries(path: Path = QUERIES) -> list[dict[str, Any]]:
    """The query lines; each has ``q``, ``cat``, ``expect`` (truth ids) and ``note``; blank lines skipped."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        item["line"] = n
        out.append(item)
    return out


def truth_entities(data_dir: Path, ground_truth: Path = GROUND_TRUTH) -> dict[str, set[str]]:
    """truth id → ids of the entities holding one of its pages, read from the run's SQLite store."""
    pages: dict[str, str] = {}
    with ground_truth.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pages[f"{row['site']}:{row['key']}"] = row["truth_id"]
    db = sqlite3.connect(f"file:{data_dir / 'facility-hub.db'}?mode=ro", uri=True)
    try:
        members = db.execute("SELECT facility_id, entity_id FROM entity_members").fetchall()
    finally:
        db.close()
    out: dict[str, set[str]] = defaultdict(set)
    for facility_id, entity_id in members:
        truth = pages.get(facility_id)
        if truth:
            out[truth].add(entity_id)
    return dict(out)


def search_query(item: dict[str, Any]) -> Any:
    """The validated ``SearchQuery`` for one query line (top ``K``, no facets)."""
    from index.query import validate_query
    from index.types import SearchQuery

    kwargs: dict[str, Any] = {"q": item.get("q", ""), "size": K, "facets": False}
    for key in FILTERS:
        if key in item:
            value = item[key]
            kwargs[key] = (value,) if isinstance(value, str) else tuple(value)
    for key in OPTIONS:
        if key in item:
            kwargs[key] = item[key]
    if "near" in item:
        lat, lon = item["near"]
        kwargs["near"] = (float(lat), float(lon))
    return validate_query(SearchQuery(**kwargs))


@dataclass
class Outcome:
    """One query's result: the rank (1-based) of each expected facility in the top K, None when missing."""

    item: dict[str, Any]
    ranks: dict[str, int | None]
    top: list[tuple[str, str]] = field(default_factory=list)
    """(entity id, name) of the hits returned."""

    @property
    def recall(self) -> float:
        return sum(r is not None for r in self.ranks.values()) / len(self.ranks) if self.ranks else 0.0

    @property
    def reciprocal_rank(self) -> float:
        found = [r for r in self.ranks.values() if r is not None]
        return 1.0 / min(found) if found else 0.0

    @property
    def missing(self) -> list[str]:
        return [t for t, r in self.ranks.items() if r is None]


def run_queries(backend: Any, items: Iterable[dict[str, Any]], truth: dict[str, set[str]]) -> list[Outcome]:
    """Run every query on the backend and rank its expected facilities."""
    outcomes = []
    for item in items:
        result = backend.search(search_query(item))
        ids = [h.document.id for h in result.hits[:K]]
        ranks: dict[str, int | None] = {}
        for tid in item["expect"]:
            entities = truth.get(tid, set())
            ranks[tid] = next((i for i, eid in enumerate(ids, 1) if eid in entities), None)
        outcomes.append(Outcome(item, ranks, [(h.document.id, h.document.name) for h in result.hits[:K]]))
    return outcomes


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    """recall@K and MRR over all queries and per category (``cat``)."""
    def agg(group: list[Outcome]) -> dict[str, float]:
        n = len(group)
        return {"queries": n, "recall": sum(o.recall for o in group) / n if n else 0.0,
                "mrr": sum(o.reciprocal_rank for o in group) / n if n else 0.0}

    cats: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        cats[o.item.get("cat", "other")].append(o)
    expected = sum(len(o.ranks) for o in outcomes)
    found = sum(len(o.ranks) - len(o.missing) for o in outcomes)
    return {"overall": agg(outcomes), "by_category": {c: agg(g) for c, g in sorted(cats.items())},
            "expectations": expected, "found": found}


def entity_names(backend: Any, truth: dict[str, set[str]], tids: Iterable[str]) -> dict[str, str]:
    """truth id → the name of (one of) its entities in the index, for reports."""
    out = {}
    for tid in tids:
        names = []
        for eid in sorted(truth.get(tid, ())):
            doc = backend.get(eid)
            names.append(doc.name if doc else eid)
        out[tid] = " / ".join(names) or "(no entity holds this facility)"
    return out


def describe_misses(backend: Any, outcomes: list[Outcome], truth: dict[str, set[str]]) -> str:
    """A readable list of every expected facility not in the top K, with what came back instead."""
    lines = []
    for o in outcomes:
        if not o.missing:
            continue
        names = entity_names(backend, truth, o.missing)
        filters = {k: o.item[k] for k in (*FILTERS, *OPTIONS, "near") if k in o.item}
        lines.append(f"- line {o.item['line']} [{o.item.get('cat', 'other')}] q={o.item['q']!r}"
                     + (f" {filters}" if filters else ""))
        for tid in o.missing:
            lines.append(f"    missing {tid}: {names[tid]}")
        got = ", ".join(name for _, name in o.top) or "(no hits)"
        lines.append(f"    top {K}: {got}")
    return "\n".join(lines)
