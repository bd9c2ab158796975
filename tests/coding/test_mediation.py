"""Brokering a ceasefire or a deal between others is mediation (CAMEO 045, PLOVER CONSULT); the
mediators meeting where one of them is at home is no visit to it. Wire-style sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire

PUBLISHED = "2026-03-14"


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("Qatar brokered a ceasefire between Israel and Hamas.", ["QAT"], ["ISR", "HAMAS"]),
        ("Turkey helped broker the grain deal.", ["TUR"], []),
        ("The United States and Saudi Arabia have tried to broker a ceasefire in talks in Jeddah.",
         ["USA", "SAU"], []),
    ],
)  # fmt: skip
def test_brokering_is_mediation(text: str, actors: list[str], recipients: list[str]) -> None:
    event = only(eventwire.extract(text, published=PUBLISHED), "CONSULT")
    assert event.cameo == "045"
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


def test_a_meeting_in_one_party_s_capital_is_still_a_visit() -> None:
    event = only(eventwire.extract("Blinken met Lavrov in Moscow.", published=PUBLISHED), "CONSULT")
    assert event.mode == "visit"
    assert codes(event.recipient) == ["RUS"]
