"""Voice and report: who acts when the verb is passive, adjectival or reported.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.schema import Document, Event

PUBLISHED = "2023-03-07"  # a Tuesday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


def only(document: Document, event_type: str) -> Event:
    found = [e for e in document.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.evidence.trigger) for e in document.events]
    return found[0]


def codes(mentions: list[eventwire.schema.ActorMention]) -> list[str | None]:
    return [m.code for m in mentions]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "reporter"),
    [
        ("Turkey said Sweden was committed to fighting terrorism.", "AGREE", "SWE", "TUR"),
        ("The minister said Chile is committed to the trade pact with Peru.", "AGREE", "CHL", None),
        ("Hungary is opposed to a new round of sanctions on Russia.", "REJECT", "HUN", None),
    ],
)
def test_an_adjectival_passive_has_its_subject_as_actor(
    text: str, event_type: str, actor: str, reporter: str | None
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == [actor]
    assert actor not in codes(event.recipient)
    if reporter is not None:
        assert event.attributed_to is not None and event.attributed_to.code == reporter


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Kyiv was shelled by Russian forces on Monday.", "ASSAULT", "RUS", "UKR"),
        ("The Syrian town was bombed by Turkish jets overnight.", "ASSAULT", "TUR", "SYR"),
        ("The proposal from Serbia was rejected by Kosovo on Monday.", "REJECT", "XKX", "SRB"),
    ],
)
def test_a_passive_has_its_by_agent_as_actor_and_its_subject_as_recipient(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]
