"""Partners an event noun reaches through what it acts on: "a suspension of flights with X".

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

import eventwire


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Spain announced a suspension of flights with Morocco on Friday.",
            "SANCTION",
            "ESP",
            "MAR",
        ),
        (
            "Lithuania announced the suspension of rail freight with Belarus.",
            "SANCTION",
            "LTU",
            "BLR",
        ),
    ],
)
def test_the_partner_of_what_an_event_noun_acts_on_is_the_recipient(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    events = [
        e for e in eventwire.extract(text, published="2023-03-07").events if e.type == event_type
    ]
    assert len(events) == 1, events
    assert [m.code for m in events[0].actor] == [actor]
    assert [m.code for m in events[0].recipient] == [recipient]


def test_hacking_into_someones_systems_is_aimed_at_their_owner() -> None:
    text = "Iran tried to hack into the servers of Israeli water utilities, officials said."
    events = [
        e for e in eventwire.extract(text, published="2023-03-07").events if e.type == "COERCE"
    ]
    assert len(events) == 1, events
    assert [m.code for m in events[0].recipient] == ["ISR"]


def test_a_protest_over_a_countrys_policy_is_aimed_at_that_country() -> None:
    text = "Students in Jakarta marched to voice their anger at Australia's refugee policy."
    events = [
        e for e in eventwire.extract(text, published="2023-03-07").events if e.type == "PROTEST"
    ]
    assert len(events) == 1, events
    assert [m.code for m in events[0].recipient] == ["AUS"]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("Houthi rebels attacked a Liberian-registered cargo ship in the Red Sea.", "ASSAULT",
         "LBR"),
        ("Venezuela seized a Panamanian-flagged ship off its coast on Monday.", "COERCE", "PAN"),
    ],
)  # fmt: skip
def test_a_ship_flagged_or_registered_somewhere_is_that_countrys(
    text: str, event_type: str, recipient: str
) -> None:
    events = [
        e for e in eventwire.extract(text, published="2023-03-07").events if e.type == event_type
    ]
    assert len(events) == 1, events
    assert [m.code for m in events[0].recipient] == [recipient]


def test_a_ship_made_somewhere_is_not_that_countrys() -> None:
    text = "Somali pirates seized a Korean-built tanker off the coast on Monday."
    events = [
        e for e in eventwire.extract(text, published="2023-03-07").events if e.type == "COERCE"
    ]
    assert len(events) == 1, events
    assert "KOR" not in [m.code for m in events[0].recipient]
