"""``eventwire export``: write the database out for other tools (see :mod:`eventwire.export`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import DbOption, DebugOption, _check_date, _errors, _fail, err
from eventwire.export import ExportFormat


def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", help="parquet, csv, jsonl, plover or gdelt.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", help="The folder to write (missing or empty).")],
    db: DbOption = Path("eventwire.duckdb"),
    since: Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, YYYY-MM-DD.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace --out if it is not empty.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Export events, articles and facts as Parquet, CSV, JSONL, PLOVER JSON or GDELT-style TSV."""
    from eventwire.export import export as run_export

    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    if since is not None and until is not None and since > until:
        raise _fail(f"--since {since} is after --until {until}; expected since <= until", 2)
    with _errors(debug):
        report = run_export(db, fmt, out, since=since, until=until, force=force)
    err.print(
        f"exported {report.events} events from {report.articles} articles as {report.format} "
        f"in {report.seconds:.1f}s → {report.out}",
        highlight=False,
        markup=False,
    )
