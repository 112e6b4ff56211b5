"""One reader of configuration (issue 17): every file of ``--config-dir`` (or ``FACILITY_HUB_CONFIG_DIR``) takes effect.

The whole pipeline runs twice on the replica sites, each time with a copied config directory trimmed to three
sources: once as shipped, once edited (a taxonomy synonym, a dedupe threshold, a region alias, a source disabled,
backend options). Each edit must show in what the run and the search then do.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from config import PACKAGE_DIR
from tests.conftest import run_cli

pytestmark = pytest.mark.slow

KEEP = ("makeall", "muhan", "ccei")
NEW_SYNONYM = "뚝딱출력기"
"""A made-up word for a 3D printer, added to the taxonomy of the edited directory."""
NEW_ALIAS = "서울시티"
"""A made-up alias of 서울특별시, added to the regions of the edited directory."""


def _copy_config(target: Path, enabled: tuple[str, ...]) -> Path:
    shutil.copytree(PACKAGE_DIR, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    path = target / "sources.yaml"
    lines, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\s+- id: (\S+)", line)
        current = found.group(1) if found else current
        if current not in enabled and line.strip() == "enabled: true":
            line = line.replace("enabled: true", "enabled: false")
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _edit(directory: Path) -> None:
    taxonomy = (directory / "taxonomy.yaml").read_text(encoding="utf-8")
    taxonomy, n = re.subn(r"(\n\s+label: 3D 프린터\n\s+synonyms: \[)", rf"\g<1>{NEW_SYNONYM}, ", taxonomy, count=1)
    assert n == 1
    (directory / "taxonomy.yaml").write_text(taxonomy, encoding="utf-8")
    regions = (directory / "regions.yaml").read_text(encoding="utf-8")
    regions, n = re.subn(r"aliases: \[서울시, ", f"aliases: [{NEW_ALIAS}, 서울시, ", regions, count=1)
    assert n == 1
    (directory / "regions.yaml").write_text(regions, encoding="utf-8")
    dedupe = (directory / "dedupe.yaml").read_text(encoding="utf-8")
    dedupe, n = re.subn(r"\n  merge: 0\.75 ", "\n  merge: 0.9999 ", dedupe, count=1)
    assert n == 1
    (directory / "dedupe.yaml").write_text(dedupe, encoding="utf-8")
    index = yaml.safe_load((directory / "index.yaml").read_text(encoding="utf-8"))
    index["embedded"].update(facet_cache_size=7, writer_heap_bytes=64_000_000)
    (directory / "index.yaml").write_text(yaml.safe_dump(index), encoding="utf-8")


def _run(data_dir: Path, config: Path) -> dict:
    proc = run_cli(data_dir, "--config-dir", str(config), "run", "--replicas", "--no-serve", "--json", timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def _total(data_dir: Path, query: str, *, config: Path | None = None, env: dict[str, str] | None = None) -> int:
    flags = ["--config-dir", str(config)] if config else []
    proc = run_cli(data_dir, *flags, "search", query, "--json", env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)["total"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("config-dir")
    shipped = _copy_config(root / "shipped", KEEP)
    edited = _copy_config(root / "edited", KEEP[:2])  # ccei disabled
    _edit(edited)
    return {
        "shipped": shipped, "edited": edited,
        "shipped_run": _run(root / "var-shipped", shipped), "shipped_var": root / "var-shipped",
        "edited_run": _run(root / "var-edited", edited), "edited_var": root / "var-edited",
    }


def test_a_disabled_source_is_not_crawled(runs: dict) -> None:
    assert set(runs["shipped_run"]["sources"]) == set(KEEP)
    assert set(runs["edited_run"]["sources"]) == set(KEEP[:2])


def test_the_dedupe_threshold_of_the_directory_is_used(runs: dict) -> None:
    from hub.pipeline.stages import last_stage_run
    from hub.store import open_store

    store = open_store(f"sqlite:///{runs['edited_var'] / 'facility-hub.db'}")
    try:
        stats = last_stage_run(store, "dedupe").stats
    finally:
        store.dispose()
    assert stats["model"]["merge_threshold"] == 0.9999
    assert stats["model"]["path"] == str(runs["edited"] / "dedupe.yaml")


def test_taxonomy_synonym_and_region_alias_reach_search(runs: dict) -> None:
    var, edited = runs["edited_var"], runs["edited"]
    # understood as the equipment and the 시도 (the word itself may also match a text or two)
    assert 0 < _total(var, NEW_SYNONYM, config=edited) <= _total(var, "3D프린터", config=edited)
    assert 0 < _total(var, NEW_ALIAS, config=edited) <= _total(var, "서울특별시", config=edited)
    # the variable means the same as the flag
    assert _total(var, NEW_ALIAS, env={"FACILITY_HUB_CONFIG_DIR": str(edited)}) > 0
    # the shipped tables know neither word (searched as text, it matches next to nothing)
    for word in (NEW_SYNONYM, NEW_ALIAS):
        assert _total(runs["shipped_var"], word, config=runs["shipped"]) * 10 < _total(var, word, config=edited)


def test_the_normalisers_read_the_tables_of_the_directory(runs: dict) -> None:
    from sqlalchemy import select

    from hub.pipeline.normalize import normalizer_version
    from hub.store import open_store
    from hub.store.schema import FacilityRow

    store = open_store(f"sqlite:///{runs['edited_var'] / 'facility-hub.db'}")
    try:
        with store.session() as session:
            versions = set(session.scalars(select(FacilityRow.normalizer_version)))
    finally:
        store.dispose()
    assert versions == {normalizer_version(runs["edited"])} != {normalizer_version(runs["shipped"])}


def test_backend_options_come_from_the_directory_then_settings(runs: dict) -> None:
    from hub.resources import Resources
    from hub.settings import Settings

    settings = Settings(data_dir=runs["edited_var"], config_dir=runs["edited"])
    resources = Resources.from_settings(settings)
    backend = resources.open_backend()
    assert (backend.facet_cache_size, backend.writer_heap_bytes) == (7, 64_000_000)
    assert resources.model.merge_threshold == 0.9999
    assert [s.id for s in resources.enabled_sources] == list(KEEP[:2])
    flagged = settings.with_overrides(facet_cache_size=3)
    assert Resources.from_settings(flagged).open_backend().facet_cache_size == 3
    shipped = Resources.from_settings(Settings(data_dir=runs["shipped_var"], config_dir=runs["shipped"]))
    assert shipped.open_backend().facet_cache_size == 1024
