"""Rates: what a figure is per ("$3 a barrel", "£64.6 billion annually", "3,000 people a day").

A rate is written just after the figure: "a", "an", "per", "each" or "every" and a noun ("a
barrel", "per month", "each week"), or one adverb ("annually", "daily", "per annum", "per
capita"). It is given as "per" and the noun in the singular: "per year" for "a year",
"annually", "yearly" and "per annum", "per person" for "per capita" and "a head". A sum may be
per anything its noun names ("per barrel", "per tonne", "per litre"); a count of people or things
only per a stretch of time ("3,000 people a day"), for "10 doctors per ward" counts doctors, not
a rate of them. "a year earlier", "a week ago" and "a day after" date the figure; "a share of"
names its object: neither is a rate.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# the noun of a rate written with "a", "per", "each" or "every": "$3 a barrel", "each month"
_RATE = re.compile(
    r"(?:\s+|-)(?P<lead>a|an|per|each|every)[\s-]+(?P<unit>[a-z]+)\b(?!-)", re.IGNORECASE
)
# a rate in one word or a fixed phrase: "£64.6 billion annually", "$1,200 per capita"
_RATE_WORDS = re.compile(
    r"\s+(?P<word>annually|yearly|per\s+annum|a\s+head|per\s+head|per\s+capita|daily|weekly|"
    r"monthly|hourly)\b(?!-)",
    re.IGNORECASE,
)
_PER_WORD = {
    "annually": "per year",
    "yearly": "per year",
    "per annum": "per year",
    "daily": "per day",
    "weekly": "per week",
    "monthly": "per month",
    "hourly": "per hour",
    "a head": "per person",
    "per head": "per person",
    "per capita": "per person",
}
# the stretches of time a count may be per
PERIODS = frozenset({"hour", "day", "week", "month", "year", "night", "decade"})
# "$2.4 billion a year earlier" dates the sum and "$2 million a share of" names its object
_NO_RATE = re.compile(r"\s+(?:earlier|ago|before|after|later|of)\b", re.IGNORECASE)


def rate_after(
    doc: Doc, text: str, end: int, *, periods_only: bool = False
) -> tuple[str | None, int]:
    """What a figure ending at character ``end`` is per, and where its rate ends.

    Args:
        doc: the parsed article.
        text: ``doc.text``, which spaCy rebuilds on every access.
        end: the character offset just past the figure (a sum, or a count's noun).
        periods_only: take only a stretch of time ("a day", "each month", "annually"), as a
            count's rate must be.

    Returns:
        ``("per day", end of "a day")`` for a rate; ``(None, end)`` for a figure that is none.
    """
    words = _RATE_WORDS.match(text, end)
    if words is not None:
        per = _PER_WORD[" ".join(words["word"].lower().split())]
        if periods_only and per == "per person":
            return None, end
        return per, words.end()
    match = _RATE.match(text, end)
    if match is None or _NO_RATE.match(text, match.end()) is not None:
        return None, end
    noun = match["unit"].lower()
    if match["lead"].lower() in ("each", "every") and noun not in PERIODS:
        return None, end  # "$5 each" or "every family" is no rate of the figure
    if periods_only and noun not in PERIODS:
        return None, end
    unit = doc.char_span(match.start("unit"), match.end("unit"))
    if unit is None or unit.root.tag_ != "NN":  # "paid $5 million a former aide"
        return None, end
    return f"per {noun}", match.end()
