"""Quoted regions: text between paired quotation marks, found paragraph by paragraph."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Token

# Two apostrophes stand for a double quotation mark in some wire and newspaper feeds.
_MARK_RE = re.compile(r"''|[\"“”\n]")


@dataclass(frozen=True, slots=True)
class Region:
    """Text between quotation marks: ``[start, end)`` inside, ``[open, close)`` with the marks."""

    open: int
    start: int
    end: int
    close: int


class Regions:
    """The quoted regions of a text, sorted, with O(log n) lookup by character offset."""

    def __init__(self, text: str) -> None:
        self.items = find_regions(text)
        self._starts = [region.open for region in self.items]

    def inside(self, token: Token) -> bool:
        """Whether a token lies in quoted text (the marks themselves do not count)."""
        index = bisect_right(self._starts, token.idx) - 1
        return index >= 0 and self.items[index].start <= token.idx < self.items[index].end

    def within(self, start: int, end: int) -> list[tuple[int, Region]]:
        """Return the regions (with their numbers) that overlap ``[start, end)``."""
        index = max(bisect_right(self._starts, start) - 1, 0)
        numbered = ((number, self.items[number]) for number in range(index, len(self.items)))
        ahead = takewhile(lambda pair: pair[1].open < end, numbered)
        return [(number, region) for number, region in ahead if region.close > start]


def find_regions(text: str) -> list[Region]:
    """Pair quotation marks paragraph by paragraph; an unclosed quote runs to its paragraph end."""
    regions: list[Region] = []
    opened: int | None = None
    width = 0
    for match in _MARK_RE.finditer(text):
        mark, at = match.group(), match.start()
        if opened is None:
            if mark != "\n" and mark != "”":
                opened, width = at, len(mark)
            continue
        if mark != "\n" and mark != "“":
            _add_region(regions, text, (opened, width), at, at + len(mark))
            opened = None
        else:  # a new paragraph or a new opening mark: the open quote was never closed
            _add_region(regions, text, (opened, width), at, None)
            opened, width = (at, 1) if mark == "“" else (None, 0)
    if opened is not None:
        _add_region(regions, text, (opened, width), len(text), None)
    return regions


def _add_region(
    regions: list[Region], text: str, mark: tuple[int, int], at: int, close: int | None
) -> None:
    """Add the region opened at ``mark`` (offset, width) that ends at ``at``."""
    opened, width = mark
    inner = text[opened + width : at]
    start = opened + width + len(inner) - len(inner.lstrip())
    end = start + len(inner.strip())
    if end > start:
        regions.append(Region(opened, start, end, end if close is None else close))
