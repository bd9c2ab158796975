"""Ingest through Parquet shards: workers write files, the driver loads them in input order.

``eventwire ingest --cluster local|tcp://HOST:PORT`` and ``eventwire ingest --out DIR`` run here.
The driver reads the inputs, cuts them into chunks of ``shard_size`` articles and sends each
chunk as a job (to Dask workers, to ``--workers N`` processes, or to this process); a job codes
its articles with the same stage functions as every other path (``code_articles``, the model
loaded once per worker) and writes their rows as one Parquet shard (``store/parquet.py``), so
only small summaries travel back. Then:

- into a database (``--db``): the shards go to a run folder, ``SHARDS/RUN_ID/`` (``--shards``,
  by default ``DB.shards/`` beside the database; on a remote cluster it must be a folder the
  workers and the driver share); the driver loads each shard in input order, one transaction per
  shard, skipping articles already stored, deletes it, and removes the run folder at the end.
  The database ends up with exactly the rows a single-process run writes.
- into a dataset (``--out DIR``): the shards stay in ``DIR/TABLE/NNNNNN-HASH.parquet`` with the
  store's tables and columns, plus ``DIR/runs/RUN_ID.parquet``; ``NNNNNN`` is the chunk's place
  in the input and ``HASH`` a digest of its article ids. Running the same inputs into the same
  folder again skips the chunks already written (resuming after a crash); an article id seen
  earlier in the run is skipped (the driver keeps the run's ids in memory).
"""

from __future__ import annotations

import hashlib
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count, islice
from pathlib import Path
from typing import Any, TextIO

from eventwire import __version__
from eventwire.config import Config
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.readers import read_inputs
from eventwire.runner.batch import BatchReport, code_articles
from eventwire.runner.parallel import (
    ClusterPool,
    InProcess,
    WorkerPool,
    pipeline_for,
    remember_pipeline,
)
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article, Document
from eventwire.store import parquet
from eventwire.store.db import Database
from eventwire.store.mentions import update_story_events
from eventwire.store.writer import Writer

DEFAULT_SHARD_SIZE = 256
OnItem = Callable[[Document | EventwireError | None], None]


@dataclass(frozen=True)
class ShardResult:
    """What one job did: the shard it wrote, counts, and the articles that failed."""

    name: str
    articles: int
    events: int
    skipped: int
    failures: list[EventwireError] = field(default_factory=list)


@dataclass
class _Chunk:
    """One chunk on the driver: its shard name, its read errors and its article count."""

    name: str
    errors: list[InputError]
    articles: int


def code_to_shard(
    articles: list[Article],
    config: Config,
    folder: str,
    name: str,
    run: dict[str, Any],
    debug: bool,
) -> ShardResult:
    """Code a chunk and write it as shard ``name`` in ``folder`` (runs in a worker)."""
    coded = code_articles(pipeline_for(config), articles, debug=debug)
    documents = [item for item in coded if isinstance(item, Document)]
    failures = [item for item in coded if not isinstance(item, Document)]
    written = parquet.write_shard(documents, folder=Path(folder), name=name, run=run)
    return ShardResult(name, written.articles, written.events, written.skipped, failures)


def ingest_dataset(
    paths: Sequence[str],
    *,
    out: Path,
    pipeline: Pipeline,
    published: str | None = None,
    stdin: TextIO | None = None,
    **options: Any,
) -> BatchReport:
    """Read inputs and code them into a Parquet dataset folder (``ingest --out DIR``).

    ``options`` are those of :func:`ingest_sharded` (``workers``, ``cluster``, ``shard_size``,
    ``command``, ``debug``, ``on_item``).
    """
    inputs = read_inputs(paths, published=published, config=pipeline.config, stdin=stdin)
    return ingest_sharded(inputs, pipeline=pipeline, out=out, **options)


