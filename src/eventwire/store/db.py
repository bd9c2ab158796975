"""The embedded DuckDB store: open a file, migrate it, record runs, write and query documents.

::

    with Database("eventwire.duckdb") as db:
        run_id = db.start_run(coder_version=..., config_hash=..., command="ingest", config_json=...)
        result = db.write_documents(documents, run_id=run_id)
        db.finish_run(run_id, articles_new=result.new, articles_skipped=result.skipped, failures=0)
        db.events(actor="USA", type="consult", since="2022-02-01")

DuckDB lets one process write a file at a time (it locks the file); within one process, several
``Database`` objects on the same path share one DuckDB instance, so they see each other's
committed writes. A ``Database`` is not safe to share between threads; open one per thread.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from eventwire.errors import DatabaseBusy, StoreError
from eventwire.schema import Document
from eventwire.store import migrations, queries, writes
from eventwire.store.writes import WriteResult

MEMORY = ":memory:"
READ_WAIT = 10.0  # seconds a command-line reader waits while an ingest writes a batch
_LOCK_PID = re.compile(r"PID (\d+)")


class Database:
    """An eventwire database file (DuckDB), migrated to the current schema on opening.

    Args:
        path: the database file, created when missing (unless read-only); ``":memory:"`` for a
            throwaway in-memory database.
        read_only: open without writing; the file must exist and be at the current schema.
        wait: seconds to keep retrying while another process holds the file (an ingest writing
            a batch, or a reader in the middle of a request); 0 fails at once.

    Raises:
        StoreError: the file is missing (read-only), locked by another process, not a DuckDB
            database, another program's DuckDB database, or of a newer schema than this eventwire.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float = 0.0) -> None:
        self.path = str(path)
        self.read_only = read_only
        if self.path != MEMORY and read_only and not Path(self.path).is_file():
            raise StoreError(f"database {self.path} does not exist (opened read-only)")
        self._con: duckdb.DuckDBPyConnection | None = _connect_waiting(
            self.path, read_only=read_only, wait=wait
        )
        try:
            if read_only:
                migrations.check_version(self._con, label=self.path, read_only=True)
            else:
                migrations.apply_pending(self._con, label=self.path)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Self:
        return self

    @contextmanager
    def session(self) -> Iterator[Database]:
        """This open database, for code that also takes a :class:`~eventwire.store.writer.Writer`
        (whose sessions open and close the file)."""
        yield self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        state = "closed" if self._con is None else "open"
        return f"Database({self.path!r}, {mode}, {state})"

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection (for the store's own modules)."""
        if self._con is None:
            raise StoreError(f"database {self.path} is closed")
        return self._con

    def _writable(self) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise StoreError(f"database {self.path} is open read-only; open it without read_only")
        return self.con

    def schema_version(self) -> int:
        """Return the schema version the database is at (the newest applied migration)."""
        return migrations.current_version(self.con) or 0

    def start_run(
        self, *, coder_version: str, config_hash: str, command: str, config_json: str
    ) -> str:
        """Record the start of an ingest run and return its id (a random hex string)."""
        run_id = uuid.uuid4().hex
        self._execute_write(
            "INSERT INTO runs (id, started, coder_version, config_hash, config_json, command)"
            " VALUES (?, timezone('UTC', now()), ?, ?, ?, ?)",
            [run_id, coder_version, config_hash, config_json, command],
        )
        return run_id

    def finish_run(
        self, run_id: str, *, articles_new: int, articles_skipped: int, failures: int
    ) -> None:
        """Record the end of a run and its counts.

        Raises:
            StoreError: no run has that id.
        """
        updated = self._execute_write(
            "UPDATE runs SET finished = timezone('UTC', now()), articles_new = ?,"
            " articles_skipped = ?, failures = ? WHERE id = ? RETURNING id",
            [articles_new, articles_skipped, failures, run_id],
        )
        if not updated:
            raise StoreError(f"run {run_id!r} is not in {self.path}; start it with start_run()")

    def runs(self) -> list[dict[str, Any]]:
        """Return every run, oldest first."""
        cursor = self.con.execute("SELECT * FROM runs ORDER BY started, id")
        names = [column[0] for column in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def has_article(self, article_id: str) -> bool:
        """Return whether an article with this id is stored."""
        return bool(writes.known_article_ids(self.con, [article_id]))

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Return those of ``ids`` already stored, in one query (to skip them before NLP)."""
        return writes.known_article_ids(self.con, ids)

    def write_documents(self, documents: Sequence[Document], *, run_id: str) -> WriteResult:
        """Write a batch of documents in one transaction, skipping articles already stored.

        Writing an article that is already stored (same ``article.id``) changes nothing, so a
        batch can be re-sent after a crash.

        Raises:
            StoreError: the batch could not be written; then none of it was.
        """
        return writes.write_documents(self._writable(), documents, run_id=run_id, label=self.path)

    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        article_id: str | None = None,
        include_negated: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Return events, each as its ``article_id`` plus the fields of the document's event.

        Args:
            actor: a code (``USA``) that must be among the event's actor codes; case ignored.
            recipient: likewise for the recipient codes.
            type: a PLOVER type, case ignored.
            since: first date included (``YYYY-MM-DD``). The event's date is used, or the
                article's published date when the event has none; events with neither are
                left out whenever ``since`` or ``until`` is given.
            until: last date included, likewise.
            article_id: only this article's events.
            include_negated: keep events whose polarity is ``negated``.
            limit: at most this many events.
            offset: skip this many first.

        Raises:
            StoreError: a date, type, limit or offset is malformed.
        """
        return queries.events(
            self.con,
            actor=actor,
            recipient=recipient,
            type=type,
            since=since,
            until=until,
            article_id=article_id,
            include_negated=include_negated,
            limit=limit,
            offset=offset,
        )

    def articles(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        outlet: str | None = None,
        with_text: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Return articles with their metadata and counts (``event_count``, ``quote_count``…).

        ``since``/``until`` (inclusive) apply to the published date; ``outlet`` matches exactly,
        ignoring case; the body ``text`` is included only ``with_text``.
        """
        return queries.articles(
            self.con,
            since=since,
            until=until,
            outlet=outlet,
            with_text=with_text,
            limit=limit,
            offset=offset,
        )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Return quotes, each as its ``article_id`` plus the fields of the document's quote.

        ``speaker`` matches the speaker's code, or a substring of their name or text (case
        ignored); ``since``/``until`` (inclusive) apply to the article's published date.
        """
        return queries.quotes(
            self.con, speaker=speaker, since=since, until=until, limit=limit, offset=offset
        )

    def document(self, article_id: str) -> Document | None:
        """Return the stored document of one article as it was written, or None."""
        return queries.document(self.con, article_id)

    def summary(self) -> dict[str, Any]:
        """Return counts: articles, events (all, asserted, by type), top dyads, quotes, …"""
        return queries.summary(self.con) | {"schema_version": self.schema_version()}

    def _execute_write(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        """Run one writing statement in its own transaction and return its rows."""
        con = self._writable()
        try:
            return con.execute(sql, params).fetchall()
        except duckdb.Error as error:
            raise StoreError(f"could not write to {self.path}: {error}") from error


DEFAULT_MEMORY_LIMIT = "1GB"


def memory_limit() -> str:
    """DuckDB's memory cap: ``EVENTWIRE_DB_MEMORY`` (e.g. ``512MB``), else 1 GB.

    DuckDB caches the pages of the file it writes up to this cap (its default is 80 % of the
    machine's memory), so a long ingest's memory would otherwise keep growing with the database;
    larger sorts and joins spill to disk instead.
    """
    return os.environ.get("EVENTWIRE_DB_MEMORY", "").strip() or DEFAULT_MEMORY_LIMIT


_FIRST_PAUSE = 0.02
_LONGEST_PAUSE = 0.25


def _connect_waiting(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open DuckDB, retrying for up to ``wait`` seconds while another process holds the file."""
    deadline = time.monotonic() + wait
    pause = _FIRST_PAUSE
    while True:
        try:
            return _connect(path, read_only=read_only)
        except DatabaseBusy:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise
            time.sleep(min(pause, remaining))
            pause = min(pause * 2, _LONGEST_PAUSE)


def _connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open DuckDB, turning its errors into messages that say what to do."""
    try:
        return duckdb.connect(path, read_only=read_only, config={"memory_limit": memory_limit()})
    except duckdb.IOException as error:
        message = str(error)
        if "Could not set lock" in message:
            match = _LOCK_PID.search(message)
            holder = f"pid {match[1]}" if match else "pid unknown"
            raise DatabaseBusy(
                f"database {path} is in use by another eventwire (or DuckDB) process ({holder}); "
                "wait for it to finish, or read a copy of the file"
            ) from error
        if "not a valid DuckDB database" in message:
            raise StoreError(f"{path} is not a DuckDB database") from error
        raise StoreError(f"cannot open database {path}: {message}") from error
    except duckdb.ConnectionException as error:
        raise StoreError(
            f"database {path} is already open in this process with a different read-only "
            f"setting; close it before opening it {'read-only' if read_only else 'for writing'}"
        ) from error
    except duckdb.Error as error:
        raise StoreError(f"cannot open database {path}: {error}") from error
