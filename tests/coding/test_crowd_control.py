"""Crowd control: tear gas, water cannon and rubber bullets fired or used on a crowd are PLOVER
ASSAULT with mode crowd-control (CAMEO 175), in sentences written for these tests."""

from __future__ import annotations

import pytest

import eventwire


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police fired tear gas at protesters outside the parliament building.", "fired"),
        ("Riot police used tear gas against students in Dhaka on Monday.", "used"),
        ("Security forces fired rubber bullets on demonstrators in the main square.", "fired"),
        ("Police fired water cannon on the crowd outside the stadium.", "fired"),
    ],
)
def test_riot_control_on_a_crowd_is_crowd_control(text: str, trigger: str) -> None:
    document = eventwire.extract(text, published="2025-06-24")
    found = [(e.type, e.mode) for e in document.events if e.evidence.trigger.startswith(trigger)]
    assert found == [("ASSAULT", "crowd-control")], [
        (e.type, e.mode, e.evidence.trigger) for e in document.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The company uses water cannon to clean the hulls of its ships.",
        "Firefighters used water cannon to put out the blaze at the depot.",
    ],
)
def test_riot_control_gear_with_no_one_on_the_receiving_end_is_no_event(text: str) -> None:
    document = eventwire.extract(text, published="2025-06-24")
    assert [e for e in document.events if e.type == "ASSAULT"] == []


def test_firing_on_protesters_with_guns_stays_firearms() -> None:
    document = eventwire.extract(
        "Troops fired on protesters in the capital, killing three.", published="2025-06-24"
    )
    assert ("ASSAULT", "firearms") in [(e.type, e.mode) for e in document.events]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "The government used emergency powers to arrest opposition leaders.",
            "COERCE",
            "government",
        ),
        ("The army launched drones to attack rebel positions near Goma.", "ASSAULT", "army"),
    ],
)
def test_the_means_is_not_the_doer_of_a_purpose_clause(
    text: str, event_type: str, actor: str
) -> None:
    document = eventwire.extract(text, published="2025-06-24")
    (event,) = [e for e in document.events if e.type == event_type]
    assert [a.text for a in event.actor] == [actor]


def test_a_protest_being_dispersed_is_still_a_protest() -> None:
    text = "Riot police used tear gas to disperse demonstrators protesting the election results."
    document = eventwire.extract(text, published="2025-06-24")
    assert "PROTEST" in [e.type for e in document.events]
