"""Writing documents: round trip, idempotency, atomic batches, runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.errors import StoreError
from eventwire.schema import Document, Event
from eventwire.store.db import Database

MakeDoc = Callable[..., Document]
MakeEv = Callable[..., Event]


def test_event_read_back_equals_document_event_plus_article_id(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    document = make_doc("a1")
    db.write_documents([document], run_id=run_id)

    stored = db.events(article_id="a1")

    assert stored == [{"article_id": "a1", **event.model_dump()} for event in document.events]


def test_quote_read_back_equals_document_quote_plus_article_id(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    document = make_doc("a1")
    db.write_documents([document], run_id=run_id)

    assert db.quotes() == [{"article_id": "a1", **quote.model_dump()} for quote in document.quotes]


def test_whole_document_read_back_equals_written(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    document = make_doc("a1")
    db.write_documents([document], run_id=run_id)

    stored = db.document("a1")

    assert stored is not None
    assert stored.model_dump() == document.model_dump()


def test_the_high_end_of_a_range_is_read_back(db: Database, run_id: str, make_doc: MakeDoc) -> None:
    written = make_doc("a1")
    ranged = written.quantities[0].model_copy(update={"value": 2000.0, "high": 3000.0})
    document = written.model_copy(update={"quantities": [ranged, *written.quantities[1:]]})
    db.write_documents([document], run_id=run_id)

    stored = db.document("a1")

    assert stored is not None
    assert [q.high for q in stored.quantities] == [3000.0, None]


def test_document_of_unknown_article_is_none(db: Database) -> None:
    assert db.document("nope") is None


def test_second_write_of_same_article_is_skipped(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    db.write_documents([make_doc("a1")], run_id=run_id)

    result = db.write_documents([make_doc("a1")], run_id=run_id)

    assert (result.new, result.skipped, result.skipped_ids) == (0, 1, ("a1",))


def test_second_write_of_same_article_changes_no_table(
    db: Database,
    run_id: str,
    make_doc: MakeDoc,
    dump_tables: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    db.write_documents([make_doc("a1")], run_id=run_id)
    before = dump_tables()

    db.write_documents([make_doc("a1", outlet="Other outlet")], run_id=run_id)

    assert dump_tables() == before


def test_repeated_id_within_a_batch_is_written_once(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    result = db.write_documents([make_doc("a1"), make_doc("a1")], run_id=run_id)

    assert (result.new, result.skipped) == (1, 1)
    assert db.con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_write_reports_new_and_skipped_in_input_order(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    db.write_documents([make_doc("b")], run_id=run_id)

    result = db.write_documents([make_doc("c"), make_doc("b"), make_doc("a")], run_id=run_id)

    assert (result.new_ids, result.skipped_ids) == (("c", "a"), ("b",))


def test_empty_batch_writes_nothing(db: Database, run_id: str) -> None:
    result = db.write_documents([], run_id=run_id)

    assert (result.new, result.skipped) == (0, 0)


def test_known_article_ids_returns_only_stored_ids(
    db: Database, run_id: str, make_doc: MakeDoc
) -> None:
    db.write_documents([make_doc("a1"), make_doc("a2")], run_id=run_id)

    assert db.known_article_ids(["a2", "x", "a1", "a1"]) == {"a1", "a2"}


@pytest.mark.parametrize(("article_id", "expected"), [("a1", True), ("a2", False)])
def test_has_article(
    db: Database, run_id: str, make_doc: MakeDoc, article_id: str, expected: bool
) -> None:
    db.write_documents([make_doc("a1")], run_id=run_id)

    assert db.has_article(article_id) is expected


def test_impossible_date_fails_the_whole_batch(
    db: Database,
    run_id: str,
    make_doc: MakeDoc,
    make_ev: MakeEv,
    dump_tables: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    before = dump_tables()
    bad = make_doc("bad", events=[make_ev("e1", date="2022-02-30")])

    with pytest.raises(StoreError, match=r"'bad' event 'e1' date: '2022-02-30'"):
        db.write_documents([make_doc("good"), bad], run_id=run_id)

    assert dump_tables() == before


def test_event_id_used_twice_in_an_article_is_refused(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEv
) -> None:
    document = make_doc("a1", events=[make_ev("e1"), make_ev("e1")])

    with pytest.raises(StoreError, match="event id 'e1' is used twice"):
        db.write_documents([document], run_id=run_id)


def test_same_event_id_in_two_articles_is_allowed(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEv
) -> None:
    documents = [make_doc(name, events=[make_ev("e1")]) for name in ("a1", "a2")]

    db.write_documents(documents, run_id=run_id)

    assert [event["article_id"] for event in db.events()] == ["a1", "a2"]


def test_unknown_run_is_refused_and_nothing_written(db: Database, make_doc: MakeDoc) -> None:
    with pytest.raises(StoreError, match="run 'nope' is not in"):
        db.write_documents([make_doc("a1")], run_id="nope")

    assert not db.has_article("a1")


def test_convenience_code_columns_hold_distinct_non_null_codes(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEv
) -> None:
    event = make_ev("e1", actors=(None, "USA", "DEU", "USA"), recipients=())
    db.write_documents([make_doc("a1", events=[event])], run_id=run_id)

    row = db.con.execute(
        "SELECT actor_codes, recipient_codes, actor_code, recipient_code FROM events"
    ).fetchone()

    assert row == (["USA", "DEU"], [], "USA", None)


def test_actors_table_keeps_mention_order_and_roles(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEv
) -> None:
    event = make_ev("e1", actors=("DEU", "USA"), recipients=("UKR",))
    db.write_documents([make_doc("a1", events=[event])], run_id=run_id)

    rows = db.con.execute(
        "SELECT role, position, code FROM actors ORDER BY role, position"
    ).fetchall()

    assert rows == [("actor", 0, "DEU"), ("actor", 1, "USA"), ("recipient", 0, "UKR")]


def test_articles_record_run_and_coder(db: Database, run_id: str, make_doc: MakeDoc) -> None:
    db.write_documents([make_doc("a1")], run_id=run_id)

    row = db.con.execute("SELECT run_id, coder_version, config_hash FROM articles").fetchone()

    assert row == (run_id, "0.1.0", "sha256:test")


def test_finish_run_records_counts(db: Database, run_id: str) -> None:
    db.finish_run(run_id, articles_new=3, articles_skipped=2, failures=1)

    (run,) = db.runs()

    assert (run["articles_new"], run["articles_skipped"], run["failures"]) == (3, 2, 1)
    assert run["finished"] >= run["started"]


def test_started_run_is_unfinished(db: Database, run_id: str) -> None:
    (run,) = db.runs()

    assert (run["id"], run["finished"], run["command"]) == (run_id, None, "test")


def test_finish_unknown_run_is_refused(db: Database) -> None:
    with pytest.raises(StoreError, match="run 'nope' is not in"):
        db.finish_run("nope", articles_new=0, articles_skipped=0, failures=0)
