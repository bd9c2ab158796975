"""Small documents built directly with pydantic, and a fresh database per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.schema import (
    ActorMention,
    Article,
    Coder,
    Document,
    Event,
    Evidence,
    Place,
    PlaceRef,
    Quantity,
    Quote,
)
from eventwire.store.db import Database

TEXT = (
    "KYIV, Feb. 14 (Wire) - U.S. President Joe Biden spoke by phone on Sunday with Ukrainian "
    "President Volodymyr Zelensky, the White House said. "
    "Moscow has not pulled back more than 130,000 troops from the border, State Department "
    'spokesman Ned Price told reporters. "We are watching very closely," Price said.'
)
SENTENCE = TEXT[: TEXT.index("Moscow")].rstrip()

NAMES = {
    "USA": ("Joe Biden", "Biden"),
    "UKR": ("Volodymyr Zelensky", "Zelensky"),
    "RUS": ("Vladimir Putin", "Moscow"),
    "NATO": ("North Atlantic Treaty Organization", "President"),
    "DEU": ("Olaf Scholz", "Ukrainian"),
}


def span_of(fragment: str, text: str = TEXT) -> list[int]:
    """Return the [start, end) span of the first occurrence of ``fragment``."""
    start = text.index(fragment)
    return [start, start + len(fragment)]


def mention(code: str | None, *, role: str | None = "head of state") -> ActorMention:
    """Return a mention of the actor with this code (or an unresolved one)."""
    name, surface = NAMES.get(code or "", (None, "spokesman"))
    sector = "GOV" if code else None
    return ActorMention(
        text=surface, name=name, code=code, sector=sector, role=role, span=span_of(surface)
    )


def make_event(
    event_id: str,
    type: str = "CONSULT",
    *,
    actors: tuple[str | None, ...] = ("USA",),
    recipients: tuple[str | None, ...] = ("UKR",),
    date: str | None = "2022-02-13",
    **fields: Any,
) -> Event:
    """Return an event whose actors and recipients carry these codes."""
    return Event(
        id=event_id,
        type=type,
        actor=[mention(code) for code in actors],
        recipient=[mention(code) for code in recipients],
        date=date,
        evidence=Evidence(
            sentence=SENTENCE,
            span=[0, len(SENTENCE)],
            trigger="spoke by phone",
            trigger_span=span_of("spoke by phone"),
        ),
        **fields,
    )


def full_event(event_id: str = "e1") -> Event:
    """Return an event with every optional field set."""
    return make_event(
        event_id,
        actors=("USA", None),
        recipients=("UKR",),
        mode="phone",
        context=["diplomatic", "security"],
        status="actual",
        attributed_to=mention(None, role="spokesman"),
        date_text="Sunday",
        location=PlaceRef(
            text="KYIV",
            name="Kyiv",
            geonameid=703448,
            country="UKR",
            lat=50.45,
            lon=30.52,
            span=span_of("KYIV"),
        ),
        cameo="040",
        goldstein=1.0,
        plover_score=1.5,
        quad=1,
        confidence=0.9,
    )


def make_document(
    article_id: str = "a1",
    *,
    published: str | None = "2022-02-14",
    outlet: str | None = "Wire",
    events: list[Event] | None = None,
    with_facts: bool = True,
) -> Document:
    """Return a document; by default with one full event, two quotes, a quantity and places."""
    quotes: list[Quote] = []
    quantities: list[Quantity] = []
    places: list[Place] = []
    if with_facts:
        quotes = [
            Quote(
                speaker=ActorMention(
                    text="Price", name="Ned Price", code="USA", sector="GOV", span=span_of("Price")
                ),
                cue="said",
                text="We are watching very closely,",
                kind="direct",
                span=span_of("We are watching very closely,"),
                speaker_span=span_of("Price said"),
            ),
            Quote(text="Moscow has not pulled back", kind="indirect", span=span_of("Moscow has")),
        ]
        quantities = [
            Quantity(
                value=130000,
                unit="troops",
                approx="more than",
                counts="troops",
                text="more than 130,000 troops",
                span=span_of("more than 130,000 troops"),
                event="e1",
            ),
            Quantity(value=2.5, unit="USD", currency="USD", text="2.5", span=[0, 0]),
        ]
        places = [
            Place(
                text="KYIV",
                name="Kyiv",
                geonameid=703448,
                country="UKR",
                lat=50.45,
                lon=30.52,
                spans=[span_of("KYIV"), [10, 14]],
            ),
            Place(text="the border", name="border", spans=[]),
        ]
    return Document(
        coder=Coder(version="0.1.0", config="sha256:test"),
        article=Article(
            id=article_id,
            title=f"Biden and Zelensky talk ({article_id})",
            outlet=outlet,
            url=f"https://example.org/{article_id}",
            published=published,
            text=TEXT,
        ),
        events=[full_event()] if events is None else events,
        quotes=quotes,
        quantities=quantities,
        places=places,
        warnings=["test warning"],
    )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database file."""
    with Database(tmp_path / "test.duckdb") as database:
        yield database


@pytest.fixture
def run_id(db: Database) -> str:
    """A started run in ``db``."""
    return db.start_run(
        coder_version="0.1.0", config_hash="sha256:test", command="test", config_json="{}"
    )


@pytest.fixture
def dump_tables(db: Database) -> Callable[[], dict[str, list[tuple[Any, ...]]]]:
    """Return a function giving every table's full content, sorted."""
    tables = ("articles", "events", "actors", "quotes", "quantities", "places", "runs")

    def dump() -> dict[str, list[tuple[Any, ...]]]:
        return {
            table: db.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in tables
        }

    return dump


@pytest.fixture(name="make_doc")
def make_doc_fixture() -> Callable[..., Document]:
    """The document builder (conftest modules are not imported by test files)."""
    return make_document


@pytest.fixture(name="make_ev")
def make_ev_fixture() -> Callable[..., Event]:
    """The event builder."""
    return make_event
