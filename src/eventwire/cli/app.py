"""The ``eventwire`` command line: thin Typer commands over the library."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from eventwire import __version__
from eventwire.cli import render
from eventwire.config import Config
from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.store.db import Database

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="eventwire reads news and writes down, with evidence, who did what to whom.",
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

EVENT_COLUMNS = (
    "article_id",
    "date",
    "type",
    "mode",
    "actor",
    "recipient",
    "polarity",
    "status",
    "trigger",
    "confidence",
)
ARTICLE_COLUMNS = ("id", "published", "outlet", "title", "events", "quotes")
QUOTE_COLUMNS = ("article_id", "speaker_name", "speaker_code", "cue", "kind", "text")


class DocFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class RowFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB file.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]
ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster", help="Run on Dask: 'local' starts a LocalCluster, or tcp://HOST:PORT."
    ),
]
WorkersOption = Annotated[
    int,
    typer.Option("--workers", min=1, help="Worker processes (each loads the model once)."),
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that carry none."),
]


def _fail(message: str, code: int) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    return typer.Exit(code)


def _check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _fail(f"{option} {value!r} is not a date; expected YYYY-MM-DD", 2) from None


@contextmanager
def _errors(debug: bool) -> Iterator[None]:
    """Turn eventwire's errors into one clear line and exit status 1 (tracebacks with --debug)."""
    try:
        yield
    except EventwireError as exc:
        if debug:
            raise
        raise _fail(str(exc), 1) from None
    except Exception as exc:  # a bug: still one line, the traceback only with --debug
        if debug:
            raise
        message = f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)"
        raise _fail(message, 1) from None


def _report(error: EventwireError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    published: PublishedOption = None,
    fmt: Annotated[
        DocFormat, typer.Option("--format", help="json, jsonl or table.")
    ] = DocFormat.json,
    workers: WorkersOption = 1,
    cluster: ClusterOption = None,
    debug: DebugOption = False,
) -> None:
    """Code articles and print one document per article, in input order."""
    from eventwire.runner.batch import extract_stream
    from eventwire.runner.pipeline import Pipeline

    published = _check_date(published, "--published")
    failures = 0
    with _errors(debug):
        pipeline = Pipeline(Config.from_env())
        for result in extract_stream(
            paths,
            pipeline=pipeline,
            published=published,
            stdin=sys.stdin,
            debug=debug,
            workers=workers,
            cluster=cluster,
        ):
            if isinstance(result, EventwireError):
                failures += 1
                _report(result)
            elif fmt is DocFormat.json:
                out.print(render.document_json(result), markup=False)
            elif fmt is DocFormat.jsonl:
                out.print(render.document_json(result, indent=None), markup=False)
            else:
                render.document_tables(result, out)
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = Path("eventwire.duckdb"),
    published: PublishedOption = None,
    workers: WorkersOption = 1,
    cluster: ClusterOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write a Parquet dataset to this folder instead of the database: "
            "DIR/TABLE/NNNNNN-HASH.parquet for the store's tables (articles, events, actors, "
            "quotes, quantities, places) and DIR/runs/; rerunning into DIR resumes.",
        ),
    ] = None,
    shards: Annotated[
        Path | None,
        typer.Option(
            "--shards",
            help="With --cluster: where workers write Parquet shards before they are loaded "
            "(default DB.shards/ beside the database; must be shared with remote workers).",
        ),
    ] = None,
    shard_size: Annotated[
        int, typer.Option("--shard-size", min=1, help="Articles per Parquet shard (one job).")
    ] = 256,
    debug: DebugOption = False,
) -> None:
    """Code articles into the database; articles already stored are skipped.

    With --cluster, Dask workers write Parquet shards that are loaded into the database in
    input order (one transaction per shard). With --out DIR, the shards are kept as a Parquet
    dataset instead, and --db is not used (query it with DuckDB:
    select * from 'DIR/events/*.parquet'). Progress: a bar with rate and ETA on a terminal, else
    a log line every 10 s; a summary line at the end.
    """
    published = _check_date(published, "--published")
    with _errors(debug):
        report = _ingest(
            paths,
            db,
            published,
            debug,
            command=" ".join(["ingest", *paths]),
            workers=workers,
            cluster=cluster,
            out=out,
            shards=shards,
            shard_size=shard_size,
        )
    if report.failures:
        raise typer.Exit(1)


def _ingest(
    paths: list[str], db_path: Path, published: str | None, debug: bool, **options: Any
) -> Any:
    """Run an ingest with progress on stderr and a summary line (see cli/ingest_cmd.py)."""
    from eventwire.cli.ingest_cmd import run_ingest

    return run_ingest(paths, db_path, published, debug, **options)


