"""Rates after a figure: what a sum or a count is per, and the words that are no rate."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.facts.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The port earns $40 million annually.", ["per year"]),
        ("The war costs $300 million daily.", ["per day"]),
        ("Rent is $900 per month in the capital.", ["per month"]),
        ("Income is $4,000 per capita.", ["per person"]),
        ("The levy is £20 a head.", ["per person"]),
        ("Exports rose to $2 billion from $1.5 billion a year ago.", [None, None]),
        ("They sell for $5 each at the market.", [None]),
        ("About 200 people a day leave the town.", ["people per day"]),
        ("Some 1,000 migrants every week cross the sea.", ["migrants per week"]),
        ("Shelling killed 30 people a day after the truce collapsed.", ["people"]),
        ("The hospital has 3 doctors per ward.", ["doctors"]),
    ],
)
def test_rate_of_a_figure(nlp: Language, sentence: str, counts: list[str | None]) -> None:
    assert [q.counts for q in find_quantities(nlp(sentence))] == counts
