"""Opening a database: migrations, read-only, foreign and newer files, locks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.schema import Document
from eventwire.store import migrations
from eventwire.store.db import Database

TABLES = {
    "schema_migrations", "runs", "articles", "events", "actors", "quotes", "quantities", "places",
    "article_signatures", "article_bands", "story_events", "event_mentions",
}  # fmt: skip


def table_names(db: Database) -> set[str]:
    rows = db.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    return {row[0] for row in rows}


def test_fresh_database_is_migrated_to_latest(db: Database) -> None:
    assert db.schema_version() == migrations.latest_version() == 5
    assert table_names(db) == TABLES


def test_applied_migrations_are_recorded(db: Database) -> None:
    rows = db.con.execute("SELECT version, name FROM schema_migrations").fetchall()

    assert rows == [
        (1, "initial"),
        (2, "event_date_basis"),
        (3, "story_events"),
        (4, "quantity_event"),
        (5, "quantity_high"),
    ]


def test_reopening_applies_nothing_again(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Database(path).close()

    with Database(path) as db:
        assert db.con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (5,)


def test_in_memory_database(make_doc: Callable[..., Document]) -> None:
    with Database(":memory:") as db:
        run_id = db.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")
        db.write_documents([make_doc("a1")], run_id=run_id)
        assert db.has_article("a1")


def test_failed_migration_leaves_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.duckdb"
    Database(path).close()
    broken = migrations.Migration(6, "broken", "CREATE TABLE extra (x INTEGER); SELEC 1;")
    shipped = migrations.available_migrations()
    monkeypatch.setattr(migrations, "available_migrations", lambda: (*shipped, broken))

    with pytest.raises(StoreError, match="migration 006_broken failed"):
        Database(path)

    monkeypatch.undo()
    with Database(path) as db:
        assert db.schema_version() == 5
        assert "extra" not in table_names(db)


def test_read_only_missing_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"missing\.duckdb does not exist"):
        Database(tmp_path / "missing.duckdb", read_only=True)


def test_read_only_database_reads(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Database(path).close()

    with Database(path, read_only=True) as db:
        assert db.events() == []


def test_read_only_database_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Database(path).close()

    with (
        Database(path, read_only=True) as db,
        pytest.raises(StoreError, match="open read-only"),
    ):
        db.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")


def test_newer_schema_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Database(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_migrations VALUES (99, 'future', now())")

    with pytest.raises(StoreError, match="schema version 99, newer than the 5"):
        Database(path)


def test_older_schema_read_only_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(
            "CREATE TABLE schema_migrations (version INTEGER, name VARCHAR, applied TIMESTAMP)"
        )

    with pytest.raises(StoreError, match="open it once without read-only"):
        Database(path, read_only=True)


def test_file_that_is_not_duckdb_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("These are not the tables you are looking for.\n" * 200)

    with pytest.raises(StoreError, match=r"notes\.duckdb is not a DuckDB database"):
        Database(path)


def test_other_programs_duckdb_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE measurements (x INTEGER)")

    with pytest.raises(StoreError, match="not an eventwire one"):
        Database(path)


def test_closed_database_is_a_store_error(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.duckdb")
    db.close()

    with pytest.raises(StoreError, match="is closed"):
        db.events()


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A database file held open for writing by another process, and that process's pid."""
    path = tmp_path / "held.duckdb"
    Database(path).close()
    holder = (
        "import sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", holder, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline().strip() == "ready"
    yield path, process.pid
    process.stdin.close()
    process.stdout.close()
    process.wait(timeout=30)


@pytest.mark.parametrize("read_only", [False, True])
def test_file_locked_by_another_process_is_a_store_error(
    locked: tuple[Path, int], read_only: bool
) -> None:
    path, pid = locked

    with pytest.raises(StoreError, match=rf"is in use by another .* process \(pid {pid}\)"):
        Database(path, read_only=read_only)


def test_two_databases_on_one_file_in_one_process_share_writes(
    tmp_path: Path, make_doc: Callable[..., Document]
) -> None:
    path = tmp_path / "x.duckdb"
    with Database(path) as first, Database(path) as second:
        run_id = first.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")
        first.write_documents([make_doc("a1")], run_id=run_id)

        result = second.write_documents([make_doc("a1")], run_id=run_id)

        assert (result.new, result.skipped) == (0, 1)


def test_read_only_while_open_for_writing_in_same_process_is_a_store_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.duckdb"
    with Database(path), pytest.raises(StoreError, match="already open in this process"):
        Database(path, read_only=True)


def _stored_then_downgraded(
    path: Path, make_doc: Callable[..., Document], *, version: int, undo: list[str]
) -> Path:
    """A database holding one article ("kept"), turned back into a version-``version`` file by
    the ``undo`` statements."""
    with Database(path) as db:
        run_id = db.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")
        db.write_documents([make_doc("kept")], run_id=run_id)
    with duckdb.connect(str(path)) as con:
        for statement in undo:
            con.execute(statement)
        con.execute("DELETE FROM schema_migrations WHERE version > ?", [version])
    return path


def test_a_version_1_database_is_upgraded_without_losing_rows(
    tmp_path: Path, make_doc: Callable[..., Document]
) -> None:
    path = _stored_then_downgraded(
        tmp_path / "old.duckdb",
        make_doc,
        version=1,
        undo=[
            "ALTER TABLE events DROP COLUMN date_basis",
            *(
                f"DROP TABLE {table}"
                for table in (
                    "article_signatures",
                    "article_bands",
                    "story_events",
                    "event_mentions",
                )
            ),
            "ALTER TABLE articles DROP COLUMN duplicate_of",
            "ALTER TABLE quantities DROP COLUMN event_id",
            "ALTER TABLE quantities DROP COLUMN high",
        ],
    )

    with Database(path) as db:
        assert db.schema_version() == 5
        assert db.has_article("kept")
        row = db.con.execute("SELECT count(*), count(date_basis) FROM events").fetchone()
        assert row is not None and row[0] >= 1 and row[1] == 0


def test_a_version_3_database_gains_the_event_of_each_quantity(
    tmp_path: Path, make_doc: Callable[..., Document]
) -> None:
    path = _stored_then_downgraded(
        tmp_path / "v3.duckdb",
        make_doc,
        version=3,
        undo=[
            "ALTER TABLE quantities DROP COLUMN event_id",
            "ALTER TABLE quantities DROP COLUMN high",
        ],
    )

    with Database(path) as db:
        assert db.schema_version() == 5
        rows = db.con.execute("SELECT count(*), count(event_id) FROM quantities").fetchone()
        assert rows is not None and rows[0] >= 1 and rows[1] == 0  # kept, with no event yet
        document = db.document("kept")
        assert document is not None and all(q.event is None for q in document.quantities)


def test_a_version_4_database_gains_the_high_end_of_each_quantity(
    tmp_path: Path, make_doc: Callable[..., Document]
) -> None:
    path = _stored_then_downgraded(
        tmp_path / "v4.duckdb",
        make_doc,
        version=4,
        undo=["ALTER TABLE quantities DROP COLUMN high"],
    )

    with Database(path) as db:
        assert db.schema_version() == 5
        rows = db.con.execute("SELECT count(*), count(high) FROM quantities").fetchone()
        assert rows is not None and rows[0] >= 1 and rows[1] == 0  # kept, with no high end yet
        document = db.document("kept")
        assert document is not None and all(q.high is None for q in document.quantities)


def test_duckdb_memory_is_capped_and_the_cap_is_a_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_DB_MEMORY", "256MB")
    with Database(tmp_path / "m.duckdb") as db:
        (limit,) = db.con.execute("SELECT current_setting('memory_limit')").fetchone()
    assert limit.replace(" ", "").upper().startswith(("244", "256"))
