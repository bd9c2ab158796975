"""Ingest benchmark: ``eventwire ingest`` into DuckDB beside a bare spaCy parse of the same texts.

Reads real-length news texts from PolNeAR at run time (never committed) and measures, each in a
fresh process so peak memory is its own: a bare ``nlp.pipe`` parse with the same model, then
``ingest`` of the same texts into a new DuckDB file with ``--workers N`` for each N given
(worker start-up included; the model load of the driver is not). Prints articles/s, words/s,
the ratio to the bare parse and peak RSS (the process and, with workers, its largest child).
``--write`` appends the result to BENCHMARKS.md with the machine, the command and the date.

    python bench/ingest.py [--corpus ../shared/corpus/polnear/train.jsonl] [--limit 200]
                           [--workers 1 2] [--write]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import append_entry

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


def peak_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def measure(mode: str, corpus: Path, limit: int, workers: int) -> dict[str, Any]:
    """Run one measurement in this process (``bare`` or ``ingest``) and return its figures."""
    from eventwire.config import Config
    from eventwire.runner.batch import ingest
    from eventwire.runner.pipeline import Pipeline
    from eventwire.store.db import Database

    texts = read_texts(corpus, limit)
    pipeline = Pipeline(Config())
    list(pipeline.nlp.pipe(texts[:5]))  # warm up
    if mode == "bare":
        start = time.perf_counter()
        for _ in pipeline.nlp.pipe(texts, batch_size=pipeline.config.batch_size):
            pass
        seconds = time.perf_counter() - start
    else:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "texts.jsonl"
            with source.open("w", encoding="utf-8") as handle:
                for i, text in enumerate(texts):
                    handle.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")
            with Database(Path(folder) / "bench.duckdb") as db:
                start = time.perf_counter()
                report = ingest([str(source)], db=db, pipeline=pipeline, workers=workers)
                seconds = time.perf_counter() - start
            if report.new != len(texts):
                raise SystemExit(f"ingest stored {report.new} of {len(texts)} articles")
    own, child = peak_mb()
    words = sum(len(text.split()) for text in texts)
    return {"articles": len(texts), "words": words, "seconds": seconds, "rss": own, "child": child}


def run_child(mode: str, args: argparse.Namespace, workers: int = 1) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and read its JSON answer."""
    command = [sys.executable, __file__, "--child", mode, "--corpus", str(args.corpus)]
    command += ["--limit", str(args.limit), "--workers", str(workers)]
    answer = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(answer.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--write", action="store_true", help="append the result to BENCHMARKS.md")
    parser.add_argument("--child", choices=["bare", "ingest"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found; pass --corpus with a JSONL file", file=sys.stderr)
        return 2
    if args.child:
        print(json.dumps(measure(args.child, args.corpus, args.limit, args.workers[0])))
        return 0
    bare = run_child("bare", args)
    runs = [(n, run_child("ingest", args, n)) for n in args.workers]
    rate = bare["articles"] / bare["seconds"]
    lines = [
        f"texts: {bare['articles']} articles, {bare['words']} words ({args.corpus.name})",
        f"bare nlp.pipe:        {rate:6.1f} articles/s {bare['words'] / bare['seconds']:8.0f}"
        f" words/s  peak RSS {bare['rss']:5.0f} MB",
    ]
    for n, run in runs:
        seconds = run["seconds"]
        memory = f"peak RSS {run['rss']:5.0f} MB"
        if n > 1:
            memory += f" (+ largest worker {run['child']:.0f} MB)"
        lines.append(
            f"ingest --workers {n}:  {run['articles'] / seconds:6.1f} articles/s "
            f"{run['words'] / seconds:8.0f} words/s  "
            f"{bare['seconds'] / seconds:.2f}x bare  {memory}"
        )
    print("\n".join(lines))
    if args.write:
        append_entry("ingest vs bare parse", lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
