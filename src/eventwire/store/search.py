"""Search queries for browsing a database (the dashboard's): what the named queries do not cover.

Event search with a text filter, a dyad filter, paging and a total count; quote counts; events per
country. Every value from a request is a bound parameter: the only text spliced into SQL is this
module's own constant clauses. Filters mean what they mean in :func:`eventwire.store.queries.events`
(codes compared ignoring case; dates on the event's date, else the article's published date), so
a count here matches the rows the store returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

Row = dict[str, Any]

_EVENT_DAY = "coalesce(e.date, a.published)"

_SEARCH_SQL = f"""
SELECT e.article_id, e.id, e.type, e.mode, e.polarity, e.status,
       strftime({_EVENT_DAY}, '%Y-%m-%d') AS date,
       e.actor_codes, e.recipient_codes, e.trigger, e.sentence, e.goldstein, e.quad,
       e.confidence, a.title, a.outlet
FROM events e JOIN articles a ON a.id = e.article_id
"""

_COUNT_SQL = "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id\n"


@dataclass(frozen=True)
class EventFilter:
    """What an event search keeps; every field left None keeps everything.

    Attributes:
        actor: a code among the event's actor codes (case ignored).
        recipient: a code among its recipient codes (case ignored).
        type: a PLOVER type (already validated and upper-cased).
        since: first day included (event date, else published date).
        until: last day included.
        q: a substring of the evidence sentence, the trigger or the article's title.
        dyad: two codes; the event holds one as actor and the other as recipient (either way), or
            both as actors of a reciprocal event, as :mod:`eventwire.signals` counts dyads.
    """

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    dyad: tuple[str, str] | None = None

    def where(self) -> tuple[str, list[Any]]:
        """Return the WHERE clause (empty when nothing is filtered) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("list_contains([upper(c) FOR c IN e.actor_codes], upper(?))")
            params.append(self.actor.strip())
        if self.recipient:
            clauses.append("list_contains([upper(c) FOR c IN e.recipient_codes], upper(?))")
            params.append(self.recipient.strip())
        if self.type:
            clauses.append("e.type = ?")
            params.append(self.type)
        if self.since is not None:
            clauses.append(f"{_EVENT_DAY} >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append(f"{_EVENT_DAY} <= ?")
            params.append(self.until)
        if self.q:
            clauses.append(
                "(contains(lower(e.sentence), lower(?)) OR contains(lower(e.trigger), lower(?))"
                " OR contains(lower(coalesce(a.title, '')), lower(?)))"
            )
            params += [self.q, self.q, self.q]
        if self.dyad is not None:
            a, b = self.dyad
            clauses.append(
                "((list_contains(e.actor_codes, ?) AND list_contains(e.recipient_codes, ?))"
                " OR (list_contains(e.actor_codes, ?) AND list_contains(e.recipient_codes, ?))"
                " OR (len(e.recipient_codes) = 0 AND list_contains(e.actor_codes, ?)"
                " AND list_contains(e.actor_codes, ?)))"
            )
            params += [a, b, b, a, a, b]
        where = "WHERE " + " AND ".join(clauses) + "\n" if clauses else ""
        return where, params


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[Row]:
    """Run a query and return its rows as dicts keyed by column name."""
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> int:
    row = con.execute(sql, list(params)).fetchone()
    return int(row[0]) if row is not None else 0


def count_events(con: duckdb.DuckDBPyConnection, found: EventFilter) -> int:
    """Return how many events ``found`` keeps."""
    where, params = found.where()
    return _scalar(con, _COUNT_SQL + where, params)


def search_events(
    con: duckdb.DuckDBPyConnection,
    found: EventFilter,
    *,
    limit: int,
    offset: int = 0,
    newest_first: bool = True,
) -> list[Row]:
    """Return one page of events as flat rows (codes, trigger, sentence, article title).

    Ordered by event day (newest first unless ``newest_first`` is False), then article and the
    event's position in it, so paging is stable.
    """
    where, params = found.where()
    direction = "DESC" if newest_first else "ASC"
    order = f"ORDER BY {_EVENT_DAY} {direction} NULLS LAST, e.article_id, e.position\n"
    rows = _fetch(con, _SEARCH_SQL + where + order + "LIMIT ? OFFSET ?", [*params, limit, offset])
    for row in rows:
        row["actor_codes"] = list(row["actor_codes"])
        row["recipient_codes"] = list(row["recipient_codes"])
    return rows


def count_quotes(con: duckdb.DuckDBPyConnection, speaker: str | None) -> int:
    """Return how many quotes :meth:`Database.quotes` keeps for this ``speaker`` filter."""
    if not speaker:
        return _scalar(con, "SELECT count(*) FROM quotes", [])
    needle = speaker.strip()
    return _scalar(
        con,
        "SELECT count(*) FROM quotes q WHERE upper(q.speaker_code) = upper(?)"
        " OR contains(lower(q.speaker_name), lower(?))"
        " OR contains(lower(q.speaker_text), lower(?))",
        [needle, needle, needle],
    )


def events_by_code(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Return ``{code, events}`` rows: asserted events each code takes part in (either role)."""
    return _fetch(
        con,
        "SELECT code, count(*) AS events FROM ("
        " SELECT DISTINCT e.article_id, e.id, c.code"
        " FROM events e, unnest(list_concat(e.actor_codes, e.recipient_codes)) AS c(code)"
        " WHERE e.polarity = 'asserted') GROUP BY code ORDER BY events DESC, code",
        [],
    )