def _rows(
    db: Path,
    query: Callable[[Any], list[dict[str, Any]]],
    columns: tuple[str, ...],
    fmt: RowFormat,
    debug: bool,
) -> None:
    from eventwire.store.db import READ_WAIT, Database

    with _errors(debug), Database(db, read_only=True, wait=READ_WAIT) as database:
        rows = query(database)
    if fmt is RowFormat.json:
        out.print(render.rows_json(rows), markup=False)
    elif fmt is RowFormat.csv:
        sys.stdout.write(render.rows_csv(rows, columns))
    else:
        render.rows_table(rows, columns, out)


@app.command()
def events(
    db: DbOption = Path("eventwire.duckdb"),
    actor: Annotated[str | None, typer.Option(help="Actor code, e.g. RUS.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code, e.g. UKR.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, e.g. SANCTION.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: Annotated[
        RowFormat, typer.Option("--format", help="table, csv or json.")
    ] = RowFormat.table,
    debug: DebugOption = False,
) -> None:
    """Query coded events."""
    since, until = _check_date(since, "--since"), _check_date(until, "--until")

    def query(database: Database) -> list[dict[str, Any]]:
        rows = database.events(
            actor=actor,
            recipient=recipient,
            type=event_type,
            since=since,
            until=until,
            limit=limit,
        )
        return _event_rows(rows)

    _rows(db, query, EVENT_COLUMNS, fmt, debug)


def _event_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        evidence = row.get("evidence") or {}
        row.setdefault("trigger", evidence.get("trigger"))
    return rows


@app.command()
def articles(
    db: DbOption = Path("eventwire.duckdb"),
    since: Annotated[str | None, typer.Option(help="Published from this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Published up to this date.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: Annotated[
        RowFormat, typer.Option("--format", help="table, csv or json.")
    ] = RowFormat.table,
    debug: DebugOption = False,
) -> None:
    """Query stored articles."""
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    _rows(
        db,
        lambda d: d.articles(since=since, until=until, outlet=outlet, limit=limit),
        ARTICLE_COLUMNS,
        fmt,
        debug,
    )


@app.command()
def quotes(
    db: DbOption = Path("eventwire.duckdb"),
    speaker: Annotated[str | None, typer.Option(help="Speaker code or part of a name.")] = None,
    since: Annotated[str | None, typer.Option(help="Published from this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Published up to this date.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: Annotated[
        RowFormat, typer.Option("--format", help="table, csv or json.")
    ] = RowFormat.table,
    debug: DebugOption = False,
) -> None:
    """Query stored quotes."""
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    _rows(
        db,
        lambda d: d.quotes(speaker=speaker, since=since, until=until, limit=limit),
        QUOTE_COLUMNS,
        fmt,
        debug,
    )


@app.command()
def demo(
    db: DbOption = Path("eventwire.duckdb"),
    debug: DebugOption = False,
) -> None:
    """Code the bundled demo articles into a database and print a summary."""
    from eventwire.demo import demo_paths
    from eventwire.store.db import READ_WAIT, Database

    with _errors(debug):
        _ingest([str(p) for p in demo_paths()], db, None, debug, command="demo")
        with Database(db, read_only=True, wait=READ_WAIT) as database:
            summary = database.summary()
            sample = database.events(limit=200)
    render.summary(summary, sample, out)


class Suite(StrEnum):
    plover = "plover"
    petrarch = "petrarch"
    conflibert = "conflibert"
    polnear = "polnear"
    geowebnews = "geowebnews"
    lgl = "lgl"
    timebank = "timebank"
    quantulum = "quantulum"


@app.command(name="eval")
def evaluate(
    suite: Annotated[Suite, typer.Argument(help="The gold set.")],
    path: Annotated[Path, typer.Argument(help="The gold file or its folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    limit: Annotated[
        int | None, typer.Option(help="Score only the first N items (where supported).")
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Score eventwire on a public gold set and print the metrics."""
    from eventwire.evaluate.suites import run_suite

    with _errors(debug):
        metrics, rows = run_suite(suite.value, path, limit=limit)
    if as_json:
        out.print(render.rows_json([metrics]), markup=False)
    else:
        render.metrics_table(metrics, rows, out)


def version_callback(value: bool) -> None:
    if value:
        out.print(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True)
    ] = False,
) -> None:
    """eventwire reads news and writes down, with evidence, who did what to whom."""


# Commands kept in their own modules (they import this one, so they register last).
from eventwire.cli import signals_cmd, watch_cmd  # noqa: E402

app.command(name="signals")(signals_cmd.signals)
app.command(name="watch")(watch_cmd.watch)
from eventwire.cli import export_cmd  # noqa: E402

app.command(name="export")(export_cmd.export)
from eventwire.cli import serve_cmd  # noqa: E402

app.command(name="serve")(serve_cmd.serve)
