"""One entry point for every gold set: ``run_suite(name, path)`` → headline metrics and rows.

The command line (``eventwire eval SUITE PATH``) and the floor tests both call this, so what a
user measures is what CI measures. Event suites code the gold sentences with the full pipeline
(:class:`eventwire.runner.pipeline.Pipeline`); fact suites score one stage on its own gold set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EvalError
from eventwire.schema import Article, Document

Rows = list[tuple[str, ...]]
SUITES = (
    "plover",
    "petrarch",
    "conflibert",
    "polnear",
    "geowebnews",
    "lgl",
    "timebank",
    "quantulum",
)


def run_suite(suite: str, path: Path, *, limit: int | None = None) -> tuple[dict[str, Any], Rows]:
    """Score eventwire on one gold set.

    Args:
        suite: one of :data:`SUITES`.
        path: the gold file or the folder that holds it.
        limit: score only the first ``limit`` articles or sentences (PolNeAR, ConfliBERT).

    Returns:
        The headline metrics (ratios in [0, 1] and counts) and, for event suites, a per-type
        table whose first row is the header.

    Raises:
        EvalError: an unknown suite, or a gold file that cannot be read.
    """
    runners: dict[str, Callable[[Path, int | None], tuple[dict[str, Any], Rows]]] = {
        "plover": _plover,
        "petrarch": _petrarch,
        "conflibert": _conflibert,
        "polnear": _polnear,
        "geowebnews": _geowebnews,
        "lgl": _lgl,
        "timebank": _timebank,
        "quantulum": _quantulum,
    }
    if suite not in runners:
        raise EvalError(f"unknown suite {suite!r}; choose one of {', '.join(SUITES)}")
    if not path.exists():
        raise EvalError(f"{path}: no such file or folder")
    return runners[suite](path, limit)


def _coder() -> Callable[[Sequence[Article]], list[Document]]:
    from eventwire.runner.pipeline import Pipeline

    pipeline = Pipeline()
    return lambda articles: list(pipeline.extract_many(articles))


def _plover(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.plover import evaluate_plover

    report = evaluate_plover(path, _coder())
    return {"suite": "plover", "items": report.n_items, **report.metrics}, report.rows()


def _petrarch(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.petrarch import evaluate_petrarch

    report = evaluate_petrarch(path, _coder())
    return {"suite": "petrarch", "items": report.n_items, **report.metrics}, report.rows()


def _conflibert(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.conflibert import evaluate_conflibert

    target = path / "cameo_class" if (path / "cameo_class").is_dir() else path
    report = evaluate_conflibert(target, _coder(), limit=limit)
    return {"suite": "conflibert", "items": report.n_items, **report.metrics}, report.rows()


def _polnear(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.polnear import evaluate_polnear
    from eventwire.nlp.pipeline import load_nlp

    target = path / "dev.jsonl" if path.is_dir() else path
    return {"suite": "polnear", **evaluate_polnear(target, load_nlp(), limit=limit)}, []


def _xml(path: Path, name: str) -> Path:
    if path.is_file():
        return path
    found = sorted(path.glob(name))
    if not found:
        raise EvalError(f"{path}: no {name} inside")
    return found[0]


def _geowebnews(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.geo import evaluate_geowebnews
    from eventwire.nlp.pipeline import load_nlp

    metrics = evaluate_geowebnews(_xml(path, "*.xml"), load_nlp())
    return {"suite": "geowebnews", **metrics}, []


def _lgl(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.geo import evaluate_lgl
    from eventwire.nlp.pipeline import load_nlp

    return {"suite": "lgl", **evaluate_lgl(_xml(path, "*.xml"), load_nlp())}, []


def _timebank(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.timebank import evaluate_timebank
    from eventwire.nlp.pipeline import load_nlp

    return {"suite": "timebank", **evaluate_timebank(path, load_nlp())}, []


def _quantulum(path: Path, limit: int | None) -> tuple[dict[str, Any], Rows]:
    from eventwire.evaluate.quantulum import evaluate_quantulum
    from eventwire.nlp.pipeline import load_nlp

    return {"suite": "quantulum", **evaluate_quantulum(path, load_nlp())}, []
