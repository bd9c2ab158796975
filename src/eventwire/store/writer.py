"""Writing a database file in short sessions, so readers get in between an ingest's batches.

DuckDB lets one process write a file, and while that process has it open no other process can
open it, even to read. An ingest spends nearly all its time coding (spaCy), not writing, so a
:class:`Writer` opens the file only for each batch's write and closes it again (about 20 ms on a
230 MB file); between batches the dashboard and ``eventwire events`` read it::

    with Writer("eventwire.duckdb") as writer:      # takes eventwire.duckdb.lock for the run
        with writer.session() as db:                # opens the file (waiting for readers)
            db.write_documents(batch, run_id=run_id)
                                                    # closed: readers may open it now

A second ingest must not slip into those gaps, so the writer also holds an exclusive lock on a
file beside the database (``PATH.lock``, holding the writer's pid) for its whole life. The lock is
the operating system's (``flock``): a killed ingest loses it at once, and a stale ``.lock`` file
is harmless. Where ``flock`` does not exist (Windows) the writer keeps the database open for the
whole run instead, as DuckDB's own lock then does the same job.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from eventwire.errors import DatabaseBusy, StoreError
from eventwire.store.db import MEMORY, Database

try:
    import fcntl
except ImportError:  # Windows: no flock; the writer holds DuckDB's own lock instead
    fcntl = None  # type: ignore[assignment]

DEFAULT_WAIT = 30.0


class Writer:
    """The single writer of a database file for one run (an ingest, a watch).

    Args:
        path: the database file (created and migrated when missing); not ``":memory:"``.
        wait: seconds a session keeps retrying while readers have the file open.

    Raises:
        DatabaseBusy: another writer (an ingest or watch) holds the file's lock.
        StoreError: the file cannot be opened or is not an eventwire database.
    """

    def __init__(self, path: str | Path, *, wait: float = DEFAULT_WAIT) -> None:
        self.path = str(path)
        if self.path == MEMORY:
            raise StoreError("a Writer needs a database file; use Database(':memory:') instead")
        self.wait = wait
        self._lock: IO[str] | None = None
        self._held: Database | None = None
        self._open: Database | None = None
        if fcntl is not None:
            self._lock = _take_lock(Path(f"{self.path}.lock"), label=self.path)
        try:
            if self._lock is None:
                self._held = Database(self.path, wait=wait)
            else:
                Database(self.path, wait=wait).close()  # create and migrate now, fail early
        except BaseException:
            self.close()
            raise

    @contextmanager
    def session(self) -> Iterator[Database]:
        """Open the database for a short piece of work and close it afterwards (re-entrant)."""
        if self._held is not None:
            yield self._held
            return
        if self._open is not None:
            yield self._open
            return
        if self._lock is None:
            raise StoreError(f"the writer of {self.path} is closed")
        self._open = Database(self.path, wait=self.wait)
        try:
            yield self._open
        finally:
            self._open.close()
            self._open = None

    def close(self) -> None:
        """Close the database and release the lock; closing twice is harmless."""
        if self._held is not None:
            self._held.close()
            self._held = None
        if self._lock is not None:
            self._lock.close()  # closing the descriptor releases the flock
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._lock is None and self._held is None else "open"
        return f"Writer({self.path!r}, {state})"


def _take_lock(path: Path, *, label: str) -> IO[str]:
    """Take the exclusive lock beside the database, or say which process has it."""
    try:
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the writer's life
    except OSError as error:
        raise StoreError(f"cannot create the lock file {path}: {error.strerror}") from error
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise DatabaseBusy(
            f"database {label} is being written by another eventwire ingest (pid {holder}); "
            "wait for it to finish, or ingest into another file"
        ) from error
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def open_writer(path: str | Path, *, wait: float = DEFAULT_WAIT) -> Writer | Database:
    """A :class:`Writer` on a file; an ordinary :class:`Database` for ``":memory:"``."""
    if str(path) == MEMORY:
        return Database(MEMORY)
    return Writer(path, wait=wait)
