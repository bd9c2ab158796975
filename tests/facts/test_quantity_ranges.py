"""Ranges: the low end as ``value``, the high end as ``high``; changes and pairs that are none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.facts.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Three or four soldiers were killed.", [(3, 4)]),
        ("The strikes killed 30 or 40 people.", [(30, 40)]),
        ("Estimates vary from 2,000 to 3,000 troops.", [(2000, 3000)]),
        ("Prices ranged from $8,000 to $10,000.", [(8000, 10000)]),
        ("Prices rose from $8,000 to $10,000.", [(8000, None), (10000, None)]),
        ("Support stood at 50-60%.", [(50, 60)]),
        ("Officials said 2 to 3 million people fled.", [(2e6, 3e6)]),
        ("Up to 5,000 troops could be sent.", [(5000, None)]),
    ],
)
def test_range_ends(
    nlp: Language, sentence: str, figures: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.high) for q in find_quantities(nlp(sentence))] == figures
