"""Counting inputs before a run (for the progress total): cheap, and None when unknown."""

from __future__ import annotations

import gzip
from pathlib import Path

from eventwire.ingest.count import count_articles


def test_files_folders_and_gzipped_jsonl_are_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia massed troops.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"text": "x"}\n{"text": "y"}\n{"text": "z"}')  # no final newline
    (tmp_path / "d.csv").write_text("text\nx\ny\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 1 + 2 + 3 + 2
    assert count_articles([str(tmp_path / "*.jsonl*")]) == 5


def test_stdin_and_archives_are_unknown(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_articles(["-"]) is None
    assert count_articles([str(tmp_path / "crawl.warc.gz")]) is None
