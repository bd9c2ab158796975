"""Workers who strike down tools (PLOVER PROTEST strike, CAMEO 143); drones and gunmen who strike
a place attack it. Short wire-style sentences written for these tests."""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2026-03-14"  # a Saturday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers will strike from Monday.",
        "Teachers struck for a second day.",
        "Miners struck on Tuesday over pay.",
    ],
)
def test_workers_who_strike_protest(text: str) -> None:
    doc = code(text)
    assert only(doc, "PROTEST").mode == "strike"
    assert not [e for e in doc.events if e.type in ("ASSAULT", "THREATEN")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russian drones struck Kyiv on Monday.", "RUS"),
        ("Israeli jets struck Hezbollah targets in southern Lebanon.", "ISR"),
    ],
)
def test_forces_that_strike_a_place_attack_it(text: str, actor: str) -> None:
    assert codes(only(code(text), "ASSAULT").actor) == [actor]
