"""The import rules of docs/architecture.md, read from the source with ``ast`` (lazy imports inside functions count).

- the stage packages point one way: crawlers, normalizers and index import no other project package (but the
  data package ``config``); dedupe
  imports only normalizers;
- the pages call the API, never the reverse: no module of ``hub.api`` imports ``hub.web`` (``hub.app`` composes
  the two);
- the CLI never imports FastAPI or Starlette (a bad search is a ``QueryError``, not an ``HTTPException``);
- the search backend is opened by ``hub.resources`` for everyone: nobody imports ``open_backend`` from a stage.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ("hub", "crawlers", "normalizers", "dedupe", "index", "sites", "config")


def _imports(package: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(file, imported module, imported names) of every import in the package's modules."""
    for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield where, alias.name, ()
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield where, node.module, tuple(a.name for a in node.names)


def _top(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize(("package", "allowed"), [
    ("crawlers", {"crawlers", "config"}),  # config: the data package (label dictionary, open-data mappings)
    ("normalizers", {"normalizers", "config"}),
    ("index", {"index"}),
    ("dedupe", {"dedupe", "normalizers"}),
])
def test_stage_packages_point_one_way(package: str, allowed: set[str]) -> None:
    wrong = [f"{where}: {module}" for where, module, _ in _imports(package)
             if _top(module) in PROJECT and _top(module) not in allowed]
    assert wrong == []


def test_the_api_never_imports_the_pages() -> None:
    wrong = [f"{where}: {module}" for where, module, names in _imports("hub.api")
             if module.startswith("hub.web") or (module == "hub" and "web" in names)]
    assert wrong == []


def test_the_cli_never_imports_fastapi() -> None:
    wrong = [f"{where}: {module}" for where, module, _ in _imports("hub.cli")
             if _top(module) in ("fastapi", "starlette") or module.startswith("hub.api.search_routes")]
    assert wrong == []


def test_the_backend_is_opened_by_resources() -> None:
    wrong = [f"{where}: {module}" for package in ("hub", "bench")
             for where, module, names in _imports(package)
             if "open_backend" in names and module != "hub.resources"]
    assert wrong == []


def test_the_rules_see_imports() -> None:
    modules = {module for _, module, _ in _imports("hub.web")}
    assert "hub.api.deps" in modules  # the pages do call the API
