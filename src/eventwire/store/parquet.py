"""Parquet shards: coded documents as files with the store's own tables and columns.

A shard holds the rows of one chunk of documents, one Parquet file per table::

    FOLDER/articles/NAME.parquet   FOLDER/events/NAME.parquet   FOLDER/actors/NAME.parquet
    FOLDER/quotes/NAME.parquet     FOLDER/quantities/NAME.parquet  FOLDER/places/NAME.parquet

The rows are made exactly as the database makes them (the same migrations build an in-memory
DuckDB, ``writes.write_documents`` fills it, DuckDB's ``COPY`` writes the files), so a shard
loaded into a database gives the rows a direct write would, and ``FOLDER/events/*.parquet`` reads
like the ``events`` table. Every file is written under a temporary name and renamed; the
``articles`` file is renamed last, so a shard whose articles file exists is complete.
``load_shard`` copies a shard into a database in one transaction, skipping articles already
stored, so loading a shard twice adds nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.schema import Document
from eventwire.store import migrations, writes

# The tables one document is written into; ``articles`` last, as it marks a shard complete.
CHILD_TABLES = ("events", "actors", "quotes", "quantities", "places")
TABLES = (*CHILD_TABLES, "articles")


@dataclass(frozen=True)
class ShardWrite:
    """What writing one shard did: articles and events written, repeated ids skipped."""

    articles: int
    events: int
    skipped: int


def shard_file(folder: Path, table: str, name: str) -> Path:
    """Return the path of one table's file of a shard."""
    return folder / table / f"{name}.parquet"


def shard_done(folder: Path, name: str) -> bool:
    """Return whether a shard was written whole (its ``articles`` file exists)."""
    return shard_file(folder, "articles", name).is_file()


def write_shard(
    documents: list[Document], *, folder: Path, name: str, run: Mapping[str, Any]
) -> ShardWrite:
    """Write the documents' rows as shard ``name`` under ``folder`` (atomically per file).

    Args:
        documents: the chunk, in input order; an id repeated within it is written once.
        folder: the run folder or dataset folder; table subfolders are created.
        name: the shard's file name without ``.parquet``.
        run: the ``runs`` row the articles belong to (``id``, ``coder_version``,
            ``config_hash``, ``config_json``, ``command``).

    Raises:
        StoreError: a document cannot be stored, or a file cannot be written.
    """
    con = duckdb.connect(":memory:")
    try:
        migrations.apply_pending(con, label=f"shard {name}")
        _insert_run(con, run)
        result = writes.write_documents(con, documents, run_id=str(run["id"]), label=name)
        events = _count(con, "events")
        for table in TABLES:
            _copy_out(con, table, shard_file(folder, table, name))
    finally:
        con.close()
    return ShardWrite(articles=result.new, events=events, skipped=result.skipped)


def write_run(folder: Path, run: Mapping[str, Any]) -> Path:
    """Write the ``runs`` row of a dataset run as ``folder/runs/RUN_ID.parquet``."""
    con = duckdb.connect(":memory:")
    try:
        migrations.apply_pending(con, label="runs")
        _insert_run(con, run)
        con.execute(
            "UPDATE runs SET finished = timezone('UTC', now()), articles_new = ?,"
            " articles_skipped = ?, failures = ?",
            [run.get("articles_new"), run.get("articles_skipped"), run.get("failures")],
        )
        path = shard_file(folder, "runs", str(run["id"]))
        _copy_out(con, "runs", path)
    finally:
        con.close()
    return path


def load_shard(
    con: duckdb.DuckDBPyConnection, folder: Path, name: str, *, label: str
) -> tuple[int, int]:
    """Copy a complete shard into the database in one transaction; return (new, skipped).

    Articles already stored are skipped with all their rows, so loading twice adds nothing.

    Raises:
        StoreError: the shard is incomplete or unreadable, or DuckDB refused the write (then
            nothing of the shard was written).
    """
    if not shard_done(folder, name):
        raise StoreError(f"shard {name!r} in {folder} is incomplete (no articles file)")
    articles = _sql_path(shard_file(folder, "articles", name))
    con.begin()
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE shard_new AS SELECT DISTINCT id FROM read_parquet(?)"
            " WHERE id NOT IN (SELECT id FROM articles)",
            [articles],
        )
        total = _scalar(con, "SELECT count(*) FROM read_parquet(?)", [articles])
        new = _scalar(con, "SELECT count(*) FROM shard_new", [])
        con.execute(
            "INSERT INTO articles BY NAME SELECT * FROM read_parquet(?)"
            " WHERE id IN (SELECT id FROM shard_new)",
            [articles],
        )
        for table in CHILD_TABLES:
            con.execute(
                f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)"
                " WHERE article_id IN (SELECT id FROM shard_new)",
                [_sql_path(shard_file(folder, table, name))],
            )
        con.execute("DROP TABLE shard_new")
        con.commit()
    except duckdb.Error as error:
        con.rollback()
        raise StoreError(f"could not load shard {name!r} into {label}: {error}") from error
    except BaseException:
        con.rollback()
        raise
    return new, total - new


def remove_shard(folder: Path, name: str) -> None:
    """Delete a shard's files (after loading); missing files are ignored."""
    for table in TABLES:
        shard_file(folder, table, name).unlink(missing_ok=True)


def _insert_run(con: duckdb.DuckDBPyConnection, run: Mapping[str, Any]) -> None:
    con.execute(
        "INSERT INTO runs (id, started, coder_version, config_hash, config_json, command)"
        " VALUES (?, timezone('UTC', now()), ?, ?, ?, ?)",
        [run["id"], run["coder_version"], run["config_hash"], run["config_json"], run["command"]],
    )


def _copy_out(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> None:
    """Write a table to ``path`` through a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # The table name is one of this module's constants; the path is a bound parameter
        # where DuckDB allows it, else quoted.
        con.execute(f"COPY {table} TO '{_quoted(temporary)}' (FORMAT parquet)")
        os.replace(temporary, path)
    except (duckdb.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise StoreError(f"could not write shard file {path}: {error}") from error


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return _scalar(con, f"SELECT count(*) FROM {table}", [])


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row is not None else 0


def _sql_path(path: Path) -> str:
    return str(path)


def _quoted(path: Path) -> str:
    """A path as the body of a SQL string literal (single quotes doubled)."""
    return str(path).replace("'", "''")
