"""Ground retaken is an assault; ships stopped at sea are a restriction of movement, roads
blocked by protesters an obstruction.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2026-03-14"  # a Saturday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ukrainian troops recaptured the village of Novoselivka on Monday.", "UKR"),
        ("Sudanese army units retook the town of Wad Madani after heavy fighting.", "SDN"),
    ],
)  # fmt: skip
def test_ground_retaken_is_an_assault(text: str, actor: str) -> None:
    assert codes(only(code(text), "ASSAULT").actor) == [actor]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Chinese coast guard ships blocked a Philippine vessel near Second Thomas Shoal.",
         "CHN", "PHL"),
        ("Greek coast guard boats blocked a Turkish fishing boat off Lesbos on Friday.",
         "GRC", "TUR"),
    ],
)  # fmt: skip
def test_a_ship_blocked_at_sea_is_a_restriction(text: str, actor: str, recipient: str) -> None:
    event = only(code(text), "COERCE")
    assert event.mode == "restrict"
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]


def test_a_road_blocked_by_protesters_is_still_an_obstruction() -> None:
    event = only(code("Farmers blocked the main highway to Brussels on Friday."), "PROTEST")
    assert event.mode == "obstruct"
