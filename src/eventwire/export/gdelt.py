"""The GDELT-style export: GDELT 2.0-like ``events.tsv`` and ``mentions.tsv``.

The column names and meanings follow the GDELT 2.0 Event and Mentions codebooks; docs/exports.md
gives the mapping from eventwire's fields column by column. The files are tab-separated UTF-8 with
a header row (GDELT's own files have none) and no quoting: tabs and line breaks inside text are
written as spaces, an empty cell is a null. Read them with
``read_csv('events.tsv', delim='\\t', quote='', escape='', header=true)``.

As in GDELT 2.0, ``events.tsv`` holds one row per *story event* and ``mentions.tsv`` one row per
mention (:mod:`eventwire.store.mentions`): every selected stored event is one mention row, keyed
by its story event's ``GlobalEventID``; a story event has its ``events.tsv`` row in the export
that selects its founding mention, described by that mention, with ``NumMentions``,
``NumSources`` and ``NumArticles`` counted over the whole database. A mention may therefore
point to a story event exported earlier (as GDELT's Mentions files do). ``GlobalEventID`` is
stable across exports: the first 63 bits of MD5(article id, U+001F, event id) of the founding
mention, as an integer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import duckdb
import pycountry

from eventwire.export.records import Row, articles, events
from eventwire.export.selection import Selection
from eventwire.store.mentions import global_event_id
from eventwire.store.stories import EVENT_STORIES_SQL

EVENTS_FILE = "events.tsv"
MENTIONS_FILE = "mentions.tsv"

EVENT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
    "EventwireArticleID", "EventwireEventID", "PloverType", "PloverMode", "PloverContext",
    "Polarity", "Status", "Actor1Codes", "Actor2Codes", "PloverScore",
)  # fmt: skip

MENTION_COLUMNS = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
    "EventwireArticleID", "EventwireEventID", "SentenceCharStart", "SentenceCharEnd",
    "Sentence",
)  # fmt: skip

MENTION_WEB = 1  # GDELT MentionType: a web page, identified by its URL
MENTION_CITATION = 2  # GDELT MentionType: a citation only, identified by a textual id
NO_OFFSET = -1  # GDELT's value for an actor not found in the text

_WHITESPACE = re.compile(r"[\t\r\n\v\f\x85\u2028\u2029]+")


# The story event of every selected event, and when its founding article was stored.
_STORIES_SQL = f"""
SELECT x.*, f.ingested AS story_added
FROM ({EVENT_STORIES_SQL}) x
JOIN export_events s ON s.article_id = x.article_id AND s.id = x.event_id
JOIN articles f ON f.id = x.founding_article_id
"""


def _stories(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], Row]:
    """Return the story of every selected event, keyed by (article id, event id)."""
    cursor = con.execute(_STORIES_SQL)
    names = [column[0] for column in cursor.description or []]
    rows = (dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return {(row["article_id"], row["event_id"]): row for row in rows}


def _cell(value: Any) -> str:
    """One TSV cell: null as empty, text with tabs and line breaks as spaces."""
    if value is None:
        return ""
    return _WHITESPACE.sub(" ", str(value))


def _line(stream: TextIO, cells: Sequence[Any]) -> None:
    stream.write("\t".join(_cell(value) for value in cells) + "\n")


def _stamp(moment: datetime) -> str:
    """GDELT's YYYYMMDDHHMMSS timestamp (UTC)."""
    return moment.strftime("%Y%m%d%H%M%S")


def _is_country(code: str) -> bool:
    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def _party(mentions: list[Row]) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, Type1Code of a GDELT actor.

    GDELT has one actor a side; eventwire's compound parties are lists, so the first mention with
    a resolved code stands for the side (the full lists are in Actor1Codes and Actor2Codes).
    """
    if not mentions:
        return [None] * 5
    mention = next((m for m in mentions if m["code"]), mentions[0])
    code: str | None = mention["code"]
    sector: str | None = mention["sector"]
    full = (code or "") + (sector or "") or None
    country = code if code and _is_country(code) else None
    group = code if code and not country else None
    return [full, mention["name"] or mention["text"], country, group, sector]


def _first_offset(mentions: list[Row]) -> int:
    return min((m["span"][0] for m in mentions), default=NO_OFFSET)


def _event_row(event: Row, article: Row, story: Row) -> list[Any]:
    day = event["date"] or (article["published"].isoformat() if article["published"] else None)
    digits = day.replace("-", "") if day else None
    cameo: str | None = event["cameo"]
    location = event["location"] or {}
    lead = event["evidence"]["span"][0] < article["lead_end"]
    return [
        story["story_id"],
        digits,
        digits[:6] if digits else None,
        digits[:4] if digits else None,
        *_party(event["actor"]),
        *_party(event["recipient"]),
        1 if lead else 0,
        cameo,
        cameo[:3] if cameo else None,
        cameo[:2] if cameo else None,
        event["quad"],
        event["goldstein"],
        story["mentions"],
        story["outlets"],
        story["articles"],
        None,
        None,
        location.get("name"),
        location.get("country"),
        location.get("lat"),
        location.get("lon"),
        location.get("geonameid"),
        _stamp(article["ingested"]),
        article["url"],
        event["article_id"],
        event["id"],
        event["type"],
        event["mode"],
        ";".join(event["context"]),
        event["polarity"],
        event["status"],
        ";".join(dict.fromkeys(m["code"] for m in event["actor"] if m["code"])),
        ";".join(dict.fromkeys(m["code"] for m in event["recipient"] if m["code"])),
        event["plover_score"],
    ]


def _mention_row(event: Row, article: Row, story: Row) -> list[Any]:
    evidence = event["evidence"]
    url: str | None = article["url"]
    source = article["outlet"] or (urlsplit(url).hostname if url else None)
    index: int | None = story["sentence_index"]
    return [
        story["story_id"],
        _stamp(story["story_added"]),
        _stamp(article["ingested"]),
        MENTION_WEB if url else MENTION_CITATION,
        source,
        url or event["article_id"],
        index + 1 if index is not None else None,
        _first_offset(event["actor"]),
        _first_offset(event["recipient"]),
        evidence["trigger_span"][0],
        1,
        round(event["confidence"] * 100),
        article["text_length"],
        None,
        None,
        None,
        event["article_id"],
        event["id"],
        evidence["span"][0],
        evidence["span"][1],
        evidence["sentence"],
    ]


def write_gdelt(
    con: duckdb.DuckDBPyConnection, folder: Path, selection: Selection
) -> dict[str, int]:
    """Write ``events.tsv`` and ``mentions.tsv`` into ``folder``; return their row counts."""
    by_id = articles(con)
    by_event = _stories(con)
    count = mentions = 0
    with (
        (folder / EVENTS_FILE).open("w", encoding="utf-8", newline="\n") as event_stream,
        (folder / MENTIONS_FILE).open("w", encoding="utf-8", newline="\n") as mention_stream,
    ):
        _line(event_stream, EVENT_COLUMNS)
        _line(mention_stream, MENTION_COLUMNS)
        for event in events(con, selection):
            article = by_id[event["article_id"]]
            story = by_event[(event["article_id"], event["id"])]
            if (story["founding_article_id"], story["founding_event_id"]) == (
                event["article_id"],
                event["id"],
            ):
                _line(event_stream, _event_row(event, article, story))
                count += 1
            _line(mention_stream, _mention_row(event, article, story))
            mentions += 1
    return {EVENTS_FILE: count, MENTIONS_FILE: mentions}


__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "global_event_id", "write_gdelt"]
