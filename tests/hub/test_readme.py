"""The README's commands exist as documented (so the README cannot drift from the CLI)."""

from __future__ import annotations

import re
from pathlib import Path

import click

from hub.cli.main import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def _words(command: str) -> tuple[str, ...]:
    words = []
    for word in command.strip().split():
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            break
        words.append(word)
    return tuple(words)


def _documented_commands() -> set[tuple[str, ...]]:
    text = README.read_text(encoding="utf-8")
    found: set[tuple[str, ...]] = set()
    for first_cell in re.findall(r"^\| ([^|]*`[^|]*)\|", text, flags=re.M):
        for command in re.findall(r"`([^`]+)`", first_cell):
            parts = command.split(" / ")
            first = _words(parts[0])
            found.add(first)
            found.update(first[:1] + _words(part) for part in parts[1:])  # "review list / show" → review show
    for command in re.findall(r"^(?:\$ )?facility-hub ([^\n#]+)", text, flags=re.M):
        found.add(_words(command))
    for command in re.findall(r"`facility-hub ([^`]+)`", text):
        found.add(_words(command))
    found.discard(())
    return found


def _resolve(words: tuple[str, ...]) -> bool:
    command: click.Command = cli
    for word in words:
        if not isinstance(command, click.Group):
            return True  # the rest are arguments
        sub = command.get_command(click.Context(command), word)
        if sub is None:
            return False
        command = sub
    return True


def test_every_documented_command_exists() -> None:
    documented = _documented_commands()
    assert ("run",) in documented and ("review", "list") in {c[:2] for c in documented}
    missing = sorted(" ".join(c) for c in documented if not _resolve(c))
    assert missing == []


def test_readme_shows_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
