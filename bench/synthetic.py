"""Long-run memory benchmark: ingest 100,000 synthetic wire articles with one worker.

Generates short wire-style articles (two or three sentences) from templates written for this
benchmark (invented combinations of real country and leader names, verbs, places, dates and
figures; no corpus text), writes them as a gzipped JSON Lines stream, ingests that stream into a
fresh DuckDB file with one worker (the streaming path of ``eventwire ingest``), and samples the
process's resident memory every ``--every`` articles. It prints RSS at 10k, 25k, 50k, 75k and
100k articles and the slope (MB per 10,000 articles) after the first 10,000; ``--write`` appends
the result to BENCHMARKS.md.

    python bench/synthetic.py [--articles 100000] [--every 1000] [--out /tmp/eventwire-synth]
                              [--write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path

from report import append_entry

from eventwire.config import Config
from eventwire.errors import EventwireError
from eventwire.runner.batch import ingest
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Document
from eventwire.store.writer import open_writer

# Who: (name as written, what a second mention may call them).
LEADERS = [
    ("Russian President Vladimir Putin", "Putin"),
    ("Ukrainian President Volodymyr Zelensky", "Zelensky"),
    ("German Chancellor Olaf Scholz", "Scholz"),
    ("French President Emmanuel Macron", "Macron"),
    ("U.S. Secretary of State Antony Blinken", "Blinken"),
    ("Russian Foreign Minister Sergei Lavrov", "Lavrov"),
    ("NATO Secretary-General Jens Stoltenberg", "Stoltenberg"),
    ("Turkish President Recep Tayyip Erdogan", "Erdogan"),
    ("Chinese Foreign Minister Wang Yi", "Wang"),
    ("British Prime Minister Boris Johnson", "Johnson"),
    ("Polish President Andrzej Duda", "Duda"),
    ("Belarusian leader Alexander Lukashenko", "Lukashenko"),
]
STATES = [
    "Russia", "Ukraine", "Germany", "France", "the United States", "Poland", "Turkey", "China",
    "Britain", "Belarus", "Japan", "India", "Brazil", "Lithuania", "Moldova", "Georgia", "Iran",
    "Israel", "Egypt", "Kenya", "Ethiopia", "Sudan", "Mexico", "Canada", "Italy", "Spain",
    "the European Union", "NATO", "the United Nations",
]  # fmt: skip
CITIES = [
    "Kyiv", "Moscow", "Berlin", "Paris", "Warsaw", "Ankara", "Beijing", "London", "Minsk",
    "Geneva", "Brussels", "Vienna", "Istanbul", "Cairo", "Nairobi", "Tokyo", "New Delhi",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["troops", "tanks", "refugees", "soldiers", "artillery shells", "aircraft"]
CURRENCIES = [("million euros", "EUR"), ("billion dollars", "USD"), ("million pounds", "GBP")]
OUTLETS = ["Harbor Wire", "Northgate News", "Meridian Press", "Daily Ledger"]
EVENTS = [
    "{a} met {b} in {city} on {day} to discuss the crisis.",
    "{a} accused {b} of violating the ceasefire near {city}.",
    "{s} pledged {money} in aid to {t} on {day}.",
    "{s} imposed new sanctions on {t} on {day}.",
    "{a} spoke with {b} by phone on {day}.",
    "{s} deployed {n} {unit} near the border with {t}.",
    "{a} threatened to cut gas supplies to {t} if talks fail.",
    "{a} arrived in {city} on {day} for talks with officials.",
    "{s} expelled {k} diplomats from {t} on {day}.",
    "{a} praised {t} for its support during the talks in {city}.",
    "{s} rejected a proposal by {t} to hold talks in {city}.",
    "Protesters gathered outside the embassy of {t} in {city} on {day}.",
]
FOLLOW = [
    '"We will not accept this," {short} told reporters in {city}.',
    "Officials said about {n} {unit} had been moved since {month} {date}.",
    "The talks are expected to resume in {city} next week, {short} said.",
    "{s} said it would respond within {k} days.",
    "More than {n} people attended a rally in {city} on {day}.",
    "{person}, a spokesperson for the ministry in {city}, declined to comment.",
    "{person} of the {city} office said the figures were still being checked.",
]
# Invented surnames from syllables: like real news, the stream keeps bringing new words.
SYLLABLES = ["ka", "lo", "mir", "ten", "sa", "vo", "rin", "del", "os", "ta", "ne", "bru", "gal"]
GIVEN = ["Anna", "Tomas", "Leila", "Marek", "Ines", "Omar", "Yuki", "Sven", "Nadia", "Pablo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]


def _fill(template: str, rng: random.Random) -> str:
    a, a_short = rng.choice(LEADERS)
    b, _ = rng.choice(LEADERS)
    s, t = rng.sample(STATES, 2)
    money, _ = rng.choice(CURRENCIES)
    return template.format(
        a=a,
        b=b,
        short=a_short,
        s=s[0].upper() + s[1:],
        t=t,
        city=rng.choice(CITIES),
        day=rng.choice(WEEKDAYS),
        money=f"{rng.randint(2, 950)} {money}",
        n=f"{rng.randint(1, 200) * 100:,}",
        k=rng.randint(2, 30),
        unit=rng.choice(UNITS),
        month=rng.choice(MONTHS),
        date=rng.randint(1, 28),
        person=f"{rng.choice(GIVEN)} {_surname(rng)}",
    )


def _surname(rng: random.Random) -> str:
    """An invented surname of two to four syllables."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def synthetic_articles(count: int, *, seed: int = 6) -> Iterator[dict[str, str]]:
    """Yield ``count`` wire-style records (id, title, published, outlet, text)."""
    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)
    for i in range(count):
        sentences = [_fill(rng.choice(EVENTS), rng)]
        sentences += [_fill(rng.choice(FOLLOW), rng) for _ in range(rng.randint(1, 2))]
        published = start + dt.timedelta(days=rng.randint(0, 900))
        yield {
            "id": f"synth-{i:06d}",
            "title": sentences[0][:60].rstrip(" ,.") + " …",
            "published": published.isoformat(),
            "outlet": rng.choice(OUTLETS),
            "text": " ".join(sentences),
        }


