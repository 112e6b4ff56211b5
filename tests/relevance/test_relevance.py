"""Search relevance on the replica data: recall@10 of the queries in ``queries.jsonl`` must be at least 0.95.

recall@10 is averaged over queries (each query: share of its expected facilities among the first 10 hits).
Every query runs through the real embedded backend the whole job built (``replica_run``), validated as the API
validates it. On failure the message lists every miss: the query, the facility expected and what came back.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.relevance.harness import (
    GROUND_TRUTH,
    K,
    describe_misses,
    load_queries,
    run_queries,
    search_query,
    summarise,
    truth_entities,
)

MIN_RECALL = 0.95
MIN_QUERIES = 60
REQUIRED_CATEGORIES = {"name", "partial", "spacing", "typo", "legal_form", "place", "equipment", "english",
                       "programme", "operator", "phone", "ccei_region", "ccei_partner", "sogongin"}

QUERIES = load_queries()


def test_query_set_is_well_formed() -> None:
    with GROUND_TRUTH.open(encoding="utf-8", newline="") as fh:
        known = {row["truth_id"] for row in csv.DictReader(fh)}
    assert len(QUERIES) >= MIN_QUERIES
    assert REQUIRED_CATEGORIES <= {q["cat"] for q in QUERIES}
    for item in QUERIES:
        where = f"line {item['line']}: {item}"
        assert item.get("note"), where
        assert 1 <= len(item["expect"]) <= 3, where
        assert set(item["expect"]) <= known, where
        search_query(item)  # every line is a query the API would accept


@pytest.fixture(scope="module")
def relevance(replica_run: dict) -> dict:
    from index import get_backend

    data_dir: Path = replica_run["data_dir"]
    backend = get_backend("embedded", data_dir=data_dir)
    truth = truth_entities(data_dir)
    outcomes = run_queries(backend, QUERIES, truth)
    return {"backend": backend, "truth": truth, "outcomes": outcomes, "summary": summarise(outcomes)}


def test_every_expected_facility_is_an_entity(relevance: dict) -> None:
    expected = {tid for q in QUERIES for tid in q["expect"]}
    assert not sorted(expected - relevance["truth"].keys())


def test_recall_at_10(relevance: dict) -> None:
    summary = relevance["summary"]
    recall = summary["overall"]["recall"]
    per_cat = ", ".join(f"{c} {s['recall']:.2f}" for c, s in summary["by_category"].items())
    misses = describe_misses(relevance["backend"], relevance["outcomes"], relevance["truth"])
    assert recall >= MIN_RECALL, (
        f"recall@{K} {recall:.3f} < {MIN_RECALL} over {len(QUERIES)} queries "
        f"({summary['found']}/{summary['expectations']} expected facilities found; by category: {per_cat})\n"
        f"{misses}"
    )
