"""--workers N codes in separate processes and gives exactly what one process gives, in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.errors import InputError
from eventwire.runner.batch import extract_stream, ingest
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Document
from eventwire.store.db import Database

ARTICLES = [
    "Russia massed troops near the border with Ukraine on Monday.",
    "Germany pledged 150 million euros in aid to Ukraine.",
    "Chancellor Olaf Scholz arrived in Kyiv on Monday.",
    "Biden spoke with Zelensky by phone on Sunday.",
    "Britain expelled two Russian diplomats on Friday.",
    "NATO accused Russia of spreading false claims about the alliance.",
    "Protesters marched outside the Russian embassy in Berlin.",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(batch_size=2))  # several batches in flight


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(ARTICLES)]
    lines.insert(3, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_workers_give_the_same_documents_in_the_same_order(
    pipeline: Pipeline, inputs: Path
) -> None:
    one = list(extract_stream([str(inputs)], pipeline=pipeline, published="2022-02-14"))
    two = list(extract_stream([str(inputs)], pipeline=pipeline, published="2022-02-14", workers=2))
    assert len(one) == len(two) == len(ARTICLES) + 1
    assert isinstance(one[3], InputError) and isinstance(two[3], InputError)
    assert str(one[3]) == str(two[3])
    docs_one = [d.model_dump() for d in one if isinstance(d, Document)]
    docs_two = [d.model_dump() for d in two if isinstance(d, Document)]
    assert docs_one == docs_two
    assert [d["article"]["id"] for d in docs_two] == [f"a{i}" for i in range(len(ARTICLES))]


def test_ingest_with_workers_stores_what_one_worker_stores(
    pipeline: Pipeline, inputs: Path, tmp_path: Path
) -> None:
    stored = []
    for workers in (1, 2):
        with Database(tmp_path / f"w{workers}.duckdb") as db:
            report = ingest([str(inputs)], db=db, pipeline=pipeline, workers=workers)
            assert report.new == len(ARTICLES) and len(report.failures) == 1
            stored.append(db.events())
    assert stored[0] == stored[1]


def test_a_local_dask_cluster_stores_exactly_what_one_process_stores(
    pipeline: Pipeline, inputs: Path, tmp_path: Path
) -> None:
    stored = []
    for cluster in (None, "local"):
        with Database(tmp_path / f"{cluster}.duckdb") as db:
            report = ingest([str(inputs)], db=db, pipeline=pipeline, cluster=cluster)
            assert report.new == len(ARTICLES) and len(report.failures) == 1
            articles = [
                {k: v for k, v in a.items() if k not in ("run_id", "ingested")}
                for a in db.articles()
            ]
            stored.append((db.events(), articles))
    assert stored[0] == stored[1]
