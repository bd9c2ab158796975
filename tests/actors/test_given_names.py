"""A country or city that is a person's given name is no country ("Jordan Mensah said")."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.actors.finder import ActorFinder
from eventwire.actors.lexicon import load_lexicon
from eventwire.nlp.pipeline import load_nlp


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jordan Mensah, a lawyer for the group, said the decision was fair.", "Jordan Mensah"),
        ("Chad Wilson said turnout was high. Wilson said counting would end soon.", "Chad Wilson"),
        ("U.S. envoy Georgia Hale said the talks had made progress.", "Georgia Hale"),
        ("The union's organiser, Israel Mbatha, said the closure was a mistake.", "Israel Mbatha"),
        ("Commodore Austin Reyes said two sailors had been hurt.", "Austin Reyes"),
    ],
)
def test_a_given_name_like_a_country_names_the_speaker(text: str, name: str) -> None:
    document = eventwire.extract(text, published="2024-03-14")
    names = {q.speaker.name for q in document.quotes if q.speaker is not None}
    assert names == {name}


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(load_nlp(), load_lexicon())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Israel Defense Forces said it had struck targets in Gaza.", "ISR"),
        ("Farmers in the Jordan Valley said water was running short.", "JOR"),
        ("Georgia said it would hold a referendum on the treaty.", "GEO"),
    ],
)
def test_a_country_before_a_place_or_force_stays_a_country(
    finder: ActorFinder, text: str, code: str
) -> None:
    spans = finder.find(load_nlp()(text), None)
    assert any(span.code == code for span in spans)