def write_stream(path: Path, count: int) -> int:
    """Write ``count`` synthetic records to a gzipped JSONL file; return the word count."""
    words = 0
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in synthetic_articles(count):
            words += len(record["text"].split())
            handle.write(json.dumps(record) + "\n")
    return words


def rss_mb() -> float:
    """This process's resident set size now, in MB (Linux /proc)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=1000, help="sample RSS every N articles")
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventwire-synth"))
    parser.add_argument("--write", action="store_true", help="append the result to BENCHMARKS.md")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stream = args.out / f"synthetic-{args.articles}.jsonl.gz"
    words = write_stream(stream, args.articles)
    db_path = args.out / "synthetic.duckdb"
    db_path.unlink(missing_ok=True)
    pipeline = Pipeline(Config())
    samples: list[tuple[int, float, float, int]] = []
    seen = 0
    started = time.perf_counter()

    def on_item(result: Document | EventwireError | None) -> None:
        nonlocal seen
        seen += 1
        if seen % args.every == 0:
            strings = len(pipeline.nlp.vocab.strings)
            samples.append((seen, time.perf_counter() - started, rss_mb(), strings))
            print(f"{seen:>7} articles  {samples[-1][1]:7.0f}s  RSS {samples[-1][2]:6.0f} MB  "
                  f"strings {strings}", flush=True)  # fmt: skip

    print(f"start: RSS {rss_mb():.0f} MB, strings {len(pipeline.nlp.vocab.strings)}", flush=True)
    with open_writer(db_path) as db:  # as `eventwire ingest` does
        report = ingest([str(stream)], db=db, pipeline=pipeline, on_item=on_item)
    lines = summarise(args.articles, words, report.seconds, report.events, samples)
    lines.append(f"failures: {len(report.failures)}; DuckDB file: {_size_mb(db_path):.0f} MB")
    print("\n".join(lines))
    if args.write:
        append_entry("synthetic long run (one worker, streaming)", lines)
    return 0


def summarise(
    count: int,
    words: int,
    seconds: float,
    events: int,
    samples: list[tuple[int, float, float, int]],
) -> list[str]:
    """Lines with rate, RSS at the milestones and the slope after the first 10,000 articles."""
    by_count = {n: (rss, strings) for n, _, rss, strings in samples}
    lines = [
        f"articles: {count} ({words} words), events: {events}, time: {seconds:.0f}s "
        f"({count / seconds:.1f} articles/s, {words / seconds:.0f} words/s)",
    ]
    for milestone in (10_000, 25_000, 50_000, 75_000, 100_000):
        if milestone in by_count:
            rss, strings = by_count[milestone]
            lines.append(f"RSS at {milestone:>7,}: {rss:6.0f} MB  (spaCy strings: {strings:,})")
    tail = [(n, rss) for n, _, rss, _ in samples if n >= min(10_000, count // 10)]
    if len(tail) >= 2:
        slope = _slope(tail) * 10_000
        lines.append(f"RSS slope after the first 10k: {slope:+.1f} MB per 10,000 articles")
    return lines


def _slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of y over x."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in points)
    den = sum((x - mean_x) ** 2 for x, _ in points)
    return num / den if den else 0.0


def _size_mb(path: Path) -> float:
    return path.stat().st_size / 1e6 if path.exists() else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
