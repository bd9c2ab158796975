"""A promise of force or punishment is a threat; missiles launched are an attack.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire

PUBLISHED = "2024-08-18"


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("Tehran vowed to attack Israel if its consulate was struck again.", "THREATEN", "ISR"),
        ("Hezbollah vowed to retaliate against Israel for the killing.", "THREATEN", "ISR"),
        ("The junta vowed revenge on the rebels who ambushed the convoy.", "THREATEN", None),
        # a promise of help stays a promise
        ("Germany promised to deliver more tanks to Kyiv.", "AGREE", "UKR"),
        ("The EU pledged to send more aid to Sudan.", "AGREE", "SDN"),
    ],
)
def test_a_vow_of_force_is_a_threat(text: str, event_type: str, recipient: str | None) -> None:
    events = eventwire.extract(text, published=PUBLISHED).events
    (event,) = [e for e in events if e.type in ("THREATEN", "AGREE")]
    assert event.type == event_type
    if recipient is not None:
        assert codes(event.recipient) == [recipient]


def test_missiles_launched_at_a_country_are_an_attack() -> None:
    text = "Russia launched 40 missiles and 90 drones at Ukraine overnight."
    event = only(eventwire.extract(text, published=PUBLISHED), "ASSAULT")
    assert (codes(event.actor), codes(event.recipient)) == (["RUS"], ["UKR"])


def test_those_a_threat_would_protect_are_not_threatened() -> None:
    text = (
        "Beijing's commerce ministry warned that it would take all necessary measures to defend "
        "the rights of Chinese companies."
    )
    threat = only(eventwire.extract(text, published=PUBLISHED), "THREATEN")
    assert "CHN" not in codes(threat.recipient)
