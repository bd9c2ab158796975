"""Versioned schema migrations: numbered SQL files applied in order, each in a transaction.

The migrations are data, under ``store/data/migrations/NNN_name.sql``; their numbers run 1, 2, 3…
without gaps. The database records every applied migration in ``schema_migrations``; a database
whose highest version is above the newest migration this eventwire ships was written by a newer
eventwire and is refused rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import duckdb

from eventwire.errors import StoreError

_FILENAME = re.compile(r"^(?P<version>\d{3})_(?P<name>[a-z0-9_]+)\.sql$")

_BOOTSTRAP = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    """One numbered schema change.

    Attributes:
        version: its number, from the file name (``001_initial.sql`` is version 1).
        name: the rest of the file name (``initial``).
        sql: the statements, run as one script.
    """

    version: int
    name: str
    sql: str


@cache
def available_migrations() -> tuple[Migration, ...]:
    """Return the migrations shipped with this eventwire, in version order.

    Raises:
        StoreError: a file name does not follow ``NNN_name.sql`` or the numbers have a gap.
    """
    root = resources.files("eventwire.store") / "data" / "migrations"
    found: list[Migration] = []
    for entry in root.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _FILENAME.match(entry.name)
        if match is None:
            raise StoreError(f"migration file {entry.name!r}: expected a name like 001_initial.sql")
        found.append(
            Migration(int(match["version"]), match["name"], entry.read_text(encoding="utf-8"))
        )
    found.sort(key=lambda migration: migration.version)
    expected = list(range(1, len(found) + 1))
    if [migration.version for migration in found] != expected:
        versions = [migration.version for migration in found]
        raise StoreError(f"migration versions {versions}: expected consecutive numbers from 1")
    return tuple(found)


def latest_version() -> int:
    """Return the schema version this eventwire writes (the newest shipped migration)."""
    return len(available_migrations())


def current_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """Return the database's schema version, 0 for an empty database, None for a foreign one.

    A database is foreign when it has tables but no ``schema_migrations``: some other program's
    DuckDB file, which eventwire must not write its tables into.
    """
    tables = {
        str(row[0])
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()
    }
    if "schema_migrations" not in tables:
        return 0 if not tables else None
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row is not None else 0


def check_version(con: duckdb.DuckDBPyConnection, *, label: str, read_only: bool) -> int:
    """Return the database's version after checking that this eventwire can use it.

    Args:
        con: an open connection.
        label: the database's path, for messages.
        read_only: whether the caller can migrate; a read-only database must be current.

    Raises:
        StoreError: the database is foreign, newer than this eventwire, or (read-only) older.
    """
    version = current_version(con)
    latest = latest_version()
    if version is None:
        raise StoreError(
            f"{label} is a DuckDB database but not an eventwire one (it has tables but no "
            "schema_migrations table); give a new file or an eventwire database"
        )
    if version > latest:
        raise StoreError(
            f"database {label} has schema version {version}, newer than the {latest} this "
            "eventwire knows; upgrade eventwire to read it"
        )
    if read_only and version < latest:
        raise StoreError(
            f"database {label} has schema version {version} but this eventwire needs {latest}; "
            "open it once without read-only to migrate it"
        )
    return version


def apply_pending(con: duckdb.DuckDBPyConnection, *, label: str) -> list[int]:
    """Bring the database to the newest schema; return the versions applied (maybe none).

    Each migration runs in its own transaction together with its ``schema_migrations`` row, so a
    failed migration leaves the database at the previous version.

    Raises:
        StoreError: the database cannot be used (see :func:`check_version`) or a migration failed.
    """
    version = check_version(con, label=label, read_only=False)
    applied: list[int] = []
    for migration in available_migrations()[version:]:
        con.begin()
        try:
            con.execute(_BOOTSTRAP)
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations (version, name, applied) "
                "VALUES (?, ?, timezone('UTC', now()))",
                [migration.version, migration.name],
            )
            con.commit()
        except duckdb.Error as error:
            con.rollback()
            raise StoreError(
                f"migration {migration.version:03d}_{migration.name} failed on {label}: {error}"
            ) from error
        applied.append(migration.version)
    return applied
