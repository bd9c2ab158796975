"""Scoring the quote batteries' stories as GenderGapTracker scores quotes: a gold quote is found
when one system quote holds at least 30 % of its word tokens."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import pytest
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


def exact_speaker(quote: Quote, expected: str | tuple[str, ...]) -> bool:
    """The strict speaker check of batteries 3 and 4: a person's resolved name is their whole
    name (or, unresolved, the words written end with it); an organisation's name or text holds
    one of the forms listed."""
    speaker = quote.speaker
    if speaker is None:
        return False
    if isinstance(expected, str):
        full = words(expected)
        if speaker.name:
            return words(speaker.name) == full
        return words(speaker.text)[-len(full) :] == full
    names = [" ".join(words(speaker.name)), " ".join(words(speaker.text))]
    return any(" ".join(words(form)) in name for name in names for form in expected if name)


def quote_cases(stories: Sequence[Story], gaps: dict[tuple[str, int], str]) -> list[object]:
    """One test case per gold quote, a known gap marked a strict xfail with its reason."""
    cases: list[object] = []
    for story in stories:
        for i in range(len(story.quotes)):
            gap = gaps.get((story.name, i))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(story, i, marks=marks, id=f"{story.name}-{i}"))
    return cases


def no_quote_cases(stories: Sequence[Story], gaps: dict[tuple[str, str], str]) -> list[object]:
    """One test case per phrase that must give no quote, a known gap a strict xfail."""
    return [
        pytest.param(
            story,
            phrase,
            id=f"{story.name}-{phrase[:24]}",
            marks=[pytest.mark.xfail(strict=True, reason=gaps[story.name, phrase])]
            if (story.name, phrase) in gaps
            else [],
        )
        for story in stories
        for phrase in story.not_quotes
    ]


def check_found(story: Story, index: int) -> None:
    """The story's gold quote ``index`` is found with its exact speaker and its kind."""
    gold = story.quotes[index]
    quote = best_match(story, gold)
    assert quote is not None, f"not found: {gold.text!r}"
    assert exact_speaker(quote, gold.speaker), f"speaker {quote.speaker!r} for {gold.text!r}"
    assert quote.kind == gold.kind


def check_untouched(story: Story, phrase: str) -> None:
    """No quote other than a gold one touches the phrase: a quoted name may sit inside a
    reported clause ("the group, which called itself "Nordsturm", had …"), but no quote may be
    made of it or of a sentence that reports nothing."""
    doc = document(story)
    text = doc.article.text
    golds = [gold_span(text, g.text) for g in story.quotes]
    span = gold_span(text, phrase)
    touching = [q for q in doc.quotes if covered(text, span, q) > 0]
    assert not [q.text for q in touching if not any(covered(text, g, q) >= 0.3 for g in golds)]


def battery_report(stories: Sequence[Story]) -> str:
    """Per-story and overall numbers under the strict speaker check, for docstrings and notes."""
    lines = []
    for story in stories:
        s = score(story, exact_speaker)
        lines.append(
            f"{story.name}: recall {s.found}/{s.gold}, precision {s.right}/{s.system}, "
            f"speaker {s.speakers}/{s.found}, kind {s.kinds}/{s.found}"
        )
    recall, precision, speaker = overall([score(s, exact_speaker) for s in stories])
    lines.append(f"overall: recall {recall:.3f}, precision {precision:.3f}, speaker {speaker:.3f}")
    return "\n".join(lines)
