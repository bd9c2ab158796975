"""Which events and articles an export holds, given ``--since`` and ``--until``.

The rules (docs/exports.md):

- an **event** is exported when its date lies in [since, until], using the article's published
  date when the event has none — the rule of ``eventwire events`` — so events with neither date
  are left out of a date-filtered export;
- an **article** is exported when it was published in [since, until] (the rule of
  ``eventwire articles``) *or* when one of its events is exported, so every exported event joins
  to its article; an article's quotes, quantities and places follow the article.

Without either bound everything is exported. The selection is held in two temporary tables of the
export's own connection, ``export_events`` and ``export_articles``, that the writers join to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from eventwire.export.staging import ExportError

_EVENTS = """
CREATE OR REPLACE TEMP TABLE export_events AS
SELECT e.article_id, e.id
FROM events e JOIN articles a ON a.id = e.article_id
WHERE (CAST(? AS DATE) IS NULL OR coalesce(e.date, a.published) >= CAST(? AS DATE))
  AND (CAST(? AS DATE) IS NULL OR coalesce(e.date, a.published) <= CAST(? AS DATE))
"""

_ARTICLES = """
CREATE OR REPLACE TEMP TABLE export_articles AS
SELECT a.id
FROM articles a
WHERE (CAST(? AS DATE) IS NULL AND CAST(? AS DATE) IS NULL)
   OR ((CAST(? AS DATE) IS NULL OR a.published >= CAST(? AS DATE))
       AND (CAST(? AS DATE) IS NULL OR a.published <= CAST(? AS DATE)))
   OR a.id IN (SELECT article_id FROM export_events)
"""

_COUNTS = "SELECT (SELECT count(*) FROM export_articles), (SELECT count(*) FROM export_events)"


@dataclass(frozen=True)
class Selection:
    """The date range asked for and how many articles and events it holds."""

    since: date | None
    until: date | None
    articles: int
    events: int


def parse_date(value: str | date | None, option: str) -> date | None:
    """Return a ``--since``/``--until`` value as a date.

    Raises:
        ExportError: the value is not a ``YYYY-MM-DD`` date.
    """
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ExportError(f"{option} {value!r}: expected a date as YYYY-MM-DD") from error


def select(con: duckdb.DuckDBPyConnection, *, since: date | None, until: date | None) -> Selection:
    """Create the ``export_events`` and ``export_articles`` tables and count them.

    Raises:
        ExportError: ``since`` is after ``until``.
    """
    if since is not None and until is not None and since > until:
        raise ExportError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}; "
            "expected since <= until"
        )
    con.execute(_EVENTS, [since, since, until, until])
    con.execute(_ARTICLES, [since, until, since, since, until, until])
    row = con.execute(_COUNTS).fetchone()
    articles, events = row if row is not None else (0, 0)
    return Selection(since=since, until=until, articles=int(articles), events=int(events))


def release(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the selection tables."""
    con.execute("DROP TABLE IF EXISTS export_events")
    con.execute("DROP TABLE IF EXISTS export_articles")
