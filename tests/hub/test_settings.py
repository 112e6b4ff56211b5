"""Settings: every one documented where it is declared; environment and flags layered over defaults."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import hub.settings
from hub.errors import ConfigError
from hub.settings import Settings


def test_every_setting_has_a_docstring() -> None:
    tree = ast.parse(inspect.getsource(hub.settings))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Settings")
    undocumented = []
    for i, node in enumerate(cls.body):
        if isinstance(node, ast.AnnAssign):
            following = cls.body[i + 1] if i + 1 < len(cls.body) else None
            documented = isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
            if not documented:
                undocumented.append(node.target.id)
    assert undocumented == []
    assert len(Settings.__dataclass_fields__) >= 8


def test_environment_then_flags(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACILITY_HUB_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("FACILITY_HUB_PORT", "9001")
    monkeypatch.delenv("FACILITY_HUB_DB_URL", raising=False)
    settings = Settings.from_env()
    assert settings.data_dir == (tmp_path / "d").resolve()
    assert settings.database_url == f"sqlite:///{(tmp_path / 'd').resolve() / 'facility-hub.db'}"
    assert settings.port == 9001
    assert settings.with_overrides(port=9002, host=None).port == 9002
    monkeypatch.setenv("FACILITY_HUB_PORT", "eighty")
    with pytest.raises(ConfigError, match="FACILITY_HUB_PORT='eighty' is not a whole number"):
        Settings.from_env()
