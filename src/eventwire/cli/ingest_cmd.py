"""``eventwire ingest``'s run: progress on stderr, the right runner, and the summary line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from eventwire.cli.app import _report, err
from eventwire.cli.progress import IngestProgress, summary_line
from eventwire.config import Config
from eventwire.errors import EventwireError
from eventwire.ingest.count import count_articles
from eventwire.ingest.readers import read_inputs
from eventwire.runner.batch import BatchReport, ingest
from eventwire.runner.pipeline import Pipeline
from eventwire.runner.shards import ingest_dataset, ingest_sharded
from eventwire.store.writer import open_writer


def run_ingest(
    paths: list[str],
    db_path: Path,
    published: str | None,
    debug: bool,
    *,
    command: str,
    workers: int = 1,
    cluster: str | None = None,
    out: Path | None = None,
    shards: Path | None = None,
    shard_size: int = 256,
) -> BatchReport:
    """Code inputs into the database (or a Parquet dataset with ``out``), showing progress.

    ``--cluster`` and ``--out`` go through Parquet shards (runner/shards.py); otherwise the
    batch runner writes directly, in this process or ``workers`` processes.
    """
    pipeline = Pipeline(Config.from_env())
    with IngestProgress(err, total=count_articles(paths)) as progress:

        def on_item(result: object) -> None:
            if isinstance(result, EventwireError):
                _report(result)
            progress.advance()

        options: dict[str, Any] = dict(
            command=command, debug=debug, on_item=on_item, workers=workers, cluster=cluster
        )
        if out is not None:
            report = ingest_dataset(
                paths, out=out, pipeline=pipeline, published=published, stdin=sys.stdin,
                shard_size=shard_size, **options,
            )  # fmt: skip
        else:
            with open_writer(db_path) as database:
                if cluster is not None:
                    items = read_inputs(
                        paths, published=published, config=pipeline.config, stdin=sys.stdin
                    )
                    report = ingest_sharded(
                        items, pipeline=pipeline, db=database, shards=shards,
                        shard_size=shard_size, **options,
                    )  # fmt: skip
                else:
                    report = ingest(
                        paths, db=database, pipeline=pipeline, published=published,
                        stdin=sys.stdin, **options,
                    )  # fmt: skip
    err.print(summary_line(report, str(out if out is not None else db_path)), highlight=False)
    return report
