"""`eventwire ingest` at scale: a Dask run stores what one process stores; --out writes Parquet."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app

ARTICLES = [
    "Russia massed troops near the border with Ukraine on Monday.",
    "Germany pledged 150 million euros in aid to Ukraine.",
    '"We will not back down," Zelensky told reporters in Kyiv on Tuesday.',
    "Chancellor Olaf Scholz arrived in Kyiv on Monday.",
    "Biden spoke with Zelensky by phone on Sunday.",
    "Britain expelled two Russian diplomats on Friday.",
    "NATO accused Russia of spreading false claims about the alliance.",
]
TABLES = ("articles", "events", "actors", "quotes", "quantities", "places")
VOLATILE = ("run_id", "ingested")

runner = CliRunner()


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(ARTICLES)]
    lines.insert(3, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(path: Path, source: str = "{table}") -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without run ids and timestamps, sorted."""
    con = (
        duckdb.connect(str(path), read_only=True) if path.suffix == ".duckdb" else duckdb.connect()
    )
    tables = {}
    for table in TABLES:
        name = source.format(table=table)
        cursor = con.execute(f"SELECT * FROM {name} LIMIT 0")
        columns = [c[0] for c in cursor.description or [] if c[0] not in VOLATILE]
        query = f"SELECT {', '.join(columns)} FROM {name}"
        tables[table] = sorted(con.execute(query).fetchall(), key=repr)
    con.close()
    return tables


def test_ingest_on_a_local_dask_cluster_stores_what_one_worker_stores(
    inputs: Path, tmp_path: Path
) -> None:
    one, dask = tmp_path / "one.duckdb", tmp_path / "dask.duckdb"
    common = [str(inputs), "--published", "2022-02-14"]
    first = runner.invoke(app, ["ingest", *common, "--db", str(one), "--workers", "1"])
    second = runner.invoke(
        app, ["ingest", *common, "--db", str(dask), "--cluster", "local", "--shard-size", "3"]
    )
    assert first.exit_code == second.exit_code == 1, second.output  # the broken line
    assert "7 new" in second.stderr and "1 failures" in second.stderr
    rows = stored(one)
    assert rows == stored(dask)
    assert len(rows["events"]) >= 5 and rows["actors"] and rows["quotes"]


def test_ingest_out_writes_a_parquet_dataset_with_the_store_tables(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db, out = tmp_path / "one.duckdb", tmp_path / "dataset"
    runner.invoke(app, ["ingest", str(inputs), "--db", str(db)])
    result = runner.invoke(app, ["ingest", str(inputs), "--out", str(out), "--shard-size", "2"])
    assert result.exit_code == 1 and "→ " + str(out) in result.stderr
    assert not (tmp_path / "eventwire.duckdb").exists()  # no database is written
    assert stored(out, f"'{out}/{{table}}/*.parquet'") == stored(db)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture()
def scheduler(tmp_path: Path) -> Iterator[str]:
    """A Dask scheduler and one worker started as separate processes, as on a cluster's nodes."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    logs = (tmp_path / "scheduler.log").open("w"), (tmp_path / "worker.log").open("w")
    scheduler_process = subprocess.Popen(
        [*dask, "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
        stdout=logs[0], stderr=subprocess.STDOUT,
    )  # fmt: skip
    worker_process = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "1",
         "--nthreads", "1", "--no-dashboard", "--local-directory", str(tmp_path / "dask")],
        stdout=logs[1], stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        yield address
    finally:
        for process in (worker_process, scheduler_process):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)
        for log in logs:
            log.close()


def test_ingest_on_a_running_scheduler_by_address_stores_what_one_worker_stores(
    inputs: Path, tmp_path: Path, scheduler: str
) -> None:
    one, dask = tmp_path / "one.duckdb", tmp_path / "tcp.duckdb"
    common = [str(inputs), "--published", "2022-02-14"]
    first = runner.invoke(app, ["ingest", *common, "--db", str(one), "--workers", "1"])
    second = runner.invoke(
        app, ["ingest", *common, "--db", str(dask), "--cluster", scheduler, "--shard-size", "3"]
    )
    assert first.exit_code == second.exit_code == 1, second.output  # the broken line
    assert "7 new" in second.stderr and "1 failures" in second.stderr
    assert stored(one) == stored(dask)


def test_an_unreachable_scheduler_is_a_clear_error(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_CLUSTER_TIMEOUT", "2")
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    result = runner.invoke(
        app, ["ingest", str(inputs), "--db", str(tmp_path / "x.duckdb"), "--cluster", address]
    )
    assert result.exit_code == 1
    assert f"cannot reach the Dask scheduler at {address}" in result.stderr
    assert "Traceback" not in result.output
