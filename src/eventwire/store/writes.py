"""Writing documents: one transaction per batch, each table filled by one column-wise insert.

An article is written whole or not at all, and only once: a document whose article id is already
stored is skipped entirely, so writing the same article twice changes nothing. Rows go in as one
``INSERT … SELECT unnest(?), unnest(?), …`` per table, with each column passed as a typed list;
that is some fifty times faster than ``executemany`` in DuckDB and needs no Arrow or pandas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.schema import ActorMention, Document, Event, PlaceRef

Row = dict[str, Any]

# Column name and DuckDB type of every column the writer fills, in table order. The names are
# constants of this module, never user input, so they may be spliced into SQL text.
_ARTICLES = (
    ("id", "VARCHAR"), ("title", "VARCHAR"), ("outlet", "VARCHAR"), ("url", "VARCHAR"),
    ("published", "DATE"), ("language", "VARCHAR"), ("text", "VARCHAR"), ("run_id", "VARCHAR"),
    ("coder_version", "VARCHAR"), ("config_hash", "VARCHAR"), ("doc_schema", "VARCHAR"),
    ("warnings", "VARCHAR[]"),
)  # fmt: skip
_MENTION = (("text", "VARCHAR"), ("name", "VARCHAR"), ("code", "VARCHAR"), ("sector", "VARCHAR"))
_EVENTS = (
    ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("position", "INTEGER"), ("type", "VARCHAR"),
    ("mode", "VARCHAR"), ("context", "VARCHAR[]"), ("polarity", "VARCHAR"), ("status", "VARCHAR"),
    *((f"attributed_{name}", kind) for name, kind in _MENTION),
    ("attributed_role", "VARCHAR"), ("attributed_start", "INTEGER"), ("attributed_end", "INTEGER"),
    ("date", "DATE"), ("date_text", "VARCHAR"), ("date_basis", "VARCHAR"),
    ("location_text", "VARCHAR"), ("location_name", "VARCHAR"), ("location_geonameid", "BIGINT"),
    ("location_country", "VARCHAR"), ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"),
    ("location_start", "INTEGER"), ("location_end", "INTEGER"),
    ("sentence", "VARCHAR"), ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
    ("trigger", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("cameo", "VARCHAR"), ("goldstein", "DOUBLE"), ("plover_score", "DOUBLE"), ("quad", "INTEGER"),
    ("confidence", "DOUBLE"), ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"),
    ("actor_code", "VARCHAR"), ("recipient_code", "VARCHAR"),
)  # fmt: skip
_ACTORS = (
    ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("role", "VARCHAR"),
    ("position", "INTEGER"), *_MENTION, ("role_title", "VARCHAR"),
    ("span_start", "INTEGER"), ("span_end", "INTEGER"),
)  # fmt: skip
_QUOTES = (
    ("article_id", "VARCHAR"), ("n", "INTEGER"),
    *((f"speaker_{name}", kind) for name, kind in _MENTION), ("speaker_role", "VARCHAR"),
    ("speaker_mention_start", "INTEGER"), ("speaker_mention_end", "INTEGER"),
    ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("cue", "VARCHAR"),
    ("text", "VARCHAR"), ("kind", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
)  # fmt: skip
_QUANTITIES = (
    ("article_id", "VARCHAR"), ("n", "INTEGER"), ("value", "DOUBLE"), ("unit", "VARCHAR"),
    ("currency", "VARCHAR"), ("approx", "VARCHAR"), ("counts", "VARCHAR"), ("text", "VARCHAR"),
    ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("event_id", "VARCHAR"),
    ("high", "DOUBLE"),
)  # fmt: skip
_PLACES = (
    ("article_id", "VARCHAR"), ("n", "INTEGER"), ("text", "VARCHAR"), ("name", "VARCHAR"),
    ("geonameid", "BIGINT"), ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
    ("spans", "INTEGER[][]"),
)  # fmt: skip


@dataclass(frozen=True)
class WriteResult:
    """What one call to ``write_documents`` did.

    Attributes:
        new: articles written.
        skipped: articles left alone because their id was already stored (or repeated in the batch).
        new_ids: the ids written, in input order.
        skipped_ids: the ids skipped, in input order.
    """

    new: int
    skipped: int
    new_ids: tuple[str, ...] = ()
    skipped_ids: tuple[str, ...] = ()


def known_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Return those of ``ids`` that are already stored, in one query."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
    ).fetchall()
    return {str(row[0]) for row in rows}


def write_documents(
    con: duckdb.DuckDBPyConnection, documents: Sequence[Document], *, run_id: str, label: str
) -> WriteResult:
    """Write the documents not yet stored, all in one transaction.

    Args:
        con: a read-write connection with no transaction open.
        documents: the batch; an id already stored, or repeated in the batch, is skipped.
        run_id: the run (from ``start_run``) the new articles belong to.
        label: the database's path, for messages.

    Raises:
        StoreError: a document cannot be stored (a date that is not a real day, an event id used
            twice in one article), the run is unknown, or DuckDB refused the write. Nothing of the
            batch is written then.
    """
    for document in documents:
        _check(document)
    con.begin()
    try:
        result = _write_batch(con, documents, run_id=run_id, label=label)
        con.commit()
    except duckdb.Error as error:
        con.rollback()
        raise StoreError(
            f"could not write a batch of {len(documents)} documents to {label}: {error}"
        ) from error
    except BaseException:
        con.rollback()
        raise
    return result


def _write_batch(
    con: duckdb.DuckDBPyConnection, documents: Sequence[Document], *, run_id: str, label: str
) -> WriteResult:
    """Insert the new documents' rows; the caller owns the transaction."""
    if con.execute("SELECT 1 FROM runs WHERE id = ?", [run_id]).fetchone() is None:
        raise StoreError(f"run {run_id!r} is not in {label}; start it with start_run() first")
    known = known_article_ids(con, (document.article.id for document in documents))
    fresh: list[Document] = []
    new_ids: list[str] = []
    skipped_ids: list[str] = []
    for document in documents:
        article_id = document.article.id
        if article_id in known:
            skipped_ids.append(article_id)
            continue
        known.add(article_id)
        new_ids.append(article_id)
        fresh.append(document)
    tables: dict[str, list[Row]] = {
        "articles": [],
        "events": [],
        "actors": [],
        "quotes": [],
        "quantities": [],
        "places": [],
    }
    for document in fresh:
        _collect(document, run_id=run_id, tables=tables)
    ingested = {"ingested": "timezone('UTC', now())"}
    insert_rows(con, "articles", _ARTICLES, tables["articles"], extra=ingested)
    insert_rows(con, "events", _EVENTS, tables["events"])
    insert_rows(con, "actors", _ACTORS, tables["actors"])
    insert_rows(con, "quotes", _QUOTES, tables["quotes"])
    insert_rows(con, "quantities", _QUANTITIES, tables["quantities"])
    insert_rows(con, "places", _PLACES, tables["places"])
    return WriteResult(len(new_ids), len(skipped_ids), tuple(new_ids), tuple(skipped_ids))


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: tuple[tuple[str, str], ...],
    rows: list[Row],
    *,
    extra: dict[str, str] | None = None,
) -> None:
    """Insert ``rows`` with one statement, one typed list parameter per column."""
    if not rows:
        return
    extra = extra or {}
    names = [name for name, _ in columns] + list(extra)
    selects = [f"unnest(?::{kind}[])" for _, kind in columns] + list(extra.values())
    sql = f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(selects)}"
    con.execute(sql, [[row[name] for row in rows] for name, _ in columns])


