"""The dashboard keeps answering while an ingest writes the same file (store/writer.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from web_client import TestClient

from eventwire.store.db import Database
from eventwire.web import create_app

SENTENCES = [
    "Russia massed troops near the border with Ukraine on {day}, officials said.",
    "Germany pledged {n} million euros in aid to Ukraine on {day}.",
    "Britain expelled {n} Russian diplomats on {day}, the Foreign Office said.",
    "The United States and Russia held talks in Geneva on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ARTICLES = 360  # about a dozen batches of 32


def _write_inputs(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for index in range(ARTICLES):
            text = " ".join(
                sentence.format(day=DAYS[(index + k) % 5], n=index % 40 + k + 2)
                for k, sentence in enumerate(SENTENCES)
            )
            row = {"id": f"busy-{index:04d}", "published": "2022-02-18", "text": text}
            out.write(json.dumps(row) + "\n")


def test_pages_and_api_answer_while_an_ingest_writes(tmp_path: Path) -> None:
    inputs = tmp_path / "articles.jsonl"
    _write_inputs(inputs)
    path = tmp_path / "busy.duckdb"
    Database(path).close()
    ingest = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "ingest", str(inputs), "--db", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    answers: list[tuple[str, int, int | None]] = []  # (url, status, total) while ingest runs
    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        deadline = time.monotonic() + 600
        while ingest.poll() is None and time.monotonic() < deadline:
            for url in ("/api/events?limit=0", "/"):
                response = client.get(url)
                api_ok = url.startswith("/api") and response.status_code == 200
                total = response.json()["total"] if api_ok else None
                if response.status_code != 200 or ingest.poll() is None:
                    answers.append((url, response.status_code, total))
            time.sleep(0.05)
        _, stderr = ingest.communicate(timeout=60)
        final = client.get("/api/events?limit=0").json()["total"]
    assert ingest.returncode == 0, stderr
    assert [a for a in answers if a[1] != 200] == []  # never a 503 (nor anything else)
    totals = [total for _, _, total in answers if total is not None]
    assert len(totals) >= 5
    assert totals == sorted(totals)  # committed batches only ever add
    assert any(0 < total < final for total in totals), totals  # read between two batches
    with Database(path, read_only=True) as db:
        assert db.summary()["articles"] == ARTICLES
