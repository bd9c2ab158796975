"""``eventwire watch FEED… --every MINUTES``: poll RSS/Atom feeds and ingest new items."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import DbOption, DebugOption, _check_date, _errors, _report, err
from eventwire.config import Config
from eventwire.errors import EventwireError, InputError
from eventwire.schema import Article


def _items(
    feeds: list[str], published: str | None, config: Config
) -> Iterator[Article | InputError]:
    from eventwire.ingest.feeds import fetch_feed, read_feed, read_feed_file

    for feed in feeds:
        if feed.startswith(("http://", "https://")):
            try:
                data = fetch_feed(feed, config)
            except InputError as exc:
                yield exc
                continue
            yield from read_feed(data, feed, published, config)
        else:
            yield from read_feed_file(feed, published, config)


def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feed files or http(s) URLs.")],
    db: DbOption = Path("eventwire.duckdb"),
    every: Annotated[float, typer.Option("--every", min=0.1, help="Minutes between polls.")] = 15.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    published: Annotated[
        str | None, typer.Option(help="Date for items that carry none, YYYY-MM-DD.")
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Poll feeds and ingest the items not stored yet (stop with Ctrl-C)."""
    from eventwire.runner.batch import ingest_items
    from eventwire.runner.pipeline import Pipeline
    from eventwire.store.writer import open_writer

    published = _check_date(published, "--published")
    with _errors(debug):
        pipeline = Pipeline(Config.from_env())
    try:
        while True:
            with _errors(debug), open_writer(db) as database:

                def on_item(result: object) -> None:
                    if isinstance(result, EventwireError):
                        _report(result)

                report = ingest_items(
                    _items(feeds, published, pipeline.config),
                    db=database,
                    pipeline=pipeline,
                    command="watch " + " ".join(feeds),
                    debug=debug,
                    on_item=on_item,
                )
            err.print(
                f"{time.strftime('%H:%M:%S')} {report.new} new items, {report.skipped} seen, "
                f"{report.events} events, {len(report.failures)} failures → {db}",
                highlight=False,
            )
            if once:
                if report.failures:
                    raise typer.Exit(1)
                return
            time.sleep(every * 60)
    except KeyboardInterrupt:
        err.print("stopped")
