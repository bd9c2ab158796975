"""The command line as users and acceptance checks drive it (contract.md), through Typer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app

ARTICLE = (
    "Talks in Geneva end without breakthrough – Harbor Wire\n\n"
    "Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on "
    "Friday. Lavrov rejected a U.S. proposal to pull troops back from the border.\n\n"
    '"We will not be intimidated," Lavrov told reporters after the meeting.\n'
)
SECOND = {
    "id": "wire-2",
    "title": "Berlin pledges aid",
    "published": "2022-02-15",
    "text": "Germany pledged 150 million euros in aid to Ukraine on Tuesday.",
}

runner = CliRunner()


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "geneva.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "aid.jsonl").write_text(json.dumps(SECOND) + "\n", encoding="utf-8")
    return folder


def test_extract_prints_the_contract_document(inputs: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(inputs / "geneva.txt"), "--published", "2022-01-22"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["schema"] == "eventwire.document/1"
    assert set(document) >= {"coder", "article", "events", "quotes", "quantities", "places"}
    article = document["article"]
    assert article["title"] == "Talks in Geneva end without breakthrough"
    assert article["outlet"] == "Harbor Wire"
    assert article["published"] == "2022-01-22"
    assert article["id"].startswith("sha256:")
    text = article["text"]
    assert "Harbor Wire" not in text
    types = {event["type"] for event in document["events"]}
    assert {"CONSULT", "REJECT"} <= types
    for event in document["events"]:
        start, end = event["evidence"]["span"]
        assert text[start:end] == event["evidence"]["sentence"]
    meeting = next(e for e in document["events"] if e["type"] == "CONSULT")
    assert meeting["date"] == "2022-01-21"
    assert any(q["speaker"] and q["speaker"]["name"] == "Sergei Lavrov" for q in document["quotes"])


def test_extract_jsonl_keeps_input_order_and_record_fields(inputs: Path) -> None:
    result = runner.invoke(
        app,
        ["extract", str(inputs / "aid.jsonl"), str(inputs / "geneva.txt"), "--format", "jsonl"],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [d["article"]["title"] for d in lines] == [
        "Berlin pledges aid",
        "Talks in Geneva end without breakthrough",
    ]
    assert lines[0]["article"]["id"] == "wire-2"
    money = lines[0]["quantities"]
    assert money and money[0]["value"] == 150_000_000 and money[0]["currency"] == "EUR"


def test_extract_reads_stdin() -> None:
    result = runner.invoke(
        app,
        ["extract", "-", "--published", "2022-02-14"],
        input="Biden spoke with Zelensky on Sunday.",
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["events"][0]["type"] == "CONSULT"


def test_bad_input_is_one_line_and_the_rest_is_coded(inputs: Path) -> None:
    (inputs / "broken.jsonl").write_text('{"text": "Russia massed troops."}\n{not json\n')
    result = runner.invoke(app, ["extract", str(inputs), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "broken.jsonl" in errors[0] and ":2" in errors[0], result.stderr
    coded = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(coded) == 3  # both good files and the good line of the broken one


def test_bad_usage_exits_2(inputs: Path) -> None:
    result = runner.invoke(app, ["extract", str(inputs), "--published", "14/02/2022"])
    assert result.exit_code == 2
    assert "--published" in result.stderr


def test_missing_file_is_reported_by_name(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 1
    assert "nowhere.txt" in result.stderr
    assert "Traceback" not in result.output


def test_ingest_is_idempotent_and_queries_filter(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wire.duckdb"
    first = runner.invoke(
        app, ["ingest", str(inputs), "--db", str(db), "--published", "2022-01-22"]
    )
    assert first.exit_code == 0, first.output
    assert "2 new" in first.stderr
    events_1 = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    second = runner.invoke(
        app, ["ingest", str(inputs), "--db", str(db), "--published", "2022-01-22"]
    )
    assert second.exit_code == 0
    assert "0 new, 2 already stored" in second.stderr
    events_2 = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    assert json.loads(events_1.stdout) == json.loads(events_2.stdout)
    rows = json.loads(events_2.stdout)
    assert rows and all("article_id" in row and "evidence" in row for row in rows)

    german = runner.invoke(app, ["events", "--db", str(db), "--actor", "DEU", "--format", "json"])
    german_rows = json.loads(german.stdout)
    assert german_rows
    assert all("DEU" in [a["code"] for a in row["actor"]] for row in german_rows)
    assert len(german_rows) < len(rows)

    as_csv = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    header = as_csv.stdout.splitlines()[0]
    assert header.startswith("id,") or "type" in header

    listed = runner.invoke(app, ["articles", "--db", str(db), "--format", "json"])
    assert {row["id"] for row in json.loads(listed.stdout)} >= {"wire-2"}


def test_demo_codes_the_bundled_articles(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "20 articles" in result.stdout
    assert "events by type" in result.stdout
    assert "RUS" in result.stdout
    again = runner.invoke(app, ["demo", "--db", str(db)])
    assert "20 articles" in again.stdout  # re-running changes nothing


def test_eval_on_a_missing_path_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "plover", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "none" in result.stderr and "Traceback" not in result.output


def test_the_table_shows_which_event_each_figure_sizes(tmp_path: Path) -> None:
    article = tmp_path / "loan.txt"
    article.write_text(
        "Chancellor Olaf Scholz arrived in Kyiv on Monday and announced a loan of about "
        "$170 million.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        ["extract", str(article), "--published", "2022-02-14", "--format", "table"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    (row,) = [line for line in result.stdout.splitlines() if "170,000,000" in line]
    assert "AID (announced a loan)" in row


def test_a_table_into_a_pipe_keeps_its_cells_whole(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wire.duckdb"
    runner.invoke(app, ["ingest", str(inputs), "--db", str(db), "--published", "2022-01-22"])
    result = runner.invoke(app, ["events", "--db", str(db)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "wire-2" in result.stdout and "confidence" in result.stdout
    assert "…" not in result.stdout
