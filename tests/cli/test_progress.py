"""Progress on stderr: plain lines with rate and ETA when not a terminal; the summary line."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from eventwire.cli.progress import IngestProgress, format_duration, progress_line, summary_line
from eventwire.runner.batch import BatchReport


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def plain_console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=False, width=200), buffer


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (12.4, "12s"), (271, "4m31s"), (3720, "1h02m")],
)
def test_durations_are_short(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_a_line_with_a_known_total_has_the_rate_and_eta() -> None:
    assert progress_line(1200, 5000, 84.5) == "coded 1200/5000 articles, 14.2 art/s, ETA 4m28s"


def test_a_line_without_a_total_has_only_the_rate() -> None:
    assert progress_line(1200, None, 100.0) == "coded 1200 articles, 12.0 art/s"


def test_plain_progress_writes_a_line_every_interval() -> None:
    console, buffer = plain_console()
    clock = Clock()
    with IngestProgress(console, total=240, every_seconds=10, clock=clock) as progress:
        for _ in range(240):
            clock.now += 0.125  # 8 articles/s
            progress.advance()
    assert buffer.getvalue().splitlines() == [
        "coded 80/240 articles, 8.0 art/s, ETA 20s",
        "coded 160/240 articles, 8.0 art/s, ETA 10s",
        "coded 240/240 articles, 8.0 art/s",
    ]


def test_plain_progress_can_also_write_every_n_articles() -> None:
    console, buffer = plain_console()
    clock = Clock()
    with IngestProgress(console, every_seconds=1e9, every_articles=50, clock=clock) as progress:
        for _ in range(120):
            clock.now += 1
            progress.advance()
    assert buffer.getvalue().splitlines() == [
        "coded 50 articles, 1.0 art/s",
        "coded 100 articles, 1.0 art/s",
    ]


def test_the_summary_names_every_count() -> None:
    report = BatchReport(articles=5000, events=12034, new=4990, skipped=10, seconds=352.0)
    line = summary_line(report, "run.duckdb")
    assert line == (
        "5000 articles (4990 new, 10 already stored or repeated), 12034 events, 0 failures, "
        "5m52s (352.0s, 14.2 articles/s) → run.duckdb"
    )
