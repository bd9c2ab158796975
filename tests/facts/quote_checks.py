"""Helpers the quote tests share: quotes found with no actor resolution, and what they say."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from eventwire.facts.quotes import find_quotes
from eventwire.schema import ActorMention, Quote


def unresolved(span: Span) -> ActorMention | None:
    """An actor resolver that resolves nothing: the quote finder's own speakers only."""
    return None


def quotes_in(nlp: Language, text: str, *, broad: bool = False) -> list[Quote]:
    """The quotes found in ``text``, speakers unresolved (``broad``: the attributions setting)."""
    return find_quotes(nlp(text), unresolved, broad=broad)


def found(quotes: list[Quote]) -> list[tuple[str, str | None, str | None]]:
    """Each quote's text, its speaker as written and its cue."""
    return [(q.text, q.speaker.text if q.speaker else None, q.cue) for q in quotes]
