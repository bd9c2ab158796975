"""Scoring the quote batteries' stories as GenderGapTracker scores quotes: a gold quote is found
when one system quote holds at least 30 % of its word tokens."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from quote_articles import Gold, Story

import eventwire
from eventwire.schema import Document, Quote

WORD = re.compile(r"\w+")
_DOCS: dict[str, Document] = {}


def document(story: Story) -> Document:
    """The story coded once per test session."""
    if story.name not in _DOCS:
        _DOCS[story.name] = eventwire.extract(story.text)
    return _DOCS[story.name]


def gold_span(text: str, phrase: str) -> tuple[int, int]:
    """Where ``phrase`` stands in ``text``; it must stand there once."""
    start = text.find(phrase)
    assert start >= 0 and text.find(phrase, start + 1) < 0, f"not unique: {phrase!r}"
    return start, start + len(phrase)


def covered(text: str, span: tuple[int, int], quote: Quote) -> float:
    """The share of the tokens in ``span`` that lie inside the quote's span."""
    tokens = list(WORD.finditer(text, span[0], span[1]))
    inside = [t for t in tokens if quote.span[0] <= t.start() and t.end() <= quote.span[1]]
    return len(inside) / len(tokens)


def best_match(story: Story, gold: Gold) -> Quote | None:
    """The system quote covering most of a gold quote, if one covers 30 % of it."""
    doc = document(story)
    span = gold_span(doc.article.text, gold.text)
    scored = [(covered(doc.article.text, span, q), q) for q in doc.quotes]
    scored = [(share, q) for share, q in scored if share >= 0.3]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def words(value: str | None) -> list[str]:
    """The lower-case words of a name, possessives dropped."""
    return WORD.findall((value or "").lower().replace("’s", "").replace("'s", ""))


class Score(NamedTuple):
    """One story's counts: gold quotes found, gold quotes, system quotes that match a gold one,
    system quotes, found quotes with the right speaker, and with the right kind."""

    found: int
    gold: int
    right: int
    system: int
    speakers: int
    kinds: int


def score(story: Story, speaker_right: Callable[[Quote, str | tuple[str, ...]], bool]) -> Score:
    """Score one story, a found quote's speaker judged by ``speaker_right``."""
    doc = document(story)
    text = doc.article.text
    spans = [gold_span(text, g.text) for g in story.quotes]
    found = speakers = kinds = 0
    for gold in story.quotes:
        quote = best_match(story, gold)
        if quote is not None:
            found += 1
            speakers += speaker_right(quote, gold.speaker)
            kinds += quote.kind == gold.kind
    right = sum(any(covered(text, s, q) >= 0.3 for s in spans) for q in doc.quotes)
    return Score(found, len(story.quotes), right, len(doc.quotes), speakers, kinds)


def overall(scores: Sequence[Score]) -> tuple[float, float, float]:
    """Recall, precision and speaker accuracy (over the found quotes) of the stories together."""
    found = sum(s.found for s in scores)
    recall = found / sum(s.gold for s in scores)
    precision = sum(s.right for s in scores) / max(1, sum(s.system for s in scores))
    return recall, precision, sum(s.speakers for s in scores) / max(1, found)
