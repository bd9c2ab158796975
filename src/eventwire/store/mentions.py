"""One event, many mentions: story events built from the events of many articles.

Like GDELT 2.0's Events and Mentions tables, every stored event is a *mention* of exactly one
*story event*; the same happening reported by several articles (or twice in one article) is one
story event with several mentions. :func:`update_story_events` runs at the end of every ingest:
it first marks near-duplicate articles (:mod:`eventwire.store.dedup`), then gives every event
that has no mention row yet its story event, oldest article first.

The story rule, exactly. An event's *day* is its own date, else its article's published date.
Its *key* is (type, actor key, recipient key, polarity, status) where

* for an event with a resolved recipient, the actor key is its first actor code and the
  recipient key its first recipient code (``events.actor_code``, ``events.recipient_code``);
* for an event without a resolved recipient (a reciprocal meeting, or a one-sided act), the actor
  key is its actor codes sorted and joined by ``+`` (``RUS+USA``) and the recipient key is null.

An event joins an existing story event with the same key whose date (the day of its founding
mention) is within ``WINDOW_DAYS`` = 1 day of the event's day (``|Δ| ≤ 1``); among several, the
nearest date wins, then the earlier date, then the smaller id. Otherwise it founds a new story
event, dated by its day. An event with no actor code or no day founds its own story event and
nothing ever joins it. Story events never merge or split later: the first mention decides.

A story event's ``id`` is the GDELT-style GlobalEventID of its founding mention (see
:func:`global_event_id`), so it is stable across runs and exports. Its counts:

* ``mentions``: its mention rows (every article's event, wire copies included);
* ``articles``: distinct articles with a mention (wire copies included, as GDELT's NumArticles);
* ``originals``: distinct *original* reports — a near-duplicate article counts as the article it
  copies (``coalesce(duplicate_of, id)``), so wire copies of a report already counted add nothing;
* ``outlets``: distinct outlets — the article's ``outlet`` as stored, else its URL's host;
  articles with neither are not counted;
* ``confidence``: the highest confidence of its mentions.

Signals count story events (once each, whatever their mentions); the descriptive fields of a
story event (type, codes, Goldstein, sentence…) are those of its founding mention.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.store.db import Database
from eventwire.store.dedup import DedupResult, deduplicate
from eventwire.store.writes import insert_rows

WINDOW_DAYS = 1
CHUNK = 500  # articles whose events are assigned per transaction

# One row per event without a mention row, in the articles of the chunk; sentence_index ranks
# the event's sentence among the distinct evidence sentences of its whole article.
_PENDING_SQL = """
WITH chunk AS (
    SELECT a.id, a.published, a.ingested, a.rowid AS row
    FROM articles a
    WHERE EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND NOT EXISTS (
        SELECT 1 FROM event_mentions m WHERE m.article_id = e.article_id AND m.event_id = e.id))
    ORDER BY a.ingested, a.rowid
    LIMIT ?
),
offsets AS (
    SELECT x.article_id, x.event_id,
           min(x.span_start) FILTER (WHERE x.role = 'actor') AS actor_offset,
           min(x.span_start) FILTER (WHERE x.role = 'recipient') AS recipient_offset
    FROM actors x WHERE x.article_id IN (SELECT id FROM chunk)
    GROUP BY x.article_id, x.event_id
),
ranked AS (
    SELECT e.article_id, e.id, e.type, e.polarity, e.status,
           CASE WHEN len(e.recipient_codes) > 0 THEN e.actor_code
                ELSE nullif(array_to_string(list_sort(e.actor_codes), '+'), '') END AS actor_key,
           e.recipient_code AS recipient_key,
           coalesce(e.date, c.published) AS day,
           dense_rank() OVER (PARTITION BY e.article_id ORDER BY e.sentence_start) - 1
               AS sentence_index,
           e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end,
           o.actor_offset, o.recipient_offset, e.confidence, c.ingested, c.row, e.position
    FROM events e JOIN chunk c ON c.id = e.article_id
    LEFT JOIN offsets o ON o.article_id = e.article_id AND o.event_id = e.id
)
SELECT * FROM ranked r
WHERE NOT EXISTS (
    SELECT 1 FROM event_mentions m WHERE m.article_id = r.article_id AND m.event_id = r.id)
ORDER BY r.ingested, r.row, r.position
"""

_STORIES_SQL = """
SELECT s.id, s.type, s.actor_key, s.recipient_key, s.polarity, s.status, s.date
FROM story_events s
JOIN (SELECT DISTINCT unnest(?::VARCHAR[]) AS type, unnest(?::VARCHAR[]) AS actor_key,
             unnest(?::VARCHAR[]) AS recipient_key, unnest(?::VARCHAR[]) AS polarity,
             unnest(?::VARCHAR[]) AS status) k
  ON s.type = k.type AND s.actor_key = k.actor_key
 AND s.recipient_key IS NOT DISTINCT FROM k.recipient_key
 AND s.polarity = k.polarity AND s.status = k.status
WHERE s.date BETWEEN ?::DATE - ?::INTEGER AND ?::DATE + ?::INTEGER
"""

# The outlet of an article: its outlet as stored, else the host of its URL.
OUTLET_SQL = (
    "coalesce(nullif(trim(a.outlet), ''), nullif(lower(regexp_extract(a.url,"
    " '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)', 1)), ''))"
)

_RECOUNT_SQL = f"""
UPDATE story_events SET mentions = c.mentions, articles = c.articles, originals = c.originals,
       outlets = c.outlets, confidence = c.confidence
