"""Reading story events and their mentions (written by :mod:`eventwire.store.mentions`).

Every stored event is a mention of one story event once ``update_story_events`` has run (every
ingest runs it). An event written some other way and not yet assigned — a database filled with
``Database.write_documents`` alone — counts as a story event of its own with one mention, whose
id is the GlobalEventID its story would get, so readers never lose an event.
"""

from __future__ import annotations

from typing import Any

import duckdb

from eventwire.store.mentions import OUTLET_SQL

Row = dict[str, Any]

# SQL for the GDELT-style GlobalEventID of an event (see mentions.global_event_id).
EVENT_KEY_SQL = "(('0x' || md5(e.article_id || chr(31) || e.id)[1:16])::UBIGINT >> 1)::BIGINT"

# One row per story event, described by its founding mention: the fields signals and exports
# need, the story's date (``day``), confidence and counts.
STORY_UNITS_SQL = f"""
SELECT s.id AS story_id, e.article_id, e.id, e.type, e.mode, e.quad, e.goldstein,
       e.plover_score, s.confidence, e.actor_codes, e.recipient_codes, e.sentence,
       e.polarity, e.status, s.date AS day, s.mentions, s.articles, s.originals, s.outlets
FROM story_events s JOIN events e ON e.article_id = s.article_id AND e.id = s.event_id
UNION ALL
SELECT {EVENT_KEY_SQL} AS story_id, e.article_id, e.id, e.type, e.mode, e.quad, e.goldstein,
       e.plover_score, e.confidence, e.actor_codes, e.recipient_codes, e.sentence,
       e.polarity, e.status, coalesce(e.date, a.published) AS day, 1 AS mentions, 1 AS articles,
       1 AS originals, CASE WHEN {OUTLET_SQL} IS NULL THEN 0 ELSE 1 END AS outlets
FROM events e JOIN articles a ON a.id = e.article_id
WHERE NOT EXISTS (
    SELECT 1 FROM event_mentions m WHERE m.article_id = e.article_id AND m.event_id = e.id)
"""

# The story of every event (assigned or not), with its place in the story.
EVENT_STORIES_SQL = f"""
SELECT e.article_id, e.id AS event_id, coalesce(m.story_id, {EVENT_KEY_SQL}) AS story_id,
       m.sentence_index, coalesce(s.article_id, e.article_id) AS founding_article_id,
       coalesce(s.event_id, e.id) AS founding_event_id,
       coalesce(s.mentions, 1) AS mentions, coalesce(s.articles, 1) AS articles,
       coalesce(s.originals, 1) AS originals,
       coalesce(s.outlets, CASE WHEN {OUTLET_SQL} IS NULL THEN 0 ELSE 1 END) AS outlets
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_id = e.id
LEFT JOIN story_events s ON s.id = m.story_id
"""


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[Row]:
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def story_events(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Return every story event (founding mention's fields, date as ``day``, counts), by id."""
    rows = _fetch(con, f"SELECT * FROM ({STORY_UNITS_SQL}) ORDER BY day NULLS LAST, story_id", [])
    for row in rows:
        row["day"] = row["day"].isoformat() if row["day"] is not None else None
    return rows


def story_mentions(con: duckdb.DuckDBPyConnection, story_id: int) -> list[Row]:
    """Return the mention rows of one story event, in the order they were stored."""
    return _fetch(
        con,
        "SELECT m.*, a.outlet, a.duplicate_of FROM event_mentions m"
        " JOIN articles a ON a.id = m.article_id"
        " WHERE m.story_id = ? ORDER BY a.ingested, a.rowid, m.sentence_start, m.event_id",
        [story_id],
    )
