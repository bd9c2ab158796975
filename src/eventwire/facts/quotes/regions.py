"""Quoted regions: text between paired quotation marks, found paragraph by paragraph."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Token

# Two apostrophes stand for a double quotation mark in some wire and newspaper feeds.
_MARK_RE = re.compile(r"''|[\"“”\n]")
# British style quotes with single marks ('We will not retreat,' says minister). An opening mark
# follows a space, a bracket or a dash and comes before a word ('90s is a decade, not a quote);
# a closing one follows a word or a stop and comes before a space or punctuation, so the
# apostrophes of "don't" and "Clinton’s" are neither.
_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\W\d_]|\d(?!0s\b))")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[^\s‘'])[’'](?=$|[\s,.;:!?)\]—–-])")
# Guillemets pair as curly double marks do («We will not retreat,» he said); one character each,
# so offsets do not move.
_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})
# "the players' union": a plural possessive looks like a closing mark before a lower-case word.
_POSSESSIVE_RE = re.compile(r"(?<=s)[’'] [a-z]")


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
    """Pair quotation marks paragraph by paragraph; an unclosed quote runs to its paragraph end.

    Guillemets count as curly marks. A quotation inside another stays inside it: straight marks
    within curly ones (“I would say "no" to him,”), curly within straight, and curly within curly
    when enough closing marks follow (“They promised “a new era” and failed,”); else a new
    opening mark starts a new quote, the open one never closed.
    """
    regions: list[Region] = []
    text = text.translate(_GUILLEMETS)
    start = 0
    for end in [*(m.start() for m in re.finditer("\n", text)), len(text)]:
        marks = [(m.start(), m.group()) for m in _MARK_RE.finditer(text, start, end)]
        if marks:
            _pair_paragraph(regions, text, marks, end)
        else:  # single marks only where no double ones are: else they sit inside a quotation
            _pair_single(regions, text, start, end)
        start = end + 1
    return regions


def _pair_single(regions: list[Region], text: str, start: int, end: int) -> None:
    """Add the regions between single quotation marks in ``text[start:end]`` (one paragraph); an
    opening mark with no closing one is left alone, as an apostrophe may look like one, unless
    the next paragraph opens with a mark too: the wire's way of going on with a quotation in the
    next paragraph, leaving the first one open."""
    paragraph = text[start:end]
    opens = [m.start() + start for m in _SINGLE_OPEN_RE.finditer(paragraph)]
    closes = [m.start() + start for m in _SINGLE_CLOSE_RE.finditer(paragraph)]
    at = start
    for opened in opens:
        if opened < at:
            continue
        later = [close for close in closes if close > opened + 1]
        plain = [close for close in later if not _POSSESSIVE_RE.match(text, close - 1)]
        close = plain[0] if plain else None
        if close is not None:
            _add_region(regions, text, (opened, 1), close, close + 1)
            at = close + 1
        elif opened == opens[-1] and _SINGLE_OPEN_RE.match(text, _next_paragraph(text, end)):
            _add_region(regions, text, (opened, 1), end, None)
            return


def _next_paragraph(text: str, end: int) -> int:
    """Offset of the first character of the paragraph after the one ending at ``end``."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _pair_paragraph(
    regions: list[Region], text: str, marks: list[tuple[int, str]], end: int
) -> None:
    """Add the regions of one paragraph's quotation marks (offset, mark), the paragraph ending
    at ``end``."""
    index = 0
    while index < len(marks):
        at, mark = marks[index]
        # a closing mark with nothing open, unless it opens the paragraph and another one
        # closes it: a slip of the keyboard ("”Fear. I am afraid.” ― a reader")
        if mark == "”" and not (
            _opens_line(text, at) and "”" in (m for _, m in marks[index + 1 :])
        ):
            index += 1
            continue
        close, index = _closing(marks, index)
        if close is None:
            _add_region(
                regions, text, (at, len(mark)), marks[index][0] if index < len(marks) else end, None
            )
        else:
            _add_region(regions, text, (at, len(mark)), close[0], close[0] + len(close[1]))


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces stand between ``at`` and the start of its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def _closing(marks: list[tuple[int, str]], opening: int) -> tuple[tuple[int, str] | None, int]:
    """The mark that closes the one at ``opening`` (or None when a new quote opens first or the
    paragraph ends), and the index to go on from."""
    curly = marks[opening][1] == "“"
    depth = 0
    index = opening + 1
    while index < len(marks):
        at, mark = marks[index]
        later = [m for _, m in marks[index + 1 :]]
        if mark == "“":
            closes, opens = later.count("”"), later.count("“")
            if not (closes >= opens + 2 or (not curly and closes > opens and _straight(later))):
                return None, index  # a new quote opens: the open one was never closed
            depth += 1
        elif depth > 0 and mark == "”":
            depth -= 1
        elif curly and mark != "”" and "”" in later:
            pass  # straight marks inside a curly quotation
        else:
            return (at, mark), index + 1
        index += 1
    return None, index


def _straight(marks: list[str]) -> bool:
    """Whether a straight mark is among ``marks``."""
    return any(mark not in ("“", "”") for mark in marks)


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
