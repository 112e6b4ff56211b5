"""Every ``facility-hub …`` command named in an error message, a hint or a ``--help`` text exists (issue 17).

The messages name the next command to run (STYLE.md); a hint naming a command that does not exist (``facility-hub
index list``, when it is ``index versions``) sends the reader nowhere.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import click

from hub.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("hub", "crawlers", "normalizers", "dedupe", "index")
NAMED = re.compile(r"facility-hub((?: [a-z][a-z-]*)+)")


def _code_strings() -> Iterator[tuple[str, str]]:
    """(where, text) of every string in the packages' code that is not a docstring."""
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {
                id(node.body[0].value) for node in ast.walk(tree)
                if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def _help_texts(command: click.Command, prefix: str = "facility-hub") -> Iterator[tuple[str, str]]:
    """(command, text) of the help of every command and option."""
    yield prefix, command.help or ""
    for param in command.params:
        if isinstance(param, click.Option) and param.help:
            yield f"{prefix} {param.opts[0]}", param.help
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _help_texts(sub, f"{prefix} {name}")


def _exists(words: list[str]) -> bool:
    """True when the words start with a command (a group's next word, when there is one, is its subcommand)."""
    command: click.Command = cli
    for word in words:
        if not isinstance(command, click.Group):
            return True  # the rest are the command's arguments
        sub = command.commands.get(word)
        if sub is None:
            return False
        command = sub
    return True


def test_every_named_command_exists() -> None:
    texts = [*_code_strings(), *_help_texts(cli)]
    named = [(where, m.group(0)) for where, text in texts for m in NAMED.finditer(text)]
    assert len(named) >= 20  # the collection itself works
    missing = sorted({f"{where}: {name}" for where, name in named if not _exists(name.split()[1:])})
    assert missing == []


def test_the_check_knows_a_wrong_name() -> None:
    assert _exists(["index", "versions"]) and _exists(["search", "x"]) and _exists(["run"])
    assert not _exists(["index", "list"]) and not _exists(["no-such-command"])
