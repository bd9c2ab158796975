"""One event, many mentions: wire copies and rewrites of one report, ingested for real.

The articles are written for this test (invented outlets, example.com addresses).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.runner.batch import ingest_items
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article
from eventwire.signals import series
from eventwire.store.db import Database
from eventwire.store.dedup import THRESHOLD, signature
from eventwire.store.mentions import update_story_events
from eventwire.store.stories import story_events, story_mentions

ORIGINAL = (
    "MOSCOW, March 8 - Russia accused Ukraine on Tuesday of shelling two border villages in the "
    "Belgorod region, the Russian foreign ministry said in a statement.\n\n"
    "The ministry said the shelling had damaged several houses and a power line but caused no "
    "casualties. Ukrainian officials did not immediately respond to a request for comment.\n\n"
    "Local authorities said residents of both villages had been moved to temporary shelters "
    "while engineers repaired the damage. The regional governor said schools in the area would "
    "stay closed until the end of the week."
)
# Wire copies: the same report with an outlet's small edits.
COPY_1 = ORIGINAL.replace("MOSCOW, March 8 - ", "").replace(
    "did not immediately respond", "did not respond"
)
COPY_2 = ORIGINAL.replace("several houses", "a number of houses") + (
    " Ukraine has denied similar accusations in the past."
)
# The same event told in other words by another outlet, the next day: not a copy.
REWRITE = (
    "Two villages near the border came under artillery fire, officials in Belgorod reported. "
    "Russia blamed the attack on Kyiv and, in a statement issued by its foreign ministry, "
    "Russia accused Ukraine of the strike.\n\n"
    "Nobody was hurt, according to the statement. Villagers spent the night in a school gym."
)
# The same dyad and type six weeks later: another event.
LATER = (
    "Russia accused Ukraine on Wednesday of attacking a fuel depot in the Bryansk region with "
    "drones, the regional governor said. A fire at the depot was put out after several hours."
)

TABLES = (
    "articles", "events", "story_events", "event_mentions", "article_signatures", "article_bands",
)  # fmt: skip


def article(article_id: str, text: str, outlet: str, published: str) -> Article:
    """Return an article from an invented outlet."""
    url = f"https://{outlet.lower().replace(' ', '-')}.example.com/{article_id}"
    return Article(id=article_id, text=text, outlet=outlet, published=published, url=url)


WIRE = [
    article("wire-1", ORIGINAL, "Northern Wire", "2022-03-08"),
    article("wire-2", COPY_1, "Daily Ledger", "2022-03-08"),
    article("wire-3", COPY_2, "Evening Post", "2022-03-08"),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """One spaCy pipeline for the module (loading it takes seconds)."""
    return Pipeline()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    with Database(tmp_path / "mentions.duckdb") as database:
        yield database


def ingest(db: Database, pipeline: Pipeline, articles: list[Article]) -> None:
    """Ingest articles the way ``eventwire ingest`` does."""
    report = ingest_items(articles, db=db, pipeline=pipeline)
    assert not report.failures


def accusations(db: Database) -> list[dict[str, Any]]:
    """Return the story events of Russia accusing Ukraine."""
    return [
        s
        for s in story_events(db.con)
        if (s["type"], s["actor_codes"], s["recipient_codes"]) == ("ACCUSE", ["RUS"], ["UKR"])
    ]


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Return the content of every table a re-ingest must leave alone."""
    return {t: db.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_the_wire_copies_are_near_duplicates_and_the_rewrite_is_not() -> None:
    first = signature(ORIGINAL)
    assert first is not None
    for text, copy in ((COPY_1, True), (COPY_2, True), (REWRITE, False)):
        other = signature(text)
        assert other is not None
        assert (first.jaccard(other) >= THRESHOLD) is copy


def test_three_wire_copies_are_one_story_event_with_three_mentions(
    db: Database, pipeline: Pipeline
) -> None:
    ingest(db, pipeline, WIRE)
    [story] = accusations(db)
    assert (story["mentions"], story["articles"], story["originals"], story["outlets"]) == (
        3,
        3,
        1,
        3,
    )
    assert story["article_id"] == "wire-1" and story["day"] == "2022-03-08"
    mentions = story_mentions(db.con, story["story_id"])
    assert [m["article_id"] for m in mentions] == ["wire-1", "wire-2", "wire-3"]
    assert [m["duplicate_of"] for m in mentions] == [None, "wire-1", "wire-1"]
    first = mentions[0]
    # the dateline "MOSCOW, March 8 - " is a sentence of its own, not part of the evidence
    assert first["sentence_index"] == 0
    assert first["sentence_start"] == ORIGINAL.index("Russia accused")
    assert ORIGINAL[first["trigger_start"] : first["trigger_end"]] == "accused"
    offsets = db.con.execute(
        "SELECT min(span_start) FILTER (WHERE role = 'actor'),"
        " min(span_start) FILTER (WHERE role = 'recipient') FROM actors"
        " WHERE article_id = ? AND event_id = ?",
        [first["article_id"], first["event_id"]],
    ).fetchone()
    assert offsets == (first["actor_offset"], first["recipient_offset"])
    assert ORIGINAL[first["recipient_offset"] :].startswith("Ukraine")


def test_every_event_is_exactly_one_mention(db: Database, pipeline: Pipeline) -> None:
    ingest(db, pipeline, [*WIRE, article("later", LATER, "Northern Wire", "2022-04-20")])
    events = db.con.execute("SELECT article_id, id FROM events ORDER BY ALL").fetchall()
    mentions = db.con.execute(
        "SELECT article_id, event_id FROM event_mentions ORDER BY ALL"
    ).fetchall()
    assert events == mentions and len(events) >= 4
    counted = db.con.execute("SELECT sum(mentions) FROM story_events").fetchone()
    assert counted == (len(events),)


def test_reingesting_the_same_articles_changes_nothing(db: Database, pipeline: Pipeline) -> None:
    ingest(db, pipeline, WIRE)
    before = dump(db)
    ingest(db, pipeline, WIRE)
    assert update_story_events(db).mentions == 0
    assert dump(db) == before


def test_a_rewrite_by_another_outlet_joins_the_story_in_a_later_run(
    db: Database, pipeline: Pipeline
) -> None:
    ingest(db, pipeline, WIRE)
    [before] = accusations(db)
    ingest(db, pipeline, [article("rewrite", REWRITE, "Harbour Times", "2022-03-09")])
    [after] = accusations(db)
    assert after["story_id"] == before["story_id"]
    assert (after["mentions"], after["articles"], after["originals"], after["outlets"]) == (
        4,
        4,
        2,
        4,
    )
    duplicate = db.con.execute("SELECT duplicate_of FROM articles WHERE id = 'rewrite'").fetchone()
    assert duplicate == (None,)


def test_a_copy_ingested_later_is_found_from_stored_signatures(
    db: Database, pipeline: Pipeline
) -> None:
    ingest(db, pipeline, WIRE[:1])
    # Blank the stored text: a later run must match on the signature, not re-read the text.
    db.con.execute("UPDATE articles SET text = '' WHERE id = 'wire-1'")
    ingest(db, pipeline, WIRE[1:2])
    row = db.con.execute("SELECT duplicate_of FROM articles WHERE id = 'wire-2'").fetchone()
    assert row == ("wire-1",)
    [story] = accusations(db)
    assert (story["mentions"], story["originals"]) == (2, 1)


def test_the_same_dyad_weeks_apart_is_two_story_events(db: Database, pipeline: Pipeline) -> None:
    ingest(db, pipeline, [WIRE[0], article("later", LATER, "Northern Wire", "2022-04-20")])
    stories = accusations(db)
    assert [(s["day"], s["mentions"]) for s in stories] == [("2022-03-08", 1), ("2022-04-20", 1)]


def test_signals_count_the_story_event_once(db: Database, pipeline: Pipeline) -> None:
    ingest(db, pipeline, [*WIRE, article("rewrite", REWRITE, "Harbour Times", "2022-03-09")])
    [row] = series(db.con, dyad="RUS-UKR", since="2022-03-08", until="2022-03-08")
    assert row["a_to_b"] == 1 and row["q3"] == 1  # one accusation, four mentions
    raw = db.events(actor="RUS", recipient="UKR", type="ACCUSE")
    assert len(raw) == 4
