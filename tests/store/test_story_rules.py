"""The story-event rule on hand-built documents: key, date window, chunking, unassigned events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import StoreError
from eventwire.schema import Document, Event
from eventwire.store import dedup, mentions
from eventwire.store.db import Database
from eventwire.store.mentions import global_event_id, update_story_events
from eventwire.store.stories import story_events

MakeDoc = Callable[..., Document]
MakeEvent = Callable[..., Event]


def stories_of(db: Database, documents: list[Document], run_id: str) -> list[list[str]]:
    """Write, update, and return each story event's mentions as ``article:event`` keys."""
    db.write_documents(documents, run_id=run_id)
    update_story_events(db)
    rows = db.con.execute(
        "SELECT list(article_id || ':' || event_id ORDER BY article_id, event_id)"
        " FROM event_mentions GROUP BY story_id ORDER BY min(article_id), min(event_id)"
    ).fetchall()
    return [list(row[0]) for row in rows]


def test_the_window_is_one_day_around_the_founding_date(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEvent
) -> None:
    days = {"a1": "2022-02-13", "a2": "2022-02-14", "a3": "2022-02-16", "a4": "2022-02-15"}
    documents = [make_doc(a, events=[make_ev("e1", date=day)]) for a, day in days.items()]
    # a4 is two days from a1's story but one from a3's: stories do not chain.
    assert stories_of(db, documents, run_id) == [["a1:e1", "a2:e1"], ["a3:e1", "a4:e1"]]


def test_an_undated_event_uses_the_published_date(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEvent
) -> None:
    documents = [
        make_doc("a1", events=[make_ev("e1", date="2022-02-13")]),
        make_doc("a2", published="2022-02-14", events=[make_ev("e1", date=None)]),
        make_doc("a3", published=None, events=[make_ev("e1", date=None)]),
    ]
    assert stories_of(db, documents, run_id) == [["a1:e1", "a2:e1"], ["a3:e1"]]


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ({}, {"type": "ACCUSE"}, False),
        ({}, {"recipients": ("RUS",)}, False),
        ({}, {"actors": ("DEU",)}, False),
        ({}, {"polarity": "negated"}, False),
        ({}, {"status": "future"}, False),
        ({}, {"actors": ("USA", "DEU")}, True),  # the first actor code decides
        ({"recipients": ()}, {"recipients": ()}, True),
        ({"actors": ("USA", "RUS"), "recipients": ()},
         {"actors": ("RUS", "USA"), "recipients": ()}, True),  # reciprocal: codes sorted
        ({"actors": ("USA", "RUS"), "recipients": ()}, {"actors": ("USA",), "recipients": ()},
         False),
        ({"actors": (None,)}, {"actors": (None,)}, False),  # no actor code: never merged
    ],
)  # fmt: skip
def test_the_story_key(
    first: dict[str, Any],
    second: dict[str, Any],
    merged: bool,
    db: Database,
    run_id: str,
    make_doc: MakeDoc,
    make_ev: MakeEvent,
) -> None:
    documents = [
        make_doc("a1", events=[make_ev("e1", **first)]),
        make_doc("a2", events=[make_ev("e1", **second)]),
    ]
    found = stories_of(db, documents, run_id)
    assert len(found) == (1 if merged else 2)


def test_two_mentions_in_one_article_are_one_story(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEvent
) -> None:
    documents = [make_doc("a1", events=[make_ev("e1"), make_ev("e2", date="2022-02-14")])]
    assert stories_of(db, documents, run_id) == [["a1:e1", "a1:e2"]]
    [story] = story_events(db.con)
    assert (story["mentions"], story["articles"], story["outlets"]) == (2, 1, 1)


def test_chunks_of_one_give_the_same_stories(
    tmp_path: Path, make_doc: MakeDoc, make_ev: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = ["2022-02-13", "2022-02-14", "2022-02-16", "2022-02-15", "2022-02-13"]
    documents = [
        make_doc(f"a{i}", outlet=f"Outlet {i % 2}", events=[make_ev("e1", date=d), make_ev("e2")])
        for i, d in enumerate(days)
    ]
    found = []
    for name, chunk in (("big", 500), ("small", 1)):
        monkeypatch.setattr(mentions, "CHUNK", chunk)
        monkeypatch.setattr(dedup, "CHUNK", chunk)
        with Database(tmp_path / f"{name}.duckdb") as db:
            run_id = db.start_run(coder_version="0", config_hash="h", command="t", config_json="{}")
            groups = stories_of(db, documents, run_id)
            counts = db.con.execute(
                "SELECT id, mentions, articles, originals, outlets FROM story_events ORDER BY id"
            ).fetchall()
            marks = db.con.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
        found.append((groups, counts, marks))
    assert found[0] == found[1]
    assert found[0][2][1:] == [(f"a{i}", "a0") for i in range(1, 5)]  # identical texts


def test_unassigned_events_read_as_their_own_story_events(
    db: Database, run_id: str, make_doc: MakeDoc, make_ev: MakeEvent
) -> None:
    db.write_documents([make_doc("a1"), make_doc("a2")], run_id=run_id)
    before = story_events(db.con)
    assert sorted(s["story_id"] for s in before) == sorted(
        [global_event_id("a1", "e1"), global_event_id("a2", "e1")]
    )
    assert {(s["mentions"], s["articles"], s["outlets"]) for s in before} == {(1, 1, 1)}
    update_story_events(db)
    [after] = story_events(db.con)
    assert after["story_id"] == global_event_id("a1", "e1") and after["mentions"] == 2


def test_a_read_only_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Database(path).close()
    with Database(path, read_only=True) as db, pytest.raises(StoreError, match="read-only"):
        update_story_events(db)
