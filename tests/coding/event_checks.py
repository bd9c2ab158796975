"""Checks the event-coding tests share: the one event of a type, the codes of its parties, and
tables of cases with their known gaps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from eventwire.schema import ActorMention, Document, Event


def only(document: Document, event_type: str) -> Event:
    """The document's one event of ``event_type``; fails listing what was coded otherwise."""
    found = [e for e in document.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.evidence.trigger) for e in document.events]
    return found[0]


def codes(mentions: list[ActorMention]) -> list[str | None]:
    """The codes of an event's actors or recipients, in order."""
    return [m.code for m in mentions]


def with_gaps(table: Sequence[tuple[object, ...]], gaps: Mapping[str, str]) -> list[object]:
    """A table's cases, each known gap (keyed by its sentence) marked xfail with its reason."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(reason=gaps[str(case[0])], strict=True))
        if str(case[0]) in gaps
        else case
        for case in table
    ]


def check_parties(document: Document, event_type: str, actor: str, recipient: str | None) -> None:
    """The document's one event of ``event_type`` has this actor and this recipient (or none)."""
    event = only(document, event_type)
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == ([] if recipient is None else [recipient])
