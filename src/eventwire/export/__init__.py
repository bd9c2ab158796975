"""Exports of a database for other tools: JSONL, CSV, Parquet, PLOVER JSON and GDELT-style TSV.

::

    from eventwire.export import export

    report = export("eventwire.duckdb", "parquet", "out/", since="2022-02-01")
    report.events, report.files  # 117, {"articles.parquet": 20, "events/": 117, …}

Every export is a folder holding the format's files and a ``manifest.json`` (format, date range,
eventwire version, rows per file). The folder appears whole or not at all: it is written beside
``out`` and renamed into place. The layouts and column mappings are documented in
docs/exports.md.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from eventwire import __version__
from eventwire.export.documents import write_jsonl
from eventwire.export.gdelt import write_gdelt
from eventwire.export.plover import write_plover
from eventwire.export.records import json_line
from eventwire.export.selection import parse_date, release, select
from eventwire.export.staging import ExportError, staged
from eventwire.export.tables import write_csv, write_parquet
from eventwire.store.db import READ_WAIT, Database

MANIFEST = "manifest.json"
MANIFEST_SCHEMA = "eventwire.export/1"


class ExportFormat(StrEnum):
    """The export formats."""

    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    plover = "plover"
    gdelt = "gdelt"


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote.

    Attributes:
        format: the format written.
        out: the export folder.
        articles: articles selected (the documents, or the rows of the articles table).
        events: events selected.
        files: rows written per file, by path relative to ``out`` (a folder ends in ``/``).
        seconds: how long the export took.
    """

    format: ExportFormat
    out: Path
    articles: int
    events: int
    files: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def export(
    db_path: str | Path,
    fmt: str | ExportFormat,
    out: str | Path,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    force: bool = False,
) -> ExportReport:
    """Export a database into the folder ``out``.

    Args:
        db_path: the DuckDB file (opened read-only).
        fmt: ``parquet``, ``csv``, ``jsonl``, ``plover`` or ``gdelt``.
        out: the folder to create; it must be missing or empty unless ``force``.
        since: first date included (``YYYY-MM-DD``); see docs/exports.md for what is dated.
        until: last date included.
        force: replace a non-empty ``out`` (the old folder is removed once the new one is
            complete).

    Raises:
        ExportError: a bad format or date, ``since`` after ``until``, ``out`` taken, or a
            write failed; nothing is left half-written.
        StoreError: the database cannot be opened.
    """
    started = time.perf_counter()
    chosen = _format(fmt)
    first, last = parse_date(since, "--since"), parse_date(until, "--until")
    target = Path(out)
    with (
        Database(db_path, read_only=True, wait=READ_WAIT) as db,
        staged(target, force=force) as folder,
    ):
        con = db.con
        selection = select(con, since=first, until=last)
        try:
            if chosen is ExportFormat.parquet:
                files = write_parquet(con, folder, events=selection.events)
            elif chosen is ExportFormat.csv:
                files = write_csv(con, folder)
            elif chosen is ExportFormat.jsonl:
                files = write_jsonl(con, folder)
            elif chosen is ExportFormat.plover:
                files = write_plover(con, folder, selection)
            else:
                files = write_gdelt(con, folder, selection)
        finally:
            release(con)
        manifest = {
            "schema": MANIFEST_SCHEMA,
            "format": chosen.value,
            "eventwire": __version__,
            "database": str(db_path),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "since": first.isoformat() if first else None,
            "until": last.isoformat() if last else None,
            "articles": selection.articles,
            "events": selection.events,
            "files": files,
        }
        (folder / MANIFEST).write_text(json_line(manifest), encoding="utf-8")
    return ExportReport(
        format=chosen,
        out=target,
        articles=selection.articles,
        events=selection.events,
        files=files,
        seconds=time.perf_counter() - started,
    )


def _format(fmt: str | ExportFormat) -> ExportFormat:
    """Return the format named ``fmt``."""
    try:
        return ExportFormat(str(fmt).strip().lower())
    except ValueError as error:
        names = ", ".join(member.value for member in ExportFormat)
        raise ExportError(f"export format {fmt!r}: expected one of {names}") from error


__all__ = ["ExportError", "ExportFormat", "ExportReport", "export"]
