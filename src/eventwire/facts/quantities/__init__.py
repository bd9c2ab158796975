"""Reported figures: sums of money and counts of people, troops, weapons and casualties.

Money is found with patterns over the text ("about $170 million", "€2bn", "500 million euros") and
expanded to a float with its ISO 4217 code (or, when no country says whose a bare name like
"dinars" is, with that name as its unit and no currency). Counts are read from the spaCy parse: a
run of number tokens ("130,000", "1.5 million", "two dozen") and the plural noun it counts
("Russian troops"). Years, dates, times, ages, ordinals and numbers inside names are left out;
percentages are kept with the unit ``percent``. A qualifier written just before a figure ("more
than", "about", "at least", or the "another" of a figure added to one before) is kept, lowercase,
as ``approx``. A range ("between 2,000 and 3,000 troops", "2,000-3,000", "$5bn-$7bn") is one
figure: ``value`` is the low end, ``high`` the high end, ``approx`` is "between" and ``text`` is
the whole range.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.facts.quantities.counts import CASUALTY_WORDS, find_counts
from eventwire.facts.quantities.money import find_money, is_currency_name
from eventwire.facts.quantities.numbers import parse_number
from eventwire.schema import Quantity

__all__ = ["CASUALTY_WORDS", "find_quantities", "is_currency_name", "parse_number"]


def find_quantities(doc: Doc) -> list[Quantity]:
    """Sums of money and counts of things in a parsed article.

    Args:
        doc: the parsed article; spans are character offsets into ``doc.text``.

    Returns:
        The quantities in text order.
    """
    money = find_money(doc)
    return sorted([*money, *find_counts(doc, money)], key=lambda q: q.span[0])
