"""Words spoken to the press or lodged with another government: speaking to reporters is no
consultation, a diplomatic protest is a complaint (CAMEO 114) and no rally, and a body placed
only by its sentence is not the country it protests to. Wire-style sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2026-03-14"


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke to reporters on Monday.",
        "Macron spoke to the BBC on Sunday.",
        "Speaking to reporters in Manila, the adviser said the talks had failed.",
    ],
)
def test_speaking_to_the_press_is_no_consultation(text: str) -> None:
    assert not [e for e in code(text).events if e.type == "CONSULT"]


def test_speaking_to_a_leader_still_is() -> None:
    assert codes(only(code("Scholz spoke to Putin by phone."), "CONSULT").actor) == ["DEU", "RUS"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Manila filed a diplomatic protest with Beijing on Sunday.", "PHL", "CHN"),
        ("Tokyo lodged a strong protest with Seoul.", "JPN", "KOR"),
    ],
)
def test_a_diplomatic_protest_is_a_complaint(text: str, actor: str, recipient: str) -> None:
    doc = code(text)
    event = only(doc, "ACCUSE")
    assert (codes(event.actor), codes(event.recipient)) == ([actor], [recipient])
    assert not [e for e in doc.events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry lodged a formal protest with the Chinese embassy.",
        "The ministry summoned the Chinese ambassador on Monday.",
    ],
)
def test_a_body_placed_by_its_sentence_is_not_the_country_it_protests_to(text: str) -> None:
    event = only(code(text), "ACCUSE")
    assert codes(event.recipient) == ["CHN"]
    assert "CHN" not in codes(event.actor)


def test_a_minority_demonstrating_at_home_keeps_its_country() -> None:
    event = only(code("Ethnic Russians in Estonia demonstrated in Tallinn on Sunday."), "PROTEST")
    assert codes(event.actor) == ["EST"]


@pytest.mark.parametrize(
    "text",
    [
        "Majority Leader Tom Hargrove said he would bring the measure back next week.",
        "Senator Paul Brenner told reporters he was open to a shorter extension if it was paid "
        "for.",
    ],
)
def test_a_bill_or_a_price_in_a_condition_is_no_threat(text: str) -> None:
    assert not [e for e in code(text).events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said it would take necessary measures.",
        "Britain said it will not release the Iranian tanker unless it can prove it was not "
        "breaking European sanctions.",
    ],
)
def test_steps_against_or_a_conditional_refusal_are_threats(text: str) -> None:
    assert [e for e in code(text).events if e.type == "THREATEN"]


def test_a_question_put_by_the_press_is_no_request() -> None:
    text = (
        "Asked whether the White House would compromise, press secretary Dana Whitfield said "
        "the president had been clear."
    )
    assert not [e for e in code(text).events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", ["Kyiv has asked for more weapons.", "Kyiv asked for more arms."])
def test_asking_for_something_is_a_request(text: str) -> None:
    assert codes(only(code(text), "REQUEST").actor) == ["UKR"]
