"""Checks the event-coding tests share: the one event of a type, the codes of its parties."""

from __future__ import annotations

from eventwire.schema import ActorMention, Document, Event


def only(document: Document, event_type: str) -> Event:
    """The document's one event of ``event_type``; fails listing what was coded otherwise."""
    found = [e for e in document.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.evidence.trigger) for e in document.events]
    return found[0]


def codes(mentions: list[ActorMention]) -> list[str | None]:
    """The codes of an event's actors or recipients, in order."""
    return [m.code for m in mentions]
