"""The JSONL export: one eventwire document per line, exactly as ``eventwire extract`` prints it.

``documents.jsonl`` holds the selected articles' documents (schema ``eventwire.document/1``),
rebuilt from the store, ordered by published date (undated articles last), then article id.
A date-filtered export holds whole documents: an article's events are not trimmed to the range.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from eventwire.export.records import documents, json_line

FILE = "documents.jsonl"


def write_jsonl(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, int]:
    """Write ``documents.jsonl`` into ``folder``; return its line count."""
    count = 0
    with (folder / FILE).open("w", encoding="utf-8", newline="\n") as stream:
        for document in documents(con):
            stream.write(json_line(document))
            count += 1
    return {FILE: count}
