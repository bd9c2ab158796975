"""The JSON API under ``/api``: events, quotes, articles, dyads and dyad signals (read-only)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from eventwire import signals
from eventwire.schema import Document, EventType
from eventwire.store import search
from eventwire.web.app import open_db
from eventwire.web.models import (
    DyadTotal,
    EventsPage,
    Frequency,
    QuotesPage,
    SignalAlert,
    SignalPoint,
    Signals,
    StoredEvent,
    StoredQuote,
)


class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` written as ``\\u`` escapes.

    The values are unchanged for any JSON reader, but no article text in an answer can be taken
    for markup if a browser or a careless client ever treats the body as HTML.
    """

    def render(self, content: Any) -> bytes:
        body = super().render(content)
        return body.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")


router = APIRouter(prefix="/api", tags=["api"], default_response_class=SafeJSONResponse)

MAX_LIMIT = 1000
MAX_OFFSET = 10**9
CODE_PATTERN = r"^[A-Za-z0-9]{1,40}$"
DYAD_PATTERN = r"^[A-Za-z0-9]{1,40}-[A-Za-z0-9]{1,40}$"

Code = Annotated[
    str | None, Query(max_length=40, description="An actor code, e.g. RUS (case ignored).")
]
Since = Annotated[date | None, Query(description="First date included, YYYY-MM-DD.")]
Until = Annotated[date | None, Query(description="Last date included, YYYY-MM-DD.")]
Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many rows first.")]


def clean_code(value: str | None) -> str | None:
    """Return a code filter stripped, or None when it is empty (no filter)."""
    if value is None or not value.strip():
        return None
    return value.strip()


def parse_dyad(text: str) -> tuple[str, str]:
    """Return a dyad's two codes, upper-cased and sorted (``ukr-rus`` → ``("RUS", "UKR")``).

    Raises:
        HTTPException: 422 when ``text`` is not two different codes joined by ``-``.
    """
    if re.fullmatch(DYAD_PATTERN, text) is None:
        raise HTTPException(422, "dyad: expected two codes joined by '-', like RUS-UKR")
    first, second = sorted(part.upper() for part in text.split("-"))
    if first == second:
        raise HTTPException(422, "dyad: expected two different codes, like RUS-UKR")
    return first, second


@router.get("/events", response_model=EventsPage)
def api_events(
    request: Request,
    actor: Code = None,
    recipient: Code = None,
    type: Annotated[EventType | None, Query(description="A PLOVER event type.")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventsPage:
    """Events matching every filter given (newest article last), and their total count."""
    found = search.EventFilter(
        actor=clean_code(actor),
        recipient=clean_code(recipient),
        type=type,
        since=since,
        until=until,
    )
    with open_db(request) as db:
        total = search.count_events(db.con, found)
        rows = db.events(
            actor=found.actor,
            recipient=found.recipient,
            type=found.type,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        )
    events = [StoredEvent.model_validate(row) for row in rows]
    return EventsPage(total=total, limit=limit, offset=offset, events=events)


@router.get("/quotes", response_model=QuotesPage)
def api_quotes(
    request: Request,
    speaker: Annotated[
        str | None, Query(max_length=100, description="Speaker code or part of a name.")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> QuotesPage:
    """Quotes, optionally by one speaker, and their total count."""
    wanted = clean_code(speaker)
    with open_db(request) as db:
        total = search.count_quotes(db.con, wanted)
        rows = db.quotes(speaker=wanted, limit=limit, offset=offset)
    quotes = [StoredQuote.model_validate(row) for row in rows]
    return QuotesPage(total=total, limit=limit, offset=offset, quotes=quotes)


@router.get("/articles/{article_id:path}", response_model=Document)
def api_article(
    request: Request,
    article_id: Annotated[str, Path(max_length=300, description="The article's id.")],
) -> Document:
    """The stored document of one article (the same JSON as ``eventwire extract``)."""
    with open_db(request) as db:
        document = db.document(article_id)
    if document is None:
        raise HTTPException(404, "no article with this id")
    return document


@router.get("/dyads", response_model=list[DyadTotal])
def api_dyads(request: Request) -> list[DyadTotal]:
    """Every dyad with asserted, actual events, most active first."""
    with open_db(request) as db:
        rows = signals.dyad_totals(db.con)
    return [DyadTotal.model_validate(row) for row in rows]


@router.get("/signals", response_model=Signals)
def api_signals(
    request: Request,
    dyad: Annotated[str, Query(max_length=81, description="Two codes, e.g. RUS-UKR.")],
    freq: Annotated[Frequency, Query(description="day, week or month.")] = "day",
    since: Since = None,
    until: Until = None,
) -> Signals:
    """A dyad's time series (counts by quad class, scores, escalation index) and its alerts."""
    a, b = parse_dyad(dyad)
    name = f"{a}-{b}"
    first = since.isoformat() if since else None
    last = until.isoformat() if until else None
    with open_db(request) as db:
        series = signals.series(db.con, freq=freq, dyad=name, since=first, until=last)
        alerts = signals.alerts(db.con, freq=freq, dyad=name, since=first, until=last)
    return Signals(
        dyad=name,
        freq=freq,
        series=[SignalPoint.model_validate(row) for row in series],
        alerts=[SignalAlert.model_validate(dataclasses.asdict(alert)) for alert in alerts],
    )
