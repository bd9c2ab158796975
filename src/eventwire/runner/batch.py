"""Batch runs: stream inputs through the pipeline in order, into documents or into the store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TextIO

from eventwire import __version__
from eventwire.config import Config
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.readers import read_inputs
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article, Document
from eventwire.store.db import Database
from eventwire.store.mentions import update_story_events
from eventwire.store.writer import Writer


class CodingError(EventwireError):
    """An article was read but could not be coded (a bug in eventwire; reported, batch goes on)."""


@dataclass
class BatchReport:
    """What a batch run did: counts, failures, time."""

    articles: int = 0
    events: int = 0
    new: int = 0
    skipped: int = 0
    failures: list[EventwireError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def _chunks(
    items: Iterable[Article | InputError], size: int
) -> Iterator[list[Article | InputError]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_articles(
    pipeline: Pipeline, articles: Sequence[Article], *, debug: bool = False
) -> list[Document | EventwireError]:
    """Code articles in one ``nlp.pipe`` batch; a coding bug fails one article, not the batch.

    The batch runs in a spaCy memory zone: the words it adds to the vocabulary are dropped
    afterwards, so a long run's memory stays flat (no ``Doc`` outlives the zone; documents hold
    plain strings).
    """
    coded: list[Document | EventwireError] = []
    with pipeline.nlp.memory_zone():
        docs = pipeline.nlp.pipe([a.text for a in articles], batch_size=pipeline.config.batch_size)
        for article, doc in zip(articles, docs, strict=True):
            try:
                coded.append(pipeline.code_doc(doc, article))
            except Exception as exc:  # a coding bug must not lose the rest of the batch
                if debug:
                    raise
                coded.append(
                    CodingError(f"{article.id}: could not be coded ({type(exc).__name__}: {exc})")
                )
    return coded


def code_chunk(
    pipeline: Pipeline, chunk: Sequence[Article | InputError], *, debug: bool = False
) -> list[Document | EventwireError]:
    """Code the articles of a chunk in one ``nlp.pipe`` batch; keep errors in their places."""
    articles = [item for item in chunk if isinstance(item, Article)]
    return _merge(chunk, code_articles(pipeline, articles, debug=debug))


def _merge(
    chunk: Sequence[Article | InputError], coded: list[Document | EventwireError]
) -> list[Document | EventwireError]:
    results: list[Document | EventwireError] = []
    position = iter(coded)
    for item in chunk:
        results.append(item if isinstance(item, InputError) else next(position))
    return results


def coded_chunks(
    chunks: Iterable[list[Article | InputError]],
    pipeline: Pipeline,
    *,
    workers: int = 1,
    debug: bool = False,
    cluster: str | None = None,
) -> Iterator[list[Document | EventwireError]]:
    """Code chunks in order: in this process, in ``workers`` processes, or on a Dask
    ``cluster`` (``local`` or a scheduler address); see parallel.py."""
    if workers <= 1 and cluster is None:
        for chunk in chunks:
            yield code_chunk(pipeline, chunk, debug=debug)
        return
    from eventwire.runner.parallel import ClusterPool, WorkerPool

    pending: list[list[Article | InputError]] = []

    def articles_of() -> Iterator[list[Article]]:
        for chunk in chunks:
            pending.append(chunk)
            yield [item for item in chunk if isinstance(item, Article)]

    pool: WorkerPool | ClusterPool
    if cluster is not None:
        pool = ClusterPool(pipeline.config, cluster, workers=max(workers, 2), debug=debug)
    else:
        pool = WorkerPool(pipeline.config, workers, debug=debug)
    with pool:
        for _, coded in pool.map(articles_of()):
            yield _merge(pending.pop(0), coded)


def extract_stream(
    paths: Sequence[str],
    *,
    pipeline: Pipeline,
    published: str | None = None,
    stdin: TextIO | None = None,
    debug: bool = False,
    workers: int = 1,
    cluster: str | None = None,
) -> Iterator[Document | EventwireError]:
    """Yield one document (or error) per input article, in input order."""
    inputs = read_inputs(paths, published=published, config=pipeline.config, stdin=stdin)
    chunks = _chunks(inputs, pipeline.config.batch_size)
    for results in coded_chunks(chunks, pipeline, workers=workers, debug=debug, cluster=cluster):
        yield from results


def ingest(
    paths: Sequence[str],
    *,
    db: Database | Writer,
    pipeline: Pipeline,
    published: str | None = None,
    stdin: TextIO | None = None,
    command: str = "ingest",
    debug: bool = False,
    on_item: Callable[[Document | EventwireError | None], None] | None = None,
    workers: int = 1,
    cluster: str | None = None,
    shards: Path | None = None,
) -> BatchReport:
    """Code inputs into the database, one transaction per batch; stored articles are skipped.

    With a :class:`Writer`, the file is open only while a batch is checked and written, so
    readers (the dashboard) get in between batches.
    """
    inputs = read_inputs(paths, published=published, config=pipeline.config, stdin=stdin)
    return ingest_items(
        inputs,
        db=db,
        pipeline=pipeline,
        command=command,
        debug=debug,
        on_item=on_item,
        workers=workers,
        cluster=cluster,
        shards=shards,
    )


def ingest_items(
    inputs: Iterable[Article | InputError],
    *,
    db: Database | Writer,
    pipeline: Pipeline,
    command: str = "ingest",
    debug: bool = False,
    on_item: Callable[[Document | EventwireError | None], None] | None = None,
    workers: int = 1,
    cluster: str | None = None,
    shards: Path | None = None,
) -> BatchReport:
    """Code articles already read (or their read errors) into the database, like :func:`ingest`.

    On a Dask ``cluster`` the workers write Parquet shards (under ``shards``, by default beside
    the database) that are loaded in input order; see shards.py.
    """
    if cluster is not None:
        from eventwire.runner.shards import ingest_sharded

        return ingest_sharded(
            inputs, pipeline=pipeline, db=db, shards=shards, workers=workers, cluster=cluster,
            command=command, debug=debug, on_item=on_item,
        )  # fmt: skip
    config: Config = pipeline.config
    started = time.perf_counter()
    report = BatchReport()
    with db.session() as open_db:
        run_id = open_db.start_run(
            coder_version=__version__,
            config_hash=config.fingerprint(),
            command=command,
            config_json=config.model_dump_json(),
        )

    def fresh_chunks() -> Iterator[list[Article | InputError]]:
        for chunk in _chunks(inputs, config.batch_size):
            ids = [a.id for a in chunk if isinstance(a, Article)]
            with db.session() as open_db:
                known = open_db.known_article_ids(ids)
            fresh: list[Article | InputError] = []
            for item in chunk:
                if isinstance(item, Article) and item.id in known:
                    report.skipped += 1
                    report.articles += 1
                    if on_item is not None:
                        on_item(None)
                else:
                    fresh.append(item)
            yield fresh

    for results in coded_chunks(
        fresh_chunks(), pipeline, workers=workers, debug=debug, cluster=cluster
    ):
        documents: list[Document] = []
        for result in results:
            if isinstance(result, Document):
                documents.append(result)
                report.articles += 1
                report.events += len(result.events)
            else:
                report.failures.append(result)
            if on_item is not None:
                on_item(result)
        if documents:
            with db.session() as open_db:
                written = open_db.write_documents(documents, run_id=run_id)
            report.new += written.new
            report.skipped += written.skipped
    with db.session() as open_db:
        update_story_events(open_db)  # near-duplicates and one event, many mentions (idempotent)
        report.seconds = time.perf_counter() - started
        open_db.finish_run(
            run_id,
            articles_new=report.new,
            articles_skipped=report.skipped,
            failures=len(report.failures),
        )
    return report
