"""The declarative model file."""

from __future__ import annotations

import pytest
import yaml

from dedupe.errors import ModelError
from dedupe.model import load_model, model_to_dict, save_model


def test_shipped_model_loads_with_labels_for_every_parameter(model):
    assert model.review_threshold < model.merge_threshold
    for c in model.comparisons:
        assert len(c.m) == len(c.u) == len(c.labels) > 0
        assert abs(sum(c.m) - 1) < 1e-3 and abs(sum(c.u) - 1) < 1e-3


def test_save_and_load_round_trip(tmp_path, model):
    path = tmp_path / "dedupe.yaml"
    save_model(model, path)
    again = load_model(path)
    assert model_to_dict(again) == model_to_dict(model)


def test_every_problem_is_reported_with_the_file_name(tmp_path, model):
    data = model_to_dict(model)
    data["thresholds"]["merge"] = 1.5
    data["comparisons"][0]["m"] = [0.5]
    data["comparisons"][1]["type"] = "telepathy"
    data["blocking"]["rules"].append({"name": "bad", "keys": ["shoe_size"]})
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ModelError) as info:
        load_model(path)
    text = str(info.value)
    assert str(path) in text
    for fragment in ("thresholds.merge", "comparisons[name].m", "telepathy", "shoe_size"):
        assert fragment in text


def test_unreadable_and_invalid_yaml_files(tmp_path):
    with pytest.raises(ModelError, match="cannot read"):
        load_model(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("thresholds: [unclosed", encoding="utf-8")
    with pytest.raises(ModelError, match="not valid YAML"):
        load_model(broken)


def test_config_dir_environment_override(tmp_path, monkeypatch, model):
    save_model(model, tmp_path / "dedupe.yaml")
    monkeypatch.setenv("FACILITY_HUB_CONFIG_DIR", str(tmp_path))
    assert load_model().path == tmp_path / "dedupe.yaml"
