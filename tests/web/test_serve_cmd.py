"""``eventwire serve`` through Typer's runner (the server itself runs in test_web_browser)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli.app import app


def test_serve_is_registered_with_its_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port"):
        assert option in result.output
    assert "127.0.0.1" in result.output


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_serve_refuses_a_bad_port(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2
