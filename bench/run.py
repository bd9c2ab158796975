"""Throughput benchmark: eventwire extract beside a bare spaCy parse of the same texts.

Reads real-length news texts from PolNeAR at run time (never committed), parses them once with
``nlp.pipe`` alone and once through the whole eventwire pipeline with the same model, in the
same process, and prints articles/s, words/s, the ratio and peak memory. ``--write`` appends the
result to BENCHMARKS.md with the machine, the command and the date.

    python bench/run.py [--corpus ../shared/corpus/polnear/train.jsonl] [--limit 200] [--write]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from report import append_entry

from eventwire.errors import InputError
from eventwire.nlp.pipeline import load_nlp
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared/corpus/polnear/train.jsonl"


def read_texts(path: Path, limit: int) -> list[str]:
    """The first ``limit`` article texts of a JSONL file with a ``text`` field."""
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("text"):
                texts.append(record["text"])
            if len(texts) >= limit:
                break
    return texts


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def timed_workers(pipeline: Pipeline, articles: list[Article], workers: int) -> float:
    """Seconds to code the articles with ``workers`` processes (start-up included)."""
    from eventwire.runner.batch import coded_chunks

    size = pipeline.config.batch_size
    chunks: list[list[Article | InputError]] = [
        list(articles[i : i + size]) for i in range(0, len(articles), size)
    ]
    return timed(
        lambda: [r for chunk in coded_chunks(chunks, pipeline, workers=workers) for r in chunk]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--write", action="store_true", help="append the result to BENCHMARKS.md")
    parser.add_argument(
        "--workers", type=int, nargs="*", default=[], help="also time --workers N (e.g. 2 4)"
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        print(
            f"{args.corpus}: not found; pass --corpus with a JSONL file of texts", file=sys.stderr
        )
        return 2
    texts = read_texts(args.corpus, args.limit)
    words = sum(len(text.split()) for text in texts)
    nlp = load_nlp()
    pipeline = Pipeline(nlp=nlp)
    articles = [
        Article(id=f"bench-{i}", published="2017-01-01", text=text) for i, text in enumerate(texts)
    ]
    list(nlp.pipe(texts[:5]))  # warm up both paths before timing
    list(pipeline.extract_many(articles[:5]))
    bare = timed(lambda: list(nlp.pipe(texts, batch_size=pipeline.config.batch_size)))
    full = timed(lambda: list(pipeline.extract_many(articles)))
    scaling = [timed_workers(pipeline, articles, n) for n in args.workers]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"texts: {len(texts)} articles, {words} words ({args.corpus.name})",
        f"bare nlp.pipe:      {len(texts) / bare:7.1f} articles/s  {words / bare:9.0f} words/s",
        f"eventwire extract:  {len(texts) / full:7.1f} articles/s  {words / full:9.0f} words/s",
        f"ratio extract/bare: {bare / full:.2f}",
        *(
            f"--workers {n}: {len(texts) / t:7.1f} articles/s  {words / t:9.0f} words/s"
            f"  ({bare / t:.2f}x bare, worker start-up included)"
            for n, t in zip(args.workers, scaling, strict=True)
        ),
        f"peak memory: {peak_mb:.0f} MB (this process)",
    ]
    print("\n".join(lines))
    if args.write:
        append_entry("extract vs bare parse", lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
