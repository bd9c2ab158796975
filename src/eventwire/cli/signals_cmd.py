"""``eventwire signals``: dyad series and alerts (see :mod:`eventwire.signals`)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli import render
from eventwire.cli.app import (
    DbOption,
    DebugOption,
    RowFormat,
    _check_date,
    _errors,
    _fail,
    err,
    out,
)

SERIES_COLUMNS = (
    "dyad", "period", "events", "a_to_b", "b_to_a", "q1", "q2", "q3", "q4",
    "goldstein_sum", "goldstein_mean", "plover_sum", "escalation",
)  # fmt: skip
ALERT_COLUMNS = ("dyad", "period", "kind", "count", "baseline_mean", "baseline_sd", "score")


def signals(
    db: DbOption = Path("eventwire.duckdb"),
    dyad: Annotated[
        str | None, typer.Option("--dyad", help="Two codes, e.g. RUS-UKR (both directions).")
    ] = None,
    freq: Annotated[str, typer.Option("--freq", help="day, week or month.")] = "day",
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    show_alerts: Annotated[
        bool, typer.Option("--alerts", help="Print the alerts and the events behind them.")
    ] = False,
    window: Annotated[int, typer.Option(min=1, help="Baseline periods for alerts.")] = 7,
    threshold: Annotated[float, typer.Option(help="Alert at this many deviations.")] = 2.0,
    min_events: Annotated[int, typer.Option(min=1, help="Fewest events for an alert.")] = 3,
    fmt: Annotated[RowFormat, typer.Option("--format", help="table, csv or json.")] = (
        RowFormat.table
    ),
    chart: Annotated[
        Path | None,
        typer.Option(
            "--chart",
            help="Also write a chart of the series (cooperation vs conflict, escalation index):"
            " a .png or .svg file.",
        ),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Dyad time series (counts by quad class, Goldstein, escalation index) and alerts."""
    from eventwire import signals as signal_lib
    from eventwire.signals.chart import FORMATS, write_chart
    from eventwire.store.db import READ_WAIT, Database

    if chart is not None and chart.suffix.lower() not in FORMATS:
        raise _fail(f"--chart {chart}: expected a file name ending in .png or .svg", 2)

    if dyad is not None and len({p for p in dyad.replace("–", "-").split("-") if p}) != 2:
        raise _fail(f"--dyad {dyad!r}: expected two different codes like RUS-UKR", 2)
    if freq not in signal_lib.FREQUENCIES:
        raise _fail(f"--freq {freq!r}: choose day, week or month", 2)
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    columns: tuple[str, ...]
    with _errors(debug), Database(db, read_only=True, wait=READ_WAIT) as database:
        if show_alerts:
            found = signal_lib.alerts(
                database.con, freq=freq, dyad=dyad, since=since, until=until,
                window=window, threshold=threshold, min_events=min_events,
            )  # fmt: skip
            rows = [dataclasses.asdict(alert) for alert in found]
            columns = ALERT_COLUMNS
        else:
            rows = signal_lib.series(database.con, freq=freq, dyad=dyad, since=since, until=until)
            columns = SERIES_COLUMNS
        if chart is not None:
            chart_rows = signal_lib.series(
                database.con, freq=freq, dyad=dyad, since=since, until=until
            )
            title = f"{dyad.upper() if dyad else 'dyads'} by {freq}"
            write_chart(chart_rows, chart, title=title)
            err.print(f"wrote chart {chart}", markup=False, highlight=False)
    if fmt is RowFormat.json:
        out.print(render.rows_json(rows), markup=False)
    elif fmt is RowFormat.csv:
        sys.stdout.write(render.rows_csv(rows, columns))
    else:
        render.rows_table(rows, columns, out)
        if show_alerts:
            for row in rows:
                err.print(f"[bold]{row['dyad']} {row['period']} {row['kind']}[/bold]")
                for event in row["events"][:5]:
                    reports = f" [{event['mentions']} mentions]" if event["mentions"] > 1 else ""
                    err.print(
                        f"  {event['source']}→{event['target']} {event['type']}{reports}: "
                        f"“{event['sentence']}”",
                        markup=False,
                        highlight=False,
                    )
