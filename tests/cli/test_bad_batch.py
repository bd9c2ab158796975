"""A batch with every kind of bad input next to good articles: no traceback, each bad input
named once with its reason, every good article stored, exit status 1."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.store.db import Database


def _batch(folder: Path) -> dict[str, str]:
    """Write the bad inputs; return file name → a word its error line must contain."""
    folder.mkdir()
    (folder / "random.txt").write_bytes(os.urandom(3000).replace(b"\x00", b"") + b"\x00")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (folder / "latin1.txt").write_bytes("Café: Russia massed troops.".encode("latin-1"))
    (folder / "nul.txt").write_bytes(b"Russia\x00 massed troops near the border.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_bytes(b"a" * 2_100_000)
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
        "deep.html": "HTML",
        "mixed.jsonl:2": "JSON",
        "mixed.jsonl:3": "string",
        "mixed.jsonl:4": "text",
        "loop.txt": "link",
    }


def test_every_bad_input_is_named_once_and_good_ones_are_stored(tmp_path: Path) -> None:
    folder = tmp_path / "batch dir"
    expected = _batch(folder)
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
    assert "good-1" in ids and len(ids) == 2  # the JSONL's good line and the accented file
