"""Dyad series, the escalation index and alerts on articles written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article
from eventwire.signals import alerts, series
from eventwire.store.db import Database

QUIET = "Russia and Ukraine held talks in Minsk on {day}."
STORM = [
    "Russia accused Ukraine of shelling its border villages.",
    "Russian forces attacked Ukrainian positions near Donetsk.",
    "Russia threatened Ukraine with retaliation.",
    "Russian artillery shelled Ukrainian trenches along the front.",
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signals") / "s.duckdb"
    articles = [
        Article(id=f"q{d}", published=f"2022-02-{d:02d}", text=QUIET.format(day="Tuesday"))
        for d in range(1, 9)
    ]
    articles += [
        Article(id=f"s{i}", published="2022-02-09", text=text) for i, text in enumerate(STORM)
    ]
    documents = list(Pipeline().extract_many(articles))
    with Database(path) as db:
        run = db.start_run(coder_version="t", config_hash="h", command="t", config_json="{}")
        db.write_documents(documents, run_id=run)
    return path


def test_series_counts_the_dyads_events_by_day(db_path: Path) -> None:
    with Database(db_path, read_only=True) as db:
        rows = series(db.con, dyad="UKR-RUS", freq="day")
        storm_events = [
            e
            for e in db.events(since="2022-02-09", until="2022-02-09")
            if e["polarity"] == "asserted" and e["status"] == "actual"
        ]
    last = rows[-1]
    assert last["dyad"] == "RUS-UKR" and last["period"] == "2022-02-09"
    assert last["events"] == len(storm_events) >= 3
    assert last["q3"] + last["q4"] == last["events"]
    assert last["escalation"] > 0  # conflictual day
    quiet = [r for r in rows if r["period"] < "2022-02-09"]
    assert quiet and all(r["escalation"] < 0 and r["q1"] >= 1 for r in quiet)


def test_week_and_month_periods(db_path: Path) -> None:
    with Database(db_path, read_only=True) as db:
        weeks = series(db.con, dyad="RUS-UKR", freq="week")
        months = series(db.con, dyad="RUS-UKR", freq="month")
    assert [w["period"] for w in weeks] == ["2022-01-31", "2022-02-07"]  # Mondays
    assert len(months) == 1 and months[0]["events"] == sum(w["events"] for w in weeks)


def test_alert_fires_on_the_storm_with_its_events(db_path: Path) -> None:
    with Database(db_path, read_only=True) as db:
        found = alerts(db.con, dyad="RUS-UKR", freq="day", window=7, threshold=2.0)
    assert [(a.period, a.kind) for a in found] == [("2022-02-09", "escalation")]
    drivers = found[0].events
    assert len(drivers) == found[0].count >= 3
    assert all(d["sentence"] in STORM for d in drivers)


def test_cli_prints_series_and_rejects_bad_dyads(db_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["signals", "--db", str(db_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {row["dyad"] for row in json.loads(result.stdout)} == {"RUS-UKR"}
    bad = runner.invoke(app, ["signals", "--db", str(db_path), "--dyad", "RUS"])
    assert bad.exit_code == 2 and "RUS-UKR" in bad.stderr
    alerts_run = runner.invoke(
        app, ["signals", "--db", str(db_path), "--alerts", "--format", "csv"]
    )
    assert alerts_run.exit_code == 0 and "2022-02-09,escalation" in alerts_run.stdout


def test_alert_drivers_are_story_events_with_their_mentions(db_path: Path) -> None:
    with Database(db_path, read_only=True) as db:
        [alert] = alerts(db.con, dyad="RUS-UKR", freq="day")
    for driver in alert.events:
        assert driver["mention_ids"] == [f"{driver['article_id']}:{driver['id']}"]
        assert (driver["mentions"], driver["articles"], driver["originals"]) == (1, 1, 1)


def test_cli_writes_a_png_chart_of_the_dyad(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rus-ukr.png"
    result = CliRunner().invoke(
        app, ["signals", "--db", str(db_path), "--dyad", "RUS-UKR", "--chart", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
