"""Linking reported figures to the events they size (eventwire.coding.sizes)."""

from __future__ import annotations

import eventwire
from eventwire.schema import Document, Event, Quantity


def _sized(document: Document) -> dict[str, Event | None]:
    events = {event.id: event for event in document.events}
    return {q.text: events.get(q.event) if q.event else None for q in document.quantities}


def _kind(event: Event | None) -> tuple[str, list[str | None]] | None:
    return None if event is None else (event.type, [a.code for a in event.actor])


def test_each_figure_sizes_the_event_that_governs_it() -> None:
    document = eventwire.extract(
        "The United States announced $800 million in new military aid to Ukraine on Thursday. "
        "Russia has massed more than 100,000 troops near the border, officials said.",
        published="2022-04-09",
    )
    sized = _sized(document)
    assert _kind(sized["$800 million"]) == ("AID", ["USA"])
    assert _kind(sized["more than 100,000 troops"]) == ("MOBILIZE", ["RUS"])


def test_the_dead_and_wounded_size_the_attack() -> None:
    document = eventwire.extract(
        "At least 12 civilians were killed and 30 wounded when Russian missiles struck the "
        "railway station in Kramatorsk on Friday, officials said.",
        published="2022-04-09",
    )
    sized = _sized(document)
    assert {_kind(sized[text])[0] for text in ("At least 12 civilians", "30 wounded")} == {
        "ASSAULT"
    }


def test_a_figure_no_event_can_have_stays_unlinked() -> None:
    document = eventwire.extract(
        "Turnout in the referendum fell to nearly 40 percent. Russia massed troops near the "
        "border on Monday.",
        published="2022-04-09",
    )
    (percent,) = [q for q in document.quantities if q.unit == "percent"]
    assert percent.event is None


def test_money_does_not_size_an_attack() -> None:
    document = eventwire.extract(
        "Rebels who were paid $5,000 each attacked the convoy near Gao on Tuesday.",
        published="2022-04-09",
    )
    money: list[Quantity] = [q for q in document.quantities if q.currency == "USD"]
    assert money
    events = {event.id: event for event in document.events}
    assert all(q.event is None or events[q.event].type != "ASSAULT" for q in money)


def test_parties_named_again_are_no_size() -> None:
    document = eventwire.extract(
        "Macron spoke with Putin for two hours, and the two leaders agreed to stay in contact.",
        published="2022-02-14",
    )
    # The quantity reader may or may not list "the two leaders"; no event is sized by it.
    assert all(q.event is None for q in document.quantities if q.unit == "leaders")
