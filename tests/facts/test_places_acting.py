"""A capital's name that speaks or decides stands for its government, even in a story set in a
country with a small namesake ("after Washington signalled …" in a British story is not
Washington, Tyne and Wear); a town's own figures are no government's ("Paris showed a 22
percent increase" in a Texas story). Sentences written for these tests."""

from __future__ import annotations

import pytest
from place_checks import distance_km
from spacy.language import Language

from eventwire.facts.places import Gazetteer, find_places


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        ("LONDON (Reuters) - Britain will spend more on defence, the chancellor said, after "
         "Washington signalled it could scale back its commitments in Europe.",
         "Washington", "USA", 38.90, -77.04),
        ("Manchester police made two arrests. Washington warned on Friday that the tariffs "
         "would hurt British exporters.", "Washington", "USA", 38.90, -77.04),
        ("Sales tax receipts rose across Lamar County, Texas, this year. Paris showed a 22 "
         "percent increase in January.", "Paris", "USA", 33.66, -95.56),
    ],
)  # fmt: skip
def test_a_capital_that_acts_is_its_government(
    nlp: Language,
    gazetteer: Gazetteer,
    text: str,
    name: str,
    country: str,
    lat: float,
    lon: float,
) -> None:
    place = next(p for p in find_places(nlp(text), gazetteer) if p.text == name)
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, lat, lon) < 100
