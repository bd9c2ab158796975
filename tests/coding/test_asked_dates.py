"""A date inside what a demand or a threat asks for dates that act, not the asking.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import only

import eventwire
from eventwire.facts.dates import find_dates
from eventwire.nlp.pipeline import load_nlp

PUBLISHED = "2024-08-18"  # a Sunday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # what is asked for lies ahead of the asking, which is the article's day
        ("Teachers' unions urged their members to walk out on Thursday.", "REQUEST", PUBLISHED),
        ("The speaker asked lawmakers to vote on the budget on Tuesday.", "REQUEST", PUBLISHED),
        ("The rebels threatened to seize the airport on Monday.", "THREATEN", PUBLISHED),
        # a date on the asking itself dates it
        ("On Friday, the minister asked parliament to pass the bill.", "REQUEST", "2024-08-16"),
        ("Tehran threatened on Monday to close the strait.", "THREATEN", "2024-08-12"),
    ],
)
def test_a_date_in_what_is_asked_for_does_not_date_the_asking(
    text: str, event_type: str, date: str
) -> None:
    event = only(eventwire.extract(text, published=PUBLISHED), event_type)
    assert event.date == date


def test_the_day_asked_for_is_the_coming_one() -> None:
    nlp = load_nlp()
    sunday = dt.date(2024, 8, 18)
    (thursday,) = find_dates(nlp("Unions urged workers to strike on Thursday."), sunday)
    assert thursday.value == "2024-08-22"
    # asked for earlier still: the day has passed
    doc = nlp("Unions had urged workers to strike on Thursday, and thousands did.")
    (thursday,) = find_dates(doc, sunday)
    assert thursday.value == "2024-08-15"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the parser hangs "on Friday" on the reported clause; it dates the saying
        ("Kenya's finance minister said on Friday the government would seek a new loan from the "
         "International Monetary Fund, as protests spread.", None),
        ("The minister said on Friday the government would seek a loan.", None),
        # a date inside the reported clause dates the act ahead
        ("The minister said the government would seek a loan on Friday.", "2024-08-23"),
    ],
)  # fmt: skip
def test_the_day_something_was_said_is_not_the_day_of_the_act_it_foretells(
    text: str, date: str | None
) -> None:
    event = only(eventwire.extract(text, published=PUBLISHED), "REQUEST")
    assert event.status == "future"
    assert event.date == date


def test_the_day_of_saying_dates_the_other_clauses_of_the_sentence() -> None:
    text = (
        "Kenya's finance minister said on Friday the government would seek a new $1.5 billion "
        "loan from the International Monetary Fund, as protests over tax rises spread to a third "
        "city."
    )
    protest = only(eventwire.extract(text, published=PUBLISHED), "PROTEST")
    assert protest.date == "2024-08-16"
