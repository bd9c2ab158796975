"""Titles of courts, firms and teams before a name are no part of the person's name."""

from __future__ import annotations

import pytest

import eventwire


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will appeal," Chief Executive Maria Lund said on Monday.', "Maria Lund"),
        (
            "U.S. District Judge Miriam Castellanos said the evidence was thin.",
            "Miriam Castellanos",
        ),
        ("Coach Tomas Berg said his players were exhausted after the final.", "Tomas Berg"),
        ("Campaign manager Dana Ortiz said turnout was higher than expected.", "Dana Ortiz"),
    ],
)
def test_a_speaker_after_a_title_is_named_without_it(text: str, name: str) -> None:
    document = eventwire.extract(text, published="2024-03-14")
    assert [q.speaker.name for q in document.quotes if q.speaker is not None] == [name]
