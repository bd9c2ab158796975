"""The PLOVER export: one PLOVER JSON record per event, in ``events.jsonl``.

Field names follow the "Data Fields" chapter of the PLOVER manual (Open Event Data Alliance,
draft 2.0, github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex): ``id``, ``date``, ``actor`` and
``recipient`` (lists of entity objects: ``code``, ``sector``, ``entity_text``,
``identifier_text``, ``office``), ``event`` (a list), ``mode`` and ``context`` (lists, or null),
``event_loc`` (``extracted_place``, ``resolved_place``, ``geonameid``, ``lat``, ``lon``,
``country_code``), ``event_text``, ``quad_code``, ``event_scale``, ``text``, ``text_info``,
``cite_info``, ``coder``, ``coded_date`` and ``coded_time``. The manual suggests one record per
line (JSONL) and allows providers' own fields beside its own: eventwire adds ``polarity``,
``status`` and the rest listed in docs/exports.md. Every event is exported, negated and future
ones included: count only ``"polarity": "asserted"`` records as events that happened.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from eventwire.export.records import Row, articles, events, json_line
from eventwire.export.selection import Selection

FILE = "events.jsonl"
CODEBOOK = "PLOVER 2.0 (draft)"


def _entity(mention: Row | None) -> Row | None:
    """An eventwire actor mention as a PLOVER entity object (plus its span)."""
    if mention is None:
        return None
    return {
        "code": mention["code"],
        "sector": mention["sector"],
        "entity_text": mention["text"],
        "identifier_text": mention["name"],
        "office": mention["role"],
        "span": mention["span"],
    }


def _location(location: Row | None) -> Row | None:
    """An event's place as a PLOVER location object (plus its span)."""
    if location is None:
        return None
    return {
        "extracted_place": location["text"],
        "resolved_place": location["name"],
        "geonameid": location["geonameid"],
        "lat": location["lat"],
        "lon": location["lon"],
        "country_code": location["country"],
        "span": location["span"],
    }


def record(event: Row, article: Row) -> dict[str, Any]:
    """Return the PLOVER record of one event (``event`` as :func:`records.events` yields it)."""
    evidence = event["evidence"]
    ingested: datetime = article["ingested"]
    published = article["published"]
    return {
        "id": f"{event['article_id']}:{event['id']}",
        "date": event["date"],
        "actor": [_entity(mention) for mention in event["actor"]],
        "recipient": [_entity(mention) for mention in event["recipient"]],
        "event": [event["type"]],
        "mode": [event["mode"]] if event["mode"] else None,
        "context": list(event["context"]) or None,
        "event_loc": _location(event["location"]),
        "event_text": [evidence["trigger"]],
        "quad_code": event["quad"],
        "event_scale": event["plover_score"],
        "text": evidence["sentence"],
        "text_info": {
            "start": evidence["span"][0],
            "end": evidence["span"][1],
            "event_text_start": evidence["trigger_span"][0],
            "event_text_end": evidence["trigger_span"][1],
        },
        "cite_info": {
            "citation": event["article_id"],
            "url": article["url"],
            "title": article["title"],
            "language": article["language"],
            "publication": article["outlet"],
            "coder": f"eventwire {article['coder_version']}",
            "codebook": CODEBOOK,
        },
        "coder": f"eventwire {article['coder_version']} ({article['config_hash']})",
        "coded_date": ingested.date().isoformat(),
        "coded_time": ingested.time().isoformat(timespec="seconds") + "Z",
        # eventwire's own fields (the manual allows providers to add named fields).
        "polarity": event["polarity"],
        "status": event["status"],
        "attributed_to": _entity(event["attributed_to"]),
        "date_text": event["date_text"],
        "date_basis": event["date_basis"],
        "published": published.isoformat() if published is not None else None,
        "cameo": event["cameo"],
        "goldstein": event["goldstein"],
        "confidence": event["confidence"],
        "article_id": event["article_id"],
        "event_id": event["id"],
    }


def write_plover(
    con: duckdb.DuckDBPyConnection, folder: Path, selection: Selection
) -> dict[str, int]:
    """Write ``events.jsonl`` into ``folder``; return its line count."""
    by_id = articles(con)
    count = 0
    with (folder / FILE).open("w", encoding="utf-8", newline="\n") as stream:
        for event in events(con, selection):
            stream.write(json_line(record(event, by_id[event["article_id"]])))
            count += 1
    return {FILE: count}
