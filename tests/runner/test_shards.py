"""Parquet shards: the same rows as a direct write, loaded in input order, idempotent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.config import Config
from eventwire.ingest.readers import read_inputs
from eventwire.runner.batch import ingest
from eventwire.runner.pipeline import Pipeline
from eventwire.runner.shards import ingest_dataset, ingest_sharded
from eventwire.schema import Article
from eventwire.store import parquet
from eventwire.store.db import Database

ARTICLES = [
    "Russia massed troops near the border with Ukraine on Monday.",
    "Germany pledged 150 million euros in aid to Ukraine.",
    '"We will not back down," Zelensky told reporters in Kyiv on Tuesday.',
    "Biden spoke with Zelensky by phone on Sunday.",
    "Britain expelled two Russian diplomats on Friday.",
]
TABLES = ("articles", "events", "actors", "quotes", "quantities", "places")
VOLATILE = ("run_id", "ingested")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(batch_size=2))


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    records = [{"id": f"a{i}", "text": t} for i, t in enumerate(ARTICLES)]
    records.insert(2, records[0])  # a repeated article: stored once
    lines = [json.dumps(record) for record in records]
    lines.insert(4, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows(con: duckdb.DuckDBPyConnection, source: str) -> list[tuple[Any, ...]]:
    """All rows of a table or Parquet glob, without run ids and timestamps, sorted."""
    cursor = con.execute(f"SELECT * FROM {source} LIMIT 0")
    names = [c[0] for c in cursor.description or [] if c[0] not in VOLATILE]
    query = f"SELECT {', '.join(names)} FROM {source}"
    return sorted(con.execute(query).fetchall(), key=repr)


def sharded(pipeline: Pipeline, inputs: Path, db: Database, shard_size: int = 2) -> Any:
    items = read_inputs([str(inputs)], published="2022-02-14", config=pipeline.config)
    return ingest_sharded(items, pipeline=pipeline, db=db, shard_size=shard_size)


def test_shards_store_what_a_direct_write_stores(
    pipeline: Pipeline, inputs: Path, tmp_path: Path
) -> None:
    with Database(tmp_path / "direct.duckdb") as direct, Database(tmp_path / "s.duckdb") as db:
        ingest([str(inputs)], db=direct, pipeline=pipeline, published="2022-02-14")
        report = sharded(pipeline, inputs, db)
        assert report.new == len(ARTICLES) and len(report.failures) == 1
        assert report.skipped == 1
        for table in TABLES:
            assert rows(db.con, table) == rows(direct.con, table), table
    assert not (tmp_path / "s.duckdb.shards").exists()  # loaded shards are removed


def test_shards_are_loaded_in_input_order(pipeline: Pipeline, inputs: Path, tmp_path: Path) -> None:
    with Database(tmp_path / "s.duckdb") as db:
        sharded(pipeline, inputs, db, shard_size=2)
        ids = [
            row[0] for row in db.con.execute("SELECT id FROM articles ORDER BY rowid").fetchall()
        ]
    assert ids == [f"a{i}" for i in range(len(ARTICLES))]


def test_loading_a_shard_twice_adds_nothing(pipeline: Pipeline, tmp_path: Path) -> None:
    documents = list(pipeline.extract_many([Article(id="x1", text=ARTICLES[3])]))
    run = {"id": "r", "coder_version": "v", "config_hash": "h", "config_json": "{}", "command": "c"}
    parquet.write_shard(documents, folder=tmp_path / "run", name="000000", run=run)
    with Database(tmp_path / "s.duckdb") as db:
        first = parquet.load_shard(db.con, tmp_path / "run", "000000", label="test")
        counts = {table: len(rows(db.con, table)) for table in TABLES}
        second = parquet.load_shard(db.con, tmp_path / "run", "000000", label="test")
        assert first == (1, 0) and second == (0, 1)
        assert {table: len(rows(db.con, table)) for table in TABLES} == counts
        assert counts["events"] >= 1


def test_a_dataset_holds_the_store_tables_and_resumes(
    pipeline: Pipeline, inputs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dataset"
    report = ingest_dataset([str(inputs)], out=out, pipeline=pipeline, shard_size=2)
    assert report.new == len(ARTICLES) and report.skipped == 1
    with Database(tmp_path / "direct.duckdb") as direct:
        ingest([str(inputs)], db=direct, pipeline=pipeline)
        for table in TABLES:
            assert rows(direct.con, f"'{out}/{table}/*.parquet'") == rows(direct.con, table)
    files = sorted(out.rglob("*.parquet"))
    again = ingest_dataset([str(inputs)], out=out, pipeline=pipeline, shard_size=2)
    assert again.new == 0 and again.skipped == len(ARTICLES) + 1
    assert [f for f in sorted(out.rglob("*.parquet")) if "runs" not in f.parts] == [
        f for f in files if "runs" not in f.parts
    ]
    assert len(list((out / "runs").glob("*.parquet"))) == 2
