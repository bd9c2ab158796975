"""A batch with every kind of bad input next to good articles: no traceback, each bad input
named once with its reason, every good article stored, exit status 1."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.ingest import readers
from eventwire.store.db import Database


def _batch(folder: Path) -> dict[str, str]:
    """Write the bad inputs; return file name → a word its error line must contain."""
    folder.mkdir()
    (folder / "random.txt").write_bytes(os.urandom(3000).replace(b"\x00", b"") + b"\x00")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (folder / "latin1.txt").write_bytes("Café: Russia massed troops.".encode("latin-1"))
    (folder / "nul.txt").write_bytes(b"Russia\x00 massed troops near the border.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_bytes(b"a" * 20_000_000)  # a 20 MB single line
    with (folder / "huge-line.jsonl").open("w", encoding="utf-8") as lines:
        lines.write(json.dumps({"id": "good-2", "text": "Germany pledged aid to Ukraine."}) + "\n")
        lines.write(json.dumps({"id": "huge", "text": "a" * 20_000_000}) + "\n")
    (folder / "locked.txt").write_text("Russia massed troops.", encoding="utf-8")
    deep = "<html><body>" + "<div>" * 20000 + "x" + "</div>" * 20000 + "</body></html>"
    (folder / "deep.html").write_text(deep, encoding="utf-8")
    (folder / "mixed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "good-1", "text": "Russia massed troops near the border."}),
                "{bad json",
                json.dumps({"text": 5}),
                json.dumps({"title": "no text"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "naïve name with spaces.txt").write_text(
        "Britain expelled two Russian diplomats on Friday.", encoding="utf-8"
    )
    return {
        "random.txt": "binary",
        "image.txt": "binary",
        "latin1.txt": "UTF-8",
        "nul.txt": "binary",
        "empty.txt": "empty",
        "huge.txt": "limit",
        "huge-line.jsonl:2": "limit",
        "locked.txt": "permission",
        "deep.html": "HTML",
        "mixed.jsonl:2": "JSON",
        "mixed.jsonl:3": "string",
        "mixed.jsonl:4": "text",
        "loop.txt": "link",
    }


def test_every_bad_input_is_named_once_and_good_ones_are_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "batch dir"
    expected = _batch(folder)
    monkeypatch.setattr("eventwire.ingest.readers._open", _refusing(folder / "locked.txt"))
    db = tmp_path / "b.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(expected), "\n".join(errors)
    for name, word in expected.items():
        (line,) = [e for e in errors if f"{os.sep}{name}:" in e or e.endswith(name)] or [
            e for e in errors if f"{os.sep}{name}" in e
        ]
        assert word.lower() in line.lower(), line
    with Database(db, read_only=True) as database:
        ids = {a["id"] for a in database.articles()}
    assert {"good-1", "good-2"} <= ids and len(ids) == 3  # and the accented file


def _refusing(locked: Path) -> Callable[[str], Any]:
    """``readers._open`` that refuses one file as an unreadable one would be (tests run as
    root here, and root reads a file whatever its mode)."""
    real = readers._open

    def open_or_refuse(path: str) -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    return open_or_refuse


def test_the_size_limit_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Britain expelled two Russian diplomats on Friday.", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "20")
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 1
    assert "over the limit of 20 bytes" in result.stderr
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "1kB")
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 0, result.output


def test_a_malformed_setting_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Britain expelled two Russian diplomats on Friday.", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "huge")
    for command in (["ingest", "--db", str(tmp_path / "a.duckdb")], ["extract"]):
        result = CliRunner().invoke(app, [command[0], str(source), *command[1:]])
        assert result.exit_code == 1
        assert "EVENTWIRE_MAX_BYTES='huge': expected a size" in result.stderr
        assert "Traceback" not in result.output
