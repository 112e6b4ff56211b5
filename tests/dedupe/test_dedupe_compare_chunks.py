"""Comparing candidate pairs a chunk at a time, or half of them in a second process (dedupe/compare.py), gives the
levels of comparing them at once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dedupe import compare
from dedupe.blocking import candidate_pairs
from dedupe.standalone import read_columns, table_of_columns

RECORDS = Path(__file__).resolve().parents[2] / "bench" / "data" / "crosssource" / "records.csv"


@pytest.mark.parametrize("split", ["chunks", "second process"])
def test_chunked_comparison_equals_the_whole(model, monkeypatch, split):
    ids, columns = read_columns(RECORDS)
    ft = table_of_columns(ids, columns, model)
    li, ri, _ = candidate_pairs(ft, model.blocking, model.max_block_size, model.window)
    monkeypatch.setattr(compare, "PARALLEL_MIN_PAIRS", 10**12)
    whole = compare.compare_pairs(model, ft, li, ri)
    if split == "chunks":
        monkeypatch.setattr(compare, "CHUNK_PAIRS", len(li) // 7 + 1)
    else:
        monkeypatch.setattr(compare, "PARALLEL_MIN_PAIRS", 1)
    chunked = compare.compare_pairs(model, ft, li, ri)
    assert len(li) > 1000 and (whole.levels > 0).any()
    assert np.array_equal(whole.levels, chunked.levels)
    assert np.array_equal(whole.adjust, chunked.adjust)