def ingest_sharded(
    inputs: Iterable[Article | InputError],
    *,
    pipeline: Pipeline,
    db: Database | Writer | None = None,
    out: Path | None = None,
    shards: Path | None = None,
    workers: int = 1,
    cluster: str | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    command: str = "ingest",
    debug: bool = False,
    on_item: OnItem | None = None,
) -> BatchReport:
    """Code inputs through Parquet shards into ``db`` or into the dataset folder ``out``.

    Exactly one of ``db`` and ``out`` is given. ``on_item`` is called once per input in input
    order: with an error, or with None for an article coded or skipped (its document stays in
    the worker).

    Raises:
        ValueError: neither or both of ``db`` and ``out``, or ``shard_size`` below 1.
        StoreError: a shard could not be written or loaded.
    """
    if (db is None) == (out is None):
        raise ValueError("ingest_sharded needs exactly one of db (a Database) and out (a folder)")
    if shard_size < 1:
        raise ValueError(f"shard_size {shard_size}: expected 1 or more")
    config = pipeline.config
    started = time.perf_counter()
    report = BatchReport()
    run: dict[str, Any] = {
        "coder_version": __version__,
        "config_hash": config.fingerprint(),
        "config_json": config.model_dump_json(),
        "command": command,
    }
    if db is not None:
        with db.session() as open_db:
            run["id"] = open_db.start_run(**run)
        root = shards if shards is not None else Path(f"{db.path}.shards")
        folder = (root / run["id"]).resolve()
    else:
        run["id"] = uuid.uuid4().hex
        folder = Path(str(out)).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()

    def notify(item: Document | EventwireError | None, count: int = 1) -> None:
        if on_item is not None:
            for _ in range(count):
                on_item(item)

    def jobs() -> Iterator[tuple[_Chunk, tuple[Any, ...]]]:
        iterator = iter(inputs)
        for index in count():
            chunk = list(islice(iterator, shard_size))
            if not chunk:
                return
            articles = [item for item in chunk if isinstance(item, Article)]
            errors = [item for item in chunk if isinstance(item, InputError)]
            fresh = _fresh(articles, db, seen, report)
            name = _shard_name(index, articles, dataset=db is None)
            notify(None, len(articles) - len(fresh))
            if db is None and parquet.shard_done(folder, name):
                report.skipped += len(fresh)
                report.articles += len(fresh)
                notify(None, len(fresh))
                fresh = []
            if not fresh:
                report.failures.extend(errors)
                for error in errors:
                    notify(error)
                continue
            meta = _Chunk(name, errors, len(fresh))
            yield meta, (fresh, config, str(folder), name, run, debug)

    with _pool(pipeline, workers, cluster, debug) as pool:
        for meta, result in pool.ordered(code_to_shard, jobs()):
            if db is not None:
                with db.session() as open_db:
                    new, skipped = parquet.load_shard(open_db.con, folder, meta.name, label=db.path)
                parquet.remove_shard(folder, meta.name)
            else:
                new, skipped = result.articles, 0
            report.new += new
            report.skipped += skipped + result.skipped
            report.articles += result.articles + result.skipped
            report.events += result.events
            report.failures.extend([*meta.errors, *result.failures])
            for error in [*meta.errors, *result.failures]:
                notify(error)
            notify(None, meta.articles - len(result.failures))
    report.seconds = time.perf_counter() - started
    counts = {
        "articles_new": report.new,
        "articles_skipped": report.skipped,
        "failures": len(report.failures),
    }
    if db is not None:
        with db.session() as open_db:
            update_story_events(open_db)  # as a single-process ingest does after its batches
            open_db.finish_run(run["id"], **counts)
        shutil.rmtree(folder, ignore_errors=True)
        _remove_if_empty(folder.parent)
    else:
        parquet.write_run(folder, run | counts)
    return report


def _fresh(
    articles: list[Article], db: Database | Writer | None, seen: set[str], report: BatchReport
) -> list[Article]:
    """The articles to code: not stored in ``db`` (nor seen earlier in a dataset run)."""
    if db is not None:
        with db.session() as open_db:
            known = open_db.known_article_ids([article.id for article in articles])
    else:
        known = {article.id for article in articles if article.id in seen}
        seen.update(article.id for article in articles)
    skipped = sum(1 for article in articles if article.id in known)
    report.skipped += skipped
    report.articles += skipped
    return [article for article in articles if article.id not in known]


def _shard_name(index: int, articles: list[Article], *, dataset: bool) -> str:
    """``NNNNNN`` in a run folder; ``NNNNNN-HASH`` (a digest of the ids) in a dataset."""
    if not dataset:
        return f"{index:06d}"
    digest = hashlib.sha256("\n".join(a.id for a in articles).encode()).hexdigest()[:10]
    return f"{index:06d}-{digest}"


def _pool(
    pipeline: Pipeline, workers: int, cluster: str | None, debug: bool
) -> InProcess | WorkerPool | ClusterPool:
    if cluster is not None:
        return ClusterPool(pipeline.config, cluster, workers=max(workers, 2), debug=debug)
    if workers > 1:
        return WorkerPool(pipeline.config, workers, debug=debug)
    remember_pipeline(pipeline)
    return InProcess()


def _remove_if_empty(folder: Path) -> None:
    """Remove the default shards folder once no run folder is left in it."""
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
