"""``eventwire.export``: every format reads back, filters exactly and never half-writes."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from export_docs import NASTY_TEXT, NASTY_TITLE, build, documents

from eventwire.export import ExportError, ExportFormat, export
from eventwire.export import tables as export_tables
from eventwire.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS, global_event_id
from eventwire.schema import Document
from eventwire.store.db import Database
from eventwire.store.mentions import update_story_events

FORMATS = [member.value for member in ExportFormat]
EVENT_FORMATS = ["parquet", "csv", "plover", "gdelt"]

Key = tuple[str, str]


def _query(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with duckdb.connect() as con:
        return con.execute(sql, list(params)).fetchall()


def _tsv(path: Path) -> str:
    return f"read_csv('{path}', delim='\t', quote='', escape='', header=true, all_varchar=true)"


def exported_events(fmt: str, out: Path) -> list[Key]:
    """The (article id, event id) of every event row an export holds, read by a generic reader."""
    if fmt == "parquet":
        glob = out / "events" / "**" / "*.parquet"
        sql = f"SELECT article_id, event_id FROM read_parquet('{glob}', hive_partitioning=true)"
    elif fmt == "csv":
        sql = f"SELECT article_id, event_id FROM read_csv('{out / 'events.csv'}', header=true)"
    elif fmt == "gdelt":  # every stored event is one mention; events.tsv holds story events
        sql = f"SELECT EventwireArticleID, EventwireEventID FROM {_tsv(out / 'mentions.tsv')}"
    elif fmt == "plover":
        lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
        return [(r["article_id"], r["event_id"]) for r in map(json.loads, lines)]
    else:
        lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        documents = [Document.model_validate_json(line) for line in lines]
        return [(d.article.id, e.id) for d in documents for e in d.events]
    return [(str(a), str(e)) for a, e in _query(sql)]


def stored_events(db_path: Path, **filters: str) -> list[Key]:
    with Database(db_path, read_only=True) as db:
        return [(row["article_id"], row["id"]) for row in db.events(**filters)]


def stored_article_ids(db_path: Path) -> list[str]:
    with Database(db_path, read_only=True) as db:
        return [row["id"] for row in db.articles()]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_one_row_per_stored_event(
    fmt: str, small_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = export(small_db, fmt, out)
    found = exported_events(fmt, out)
    assert sorted(found) == sorted(stored_events(small_db))
    assert len(found) == report.events == 6
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["format"], manifest["events"], manifest["articles"]) == (fmt, 6, 4)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_demo_exports_read_back(fmt: str, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(demo_db, fmt, out)
    expected = stored_events(demo_db)
    assert len(expected) > 50
    assert sorted(exported_events(fmt, out)) == sorted(expected)


@pytest.mark.parametrize("fmt", EVENT_FORMATS)
@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2022-02-10", None),  # a1's undated e2 counts by its published date
        (None, "2022-02-10"),
        ("2022-02-10", "2022-02-11"),  # a3 (unpublished) is in only by its dated event
        ("2022-02-14", "2022-02-14"),
        ("2023-01-01", None),  # nothing
    ],
)
def test_since_and_until_select_exactly_the_events_of_eventwire_events(
    fmt: str, since: str | None, until: str | None, small_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    export(small_db, fmt, out, since=since, until=until)
    filters = {key: value for key, value in (("since", since), ("until", until)) if value}
    expected = stored_events(small_db, **filters)
    assert sorted(exported_events(fmt, out)) == sorted(expected)


@pytest.mark.parametrize(
    ("since", "until", "articles"),
    [
        # published in range, or holding an exported event
        ("2022-02-10", "2022-02-11", ["a1", "a3"]),
        ("2022-02-13", "2022-02-13", ["a4"]),
        ("2022-02-12", "2022-02-14", ["a2", "a4"]),
        (None, "2022-02-09", ["a1"]),
    ],
)
def test_articles_are_those_published_in_range_or_holding_an_exported_event(
    since: str | None, until: str | None, articles: list[str], small_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    export(small_db, "csv", out, since=since, until=until)
    rows = _query(f"SELECT id FROM read_csv('{out / 'articles.csv'}', header=true)")
    assert [row[0] for row in rows] == articles
    export(small_db, "jsonl", tmp_path / "jsonl", since=since, until=until)
    lines = (tmp_path / "jsonl" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == articles


def test_every_exported_event_joins_to_an_exported_article(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(small_db, "parquet", out, since="2022-02-11", until="2022-02-11")
    orphans = _query(
        f"SELECT e.article_id FROM read_parquet('{out}/events/**/*.parquet') e"
        f" ANTI JOIN read_parquet('{out}/articles.parquet') a ON a.id = e.article_id"
    )
    assert orphans == []
    assert _query(f"SELECT count(*) FROM read_parquet('{out}/events/**/*.parquet')") == [(1,)]


def test_jsonl_lines_are_the_stored_documents_in_published_order(
    small_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    export(small_db, "jsonl", out)
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    documents = [Document.model_validate_json(line) for line in lines[:-1]]
    assert [d.article.id for d in documents] == stored_article_ids(small_db)
    assert [d.article.id for d in documents] == ["a1", "a2", "a4", "a3"]
    with Database(small_db, read_only=True) as db:
        for document, line in zip(documents, lines, strict=False):
            assert document == db.document(document.article.id)
            assert json.loads(line) == document.model_dump(mode="json")


def test_jsonl_keeps_unicode_line_separators_inside_one_line(tmp_path: Path) -> None:

    docs = documents()
    docs[3].article.title = "one\u2028two\u2029three"
    db_path = build(tmp_path / "db.duckdb", docs)
    export(db_path, "jsonl", tmp_path / "out")
    text = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")
    assert len(text.splitlines()) == 4
    titles = [json.loads(line)["article"]["title"] for line in text.splitlines()]
    assert "one\u2028two\u2029three" in titles


def test_a_hostile_title_survives_the_csv_round_trip(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(small_db, "csv", out)
    with (out / "articles.csv").open(encoding="utf-8", newline="") as stream:
        articles = {row["id"]: row for row in csv.DictReader(stream)}
    assert articles["a2"]["title"] == NASTY_TITLE
    assert articles["a2"]["outlet"] == 'The "Daily", Ltd'
    assert json.loads(articles["a2"]["warnings"]) == ['odd "quote", here']
    assert "text" not in articles["a2"]
    assert int(articles["a2"]["text_length"]) == len(NASTY_TEXT)
    by_duckdb = _query(
        f"SELECT title FROM read_csv('{out / 'articles.csv'}', header=true) WHERE id = 'a2'"
    )
    assert by_duckdb == [(NASTY_TITLE,)]
    with (out / "events.csv").open(encoding="utf-8", newline="") as stream:
        sentences = {row["sentence"] for row in csv.DictReader(stream)}
    assert NASTY_TEXT.split("\n\n")[0] in sentences


def test_csv_events_flatten_compound_parties(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(small_db, "csv", out)
    with (out / "events.csv").open(encoding="utf-8", newline="") as stream:
        rows = {(row["article_id"], row["event_id"]): row for row in csv.DictReader(stream)}
    meeting = rows[("a1", "e1")]
    assert meeting["actor_codes"] == "USA;RUS"
    assert meeting["actor_names"] == "Joe Biden;Vladimir Putin"
    assert meeting["recipient_codes"] == ""
    assert meeting["context"] == "diplomatic"
    assert meeting["location_geonameid"] == "2660646"
    assert rows[("a3", "e2")]["actor_codes"] == ""  # unresolved actor: no code
    assert rows[("a3", "e2")]["actor_names"] == "Russia"  # its text stands for the name
    assert rows[("a1", "e3")]["polarity"] == "negated"


def test_csv_and_parquet_hold_the_same_tables(small_db: Path, tmp_path: Path) -> None:
    export(small_db, "csv", tmp_path / "csv")
    export(small_db, "parquet", tmp_path / "parquet")
    for table in export_tables.TABLES:
        csv_rows = _query(f"SELECT count(*) FROM read_csv('{tmp_path}/csv/{table}.csv')")
        source = (
            f"'{tmp_path}/parquet/events/**/*.parquet'"
            if table == "events"
            else f"'{tmp_path}/parquet/{table}.parquet'"
        )
        assert _query(f"SELECT count(*) FROM read_parquet({source})") == csv_rows, table
    counts = dict(_query(f"SELECT 'quotes', count(*) FROM read_csv('{tmp_path}/csv/quotes.csv')"))
    assert counts == {"quotes": 2}


def test_parquet_events_are_partitioned_by_year_and_month(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(small_db, "parquet", out)
    folders = sorted(p.parent.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert "events/year=2022/month=2" in folders
    assert "events/year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__" in folders
    rows = _query(
        f"SELECT event_id, year, month FROM read_parquet('{out}/events/**/*.parquet',"
        " hive_partitioning=true) WHERE article_id = 'a3' ORDER BY event_id"
    )
    assert rows == [("e1", 2022, 2), ("e2", None, None)]
    texts = _query(f"SELECT id, length(text) FROM read_parquet('{out}/articles.parquet')")
    assert ("a2", len(NASTY_TEXT)) in texts


def test_an_empty_selection_still_reads_back(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = export(small_db, "parquet", out, since="2030-01-01")
    assert (report.events, report.articles) == (0, 0)
    glob = f"{out}/events/**/*.parquet"
    assert _query(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true)") == [(0,)]


def test_plover_records_use_the_plover_field_names(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(small_db, "plover", out)
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    assert len(records) == len(lines)  # ids are unique although event ids repeat
    meeting = records["a1:e1"]
    assert meeting["event"] == ["CONSULT"]
    assert meeting["mode"] == ["third-party"]
    assert meeting["context"] == ["diplomatic"]
    assert [a["code"] for a in meeting["actor"]] == ["USA", "RUS"]
    assert meeting["actor"][0]["entity_text"] == "Joe Biden"
    assert meeting["recipient"] == []
    assert meeting["event_loc"]["geonameid"] == 2660646
    assert meeting["event_loc"]["country_code"] == "CHE"
    assert meeting["text"] == "Joe Biden met Vladimir Putin in Geneva on Wednesday."
    assert meeting["event_text"] == ["met"]
    assert (meeting["quad_code"], meeting["event_scale"], meeting["date"]) == (1, 1.0, "2022-02-09")
    assert meeting["cite_info"]["url"] == "https://example.org/a1"
    assert records["a1:e3"]["polarity"] == "negated"
    assert records["a1:e2"]["mode"] is None and records["a1:e2"]["context"] is None


def _tsv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_gdelt_tables_map_events_and_mentions(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(small_db, "gdelt", out)
    events = _tsv_rows(out / "events.tsv")
    mentions = _tsv_rows(out / "mentions.tsv")
    assert list(events[0]) == list(EVENT_COLUMNS)
    assert list(mentions[0]) == list(MENTION_COLUMNS)
    ids = [row["GlobalEventID"] for row in events]
    assert len(set(ids)) == len(ids) == 6
    assert ids == [row["GlobalEventID"] for row in mentions]
    by_key = {(r["EventwireArticleID"], r["EventwireEventID"]): r for r in events}
    meeting = by_key[("a1", "e1")]
    assert meeting["GlobalEventID"] == str(global_event_id("a1", "e1"))
    assert (meeting["Day"], meeting["MonthYear"], meeting["Year"]) == ("20220209", "202202", "2022")
    assert (meeting["Actor1Code"], meeting["Actor1CountryCode"]) == ("USAGOV", "USA")
    assert meeting["Actor1Codes"] == "USA;RUS" and meeting["Actor2Code"] == ""
    assert (meeting["EventCode"], meeting["EventBaseCode"], meeting["EventRootCode"]) == (
        "044",
        "044",
        "04",
    )
    assert (meeting["QuadClass"], meeting["IsRootEvent"]) == ("1", "1")
    assert (meeting["ActionGeo_FullName"], meeting["ActionGeo_FeatureID"]) == ("Geneva", "2660646")
    assert meeting["SOURCEURL"] == "https://example.org/a1"
    assert by_key[("a1", "e2")]["Day"] == "20220210"  # undated: the published date
    assert by_key[("a1", "e3")]["IsRootEvent"] == "0"  # second paragraph
    mention = next(m for m in mentions if m["GlobalEventID"] == meeting["GlobalEventID"])
    assert (mention["Actor1CharOffset"], mention["Actor2CharOffset"]) == ("0", "-1")
    assert mention["ActionCharOffset"] == str(len("Joe Biden "))
    assert (mention["Confidence"], mention["MentionType"]) == ("90", "1")
    hostile = next(m for m in mentions if m["EventwireArticleID"] == "a2")
    assert (hostile["MentionType"], hostile["MentionIdentifier"]) == ("2", "a2")
    assert hostile["MentionSourceName"] == 'The "Daily", Ltd'


def test_gdelt_text_never_breaks_a_row(tmp_path: Path) -> None:

    docs = documents()
    docs[1].article.outlet = "Tab\there\nand a new line"
    db_path = build(tmp_path / "db.duckdb", docs)
    export(db_path, "gdelt", tmp_path / "out")
    rows = _tsv_rows(tmp_path / "out" / "mentions.tsv")
    assert len(rows) == 6
    assert {len(row) for row in rows} == {len(MENTION_COLUMNS)}
    assert "Tab here and a new line" in {row["MentionSourceName"] for row in rows}
    by_duckdb = _query(f"SELECT count(*) FROM {_tsv(tmp_path / 'out' / 'mentions.tsv')}")
    assert by_duckdb == [(6,)]


def test_gdelt_ids_are_stable_across_exports(small_db: Path, tmp_path: Path) -> None:
    export(small_db, "gdelt", tmp_path / "one")
    export(small_db, "gdelt", tmp_path / "two", since="2022-02-09")
    first = {r["EventwireEventID"] + r["EventwireArticleID"]: r["GlobalEventID"]
             for r in _tsv_rows(tmp_path / "one" / "events.tsv")}  # fmt: skip
    second = {r["EventwireEventID"] + r["EventwireArticleID"]: r["GlobalEventID"]
              for r in _tsv_rows(tmp_path / "two" / "events.tsv")}  # fmt: skip
    assert second.items() <= first.items()
    assert 0 < len(second) < len(first)


def test_a_non_empty_out_is_refused(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        export(small_db, "csv", out)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.duckdb"]


def test_force_replaces_a_non_empty_out_whole(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("stale", encoding="utf-8")
    export(small_db, "csv", out, force=True)
    assert not (out / "old.txt").exists()
    assert (out / "events.csv").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.duckdb"]


def test_an_empty_out_folder_is_used(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    export(small_db, "plover", out)
    assert (out / "events.jsonl").is_file()


def test_a_file_as_out_is_refused_even_with_force(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("a file", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        export(small_db, "csv", out, force=True)


def test_a_failed_export_leaves_nothing_behind(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("kept", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> dict[str, int]:
        raise ExportError("disk full")

    monkeypatch.setattr("eventwire.export.write_csv", broken)
    with pytest.raises(ExportError, match="disk full"):
        export(small_db, "csv", out, force=True)
    assert [p.name for p in out.iterdir()] == ["old.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.duckdb"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fmt": "xml"}, "expected one of parquet, csv, jsonl, plover, gdelt"),
        ({"since": "2022-13-01"}, "expected a date as YYYY-MM-DD"),
        ({"since": "2022-02-12", "until": "2022-02-10"}, "is after --until"),
    ],
)
def test_bad_arguments_are_named(
    kwargs: dict[str, str], message: str, small_db: Path, tmp_path: Path
) -> None:
    arguments: dict[str, Any] = {"fmt": "csv", **kwargs}
    fmt = arguments.pop("fmt")
    with pytest.raises(ExportError, match=message):
        export(small_db, fmt, tmp_path / "out", **arguments)
    assert not (tmp_path / "out").exists()


def test_gdelt_mentions_of_one_story_event_share_its_id(tmp_path: Path) -> None:
    docs = documents()
    copy = docs[1].model_copy(deep=True)  # a second outlet's article reporting a2's threat
    copy.article.id, copy.article.outlet, copy.article.published = "a2-copy", "Other", "2022-02-13"
    db_path = build(tmp_path / "db.duckdb", [*docs, copy])
    with Database(db_path) as db:
        update_story_events(db)
    out = tmp_path / "out"
    report = export(db_path, "gdelt", out)
    events = _tsv_rows(out / "events.tsv")
    mentions = _tsv_rows(out / "mentions.tsv")
    assert report.files == {"events.tsv": 6, "mentions.tsv": 7}
    threat = next(r for r in events if r["EventwireArticleID"] == "a2")
    assert threat["GlobalEventID"] == str(global_event_id("a2", "e1"))
    assert (threat["NumMentions"], threat["NumSources"], threat["NumArticles"]) == ("2", "2", "2")
    shared = [m for m in mentions if m["GlobalEventID"] == threat["GlobalEventID"]]
    assert sorted(m["EventwireArticleID"] for m in shared) == ["a2", "a2-copy"]
    assert {m["SentenceID"] for m in shared} == {"1"}
    assert {m["EventTimeDate"] for m in shared} == {threat["DATEADDED"]}
    assert {r["GlobalEventID"] for r in mentions} == {r["GlobalEventID"] for r in events}
