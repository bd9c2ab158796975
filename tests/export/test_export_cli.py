"""``eventwire export`` through Typer's runner: exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app

runner = CliRunner()


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "plover", "gdelt"])
def test_export_writes_the_folder_and_reports(fmt: str, small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", "--db", str(small_db), "--format", fmt, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "exported 6 events from 4 articles" in result.stderr
    assert result.stdout == ""
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["format"] == fmt


def test_since_and_until_reach_the_export(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["export", "--db", str(small_db), "--format", "plover", "--out", str(out),
         "--since", "2022-02-10", "--until", "2022-02-10"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == ["a1:e2", "a1:e3"]


def test_a_non_empty_out_exits_1_with_one_line(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    args = ["export", "--db", str(small_db), "--format", "csv", "--out", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "not empty" in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.output
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert not (out / "keep.txt").exists()


def test_a_missing_database_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv",
         "--out", str(tmp_path / "out")],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "extra",
    [
        ["--format", "xml", "--out", "OUT"],
        ["--format", "csv"],
        ["--out", "OUT"],
        ["--format", "csv", "--out", "OUT", "--since", "2022-02-30"],
        ["--format", "csv", "--out", "OUT", "--since", "2022-02-12", "--until", "2022-02-10"],
    ],
)
def test_bad_usage_exits_2(extra: list[str], small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = [str(out) if arg == "OUT" else arg for arg in extra]
    result = runner.invoke(app, ["export", "--db", str(small_db), *args])
    assert result.exit_code == 2, result.output
    assert not out.exists()
