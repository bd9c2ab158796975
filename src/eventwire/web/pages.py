"""The dashboard's server-rendered pages (Jinja2, autoescaped); no SQL here, only the library.

HTML forms send empty fields as empty strings, so page parameters arrive as text and are checked
here: an empty field is no filter, a malformed date is a 422 page.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from eventwire import signals
from eventwire.schema import EVENT_TYPES
from eventwire.store import search
from eventwire.web import charts, highlight
from eventwire.web.api import clean_code, parse_dyad
from eventwire.web.app import open_db

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE_SIZE = 50
Text = Annotated[str, Query(max_length=200)]
PageNumber = Annotated[int, Query(ge=1, le=10**6)]


def _render(request: Request, template: str, context: dict[str, Any]) -> Response:
    templates = request.app.state.templates
    response: Response = templates.TemplateResponse(request, template, context)
    return response


def _date(value: str, name: str) -> date | None:
    """An optional date field: empty means none; anything else must be YYYY-MM-DD."""
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(422, f"{name}: expected a date YYYY-MM-DD") from None


def _type(value: str) -> str | None:
    if not value.strip():
        return None
    wanted = value.strip().upper()
    if wanted not in EVENT_TYPES:
        raise HTTPException(422, f"type: expected one of {', '.join(EVENT_TYPES)}")
    return wanted


@router.get("/")
def index(request: Request) -> Response:
    """Counts, the latest events, the most active dyads and the latest alerts."""
    with open_db(request) as db:
        summary = db.summary()
        latest = search.search_events(db.con, search.EventFilter(), limit=10)
        dyads = signals.dyad_totals(db.con)[:10]
        alerts = signals.alerts(db.con, freq="day")
    return _render(
        request,
        "index.html",
        {"summary": summary, "latest": latest, "dyads": dyads, "alerts": alerts[-10:][::-1]},
    )


@router.get("/events")
def events_page(
    request: Request,
    actor: Text = "",
    recipient: Text = "",
    type: Text = "",
    since: Text = "",
    until: Text = "",
    q: Text = "",
    page: PageNumber = 1,
) -> Response:
    """Search events by actor, recipient, type, dates and text, a page at a time."""
    found = search.EventFilter(
        actor=clean_code(actor),
        recipient=clean_code(recipient),
        type=_type(type),
        since=_date(since, "since"),
        until=_date(until, "until"),
        q=q.strip() or None,
    )
    with open_db(request) as db:
        total = search.count_events(db.con, found)
        rows = search.search_events(db.con, found, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    form = {"actor": actor, "recipient": recipient, "type": type, "since": since}
    form |= {"until": until, "q": q}
    return _render(
        request,
        "events.html",
        {
            "events": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "form": form,
            "types": EVENT_TYPES,
        },
    )


@router.get("/dyads/{dyad}")
def dyad_page(
    request: Request,
    dyad: Annotated[str, Path(max_length=81)],
    freq: Annotated[str, Query(pattern="^(day|week|month)$")] = "week",
) -> Response:
    """A dyad's cooperation/conflict timeline, its alerts and its events with evidence."""
    a, b = parse_dyad(dyad)
    name = f"{a}-{b}"
    with open_db(request) as db:
        series = signals.series(db.con, freq=freq, dyad=name)
        alerts = signals.alerts(db.con, freq=freq, dyad=name)
        found = search.EventFilter(dyad=(a, b))
        total = search.count_events(db.con, found)
        rows = search.search_events(db.con, found, limit=200)
    return _render(
        request,
        "dyad.html",
        {
            "dyad": name,
            "freq": freq,
            "series": series,
            "alerts": alerts,
            "events": rows,
            "total": total,
            "spec": charts.spec_json(charts.dyad_timeline(series, freq=freq)),
        },
    )


@router.get("/network")
def network_page(request: Request) -> Response:
    """The actor network: actors as nodes, dyads as edges weighted by event count."""
    with open_db(request) as db:
        dyads = signals.dyad_totals(db.con)
    spec = charts.spec_json(charts.network(dyads))
    return _render(request, "network.html", {"dyads": dyads, "spec": spec})


@router.get("/map")
def map_page(request: Request) -> Response:
    """A choropleth of asserted events per country."""
    with open_db(request) as db:
        rows = search.events_by_code(db.con)
    counts = charts.country_counts(rows)
    spec = charts.country_map(counts, topojson_url="/static/countries-110m.json")
    return _render(request, "map.html", {"counts": counts, "spec": charts.spec_json(spec)})


@router.get("/quotes")
def quotes_page(request: Request, speaker: Text = "", page: PageNumber = 1) -> Response:
    """Quotes, optionally by one speaker (code or part of a name)."""
    wanted = clean_code(speaker)
    with open_db(request) as db:
        total = search.count_quotes(db.con, wanted)
        rows = db.quotes(speaker=wanted, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return _render(
        request,
        "quotes.html",
        {
            "quotes": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "speaker": speaker,
        },
    )


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: Annotated[str, Path(max_length=300)]) -> Response:
    """One article's text with its spans highlighted, and each event with its evidence."""
    with open_db(request) as db:
        document = db.document(article_id)
    if document is None:
        raise HTTPException(404, "no article with this id")
    body = highlight.highlight(document.article.text, highlight.marks(document))
    return _render(request, "article.html", {"document": document, "body": body})
