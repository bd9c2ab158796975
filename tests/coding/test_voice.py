"""Voice and report: who acts when the verb is passive, adjectival or reported.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2023-03-07"  # a Tuesday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


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


def test_an_attack_noun_after_by_gives_its_owner_as_actor() -> None:
    event = only(
        code("Two Ukrainian soldiers were killed by Russian shelling near Bakhmut."), "ASSAULT"
    )
    assert codes(event.actor) == ["RUS"]
    assert codes(event.recipient) == ["UKR"]


def test_a_participle_with_a_by_agent_is_that_agents_act() -> None:
    document = code("Iran on Tuesday condemned the sanctions imposed by the United States.")
    assert codes(only(document, "ACCUSE").recipient) == ["USA"]
    assert codes(only(document, "SANCTION").actor) == ["USA"]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("A senior Iranian official rejected the demands of the United States.", "REJECT", "USA"),
        ("Rebels in Darfur rejected the peace plan proposed by the African Union.", "REJECT", "AU"),
        ("Serbia welcomed the proposal of the European Union on Monday.", "SUPPORT", "EU"),
    ],
)
def test_the_author_of_a_judged_proposal_is_the_recipient(
    text: str, event_type: str, recipient: str
) -> None:
    assert codes(only(code(text), event_type).recipient) == [recipient]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "Rebels in Ivory Coast rejected an appeal from President Laurent Kouadio to disarm.",
            "REJECT",
            "CIV",
        ),
        ("Malian soldiers detained Prime Minister Moctar Diallo in Bamako.", "COERCE", "MLI"),
    ],
)
def test_a_titled_person_the_lexicon_lacks_is_of_the_one_country_the_sentence_names(
    text: str, event_type: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.recipient) == [recipient]
    assert event.recipient[0].sector == "GOV"


def test_a_shelled_town_named_as_passive_subject_is_its_countrys() -> None:
    text = (
        "The village of Huliaipole in Ukraine's Zaporizhzhia region was shelled by Russian tanks."
    )
    event = only(code(text), "ASSAULT")
    assert codes(event.actor) == ["RUS"]
    assert codes(event.recipient) == ["UKR"]


def test_an_unknown_official_acting_on_a_country_is_not_placed_in_it() -> None:
    event = only(code("President Marek Novak threatened tough action against Hungary."), "THREATEN")
    assert codes(event.actor) == [None]
    assert codes(event.recipient) == ["HUN"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Recent Turkish drone strikes have killed five fighters in northern Iraq.", "TUR"),
        ("US Predator drone attacks killed six militants in Waziristan.", "USA"),
    ],
)
def test_an_attack_named_as_subject_is_by_the_party_its_modifiers_name(
    text: str, actor: str
) -> None:
    assert codes(only(code(text), "ASSAULT").actor) == [actor]


def test_a_name_is_of_the_side_its_compounded_title_names() -> None:
    text = "Rebel leaders in Mali said they would meet U.N. mediator Diego Cordero next week."
    event = only(code(text), "AGREE")
    assert codes(event.recipient) == ["UN"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Palestinian civilians killed in the strike were buried on Sunday.",
            "ASSAULT",
            [],
            ["PSE"],
        ),
        (
            "Chinese firms accused of supplying drone parts to Russia were added to the list.",
            "ACCUSE",
            [],
            ["CHN"],
        ),
        (
            "Hungarian officials criticised by the European Commission rejected the report.",
            "ACCUSE",
            ["EU"],
            ["HUN"],
        ),
        ("The sanctions imposed on Iran hurt its economy.", "SANCTION", [], ["IRN"]),
    ],
)
def test_a_noun_before_a_past_participle_undergoes_the_act(
    text: str, event_type: str, actor: list[str], recipient: list[str]
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == actor
    assert codes(event.recipient) == recipient


def test_forces_deployed_are_their_own_sides() -> None:
    event = only(code("Russian troops deployed near the border began exercises."), "MOBILIZE")
    assert codes(event.actor) == ["RUS"]