FROM (
    SELECT m.story_id, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
           count(DISTINCT coalesce(a.duplicate_of, a.id)) AS originals,
           count(DISTINCT {OUTLET_SQL}) AS outlets, max(m.confidence) AS confidence
    FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.story_id IN (SELECT unnest(?::BIGINT[]))
    GROUP BY m.story_id
) c
WHERE story_events.id = c.story_id
"""

_MENTION_COLUMNS = (
    ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("story_id", "BIGINT"),
    ("sentence_index", "INTEGER"), ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
    ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"), ("actor_offset", "INTEGER"),
    ("recipient_offset", "INTEGER"), ("confidence", "DOUBLE"),
)  # fmt: skip
_STORY_COLUMNS = (
    ("id", "BIGINT"), ("type", "VARCHAR"), ("actor_key", "VARCHAR"),
    ("recipient_key", "VARCHAR"), ("polarity", "VARCHAR"), ("status", "VARCHAR"),
    ("date", "DATE"), ("article_id", "VARCHAR"), ("event_id", "VARCHAR"),
)  # fmt: skip

Key = tuple[str, str, str | None, str, str]


@dataclass(frozen=True)
class StoryUpdate:
    """What one :func:`update_story_events` call did.

    Attributes:
        articles: articles deduplicated (signed) by this call.
        copies: of those, articles marked as near-duplicates.
        mentions: events given their story event.
        stories: story events created.
    """

    articles: int = 0
    copies: int = 0
    mentions: int = 0
    stories: int = 0


@dataclass
class _Story:
    id: int
    date: date


def global_event_id(article_id: str, event_id: str) -> int:
    """Return the stable 63-bit GlobalEventID of an event: MD5(article, U+001F, event) >> 1."""
    digest = hashlib.md5(f"{article_id}\x1f{event_id}".encode(), usedforsecurity=False)
    return int(digest.hexdigest()[:16], 16) >> 1


def update_story_events(db: Database) -> StoryUpdate:
    """Mark near-duplicate articles, then give every event without one its story event.

    Incremental and idempotent: only articles not yet deduplicated and events without a mention
    row are read; running it again with nothing new changes nothing. Work is done in chunks of
    articles, one transaction each, so an interrupted call is finished by the next one.

    Raises:
        StoreError: the database is read-only or a write failed.
    """
    if db.read_only:
        raise StoreError(f"database {db.path} is open read-only; story events need a writable one")
    con = db.con
    try:
        copies: DedupResult = deduplicate(con)
        mentions = stories = 0
        while True:
            pending = _fetch(con, _PENDING_SQL, [CHUNK])
            if not pending:
                break
            con.begin()
            try:
                added = _assign(con, pending)
                con.commit()
            except BaseException:
                con.rollback()
                raise
            mentions += len(pending)
            stories += added
    except duckdb.Error as error:
        raise StoreError(f"could not update story events in {db.path}: {error}") from error
    return StoryUpdate(copies.articles, copies.copies, mentions, stories)


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _key(event: dict[str, Any]) -> Key | None:
    """Return the story key of an event, or None when it cannot join a story."""
    if event["actor_key"] is None or event["day"] is None:
        return None
    return (
        event["type"],
        event["actor_key"],
        event["recipient_key"],
        event["polarity"],
        event["status"],
    )


def _assign(con: duckdb.DuckDBPyConnection, pending: list[dict[str, Any]]) -> int:
    """Give each pending event (in order) a story event; return how many stories were made."""
    stories = _candidates(con, pending)
    new_stories: list[dict[str, Any]] = []
    for event in pending:
        key = _key(event)
        story = _nearest(stories.get(key, []), event["day"]) if key is not None else None
        if story is None:
            story = _Story(global_event_id(event["article_id"], event["id"]), event["day"])
            fields = ("type", "actor_key", "recipient_key", "polarity", "status", "article_id")
            new_stories.append(
                {name: event[name] for name in fields}
                | {"id": story.id, "date": event["day"], "event_id": event["id"]}
            )
            if key is not None:
                stories.setdefault(key, []).append(story)
        event["story_id"] = story.id
        event["event_id"] = event["id"]
    insert_rows(con, "story_events", _STORY_COLUMNS, new_stories, extra=_NEW_STORY)
    insert_rows(con, "event_mentions", _MENTION_COLUMNS, pending)
    touched = sorted({event["story_id"] for event in pending})
    con.execute(_RECOUNT_SQL, [touched])
    return len(new_stories)


_NEW_STORY = {
    "mentions": "0",
    "articles": "0",
    "originals": "0",
    "outlets": "0",
    "confidence": "0",
    "added": "timezone('UTC', now())",
}


def _candidates(
    con: duckdb.DuckDBPyConnection, pending: list[dict[str, Any]]
) -> dict[Key, list[_Story]]:
    """Return the stored story events that pending events may join, by key."""
    keyed = [(key, event["day"]) for event in pending if (key := _key(event)) is not None]
    if not keyed:
        return {}
    columns = [[key[i] for key, _ in keyed] for i in range(5)]
    days = [day for _, day in keyed]
    params = [*columns, min(days), WINDOW_DAYS, max(days), WINDOW_DAYS]
    found: dict[Key, list[_Story]] = {}
    for row in con.execute(_STORIES_SQL, params).fetchall():
        story_id, type_, actor, recipient, polarity, status, day = row
        story_key: Key = (type_, actor, recipient, polarity, status)
        found.setdefault(story_key, []).append(_Story(int(story_id), day))
    return found


def _nearest(stories: list[_Story], day: date) -> _Story | None:
    """Return the story within the window nearest to ``day`` (ties: earlier date, smaller id)."""
    within = [s for s in stories if abs((s.date - day).days) <= WINDOW_DAYS]
    if not within:
        return None
    return min(within, key=lambda s: (abs((s.date - day).days), s.date, s.id))
