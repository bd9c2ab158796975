"""Figures in the forms wire articles write them: additive qualifiers, rates, tallies, repeats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.facts.quantities import find_quantities

Figure = tuple[float, str, str | None, str | None]


def _figures(nlp: Language, text: str) -> list[Figure]:
    return [(q.value, q.unit, q.approx, q.counts) for q in find_quantities(nlp(text))]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("At least 3,000 more troops arrived on Friday.",
         [(3000, "troops", "at least more", "troops")]),
        ("The army sent 2,000 troops and then some 1,000 more.",
         [(2000, "troops", None, "troops"), (1000, "troops", "some more", "troops")]),
        ("Nearly 10,000 more injured were taken to hospitals in the south.",
         [(10000, "people", "nearly more", "injured")]),
        ("Congress approved about $5 billion more for border security.",
         [(5e9, "USD", "about more", None)]),
        # "more than" after a sum is a comparison, no addition
        ("The repairs cost $2 billion more than planned.", [(2e9, "USD", None, None)]),
        # an additive qualifier already says it
        ("Another 500 more police were sent in.", [(500, "police", "another", "police")]),
    ],
)  # fmt: skip
def test_a_qualifier_and_an_added_more_are_both_kept(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures
