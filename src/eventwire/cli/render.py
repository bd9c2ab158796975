"""Render documents and query rows as JSON, JSON Lines, CSV or rich tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from eventwire.schema import Document

_PIPE_WIDTH = 10_000


def document_json(document: Document, *, indent: int | None = 2) -> str:
    """The contract's JSON for one document."""
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def document_tables(document: Document, console: Console) -> None:
    """Print a readable summary of one document: events, quotes, quantities, places."""
    article = document.article
    console.print(
        f"[bold]{article.title or article.id}[/bold]  "
        f"{article.outlet or ''}  {article.published or ''}"
    )
    events = Table(
        "type", "mode", "actor", "recipient", "polarity", "status", "date", "trigger", "conf"
    )
    for event in document.events:
        events.add_row(
            event.type,
            event.mode or "",
            ", ".join(a.code or a.text for a in event.actor),
            ", ".join(r.code or r.text for r in event.recipient),
            event.polarity,
            event.status,
            event.date or "",
            event.evidence.trigger,
            f"{event.confidence:.2f}",
        )
    _print_table(console, events)
    if document.quotes:
        quotes = Table("speaker", "cue", "kind", "quote")
        for quote in document.quotes:
            speaker = quote.speaker.text if quote.speaker else ""
            quotes.add_row(speaker, quote.cue or "", quote.kind, quote.text)
        _print_table(console, quotes)
    if document.quantities:
        sized = {event.id: event for event in document.events}
        quantities = Table("value", "unit", "approx", "counts", "text", "sizes")
        for quantity in document.quantities:
            sized_event = sized.get(quantity.event) if quantity.event else None
            quantities.add_row(
                f"{quantity.value:,.0f}"
                + (f"–{quantity.high:,.0f}" if quantity.high is not None else ""),
                quantity.unit,
                quantity.approx or "",
                quantity.counts or "",
                quantity.text,
                f"{sized_event.type} ({sized_event.evidence.trigger})" if sized_event else "",
            )
        _print_table(console, quantities)
    for warning in document.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def _print_table(console: Console, table: Table) -> None:
    """Print a table; into a pipe or a file it is as wide as its cells, not cut to 80 columns
    ("eventwire events > events.txt" keeps every code and date whole)."""
    if console.is_terminal:
        console.print(table)
        return
    wide = Console(file=console.file, width=_PIPE_WIDTH, highlight=False, color_system=None)
    wide.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(
            _cell(v.get("code") or v.get("text") if isinstance(v, dict) else v) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def rows_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], console: Console) -> None:
    """Print query rows as a rich table with the given columns."""
    table = Table(*columns)
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    _print_table(console, table)


def rows_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """Query rows as CSV with the given columns (lists and objects flattened)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def rows_json(rows: Sequence[dict[str, Any]]) -> str:
    """Query rows as one JSON array."""
    return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)


def summary(info: dict[str, Any], events: Sequence[dict[str, Any]], console: Console) -> None:
    """Print the database summary: events by type, top dyads, and a few evidence sentences."""
    console.print(
        f"[bold]{info.get('articles', 0)} articles[/bold], {info.get('events', 0)} events, "
        f"{info.get('quotes', 0)} quotes, {info.get('quantities', 0)} quantities, "
        f"{info.get('places', 0)} places"
    )
    by_type = Table("type", "asserted", "all", title="events by type")
    for event_type, counts in info.get("events_by_type", {}).items():
        by_type.add_row(str(event_type), str(counts["asserted"]), str(counts["all"]))
    _print_table(console, by_type)
    dyads = Table("actor", "recipient", "events", title="top dyads (asserted)")
    for row in info.get("top_dyads", [])[:10]:
        dyads.add_row(str(row["actor"]), str(row["recipient"]), str(row["events"]))
    _print_table(console, dyads)
    shown: set[str] = set()
    console.print("[bold]evidence[/bold]")
    for event in events:
        if event["type"] in shown or not event.get("actor") or not event.get("recipient"):
            continue
        shown.add(event["type"])
        actor = ", ".join(a.get("code") or a["text"] for a in event["actor"])
        recipient = ", ".join(r.get("code") or r["text"] for r in event["recipient"])
        note = (
            ""
            if event["polarity"] == "asserted" and event["status"] == "actual"
            else f" ({event['polarity']}, {event['status']})"
        )
        console.print(
            f"  {actor} {event['type']} {recipient}{note}: “{event['evidence']['sentence']}”",
            markup=False,
        )
        if len(shown) >= 6:
            break


def metrics_table(metrics: dict[str, Any], rows: Sequence[Sequence[str]], console: Console) -> None:
    """Print an evaluation: headline metrics, then per-type rows if any."""
    head = Table("metric", "value")
    for key, value in metrics.items():
        if isinstance(value, float):
            head.add_row(key, f"{value:.3f}")
        elif isinstance(value, int | str):
            head.add_row(key, str(value))
    _print_table(console, head)
    if rows:
        table = Table(*rows[0])
        for row in rows[1:]:
            table.add_row(*row)
        _print_table(console, table)
