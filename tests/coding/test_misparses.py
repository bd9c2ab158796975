"""Parties, dates and acts where the small parser or a wire idiom misleads, and unlisted officials.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2024-08-18"  # a Sunday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the parser reads "killed" as a participle after "strikes" ("strikes killed in …")
        ("Israeli air strikes killed at least 18 people in Gaza overnight, officials said.",
         "ISR", "PSE"),
        ("Russian missile strikes killed five people in Kharkiv on Saturday.", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_a_participle_with_an_object_is_the_subjects_act(
    text: str, actor: str, recipient: str
) -> None:
    event = next(e for e in code(text).events if e.evidence.trigger == "killed")
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Civilians killed in the shelling of Kherson were buried on Sunday.",
        "Five soldiers killed in ambush near Kidal",
        "Civilians killed in the strike were buried on Sunday.",
    ],
)
def test_a_subject_of_a_participle_with_no_auxiliary_undergoes_the_act(text: str) -> None:
    event = only(code(text), "ASSAULT")
    assert event.actor == []
    assert len(event.recipient) == 1 and event.recipient[0].text.endswith(("Civilians", "soldiers"))


def test_a_past_speech_act_after_a_present_report_is_the_reporters() -> None:
    text = (
        'Hamas said in a statement that the new proposal "meets Israel\'s demands" and accused '
        "Washington of shielding Israel."
    )
    event = only(code(text), "ACCUSE")
    assert codes(event.actor) == ["HAMAS"]
    assert codes(event.recipient) == ["USA"]


def test_a_day_after_since_does_not_date_the_act() -> None:
    event = only(code("More than 300 people have been killed in Darfur since Monday."), "ASSAULT")
    assert (event.date, event.date_text) == (None, "since Monday")


@pytest.mark.parametrize(
    ("text", "name", "code_"),
    [
        ("Chinese Commerce Minister Wang Tao met Brazil's president in Geneva on Friday.",
         "Wang Tao", "CHN"),
        ("Nigerian Agriculture Minister Musa Bello visited Ghana on Monday.", "Musa Bello", "NGA"),
        ("Kenyan Transport Minister Daniel Kiprop met Ugandan officials in Kampala on Friday.",
         "Daniel Kiprop", "KEN"),
    ],
)  # fmt: skip
def test_a_portfolio_title_before_an_unknown_name_makes_an_official(
    text: str, name: str, code_: str
) -> None:
    event = code(text).events[0]
    assert next((m.name, m.code, m.sector) for m in event.actor) == (name, code_, "GOV")


def test_a_commissioner_before_an_unknown_name_is_a_party() -> None:
    event = only(code("Trade Commissioner Ilse Brandt met Chinese officials on Friday."), "CONSULT")
    assert "Ilse Brandt" in [m.name for m in event.actor]


def test_a_day_after_since_still_dates_what_its_own_clause_tells() -> None:
    text = "More than 900 people have died since March 3, when rebels attacked the town of Goma."
    attack = next(e for e in code(text).events if e.evidence.trigger == "attacked")
    assert attack.date == "2024-03-03"


def test_a_year_before_a_noun_dates_the_thing_not_the_act() -> None:
    text = "Kyiv said Moscow had broken the 1994 Budapest Memorandum when it seized Crimea."
    seized = next(e for e in code(text).events if e.evidence.trigger == "seized")
    assert seized.date_text != "1994"
    friday = only(code("The Friday talks in Doha ended without a deal."), "CONSULT")
    assert friday.date == "2024-08-16"


def test_an_act_told_of_anyone_who_might_do_it_is_no_act() -> None:
    said = "The minister said that anyone who destroyed property would be prosecuted."
    assert [e for e in code(said).events if e.status == "actual" and e.type == "ASSAULT"] == []
    real = code("Police arrested two men who attacked the convoy near Garissa.")
    assert [e.status for e in real.events if e.evidence.trigger == "attacked"] == ["actual"]


def test_the_move_welcomed_is_a_deed_not_a_warning() -> None:
    text = (
        "Canada will impose a 100 per cent tariff on Chinese electric vehicles. China's embassy "
        "warned that it would take all necessary measures. Canadian carmakers welcomed the move."
    )
    welcomed = only(code(text), "SUPPORT")
    assert "CHN" not in codes(welcomed.recipient)


def test_a_cost_to_consumers_is_no_threat_but_paying_for_aggression_is() -> None:
    cost = '"Consumers will pay more, and the climate will pay too," the economist said.'
    assert [e.type for e in code(cost).events] == []
    threat = only(code("Biden said Russia would pay for its aggression."), "THREATEN")
    assert codes(threat.recipient) == ["RUS"]


def test_a_surname_that_is_a_capital_names_no_country() -> None:
    text = '"This levels the playing field," said the group\'s president, Brian Kingston.'
    (quote,) = eventwire.extract(text, published=PUBLISHED).quotes
    assert quote.speaker is not None and quote.speaker.code is None
