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
from typing import Any

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


_CLUSTER_PIPELINES: dict[str, Pipeline] = {}


def _code_on_cluster(
    articles: list[Article], config: Config, debug: bool
) -> list[Document | EventwireError]:
    """Run on a Dask worker: the pipeline is built once per worker process and config."""
    from eventwire.runner.batch import code_articles

    key = config.fingerprint()
    pipeline = _CLUSTER_PIPELINES.get(key)
    if pipeline is None:
        pipeline = _CLUSTER_PIPELINES[key] = Pipeline(config)
    return code_articles(pipeline, articles, debug=debug)


class ClusterPool:
    """Code batches on a Dask cluster: ``local`` starts a LocalCluster, an address
    (``tcp://HOST:PORT``) joins a running scheduler (SLURM/PBS via dask-jobqueue, Kubernetes).

    The workers run the same stage functions as a single process (the model loaded once per
    worker) and send documents back; the caller stores them, so a cluster run stores exactly
    what a single-process run stores. At most ``2 × workers`` batches are in flight.
    """

    def __init__(
        self, config: Config, address: str, *, workers: int = 2, debug: bool = False
    ) -> None:
        import distributed

        dask: Any = distributed  # its functions carry no annotations
        self.config = config
        self.debug = debug
        self._cluster: Any = None
        self._client: Any
        if address == "local":
            self._cluster = dask.LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self._client = dask.Client(self._cluster)
        else:
            self._client = dask.Client(address)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)

    def __enter__(self) -> ClusterPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def map(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Document | EventwireError]]]:
        """Yield each batch with its results, in input order, keeping a bounded window."""
        window: deque[tuple[list[Article], Any]] = deque()
        for batch in batches:
            future = self._client.submit(
                _code_on_cluster, batch, self.config, self.debug, pure=False
            )
            window.append((batch, future))
            if len(window) >= 2 * self.workers:
                done, pending = window.popleft()
                yield done, pending.result()
        while window:
            done, pending = window.popleft()
            yield done, pending.result()
