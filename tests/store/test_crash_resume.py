"""kill -9 during an ingest leaves a consistent database; re-running finishes the job exactly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

SENTENCES = [
    "Russia massed troops near the border with Ukraine on {day}.",
    "Germany pledged {n} million euros in aid to Ukraine on {day}.",
    "Britain expelled {n} Russian diplomats on {day}.",
    "The United States and Russia held talks in Geneva on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _ingest(inputs: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire", "ingest", str(inputs), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _contents(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
        events = con.execute(
            "SELECT article_id, id, type, actor_codes, recipient_codes, date FROM events "
            "ORDER BY article_id, id"
        ).fetchall()
    finally:
        con.close()
    return articles, events


def test_three_kills_then_a_rerun_equal_a_clean_run(tmp_path: Path) -> None:
    inputs = tmp_path / "wire.jsonl"
    lines = []
    for i in range(240):
        text = " ".join(
            s.format(day=DAYS[(i + k) % 5], n=i % 9 + 2) for k, s in enumerate(SENTENCES)
        )
        lines.append(json.dumps({"id": f"w{i:03d}", "text": text, "published": "2022-02-14"}))
    inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")

    crashed = tmp_path / "crashed.duckdb"
    for wait in (2.5, 4.0, 6.0):  # whatever each run reached, it dies without warning
        process = _ingest(inputs, crashed)
        time.sleep(wait)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if crashed.exists():
            _contents(crashed)  # opens: consistent after every kill
    assert _ingest(inputs, crashed).wait() == 0

    clean = tmp_path / "clean.duckdb"
    assert _ingest(inputs, clean).wait() == 0
    articles, events = _contents(crashed)
    assert len(articles) == 240
    assert (articles, events) == _contents(clean)
