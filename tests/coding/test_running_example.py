"""The running example of docs/mission.md (a wire report of Monday 14 February 2022), end to end."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.schema import Document, Event

TEXT = (
    "Chancellor Olaf Scholz arrived in Kyiv on Monday and warned that a Russian attack on Ukraine "
    'would bring "very far-reaching" sanctions. In Kyiv he announced a loan of about $170 million. '
    "The United States will close its embassy in the capital, Secretary of State Antony Blinken "
    "said. Russia has massed more than 130,000 troops near the border. Biden spoke with Zelensky "
    'by phone on Sunday. The European Union said its missions "are not closing."'
)


@pytest.fixture(scope="module")
def document() -> Document:
    return eventwire.extract(TEXT, published="2022-02-14")


def find(document: Document, event_type: str, actor: str) -> Event:
    for event in document.events:
        if event.type == event_type and actor in [a.code for a in event.actor]:
            return event
    raise AssertionError(f"no {actor} {event_type} in {[e.type for e in document.events]}")


def recipients(event: Event) -> list[str | None]:
    return [r.code for r in event.recipient]


def test_visit(document: Document) -> None:
    event = find(document, "CONSULT", "DEU")
    assert (event.mode, recipients(event), event.date) == ("visit", ["UKR"], "2022-02-14")
    assert event.location is not None and event.location.name == "Kyiv"


def test_threat_not_sanction(document: Document) -> None:
    assert recipients(find(document, "THREATEN", "DEU")) == ["RUS"]
    assert not [e for e in document.events if e.type == "SANCTION" and "DEU" in str(e.actor)]


def test_aid_with_its_amount(document: Document) -> None:
    event = find(document, "AID", "DEU")
    assert recipients(event) == ["UKR"]
    money = [q for q in document.quantities if q.currency == "USD"]
    assert money and money[0].value == 170_000_000 and money[0].approx == "about"
    assert money[0].event == event.id  # the loan's amount sizes the loan


def test_embassy_closure_withdraws_from_ukraine(document: Document) -> None:
    event = find(document, "SANCTION", "USA")
    assert (event.mode, recipients(event)) == ("withdraw", ["UKR"])
    assert event.attributed_to is not None and event.attributed_to.name == "Antony Blinken"


def test_troops_massed(document: Document) -> None:
    event = find(document, "MOBILIZE", "RUS")
    assert (event.mode, recipients(event)) == ("troops", ["UKR"])
    troops = [q for q in document.quantities if q.unit == "troops"]
    assert troops and troops[0].value == 130_000 and troops[0].approx == "more than"
    assert troops[0].event == event.id


def test_phone_call_dated_sunday(document: Document) -> None:
    event = find(document, "CONSULT", "USA")
    assert event.mode == "phone" and event.date == "2022-02-13"
    assert "UKR" in [a.code for a in (*event.actor, *event.recipient)]


def test_nothing_negated_or_hypothetical_is_asserted_actual(document: Document) -> None:
    for event in document.events:
        if event.type in ("SANCTION", "ASSAULT") and event.polarity == "asserted":
            assert event.status != "actual" or event.type != "ASSAULT", event
    assert not [
        e
        for e in document.events
        if e.type == "SANCTION" and "EU" in [a.code for a in e.actor] and e.polarity == "asserted"
    ]
    assert not [e for e in document.events if e.type == "ASSAULT" and e.status == "actual"]


def test_quotes_and_places(document: Document) -> None:
    speakers = {q.speaker.name for q in document.quotes if q.speaker is not None}
    assert {"Olaf Scholz", "Antony Blinken", "European Union"} <= speakers
    kyiv = next(p for p in document.places if p.name == "Kyiv")
    assert kyiv.country == "UKR" and abs(kyiv.lat - 50.45) < 0.05 and abs(kyiv.lon - 30.52) < 0.05
