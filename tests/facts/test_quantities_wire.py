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


@pytest.mark.parametrize(
    ("text", "figure", "written"),
    [
        ("Brent crude rose to $92 a barrel on Monday.",
         (92, "USD", None, "per barrel"), "$92 a barrel"),
        ("Wheat traded at about $420 per tonne.",
         (420, "USD", "about", "per tonne"), "about $420 per tonne"),
        ("Smugglers earned as much as $10 million a year from the route.",
         (1e7, "USD", "as much as", "per year"), "as much as $10 million a year"),
        ("It is a $3.5 billion-a-year trade.",
         (3.5e9, "USD", None, "per year"), "$3.5 billion-a-year"),
        ("Exports were 40 billion euros a month.", (4e10, "EUR", None, "per month"),
         "40 billion euros a month"),
    ],
)  # fmt: skip
def test_a_rate_keeps_what_it_is_per(
    nlp: Language, text: str, figure: Figure, written: str
) -> None:
    (quantity,) = find_quantities(nlp(text))
    assert (quantity.value, quantity.unit, quantity.approx, quantity.counts) == figure
    assert quantity.text == written


@pytest.mark.parametrize(
    "text",
    [
        # a year that dates the sum, and a noun phrase that is the sum's receiver
        "Exports fell to $1.9 billion from $2.4 billion a year earlier.",
        "Sales were $3 billion a year ago.",
        "The firm paid $5 million a former aide had demanded.",
        "The state paid $2 million a piece of land.",
    ],
)
def test_a_sum_that_is_no_rate_has_no_per_unit(nlp: Language, text: str) -> None:
    assert all(q.counts is None for q in find_quantities(nlp(text)))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The motion passed by 312 votes to 198.",
         [(312, "votes", None, "votes"), (198, "votes", None, "votes")]),
        ("The ruling party won 159 seats against 87 for the opposition.",
         [(159, "seats", None, "seats"), (87, "seats", None, "seats")]),
        # a bare tally says nothing of what it counts: no figure, and never people
        ("The Senate passed the bill 62-38.", []),
        # a number after "to" that follows some other count is no tally
        ("Police detained 40 protesters to 9 p.m.", [(40, "protesters", None, "protesters")]),
    ],
)  # fmt: skip
def test_a_tally_counts_votes_on_both_sides(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The mission has 15,000 peacekeepers and will withdraw 2,000 by June.",
         [(15000, "peacekeepers", None, "peacekeepers"),
          (2000, "peacekeepers", None, "peacekeepers")]),
        ("Police detained 30 protesters on Friday and charged 12 on Saturday.",
         [(30, "protesters", None, "protesters"), (12, "protesters", None, "protesters")]),
        ("Britain sent 900 troops, adding to the 1,200 already stationed there.",
         [(900, "troops", None, "troops"), (1200, "troops", None, "troops")]),
        ("Some 3,000 more U.S. troops will deploy, joining about 1,700 who arrived last week.",
         [(3000, "troops", "some more", "U.S. troops"), (1700, "troops", "about", "U.S. troops")]),
        # with no count before it, a bare object counts nothing
        ("The team has won 3 in a row.", []),
    ],
)  # fmt: skip
def test_a_bare_object_or_participle_subject_counts_the_count_before(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "one" of a bare object names one of them, it counts nothing
        ("Dogs were put on the wrong flights, including one sent to Japan.", []),
        # a list of bare numbers said "respectively" is matched to its nouns by order
        ("The forecast is 12 storms and six hurricanes; last year had 17, 10 and six, "
         "respectively.",
         [(12, "storms", None, "storms"), (6, "hurricanes", None, "hurricanes")]),
    ],
)  # fmt: skip
def test_a_bare_object_that_is_no_ellipsis_counts_nothing(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    "text",
    ["No one was injured in the blast.", "Nobody claimed it, and no one was arrested.",
     "The only one that reached the coast was shot down."],
)  # fmt: skip
def test_one_as_a_pronoun_counts_nothing(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []
