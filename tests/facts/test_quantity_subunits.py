"""Sums written in hundredths: pence, cents, kopecks (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.facts.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "written", "value", "currency"),
    [
        ("Shares in the defence group rose 4% to 1,520 pence in London.", "1,520 pence", 15.2,
         "GBP"),
        ("Petrol rose by 12 cents a gallon over the week.", "12 cents a gallon", 0.12, "USD"),
        ("The bus fare goes up by 50 euro cents in May.", "50 euro cents", 0.5, "EUR"),
    ],
)  # fmt: skip
def test_hundredths_are_read_in_the_currency(
    nlp: Language, text: str, written: str, value: float, currency: str
) -> None:
    money = [q for q in find_quantities(nlp(text)) if q.currency is not None]
    assert [(q.text, q.value, q.currency) for q in money] == [(written, value, currency)]


def test_a_sum_in_pence_is_no_count_of_pence(nlp: Language) -> None:
    quantities = find_quantities(nlp("The stamp now costs 87 pence."))
    assert [(q.value, q.unit, q.counts) for q in quantities] == [(0.87, "GBP", None)]
