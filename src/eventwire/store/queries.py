"""Named read queries: events, articles, quotes, whole documents and a summary.

Every query is parameterised; the only text spliced into SQL is this module's own constants.
Results are plain dicts shaped like the document's parts (dates as ``YYYY-MM-DD`` strings, spans
as ``[start, end]``), ordered deterministically: by the article's published date (undated
articles last), then article id, then the part's order within the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.schema import EVENT_TYPES, Document

Row = dict[str, Any]

# Actors are fetched flat in a second query and attached in Python: DuckDB turns nested lists
# of structs into Python objects several times more slowly than flat rows.
_MENTIONS_SQL = """
SELECT article_id, event_id, role, text, name, code, sector, role_title, span_start, span_end
FROM actors WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY article_id, event_id, role, position
"""

_EVENTS_SQL = """
SELECT e.article_id, e.id, e.type, e.mode, e.context, e.polarity, e.status,
       e.attributed_text, e.attributed_name, e.attributed_code, e.attributed_sector,
       e.attributed_role, e.attributed_start, e.attributed_end,
       e.date, e.date_text, e.date_basis,
       e.location_text, e.location_name, e.location_geonameid, e.location_country,
       e.location_lat, e.location_lon, e.location_start, e.location_end,
       e.sentence, e.sentence_start, e.sentence_end, e.trigger, e.trigger_start, e.trigger_end,
       e.cameo, e.goldstein, e.plover_score, e.quad, e.confidence
FROM events e JOIN articles a ON a.id = e.article_id
"""

_QUOTES_SQL = """
SELECT q.article_id, q.speaker_text, q.speaker_name, q.speaker_code, q.speaker_sector,
       q.speaker_role, q.speaker_mention_start, q.speaker_mention_end, q.cue, q.text, q.kind,
       q.span_start, q.span_end, q.speaker_start, q.speaker_end
FROM quotes q JOIN articles a ON a.id = q.article_id
"""

_ARTICLES_SQL = """
SELECT a.id, a.title, a.outlet, a.url, a.published, a.language, a.run_id, a.coder_version,
       a.config_hash, a.ingested, a.warnings,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS event_count,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quote_count,
       (SELECT count(*) FROM quantities n WHERE n.article_id = a.id) AS quantity_count,
       (SELECT count(*) FROM places p WHERE p.article_id = a.id) AS place_count{text}
FROM articles a
"""


class _Filters:
    """WHERE clauses (module constants) and their parameters, built up one filter at a time."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self, order_by: str, limit: int | None, offset: int) -> str:
        """Return the WHERE, ORDER BY, LIMIT and OFFSET tail (adding their parameters)."""
        where = f"WHERE {' AND '.join(self.clauses)}\n" if self.clauses else ""
        if limit is not None and limit < 0:
            raise StoreError(f"limit {limit}: expected a number of rows, 0 or more")
        if offset < 0:
            raise StoreError(f"offset {offset}: expected a number of rows to skip, 0 or more")
        tail = f"ORDER BY {order_by}\n"
        if limit is not None:
            tail += "LIMIT ? "
            self.params.append(limit)
        self.params.append(offset)
        return where + tail + "OFFSET ?"


def _date_arg(value: str | date | None, name: str) -> date | None:
    """Return a since/until argument as a date."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise StoreError(f"{name} {value!r}: expected a date as YYYY-MM-DD") from error


def _date_range(
    filters: _Filters, column: str, since: str | date | None, until: str | date | None
) -> None:
    """Keep rows whose ``column`` lies in [since, until], both ends included."""
    if (start := _date_arg(since, "since")) is not None:
        filters.add(f"{column} >= ?", start)
    if (end := _date_arg(until, "until")) is not None:
        filters.add(f"{column} <= ?", end)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[Row]:
    """Run a query and return its rows as dicts keyed by column name."""
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _mention(row: Row, prefix: str, start: str, end: str) -> Row | None:
    """Rebuild an ActorMention dict from flat columns, or None when there is none."""
    if row[f"{prefix}text"] is None:
        return None
    fields = ("text", "name", "code", "sector", "role")
    mention: Row = {field: row[f"{prefix}{field}"] for field in fields}
    mention["span"] = [row[start], row[end]]
    return mention


def _event(row: Row, mentions: dict[tuple[str, str, str], list[Row]]) -> Row:
    location = None
    if row["location_name"] is not None:
        fields = ("text", "name", "geonameid", "country", "lat", "lon")
        location = {field: row[f"location_{field}"] for field in fields}
        location["span"] = [row["location_start"], row["location_end"]]
    return {
        "article_id": row["article_id"],
        "id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "context": list(row["context"]),
        "actor": mentions.get((row["article_id"], row["id"], "actor"), []),
        "recipient": mentions.get((row["article_id"], row["id"], "recipient"), []),
        "polarity": row["polarity"],
        "status": row["status"],
        "attributed_to": _mention(row, "attributed_", "attributed_start", "attributed_end"),
        "date": _iso(row["date"]),
        "date_text": row["date_text"],
        "date_basis": row["date_basis"],
        "location": location,
        "evidence": {
            "sentence": row["sentence"],
            "span": [row["sentence_start"], row["sentence_end"]],
            "trigger": row["trigger"],
            "trigger_span": [row["trigger_start"], row["trigger_end"]],
        },
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "plover_score": row["plover_score"],
        "quad": row["quad"],
        "confidence": row["confidence"],
    }


def events(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: str | None = None,
    include_negated: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[Row]:
    """Return events as dicts: ``article_id`` plus every field of the document's event.

    ``actor``/``recipient`` match when any of the event's actor (recipient) codes equals the
    code, ignoring case. ``since``/``until`` (inclusive) apply to the event's date, or to the
    article's published date when the event has none; events with neither are left out of a
    date-filtered query.
    """
    filters = _Filters()
    for column, code in (("e.actor_codes", actor), ("e.recipient_codes", recipient)):
        if code is not None:
            filters.add(f"list_contains([upper(c) FOR c IN {column}], upper(?))", code.strip())
    if type is not None:
        wanted = type.strip().upper()
        if wanted not in EVENT_TYPES:
            raise StoreError(f"event type {type!r}: expected one of {', '.join(EVENT_TYPES)}")
        filters.add("e.type = ?", wanted)
    _date_range(filters, "coalesce(e.date, a.published)", since, until)
    if article_id is not None:
        filters.add("e.article_id = ?", article_id)
    if not include_negated:
        filters.add("e.polarity = 'asserted'")
    tail = filters.sql("a.published NULLS LAST, e.article_id, e.position", limit, offset)
    rows = _fetch(con, _EVENTS_SQL + tail, filters.params)
    mentions = _mentions(con, [row["article_id"] for row in rows])
    return [_event(row, mentions) for row in rows]


def _mentions(
    con: duckdb.DuckDBPyConnection, article_ids: list[str]
) -> dict[tuple[str, str, str], list[Row]]:
    """Return the actor mentions of these articles' events, keyed by (article, event, role)."""
    found: dict[tuple[str, str, str], list[Row]] = {}
    if not article_ids:
        return found
    cursor = con.execute(_MENTIONS_SQL, [list(dict.fromkeys(article_ids))])
    for (
        article_id,
        event_id,
        role,
        text,
        name,
        code,
        sector,
        title,
        start,
        end,
    ) in cursor.fetchall():
        found.setdefault((article_id, event_id, role), []).append(
            {
                "text": text,
                "name": name,
                "code": code,
                "sector": sector,
                "role": title,
                "span": [start, end],
            }
        )
    return found


def _quote(row: Row) -> Row:
    speaker = _mention(row, "speaker_", "speaker_mention_start", "speaker_mention_end")
    speaker_span = (
        None if row["speaker_start"] is None else [row["speaker_start"], row["speaker_end"]]
    )
    return {
        "article_id": row["article_id"],
        "speaker": speaker,
        "cue": row["cue"],
        "text": row["text"],
        "kind": row["kind"],
        "span": [row["span_start"], row["span_end"]],
        "speaker_span": speaker_span,
    }


def quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Row]:
    """Return quotes as dicts: ``article_id`` plus every field of the document's quote.

    ``speaker`` matches the speaker's code (ignoring case) or a substring of the speaker's
    resolved name or text (ignoring case). ``since``/``until`` apply to the article's published
    date.
    """
    filters = _Filters()
    if speaker is not None:
        needle = speaker.strip()
        filters.add(
            "(upper(q.speaker_code) = upper(?) OR contains(lower(q.speaker_name), lower(?))"
            " OR contains(lower(q.speaker_text), lower(?)))",
            needle,
            needle,
            needle,
        )
    _date_range(filters, "a.published", since, until)
    if article_id is not None:
        filters.add("q.article_id = ?", article_id)
    tail = filters.sql("a.published NULLS LAST, q.article_id, q.n", limit, offset)
    return [_quote(row) for row in _fetch(con, _QUOTES_SQL + tail, filters.params)]


def articles(
    con: duckdb.DuckDBPyConnection,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    outlet: str | None = None,
    with_text: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Row]:
    """Return articles as dicts: ``id``, metadata, counts of their parts, ``text`` if asked.

    ``outlet`` matches the outlet's name exactly, ignoring case; ``since``/``until`` apply to the
    published date.
    """
    filters = _Filters()
    _date_range(filters, "a.published", since, until)
    if outlet is not None:
        filters.add("lower(a.outlet) = lower(?)", outlet.strip())
    sql = _ARTICLES_SQL.format(text=",\n       a.text" if with_text else "")
    rows = _fetch(
        con, sql + filters.sql("a.published NULLS LAST, a.id", limit, offset), filters.params
    )
    for row in rows:
        row["published"] = _iso(row["published"])
        ingested: datetime = row["ingested"]
        row["ingested"] = ingested.isoformat(timespec="seconds") + "Z"
        row["warnings"] = list(row["warnings"])
    return rows


def document(con: duckdb.DuckDBPyConnection, article_id: str) -> Document | None:
    """Rebuild the stored document of one article, or None when the id is not stored."""
    found = _fetch(
        con,
        "SELECT id, title, outlet, url, published, language, text, coder_version, config_hash,"
        " doc_schema, warnings FROM articles WHERE id = ?",
        [article_id],
    )
    if not found:
        return None
    row = found[0]
    article_fields = ("id", "title", "outlet", "url", "language", "text")
    article = {field: row[field] for field in article_fields} | {
        "published": _iso(row["published"])
    }
    parts = {
        "quantities": "SELECT value, high, unit, currency, approx, counts, text,"
        " [span_start, span_end] AS span, event_id AS event FROM quantities"
        " WHERE article_id = ? ORDER BY n",
        "places": "SELECT text, name, geonameid, country, lat, lon, spans"
        " FROM places WHERE article_id = ? ORDER BY n",
    }
    return Document.model_validate(
        {
            "schema": row["doc_schema"],
            "coder": {"version": row["coder_version"], "config": row["config_hash"]},
            "article": article,
            "events": [
                {key: value for key, value in event.items() if key != "article_id"}
                for event in events(con, article_id=article_id)
            ],
            "quotes": [
                {key: value for key, value in quote.items() if key != "article_id"}
                for quote in quotes(con, article_id=article_id)
            ],
            **{name: _fetch(con, sql, [article_id]) for name, sql in parts.items()},
            "warnings": list(row["warnings"]),
        }
    )


def summary(con: duckdb.DuckDBPyConnection, *, top: int = 10) -> Row:
    """Return counts of everything stored, events by type and the ``top`` most frequent dyads.

    ``events_by_type`` maps each type to ``{"asserted": n, "all": n}``, most frequent first.
    ``top_dyads`` counts asserted events for every (actor code, recipient code) pair they hold.
    """
    counts = _fetch(
        con,
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM events) AS events,"
        " (SELECT count(*) FROM events WHERE polarity = 'asserted') AS events_asserted,"
        " (SELECT count(*) FROM quotes) AS quotes,"
        " (SELECT count(*) FROM quantities) AS quantities,"
        " (SELECT count(*) FROM places) AS places,"
        " (SELECT count(*) FROM runs) AS runs,"
        " (SELECT min(published) FROM articles) AS published_first,"
        " (SELECT max(published) FROM articles) AS published_last",
        [],
    )[0]
    counts["published_first"] = _iso(counts["published_first"])
    counts["published_last"] = _iso(counts["published_last"])
    by_type = _fetch(
        con,
        "SELECT type, count(*) FILTER (WHERE polarity = 'asserted') AS asserted,"
        " count(*) AS total FROM events GROUP BY type ORDER BY total DESC, type",
        [],
    )
    dyads = _fetch(
        con,
        "SELECT actor, recipient, count(*) AS events"
        " FROM events e, unnest(e.actor_codes) AS a(actor),"
        " unnest(e.recipient_codes) AS r(recipient)"
        " WHERE e.polarity = 'asserted'"
        " GROUP BY actor, recipient ORDER BY events DESC, actor, recipient LIMIT ?",
        [top],
    )
    counts["events_by_type"] = {
        row["type"]: {"asserted": row["asserted"], "all": row["total"]} for row in by_type
    }
    counts["top_dyads"] = dyads
    return counts
