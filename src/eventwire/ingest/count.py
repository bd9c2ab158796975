"""Count the articles of inputs cheaply before a run, so its progress can show a total and an ETA.

A text or HTML file is one article; a JSON Lines file has one per line (gzipped ones
are decompressed and counted, no line is parsed); a CSV file one per line after the header (a
quoted field spanning lines makes this an overestimate). Standard input, WARC archives and feeds
cannot be counted without reading them whole, so their total is unknown (None), as is a file
named with an unknown ending (it is sniffed when read) and any run
whose files add up to more than ``max_bytes`` (counting would take too long).
"""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterator, Sequence

from eventwire.ingest.readers import KINDS

_BLOCK = 1 << 20
_COUNTABLE = {"text", "html", "jsonl", "csv"}


def count_articles(paths: Sequence[str], *, max_bytes: int = 4_000_000_000) -> int | None:
    """Return how many articles (and bad records) ``paths`` hold, or None when unknown."""
    total = 0
    budget = max_bytes
    for path in paths:
        if path == "-":
            return None
        for file in _files(path):
            kind = _kind(file)
            if kind not in _COUNTABLE:
                return None
            if kind in ("text", "html"):
                total += 1
                continue
            try:
                budget -= os.stat(file).st_size
                if budget < 0:
                    return None
                lines = _count_lines(file)
            except OSError:
                total += 1  # the reader reports it as one error
                continue
            total += max(lines - 1, 0) if kind == "csv" else lines
    return total


def _files(path: str) -> Iterator[str]:
    """The files a path names, as the readers walk them (a missing path counts as one)."""
    if os.path.isdir(path):
        for folder, subfolders, names in os.walk(path):
            subfolders.sort()
            for name in sorted(names):
                if _kind(name) is not None:
                    yield os.path.join(folder, name)
    elif glob.has_magic(path) and not os.path.exists(path):
        for match in sorted(glob.glob(path, recursive=True)):
            if os.path.isdir(match):
                yield from _files(match)
            elif _kind(match) is not None:
                yield match
    else:
        yield path


def _kind(path: str) -> str | None:
    """The input kind of a file name's ending (``.gz`` aside), or None when not known."""
    name = path.lower().removesuffix(".gz")
    return next((kind for ending, kind in KINDS.items() if name.endswith(ending)), None)


def _count_lines(path: str) -> int:
    """Count the lines of a file (gzipped when its name ends in ``.gz``), fast and roughly:
    blank lines are counted too."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    count = 0
    last = b"\n"
    with opener(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (0 if last == b"\n" else 1)
