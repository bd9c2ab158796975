"""The people of the place where an act is done are its target when no party is named.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2024-08-18"  # a Sunday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("Two suicide bombers from Gaza killed 19 people when they blew themselves up in Haifa.",
         "ASSAULT", "ISR"),
        ("Police arrested 14 people in Nairobi on Saturday.", "COERCE", "KEN"),
        ("Gunmen abducted three aid workers in Gao on Friday.", "ASSAULT", "MLI"),
        ("The UN envoy demanded that the warring parties in Sudan open the roads to El Fasher.",
         "REQUEST", "SDN"),
    ],
)  # fmt: skip
def test_the_place_of_an_act_with_no_party_is_its_target(
    text: str, event_type: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.recipient) == [recipient]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # said there, not of it
        ("Speaking in Warsaw, the president called for more sanctions.", "REQUEST"),
        ("The minister urged restraint in Paris on Friday.", "REQUEST"),
        # the venue of a meeting agreed on
        ("Russia agreed to hold talks in Istanbul next week.", "AGREE"),
        # the place an announcement is made
        pytest.param(
            "The World Bank approved a $500 million loan in Washington on Friday.",
            "AID",
            marks=pytest.mark.xfail(
                reason="the older rule that aid announced in a place goes to its country ('in "
                "Kyiv') cannot tell a lender's own seat",
                strict=True,
            ),
        ),
        ("The Treasury announced new sanctions in Washington on Tuesday.", "SANCTION"),
        # a meeting's place is a venue, a deployment's a destination
        ("Israel has strengthened its forces in Lebanon.", "MOBILIZE"),
    ],
)
def test_a_place_that_is_a_venue_is_no_target(text: str, event_type: str) -> None:
    event = only(code(text), event_type)
    assert event.recipient == []


def test_a_named_party_wins_over_the_place() -> None:
    event = only(
        code("Russian drones struck a school in Odesa, killing two Ukrainian teachers."), "ASSAULT"
    )
    assert codes(event.recipient) == ["UKR"]
    assert [m.text for m in event.recipient] != ["Odesa"]


def test_a_place_that_names_the_actor_is_not_the_target() -> None:
    document = eventwire.extract("Rocket fire from Gaza hit Sderot.", published="2026-03-14")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert [a.code for a in event.actor] == ["PSE"]
    assert "PSE" not in [a.code for a in event.recipient]
