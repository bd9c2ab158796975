"""An article's text as HTML with its actors, triggers, quotes, quantities and places marked.

The text is cut at every span boundary into pieces; each piece is HTML-escaped on its own and,
when spans cover it, wrapped in one ``<span class="hl hl-actor hl-quote" title="…">`` naming every
kind that covers it. Overlapping spans (an actor inside a quote) therefore need no nesting, and
no character of the article ever reaches the page unescaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from eventwire.schema import Document

KINDS = ("actor", "trigger", "quote", "quantity", "place")


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``[start, end)`` in the text, its kind, and a label for its title."""

    start: int
    end: int
    kind: str
    label: str

    @classmethod
    def of(cls, span: Sequence[int], kind: str, label: str) -> Mark:
        """Build a mark from a ``[start, end]`` span pair."""
        return cls(span[0], span[1], kind, label)


def marks(document: Document) -> list[Mark]:
    """Collect every span the document records, as marks."""
    found: list[Mark] = []
    for event in document.events:
        found.append(Mark.of(event.evidence.trigger_span, "trigger", f"{event.type} trigger"))
        for mention in [*event.actor, *event.recipient]:
            found.append(Mark.of(mention.span, "actor", mention.code or mention.text))
    for quote in document.quotes:
        found.append(Mark.of(quote.span, "quote", f"{quote.kind} quote"))
        if quote.speaker_span is not None:
            speaker = quote.speaker.code or quote.speaker.text if quote.speaker else "speaker"
            found.append(Mark.of(quote.speaker_span, "actor", f"speaker {speaker}"))
    for quantity in document.quantities:
        found.append(Mark.of(quantity.span, "quantity", f"{quantity.value:g} {quantity.unit}"))
    for place in document.places:
        for start, end in place.spans:
            found.append(Mark(start, end, "place", f"{place.name} ({place.country or '?'})"))
    return found


def highlight(text: str, found: Iterable[Mark]) -> Markup:
    """Return ``text`` as escaped HTML with ``found`` marked; out-of-range spans are clipped."""
    size = len(text)
    usable: list[Mark] = []
    for mark in found:
        start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
        if start < end and mark.kind in KINDS:
            usable.append(Mark(start, end, mark.kind, mark.label))
    cuts = sorted({0, size, *(m.start for m in usable), *(m.end for m in usable)})
    pieces: list[str] = []
    for start, end in pairwise(cuts):
        covering = [m for m in usable if m.start <= start and end <= m.end]
        pieces.append(_piece(text[start:end], covering))
    return Markup("".join(pieces))  # built only from escaped pieces


def _piece(fragment: str, covering: Sequence[Mark]) -> str:
    """One escaped fragment, wrapped in a span when marks cover it."""
    if not covering:
        return str(escape(fragment))
    kinds = [kind for kind in KINDS if any(m.kind == kind for m in covering)]
    classes = " ".join(["hl", *(f"hl-{kind}" for kind in kinds)])
    title = "; ".join(dict.fromkeys(m.label for m in covering))
    return f'<span class="{classes}" title="{escape(title)}">{escape(fragment)}</span>'
