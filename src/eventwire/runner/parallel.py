"""Code batches in worker processes, each with its own pipeline, results in input order.

``--workers N`` starts N processes (spawned, so nothing of the parent's state is shared); each
loads the spaCy model once, then codes whole batches. At most ``2 × N`` batches are in flight,
so memory stays flat however long the input is, and results come back in the order the batches
went in. ``ClusterPool`` does the same on Dask. Both pools also run any picklable top-level
function over a stream of jobs in order (``ordered``): the Parquet shard runner (shards.py)
sends its jobs that way, to processes, to Dask workers, or to ``InProcess`` for one worker.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from eventwire.config import Config
from eventwire.errors import ClusterError, ConfigError, EventwireError
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article, Document

K = TypeVar("K")
R = TypeVar("R")
Job = tuple[K, tuple[Any, ...]]

_PIPELINES: dict[str, Pipeline] = {}


def pipeline_for(config: Config) -> Pipeline:
    """This process's pipeline for ``config``: built on first use, then reused."""
    key = config.fingerprint()
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = _PIPELINES[key] = Pipeline(config)
    return pipeline


def remember_pipeline(pipeline: Pipeline) -> None:
    """Let ``pipeline_for`` reuse a pipeline this process already built (no second model)."""
    _PIPELINES.setdefault(pipeline.config.fingerprint(), pipeline)


class InProcess:
    """Run jobs one after another in this process, with the pools' ``ordered`` interface."""

    workers = 1

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def ordered(self, fn: Callable[..., R], jobs: Iterable[Job[K]]) -> Iterator[tuple[K, R]]:
        """Yield each job's key with ``fn(*args)``, in order."""
        for key, args in jobs:
            yield key, fn(*args)


_WORKER_PIPELINE: Pipeline | None = None


def _start_worker(config: Config) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline_for(config)


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
        jobs = ((batch, (batch, self.debug)) for batch in batches)
        return self.ordered(_code_in_worker, jobs)

    def ordered(self, fn: Callable[..., R], jobs: Iterable[Job[K]]) -> Iterator[tuple[K, R]]:
        """Run ``fn(*args)`` for each job in the workers; yield (key, result) in job order."""
        window: deque[tuple[K, Future[R]]] = deque()
        for key, args in jobs:
            window.append((key, self._pool.submit(fn, *args)))
            if len(window) >= 2 * self.workers:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


def _code_on_cluster(
    articles: list[Article], config: Config, debug: bool
) -> list[Document | EventwireError]:
    """Run on a Dask worker: the pipeline is built once per worker process and config."""
    from eventwire.runner.batch import code_articles

    return code_articles(pipeline_for(config), articles, debug=debug)


class ClusterPool:
    """Code batches on a Dask cluster: ``local`` starts a LocalCluster, an address
    (``tcp://HOST:PORT``) joins a running scheduler (SLURM/PBS via dask-jobqueue, Kubernetes).

    The workers run the same stage functions as a single process (the model loaded once per
    worker). ``map`` sends documents back (``extract --cluster``); ``ingest --cluster`` sends
    shard jobs through ``ordered`` instead, and the workers write Parquet shards (shards.py).
    At most ``2 × workers`` jobs are in flight.
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
                # a free port: the scheduler starts its HTTP server even with no dashboard, on
                # 8787 by default, and warns (and moves) when another cluster holds that port
                dashboard_address=":0",
            )
            self._client = dask.Client(self._cluster)
        else:
            self._client = _connect(dask, address)
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
        jobs = ((batch, (batch, self.config, self.debug)) for batch in batches)
        return self.ordered(_code_on_cluster, jobs)

    def ordered(self, fn: Callable[..., R], jobs: Iterable[Job[K]]) -> Iterator[tuple[K, R]]:
        """Run ``fn(*args)`` for each job on the cluster; yield (key, result) in job order."""
        window: deque[tuple[K, Any]] = deque()
        for key, args in jobs:
            window.append((key, self._client.submit(fn, *args, pure=False)))
            if len(window) >= 2 * self.workers:
                done, pending = window.popleft()
                yield done, pending.result()
        while window:
            done, pending = window.popleft()
            yield done, pending.result()


DEFAULT_CONNECT_TIMEOUT = 30.0


def _connect(dask: Any, address: str) -> Any:
    """A Dask client of the scheduler at ``address``, or a ClusterError that says so.

    The wait is ``EVENTWIRE_CLUSTER_TIMEOUT`` seconds (30 by default).
    """
    setting = os.environ.get("EVENTWIRE_CLUSTER_TIMEOUT", "").strip()
    try:
        timeout = float(setting) if setting else DEFAULT_CONNECT_TIMEOUT
    except ValueError as error:
        raise ConfigError(
            f"EVENTWIRE_CLUSTER_TIMEOUT={setting!r}: expected a number of seconds"
        ) from error
    try:
        return dask.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({type(error).__name__}: {error}); "
            "start one (`dask scheduler`) or check the address (tcp://HOST:PORT)"
        ) from error
