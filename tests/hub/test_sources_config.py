"""Source definitions: the shipped file is valid; a wrong file reports every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.errors import ConfigError, NotFoundError
from hub.sources import load_sources, parse_sources, select_sources


def test_shipped_sources_are_valid() -> None:
    from config import PACKAGE_DIR

    sources = load_sources(PACKAGE_DIR)
    assert len(sources) >= 8
    assert {s.family for s in sources} >= {"makeall", "muhan", "devicelab", "ccei", "sogongin", "generic"}
    assert all(s.start_urls and s.start_urls[0].startswith("http") for s in sources)


def test_every_problem_is_reported_together() -> None:
    text = """
sources:
  - id: ok
    family: makeall
    start_urls: [https://example.org/list]
    kind: makerspace
    schedule: "0 3 * * *"
    priority: 5
    enabled: true
  - id: bad one
    family: nosuch
    start_urls: [ftp://x]
    kind: spaceship
    schedule: "every day"
    priority: high
    enabled: "yes"
  - family: generic
"""
    with pytest.raises(ConfigError) as err:
        parse_sources(text, Path("extra.yaml"))
    message = str(err.value)
    for fragment in ("family 'nosuch' is not one of", "ftp://x", "kind 'spaceship'", "every day",
                     "priority must be", "enabled must be", "missing 'id'", "letters, digits"):
        assert fragment in message, fragment
    assert "\n" not in message


def test_yaml_syntax_error_names_file_and_line() -> None:
    with pytest.raises(ConfigError, match=r"broken.yaml line \d+: not valid YAML"):
        parse_sources("sources:\n  - id: [unclosed\n", Path("broken.yaml"))


def test_duplicate_ids_and_unknown_selection() -> None:
    entry = ("  - {id: a, family: makeall, start_urls: ['https://x.org/'], kind: makerspace, "
             "schedule: '0 3 * * *', priority: 1, enabled: true}\n")
    with pytest.raises(ConfigError, match="duplicate id 'a'"):
        parse_sources("sources:\n" + entry + entry, Path("dup.yaml"))
    sources = parse_sources("sources:\n" + entry, Path("one.yaml"))
    with pytest.raises(NotFoundError, match="unknown source nope; configured: a"):
        select_sources(sources, ["nope"], all_enabled=False)
    assert [s.id for s in select_sources(sources, [], all_enabled=True)] == ["a"]
