"""Audit a coded document: every span must give back the text it claims (the evidence promise)."""

from __future__ import annotations

from eventwire.schema import ActorMention, Document


def span_errors(document: Document) -> list[str]:
    """Every span of a document that does not give back its own text."""
    text = document.article.text
    errors: list[str] = []

    def check(where: str, span: list[int] | None, expected: str | None) -> None:
        if span is None or expected is None:
            return
        start, end = span
        if not (0 <= start <= end <= len(text)) or text[start:end] != expected:
            errors.append(f"{where}: {span} gives {text[start:end]!r}, not {expected!r}")

    def mention(where: str, actor: ActorMention | None) -> None:
        if actor is not None:
            check(where, actor.span, actor.text)

    for event in document.events:
        evidence = event.evidence
        check(f"{event.id} sentence", evidence.span, evidence.sentence)
        check(f"{event.id} trigger", evidence.trigger_span, evidence.trigger)
        for actor in (*event.actor, *event.recipient):
            mention(f"{event.id} party", actor)
        mention(f"{event.id} attributed_to", event.attributed_to)
        if event.location is not None:
            check(f"{event.id} location", event.location.span, event.location.text)
    for quote in document.quotes:
        check("quote", quote.span, quote.text)
        mention("quote speaker", quote.speaker)
        if quote.speaker is not None and quote.speaker_span is not None:
            check("quote speaker_span", quote.speaker_span, quote.speaker.text)
    for quantity in document.quantities:
        check("quantity", quantity.span, quantity.text)
    for place in document.places:
        for span in place.spans:
            if text[span[0] : span[1]].lower() != place.text.lower():
                errors.append(f"place {place.text!r}: {span} gives {text[span[0] : span[1]]!r}")
    return errors
