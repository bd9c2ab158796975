"""Progress of a long coding run on stderr, and the one-line summary at its end.

On a terminal a rich progress bar shows articles done, the rate (articles/s), the time left when
the total is known, and the time spent. When stderr is not a terminal (a log file, a batch job),
a plain line is written every ``every_seconds`` (and, if set, every ``every_articles``)::

    coded 1200/5000 articles, 14.2 art/s, ETA 4m28s
    coded 1200 articles, 14.2 art/s                      (total unknown: stdin, feeds, WARC)

The rate is the average since the start (results arrive a chunk at a time), so the ETA is steady.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

if TYPE_CHECKING:
    from eventwire.runner.batch import BatchReport


def format_duration(seconds: float) -> str:
    """``4m31s``, ``1h02m``, ``12s``: short, for progress lines."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"


def progress_line(done: int, total: int | None, elapsed: float) -> str:
    """One plain progress line: count, rate and (with a total) the time left."""
    rate = done / elapsed if elapsed > 0 else 0.0
    if total is None:
        return f"coded {done} articles, {rate:.1f} art/s"
    line = f"coded {done}/{total} articles, {rate:.1f} art/s"
    if rate > 0 and done < total:
        line += f", ETA {format_duration((total - done) / rate)}"
    return line


def summary_line(report: BatchReport, target: str) -> str:
    """The final line of a run: articles, events, failures, skipped duplicates, time, rate."""
    return (
        f"{report.articles} articles ({report.new} new, {report.skipped} already stored or "
        f"repeated), {report.events} events, {len(report.failures)} failures, "
        f"{format_duration(report.seconds)} ({report.seconds:.1f}s, {report.rate:.1f} articles/s)"
        f" → {target}"
    )


class _RateColumn(ProgressColumn):
    """Articles per second, averaged since the start (results arrive a chunk at a time)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        return Text(f"{task.completed / elapsed:.1f} art/s" if elapsed > 0 else "– art/s")


class _EtaColumn(ProgressColumn):
    """Time left at the average rate, when the total is known."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if task.total is None or not task.completed or elapsed <= 0:
            return Text("")
        rate = task.completed / elapsed
        return Text(f"ETA {format_duration(max(task.total - task.completed, 0) / rate)}")


class IngestProgress:
    """Show a run's progress on ``console`` (stderr); use as a context manager.

    Args:
        console: where to draw or write (a rich bar when it is a terminal, else plain lines).
        total: the number of articles expected, or None when unknown.
        every_seconds: plain mode: at most one line per this many seconds.
        every_articles: plain mode: also a line every this many articles.
        clock: the time source (tests pass a fake one).
    """

    def __init__(
        self,
        console: Console,
        *,
        total: int | None = None,
        every_seconds: float = 10.0,
        every_articles: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console = console
        self.total = total
        self.done = 0
        self.every_seconds = every_seconds
        self.every_articles = every_articles
        self.clock = clock
        self.live = console.is_terminal
        self._started = clock()
        self._last_line = self._started
        self._bar: Progress | None = None
        self._task = None if not self.live else self._start_bar()

    def _start_bar(self) -> TaskID:
        count = "{task.completed}/{task.total}" if self.total is not None else "{task.completed}"
        self._bar = Progress(
            TextColumn("coding"),
            BarColumn(),
            TextColumn(count + " articles"),
            _RateColumn(),
            _EtaColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        )
        return self._bar.add_task("coding", total=self.total)

    def __enter__(self) -> IngestProgress:
        self._started = self._last_line = self.clock()
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more articles done (coded, skipped or failed)."""
        before = self.done
        self.done += count
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task, count)
            return
        now = self.clock()
        crossed = self.every_articles is not None and (
            before // self.every_articles != self.done // self.every_articles
        )
        if crossed or now - self._last_line >= self.every_seconds:
            self._last_line = now
            self.console.print(progress_line(self.done, self.total, now - self._started))
