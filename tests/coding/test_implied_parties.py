"""Recipients a sentence leaves to its place or to the object's owner.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2023-03-07"


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Lithuania demanded an apology from Minsk over the border incident.", "BLR"),
        ("Seoul demanded a full admission by Tokyo of wartime forced labour.", "JPN"),
    ],
)
def test_a_demand_of_something_from_a_party_is_addressed_to_it(text: str, recipient: str) -> None:
    assert codes(only(code(text), "REQUEST").recipient) == [recipient]


def test_forces_mobilised_for_a_war_against_a_country_face_it() -> None:
    event = only(code("Britain mobilised reservists for a possible war against Iran."), "MOBILIZE")
    assert codes(event.recipient) == ["IRN"]


def test_people_killed_somewhere_are_of_that_place() -> None:
    text = "Syrian rebels killed 12 people in Hermel, Lebanese officials said."
    event = only(code(text), "ASSAULT")
    assert codes(event.recipient) == ["LBN"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Thousands of students gathered for a rally in Nairobi to protest fuel prices.", "KEN"),
        ("Hungarian teachers staged a strike in Budapest over low pay.", "HUN"),
    ],
)
def test_a_protest_with_no_named_target_addresses_where_it_is_held(
    text: str, recipient: str
) -> None:
    assert codes(only(code(text), "PROTEST").recipient) == [recipient]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Algerian landowners began a hunger strike outside parliament.", "DZA"),
        ("Opposition parties in Nepal organized a general strike on Monday.", "NPL"),
        ("Thousands of Chilean students marched to demand free education.", "CHL"),
    ],
)
def test_a_protest_with_no_target_and_no_venue_addresses_the_protesters_own_state(
    text: str, recipient: str
) -> None:
    assert codes(only(code(text), "PROTEST").recipient) == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Poles marched on Sunday in support of Ukraine.",
        "Hundreds of Czech students rallied in solidarity with Georgia.",
    ],
)
def test_a_rally_in_support_of_another_is_not_aimed_at_the_protesters_own_state(
    text: str,
) -> None:
    event = only(code(text), "PROTEST")
    assert codes(event.actor)[0] not in codes(event.recipient)


def test_a_rally_in_support_of_a_country_is_not_aimed_at_its_venue() -> None:
    event = only(code("Thousands rallied in Vilnius on Sunday in support of Ukraine."), "PROTEST")
    assert "LTU" not in codes(event.recipient)


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "The United States rejected calls by Antonio Ferreira, the UN human rights chief, "
            "to close the camp.",
            "REJECT",
            "UN",
        ),
        (
            "Kyiv welcomed the remarks of Marta Kowalska, Poland's deputy foreign minister.",
            "SUPPORT",
            "POL",
        ),
    ],
)
def test_a_name_the_lexicon_lacks_is_of_the_side_its_title_in_apposition_names(
    text: str, event_type: str, recipient: str
) -> None:
    assert codes(only(code(text), event_type).recipient) == [recipient]


def test_medical_teams_sent_to_countries_are_aid_to_each() -> None:
    event = only(code("China sent medical teams to Laos and Cambodia on Monday."), "AID")
    assert codes(event.actor) == ["CHN"]
    assert sorted(codes(event.recipient)) == ["KHM", "LAO"]