def _check(document: Document) -> None:
    """Refuse what the tables cannot hold faithfully, naming the article and the value."""
    article_id = document.article.id
    _parse_date(document.article.published, where=f"article {article_id!r} published")
    seen: set[str] = set()
    for event in document.events:
        if event.id in seen:
            raise StoreError(
                f"article {article_id!r}: event id {event.id!r} is used twice; "
                "expected ids unique within an article"
            )
        seen.add(event.id)
        _parse_date(event.date, where=f"article {article_id!r} event {event.id!r} date")


def _parse_date(value: str | None, *, where: str) -> date | None:
    """Return the ISO date as a ``date``; a well-formed but impossible day is an error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise StoreError(f"{where}: {value!r} is not a calendar date (YYYY-MM-DD)") from error


def _collect(document: Document, *, run_id: str, tables: dict[str, list[Row]]) -> None:
    """Append the rows of one document to ``tables``."""
    article = document.article
    tables["articles"].append(
        {
            "id": article.id,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "published": _parse_date(article.published, where=article.id),
            "language": article.language,
            "text": article.text,
            "run_id": run_id,
            "coder_version": document.coder.version,
            "config_hash": document.coder.config,
            "doc_schema": document.schema_,
            "warnings": list(document.warnings),
        }
    )
    for position, event in enumerate(document.events):
        tables["events"].append(_event_row(article.id, position, event))
        for role, mentions in (("actor", event.actor), ("recipient", event.recipient)):
            for index, mention in enumerate(mentions):
                tables["actors"].append(
                    {
                        "article_id": article.id,
                        "event_id": event.id,
                        "role": role,
                        "position": index,
                        "text": mention.text,
                        "name": mention.name,
                        "code": mention.code,
                        "sector": mention.sector,
                        "role_title": mention.role,
                        "span_start": mention.span[0],
                        "span_end": mention.span[1],
                    }
                )
    for n, quote in enumerate(document.quotes):
        speaker = _mention_row(quote.speaker, "speaker_", span_prefix="speaker_mention_")
        row = {"article_id": article.id, "n": n, **speaker}
        speaker_span = _span(quote.speaker_span)
        tables["quotes"].append(
            row
            | {
                "speaker_start": speaker_span[0],
                "speaker_end": speaker_span[1],
                "cue": quote.cue,
                "text": quote.text,
                "kind": quote.kind,
                "span_start": quote.span[0],
                "span_end": quote.span[1],
            }
        )
    for n, quantity in enumerate(document.quantities):
        fields = quantity.model_dump(exclude={"span", "event"})
        tables["quantities"].append(
            {"article_id": article.id, "n": n, **fields}
            | {"span_start": quantity.span[0], "span_end": quantity.span[1]}
            | {"event_id": quantity.event}
        )
    for n, place in enumerate(document.places):
        tables["places"].append({"article_id": article.id, "n": n, **place.model_dump()})


def _event_row(article_id: str, position: int, event: Event) -> Row:
    """Return the ``events`` row of one event (its actors go to the ``actors`` table)."""
    attributed = _mention_row(event.attributed_to, "attributed_", span_prefix="attributed_")
    evidence = event.evidence
    actor_codes = _codes(event.actor)
    recipient_codes = _codes(event.recipient)
    return {
        "article_id": article_id,
        "id": event.id,
        "position": position,
        "type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "polarity": event.polarity,
        "status": event.status,
        **attributed,
        "date": _parse_date(event.date, where=event.id),
        "date_text": event.date_text,
        "date_basis": event.date_basis,
        **_place_row(event.location),
        "sentence": evidence.sentence,
        "sentence_start": evidence.span[0],
        "sentence_end": evidence.span[1],
        "trigger": evidence.trigger,
        "trigger_start": evidence.trigger_span[0],
        "trigger_end": evidence.trigger_span[1],
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "plover_score": event.plover_score,
        "quad": event.quad,
        "confidence": event.confidence,
        "actor_codes": actor_codes,
        "recipient_codes": recipient_codes,
        "actor_code": actor_codes[0] if actor_codes else None,
        "recipient_code": recipient_codes[0] if recipient_codes else None,
    }


def _mention_row(mention: ActorMention | None, prefix: str, *, span_prefix: str) -> Row:
    """Flatten a mention to ``{prefix}text … {prefix}role, {span_prefix}start/end`` (or Nones)."""
    keys = ("text", "name", "code", "sector", "role")
    row: Row = {f"{prefix}{key}": getattr(mention, key, None) for key in keys}
    row[f"{span_prefix}start"], row[f"{span_prefix}end"] = _span(getattr(mention, "span", None))
    return row


def _place_row(place: PlaceRef | None) -> Row:
    """Flatten an event's location to the ``location_*`` columns (or Nones)."""
    keys = ("text", "name", "geonameid", "country", "lat", "lon")
    row: Row = {f"location_{key}": getattr(place, key, None) for key in keys}
    row["location_start"], row["location_end"] = _span(getattr(place, "span", None))
    return row


def _codes(mentions: list[ActorMention]) -> list[str]:
    """Return the distinct non-null codes of the mentions, in mention order."""
    return list(dict.fromkeys(mention.code for mention in mentions if mention.code is not None))


def _span(span: list[int] | None) -> tuple[int | None, int | None]:
    """Return a span's two ends, or two Nones for a missing span."""
    return (span[0], span[1]) if span is not None else (None, None)
