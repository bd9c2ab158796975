"""Speakers whose names hold lower-case particles ("van", "de", "von der") and an "according to"
whose name the parser hung elsewhere (sentences written for these tests)."""

from __future__ import annotations

import pytest
from quote_checks import found, quotes_in
from spacy.language import Language

import eventwire

PUBLISHED = "2026-03-14"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dock workers will strike from Monday, union leader Pieter van Aalst said.",
         "Pieter van Aalst"),
        ("Talks will resume next week, Mayor Anna de Vries told reporters.", "Anna de Vries"),
        ("The border will stay open, Governor Karl von der Heide said on Friday.",
         "Karl von der Heide"),
    ],
)  # fmt: skip
def test_a_titled_name_keeps_its_particles(text: str, name: str) -> None:
    quotes = eventwire.extract(text, published=PUBLISHED).quotes
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.name == name


def test_a_later_surname_with_its_particle_is_the_same_speaker() -> None:
    text = (
        "The port will close on Monday, harbour master Pieter van Aalst said.\n\n"
        '"We have no choice," van Aalst told reporters.'
    )
    quotes = eventwire.extract(text, published=PUBLISHED).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Pieter van Aalst",
        "Pieter van Aalst",
    ]


def test_according_to_a_name_the_parser_hung_on_the_verb(nlp: Language) -> None:
    text = (
        "The strike could cost the economy 50 million euros a day, according to Dirk van den "
        "Broek, an economist at ING."
    )
    assert found(quotes_in(nlp, text)) == [
        ("The strike could cost the economy 50 million euros a day", "Dirk van den Broek",
         "according to"),
    ]  # fmt: skip
