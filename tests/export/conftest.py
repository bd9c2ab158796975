"""A small database of hand-built documents, and the demo database, for the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_docs import build, documents
from typer.testing import CliRunner

from eventwire.cli.app import app


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """A database holding :func:`documents`."""
    return build(tmp_path / "small.duckdb", documents())


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled by ``eventwire demo`` (once per session: it takes a few seconds)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(app, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path
