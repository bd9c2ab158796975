"""The Writer: one ingest per file (a lock beside it); the file open only to write a batch."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import DatabaseBusy, StoreError
from eventwire.store.db import Database
from eventwire.store.writer import Writer, open_writer

HOLD_WRITER = (
    "import sys\n"
    "from eventwire.store.writer import Writer\n"
    "writer = Writer(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "sys.stdin.read()\n"
)


def _start(code: str, path: Path, *, stdin: bool = False) -> subprocess.Popen[str]:
    """Run ``code`` in another Python process with the path as argv[1]; wait for 'ready'."""
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE if stdin else None,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def _finish(process: subprocess.Popen[str]) -> int:
    """End the process (closing its stdin lets a holder go) and close its pipes."""
    if process.stdin is not None:
        process.stdin.close()
    try:
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        if process.stdout is not None:
            process.stdout.close()


def _hold_duckdb(
    path: Path, *, read_only: bool = False, seconds: float | None = None
) -> subprocess.Popen[str]:
    """Another process with the file open in plain DuckDB: for ``seconds``, else until its stdin
    is closed (by :func:`_finish`)."""
    wait = f"time.sleep({seconds})\n" if seconds is not None else "sys.stdin.read()\n"
    code = (
        "import sys, time, duckdb\n"
        f"con = duckdb.connect(sys.argv[1], read_only={read_only})\n"
        "print('ready', flush=True)\n" + wait + "con.close()\n"
    )
    return _start(code, path, stdin=seconds is None)


def _count_in_other_process(path: Path) -> subprocess.CompletedProcess[str]:
    """Open the file read-only from another process (as the dashboard does) and count runs."""
    code = (
        "import sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(con.execute('SELECT count(*) FROM runs').fetchone()[0])\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A database whose Writer is held by another process."""
    path = tmp_path / "held.duckdb"
    process = _start(HOLD_WRITER, path, stdin=True)
    yield path, process
    _finish(process)


def test_between_sessions_another_process_can_read(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with Writer(path) as writer:
        with writer.session() as db:
            db.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")
        reader = _count_in_other_process(path)
        assert reader.returncode == 0, reader.stderr
        assert reader.stdout.strip() == "1"


def test_during_a_session_other_processes_are_kept_out(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with Writer(path) as writer, writer.session():
        reader = _count_in_other_process(path)
    assert reader.returncode != 0
    assert "lock" in reader.stderr.lower()


def test_sessions_nest_on_one_connection(tmp_path: Path) -> None:
    with Writer(tmp_path / "w.duckdb") as writer, writer.session() as outer:
        with writer.session() as inner:
            assert inner is outer
        assert outer.summary()["articles"] == 0  # still open after the inner one


def test_a_second_writer_is_refused_with_the_holders_pid(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, process = held
    with pytest.raises(DatabaseBusy, match=rf"another eventwire ingest \(pid {process.pid}\)"):
        Writer(path)


def test_a_second_ingest_stops_with_a_clear_message(
    held: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    path, process = held
    source = tmp_path / "a.txt"
    source.write_text("Russia massed troops near the border with Ukraine on Monday.\n")
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", str(source), "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert f"another eventwire ingest (pid {process.pid})" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_killed_writer_releases_the_lock(
    held: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, process = held
    process.send_signal(signal.SIGKILL)
    _finish(process)
    with Writer(path) as writer, writer.session() as db:
        assert db.schema_version() > 0


def test_the_lock_is_released_on_close(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    Writer(path).close()
    Writer(path).close()  # a second writer after the first closed is fine
    writer = Writer(path)
    with pytest.raises(DatabaseBusy):
        Writer(path)  # while one is open, even in this process
    writer.close()


def test_a_session_waits_for_a_reader_to_finish(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    Database(path).close()
    reader = _hold_duckdb(path, read_only=True, seconds=1.0)
    started = time.monotonic()
    with Writer(path, wait=30) as writer, writer.session() as db:
        db.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")
    assert _finish(reader) == 0
    assert time.monotonic() - started > 0.3  # it did wait for the reader


def test_a_session_gives_up_after_its_wait(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    Database(path).close()
    holder = _hold_duckdb(path)
    try:
        with Writer(path.with_name("other.duckdb")) as _:
            pass  # another file is unaffected
        with pytest.raises(DatabaseBusy, match=r"in use by another .* process"):
            Writer(path, wait=0.3)
    finally:
        _finish(holder)


def test_a_reader_waits_for_a_write_to_end(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    Database(path).close()
    holder = _hold_duckdb(path, seconds=1.0)
    with pytest.raises(DatabaseBusy):
        Database(path, read_only=True)  # no wait: refused at once
    with Database(path, read_only=True, wait=30) as db:
        assert db.summary()["articles"] == 0
    assert _finish(holder) == 0


def test_memory_database_gets_an_ordinary_database() -> None:
    db = open_writer(":memory:")
    assert isinstance(db, Database)
    db.close()
    with pytest.raises(StoreError, match="needs a database file"):
        Writer(":memory:")
