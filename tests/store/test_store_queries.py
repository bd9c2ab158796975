"""Named queries: filters, order, paging, articles, quotes and the summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.errors import StoreError
from eventwire.schema import Document, Event
from eventwire.store.db import Database

MakeDoc = Callable[..., Document]
MakeEv = Callable[..., Event]


@pytest.fixture
def corpus(db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEv) -> Database:
    """Three articles; their events differ in actors, type, date and polarity."""
    documents = [
        make_doc(
            "b",
            published="2022-02-14",
            events=[
                make_ev("e1", "CONSULT", actors=("USA",), recipients=("UKR",), date="2022-02-13"),
                make_ev("e2", "THREATEN", actors=("RUS",), recipients=("UKR", "USA"), date=None),
            ],
        ),
        make_doc(
            "a",
            published="2022-02-20",
            outlet="Other",
            with_facts=False,
            events=[
                make_ev("e1", "ASSAULT", actors=("RUS",), recipients=("UKR",), date="2022-02-24"),
                make_ev("e2", "AID", actors=("USA", "DEU"), recipients=("UKR",), date=None),
                make_ev(
                    "e3",
                    "AID",
                    actors=("DEU",),
                    recipients=("UKR",),
                    date="2022-02-21",
                    polarity="negated",
                ),
            ],
        ),
        make_doc("c", published=None, events=[make_ev("e1", "CONSULT", date=None)]),
    ]
    db.write_documents(documents, run_id=run_id)
    return db


def keys(events: list[dict[str, Any]]) -> list[str]:
    return [f"{event['article_id']}#{event['id']}" for event in events]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["b#e1", "b#e2", "a#e1", "a#e2", "a#e3", "c#e1"]),
        ({"actor": "USA"}, ["b#e1", "a#e2", "c#e1"]),
        ({"actor": "deu"}, ["a#e2", "a#e3"]),
        ({"recipient": "USA"}, ["b#e2"]),
        ({"actor": "RUS", "recipient": "UKR"}, ["b#e2", "a#e1"]),
        ({"type": "aid"}, ["a#e2", "a#e3"]),
        ({"type": "CONSULT", "actor": "USA"}, ["b#e1", "c#e1"]),
        ({"since": "2022-02-21"}, ["a#e1", "a#e3"]),
        ({"until": "2022-02-14"}, ["b#e1", "b#e2"]),
        ({"since": "2022-02-14", "until": "2022-02-20"}, ["b#e2", "a#e2"]),
        ({"include_negated": False, "actor": "DEU"}, ["a#e2"]),
        ({"article_id": "a"}, ["a#e1", "a#e2", "a#e3"]),
        ({"actor": "FRA"}, []),
    ],
)
def test_event_filters_return_exactly_the_matching_events(
    corpus: Database, filters: dict[str, Any], expected: list[str]
) -> None:
    assert keys(corpus.events(**filters)) == expected


@pytest.mark.parametrize(
    ("limit", "offset", "expected"),
    [(2, 0, ["b#e1", "b#e2"]), (2, 3, ["a#e2", "a#e3"]), (None, 5, ["c#e1"]), (0, 0, [])],
)
def test_event_paging(
    corpus: Database, limit: int | None, offset: int, expected: list[str]
) -> None:
    assert keys(corpus.events(limit=limit, offset=offset)) == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"type": "INVADE"}, "event type 'INVADE': expected one of AGREE"),
        ({"since": "14/02/2022"}, "since '14/02/2022': expected a date"),
        ({"until": "2022-02-30"}, "until '2022-02-30'"),
        ({"limit": -1}, "limit -1"),
        ({"offset": -2}, "offset -2"),
    ],
)
def test_bad_event_filter_is_a_store_error(
    corpus: Database, filters: dict[str, Any], message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        corpus.events(**filters)


def test_filter_value_is_not_spliced_into_sql(corpus: Database) -> None:
    assert corpus.events(actor="USA') OR true OR ('x") == []


def test_articles_in_published_order_with_counts(corpus: Database) -> None:
    rows = corpus.articles()

    summary = [
        (row["id"], row["published"], row["event_count"], row["quote_count"]) for row in rows
    ]
    assert summary == [("b", "2022-02-14", 2, 2), ("a", "2022-02-20", 3, 0), ("c", None, 1, 2)]


def test_articles_leave_out_text_unless_asked(corpus: Database) -> None:
    assert "text" not in corpus.articles()[0]
    assert corpus.articles(with_text=True)[0]["text"].startswith("KYIV, Feb. 14")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"outlet": "other"}, ["a"]),
        ({"since": "2022-02-15"}, ["a"]),
        ({"until": "2022-02-14"}, ["b"]),
        ({"limit": 1, "offset": 1}, ["a"]),
    ],
)
def test_article_filters(corpus: Database, filters: dict[str, Any], expected: list[str]) -> None:
    assert [row["id"] for row in corpus.articles(**filters)] == expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [("usa", ["b", "c"]), ("ned pr", ["b", "c"]), ("Putin", []), (None, ["b", "b", "c", "c"])],
)
def test_quote_speaker_matches_code_or_name(
    corpus: Database, speaker: str | None, expected: list[str]
) -> None:
    assert [quote["article_id"] for quote in corpus.quotes(speaker=speaker)] == expected


def test_quotes_since_uses_published_date(corpus: Database) -> None:
    assert [quote["article_id"] for quote in corpus.quotes(until="2022-02-14")] == ["b", "b"]


def test_summary_counts(corpus: Database) -> None:
    summary = corpus.summary()

    counts = {key: summary[key] for key in ("articles", "events", "events_asserted", "quotes")}
    assert counts == {"articles": 3, "events": 6, "events_asserted": 5, "quotes": 4}
    assert (summary["quantities"], summary["places"], summary["schema_version"]) == (4, 4, 5)
    assert (summary["published_first"], summary["published_last"]) == ("2022-02-14", "2022-02-20")


def test_summary_events_by_type_counts_asserted_and_all(corpus: Database) -> None:
    assert corpus.summary()["events_by_type"] == {
        "CONSULT": {"asserted": 2, "all": 2},
        "AID": {"asserted": 1, "all": 2},
        "ASSAULT": {"asserted": 1, "all": 1},
        "THREATEN": {"asserted": 1, "all": 1},
    }


def test_summary_top_dyads_count_every_code_pair_of_asserted_events(corpus: Database) -> None:
    dyads = [(d["actor"], d["recipient"], d["events"]) for d in corpus.summary()["top_dyads"]]

    assert dyads == [("USA", "UKR", 3), ("RUS", "UKR", 2), ("DEU", "UKR", 1), ("RUS", "USA", 1)]


def test_summary_of_empty_database(db: Database) -> None:
    summary = db.summary()

    assert (summary["articles"], summary["events_by_type"], summary["top_dyads"]) == (0, {}, [])
