"""Selected events and documents as the store rebuilds them, for the record-by-record writers.

The JSON-shaped exports (JSONL, PLOVER, GDELT) are built from the store's own named queries
(:mod:`eventwire.store.queries`), so an exported event has exactly the fields of the document's
event; this module adds the article metadata those formats cite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import duckdb

from eventwire.export.selection import Selection
from eventwire.export.staging import ExportError
from eventwire.store import queries

Row = dict[str, Any]

_PAGE = 2000

# lead_end: where the first paragraph ends (GDELT's IsRootEvent marks events read there).
_ARTICLES_SQL = """
SELECT a.id, a.title, a.outlet, a.url, a.published, a.language, a.coder_version,
       a.config_hash, a.ingested, length(a.text) AS text_length,
       CASE WHEN strpos(a.text, chr(10)) = 0 THEN length(a.text)
            ELSE strpos(a.text, chr(10)) - 1 END AS lead_end
FROM articles a JOIN export_articles s ON s.id = a.id
ORDER BY a.published NULLS LAST, a.id
"""

# JSON allows these unescaped, but str.splitlines() and some JSONL readers split lines at them.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(value: Any) -> str:
    """Return one JSON Lines line (UTF-8 text, no raw line separators, ending in a newline)."""
    line = json.dumps(value, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        line = line.replace(raw, escaped)
    return line + "\n"


def articles(con: duckdb.DuckDBPyConnection) -> dict[str, Row]:
    """Return the selected articles' metadata by id, in export order."""
    cursor = con.execute(_ARTICLES_SQL)
    names = [column[0] for column in cursor.description or []]
    rows = (dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return {row["id"]: row for row in rows}


def events(con: duckdb.DuckDBPyConnection, selection: Selection) -> Iterator[Row]:
    """Yield the selected events, page by page, each as ``article_id`` plus the event's fields.

    The pages come from :func:`eventwire.store.queries.events`, whose date rule and order
    (published date, article, position) are the selection's.
    """
    offset = 0
    while True:
        page = queries.events(
            con, since=selection.since, until=selection.until, limit=_PAGE, offset=offset
        )
        yield from page
        if len(page) < _PAGE:
            return
        offset += _PAGE


def documents(con: duckdb.DuckDBPyConnection) -> Iterator[Row]:
    """Yield the selected articles' documents as the contract's JSON objects, in export order."""
    for article_id in articles(con):
        document = queries.document(con, article_id)
        if document is None:  # deleted while exporting: the store is read-only, so a bug
            raise ExportError(f"article {article_id!r} vanished from the database mid-export")
        yield document.model_dump(mode="json")
