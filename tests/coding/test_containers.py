"""Nouns that hold others ("a package of sanctions", "a round of talks") and two-word trigger
nouns the parser splits, in wire-style sentences written for these tests."""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "EU governments approved a 17th package of sanctions against Russia on Tuesday.",
            "SANCTION",
            ["EU"],
            ["RUS"],
        ),
        (
            "The United States approved a new package of military aid for Ukraine.",
            "AID",
            ["USA"],
            ["UKR"],
        ),
        ("Washington approved a $2 billion aid package for Israel.", "AID", ["USA"], ["ISR"]),
        ("Japan imposed a fresh round of sanctions on North Korea.", "SANCTION", ["JPN"], ["PRK"]),
    ],
)
def test_a_container_noun_is_what_it_holds(
    text: str, event_type: str, actor: list[str], recipient: list[str]
) -> None:
    event = only(eventwire.extract(text, published="2025-05-20"), event_type)
    assert codes(event.actor) == actor and codes(event.recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        "Germany announced a package of reforms to its pension system.",
        "The ministry published a series of reports on the economy.",
    ],
)
def test_a_container_of_things_is_no_event(text: str) -> None:
    assert eventwire.extract(text, published="2025-05-20").events == []


def test_a_two_word_noun_the_parser_splits_is_still_one_noun() -> None:
    text = "Kenyan police fired tear gas and water cannon on Tuesday to disperse the protesters."
    event = only(eventwire.extract(text, published="2025-06-24"), "ASSAULT")
    assert event.mode == "crowd-control" and codes(event.actor) == ["KEN"]
