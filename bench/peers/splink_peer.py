"""Splink 5 on DuckDB, unsupervised, set up the way Splink's quickstart does it.

Input columns are the peers' shared preparation (:mod:`bench.peers.prepare`): the normalised name key, its
blocking prefix, the first phone number, and the address as 시군구 (or 시도 when that is all there is) and
``road|number``. Comparisons:
``NameComparison`` on the name key (Jaro-Winkler 0.92 / 0.88 / 0.7, term-frequency adjusted exact match); phone
exact (term-frequency adjusted); address as one ladder (same road address, tf-adjusted → same 시군구 → else).
Prediction blocks on the same three keys as the rapidfuzz baseline.

Training, with no labels: the prior from deterministic rules (same name and phone, or same name and road address)
with an assumed recall of 0.7, as the quickstart does; u by random sampling (10⁷ pairs, seed 42); m by EM in two
sessions, blocked on the exact name key and on the phone. Clusters: connected components of the pairs with match
probability ≥ 0.95, the quickstart's threshold — chosen without looking at any truth file.

Splink is an optional extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from bench.peers.prepare import name_prefix, read_listings, write_clusters

THRESHOLD = 0.95
U_MAX_PAIRS = 1e7
PRIOR_RECALL = 0.7


def _settings() -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    address = cl.CustomComparison(
        output_column_name="address",
        comparison_levels=[
            cll.And(cll.NullLevel("road"), cll.NullLevel("district")),
            cll.ExactMatchLevel("road").configure(tf_adjustment_column="road"),
            cll.ExactMatchLevel("district"),
            cll.ElseLevel(),
        ],
    )
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[
            cl.NameComparison("name_key"),
            cl.ExactMatch("phone").configure(term_frequency_adjustments=True),
            address,
        ],
        blocking_rules_to_generate_predictions=[block_on("name_prefix"), block_on("phone"), block_on("road")],
        retain_intermediate_calculation_columns=False,
    )


def run_splink(input_csv: Path, output_csv: Path) -> dict[str, Any]:
    """Cluster ``input_csv`` with Splink into ``output_csv``; returns run statistics."""
    from splink import DuckDBAPI, Linker, block_on

    listings = read_listings(input_csv)
    table: dict[str, list[Any]] = {
        "unique_id": list(range(len(listings))),
        "name_key": [x.key or None for x in listings],
        "name_prefix": [name_prefix(x.key) or None for x in listings],
        "phone": [x.phones[0] if x.phones else None for x in listings],
        "district": [x.sigungu or x.sido or None for x in listings],
        "road": [x.road or None for x in listings],
    }
    db_api = DuckDBAPI()
    linker = Linker(db_api.register(table, dataset_display_name="listings"), _settings(), log_level=logging.WARNING)
    training = linker.training
    training.estimate_probability_two_random_records_match(
        [block_on("name_key", "phone"), block_on("name_key", "road")], recall=PRIOR_RECALL)
    training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=42)
    training.estimate_parameters_using_expectation_maximisation(block_on("name_key"))
    training.estimate_parameters_using_expectation_maximisation(block_on("phone"))
    predictions = linker.inference.predict(threshold_match_weight=-10)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, THRESHOLD)
    rows = clusters.as_duckdbpyrelation().select("unique_id, cluster_id").fetchall()
    pair_count = predictions.as_duckdbpyrelation().count("*").fetchall()[0][0]
    label_of_cluster: dict[Any, int] = {}
    labels = list(range(len(listings)))
    for uid, cluster in sorted(rows):
        labels[uid] = label_of_cluster.setdefault(cluster, uid)
    write_clusters(output_csv, [x.id for x in listings], labels)
    return {"records": len(listings), "clusters": len(set(labels)), "scored_pairs": int(pair_count),
            "threshold_match_probability": THRESHOLD}
