"""Definite sector nouns that point back: "the ministry said", "the military accused".

A bare definite sector mention ("the ministry", "The Defence Ministry", "the military") names no
country of its own; in news it stands for the same body named earlier in the article ("Ukraine's
defence ministry said …  The ministry added …"). :func:`resolve_definite` gives such a mention the
country of the most recent earlier coded mention with the same head noun, else of the same-sector
mention whose body the article names most. A mention with no earlier match stays uncoded: nothing
is guessed from elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.actors.finder import ActorSpan


def resolve_definite(doc: Doc, spans: Sequence[ActorSpan]) -> list[ActorSpan]:
    """Return ``spans`` (sorted by start), definite sector mentions coded by their antecedent."""
    resolved: list[ActorSpan] = []
    for span in spans:
        if span.code is None and span.kind == "sector" and span.sector and _definite(doc, span):
            antecedent = _antecedent(doc, span, resolved)
            if antecedent is not None:
                span = replace(
                    span, code=antecedent.code, country=antecedent.country or antecedent.code
                )
        resolved.append(span)
    return resolved


def _definite(doc: Doc, span: ActorSpan) -> bool:
    """The mention is "the X" (the article inside the span or just before it)."""
    first = doc[span.start]
    if first.lower_ == "the":
        return True
    return span.start > 0 and doc[span.start - 1].lower_ == "the"


def _antecedent(doc: Doc, span: ActorSpan, earlier: Sequence[ActorSpan]) -> ActorSpan | None:
    """The most recent earlier coded mention with the same head noun, else the one of the same
    sector whose body the article has named most often (the most recent on a tie): "the
    authorities" in a story about Georgia's election are Georgia's, though a line on the
    Kremlin came just before."""
    head = doc[span.head].lemma_.lower()
    coded = [e for e in earlier if e.code is not None and e.sector == span.sector]
    for candidate in reversed(coded):
        if doc[candidate.head].lemma_.lower() == head:
            return candidate
    if not coded:
        return None
    named = Counter(e.code for e in earlier if e.code is not None)
    return max(reversed(coded), key=lambda e: named[e.code or ""])
