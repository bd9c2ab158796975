"""Where and when an event happened when the clause does not say it plainly, in
wire-style sentences written for these tests."""

from __future__ import annotations

import pytest
from event_checks import only

import eventwire


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("Russian troops shelled Kharkiv on Monday.", "ASSAULT", "Kharkiv"),
        ("Kharkiv was shelled overnight, the governor said.", "ASSAULT", "Kharkiv"),
        ("M23 rebels attacked Goma on Friday.", "ASSAULT", "Goma"),
        ("Russia seized Crimea in 2014.", "COERCE", "Crimea"),
    ],
)
def test_the_place_attacked_or_seized_is_the_location(
    text: str, event_type: str, place: str
) -> None:
    event = only(eventwire.extract(text, published="2025-06-24"), event_type)
    assert event.location is not None and event.location.name == place


def test_a_place_named_as_a_government_is_no_location() -> None:
    text = "Russia accused Kyiv of shelling the nuclear plant."
    event = only(eventwire.extract(text, published="2025-06-24"), "ACCUSE")
    assert event.location is None


def test_a_demonym_in_an_institutions_name_is_no_location() -> None:
    text = "Doctors at the Saudi Hospital in El Fasher said dozens were wounded in the shelling."
    document = eventwire.extract(text, published="2025-06-24")
    locations = [e.location.name for e in document.events if e.location is not None]
    assert "Saudi Arabia" not in locations and "El Fasher" in locations, locations


def test_a_date_on_a_conjoined_verb_dates_that_verb_only() -> None:
    text = (
        "The commission said on Sunday that the ruling party had won, but the opposition "
        "rejected the result and called for protests on Monday evening."
    )
    document = eventwire.extract(text, published="2024-10-27")
    rejected = only(document, "REJECT")
    assert rejected.date_text != "Monday evening"
