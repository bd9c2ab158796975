"""Code batches in worker processes, each with its own pipeline, results in input order.

``--workers N`` starts N processes (spawned, so nothing of the parent's state is shared); each
loads the spaCy model once, then codes whole batches. At most ``2 × N`` batches are in flight,
so memory stays flat however long the input is, and results come back in the order the batches
went in.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from eventwire.config import Config
from eventwire.errors import EventwireError
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article, Document

_WORKER_PIPELINE: Pipeline | None = None


def _start_worker(config: Config) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(config)


def _code_in_worker(articles: list[Article], debug: bool) -> list[Document | EventwireError]:
    from eventwire.runner.batch import code_articles

    if _WORKER_PIPELINE is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without a pipeline")
    return code_articles(_WORKER_PIPELINE, articles, debug=debug)


class WorkerPool:
    """A pool of coding processes; use as a context manager.

    Args:
        config: the settings every worker builds its pipeline from.
        workers: how many processes (2 or more; 1 codes in-process without a pool).
        debug: let coding errors propagate (they are reported per article otherwise).
    """

    def __init__(self, config: Config, workers: int, *, debug: bool = False) -> None:
        self.workers = workers
        self.debug = debug
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(config,)
        )

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def map(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Document | EventwireError]]]:
        """Yield each batch with its results, in input order, keeping a bounded window."""
        window: deque[tuple[list[Article], Future[list[Document | EventwireError]]]] = deque()
        for batch in batches:
            window.append((batch, self._pool.submit(_code_in_worker, batch, self.debug)))
            if len(window) >= 2 * self.workers:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()
