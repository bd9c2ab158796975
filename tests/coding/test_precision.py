"""Events an analyst would call wrong or junk, on wire-style sentences written for these tests.

Each test states one rule: what is not an event, whose act it is, and what is the same event told
twice.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.schema import Document, Event

PUBLISHED = "2022-02-14"


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


def of_type(document: Document, event_type: str) -> list[Event]:
    return [e for e in document.events if e.type == event_type]


def codes(event: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.code for a in event.actor], [r.code for r in event.recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Neither side offered details of any new concessions.",
        "A spokesman said the summit would go ahead only if the ceasefire held.",
        "Erdogan said the prospects of reaching a deal were good.",
    ],
)
def test_an_event_with_no_party_at_all_is_not_coded(text: str) -> None:
    document = code(text)
    assert [e for e in document.events if not e.actor and not e.recipient] == []


def test_a_participle_of_an_attack_is_the_same_attack_not_another() -> None:
    document = code(
        "Rockets hit a market in the town of Kramatorsk in Ukraine's Donetsk region on Friday, "
        "killing three people and wounding five, local officials said."
    )
    attacks = of_type(document, "ASSAULT")
    assert attacks
    assert all(e.actor or e.recipient for e in attacks), [e.evidence.trigger for e in attacks]


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry released footage of trucks being unloaded at the border.",
        "The army released a statement on Tuesday denying the reports.",
        "The agency released new figures showing a rise in arrivals.",
    ],
)
def test_releasing_a_publication_is_no_retreat(text: str) -> None:
    assert of_type(code(text), "RETREAT") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hamas released four hostages on Sunday.", "HAMAS"),
        ("Russia released two American prisoners on Friday.", "RUS"),
    ],
)
def test_releasing_captives_stays_a_retreat(text: str, actor: str) -> None:
    (event,) = of_type(code(text), "RETREAT")
    assert event.mode == "release"
    assert codes(event)[0] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the strike did not affect the ability of Israel's armed forces to defend "
        "the border.",
        "The Pentagon said the readiness of Poland's forces was high.",
    ],
)
def test_a_noun_forces_is_no_mobilisation(text: str) -> None:
    assert of_type(code(text), "MOBILIZE") == []


def test_the_reporter_of_a_future_punishment_threatens_no_one() -> None:
    document = code(
        "The European Union will impose new sanctions on Belarus next month, diplomats said on "
        "Friday."
    )
    (sanction,) = of_type(document, "SANCTION")
    assert codes(sanction) == (["EU"], ["BLR"])
    assert sanction.status == "future"
    assert sanction.attributed_to is not None
    assert of_type(document, "THREATEN") == []


@pytest.mark.parametrize(
    "text",
    [
        "Macron and Scholz met in Berlin on Monday, the Elysee said, as European diplomats warned "
        "that an attack on Moldova could come within days.",
        "Analysts warned that an invasion of Taiwan would cause chaos.",
    ],
)
def test_warning_of_someone_elses_attack_is_no_threat(text: str) -> None:
    assert of_type(code(text), "THREATEN") == []


def test_a_speaker_who_would_punish_still_threatens() -> None:
    (threat,) = of_type(code("Macron told Lukashenko that Belarus would pay a price."), "THREATEN")
    assert codes(threat)[0] == ["FRA"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("China has repeatedly said it has no intention of invading Taiwan.", "ASSAULT", "CHN",
         "TWN"),
        ('"The alliance has no plans to deploy ground troops in Moldova," NATO\'s Rutte said.',
         "MOBILIZE", "NATO", None),
        ("Turkey has no plans to attack Syria, Erdogan said.", "ASSAULT", "TUR", "SYR"),
    ],
)  # fmt: skip
def test_a_disavowed_intention_is_the_subjects_act_negated(
    text: str, event_type: str, actor: str, recipient: str | None
) -> None:
    (event,) = of_type(code(text), event_type)
    assert event.polarity == "negated"
    assert codes(event)[0] == [actor]
    if recipient is not None:
        assert codes(event)[1] == [recipient]


def test_an_attack_repelled_is_coded_with_its_attacker() -> None:
    document = code(
        "Sudan's army said it repelled an attack by the Rapid Support Forces on Kassala on Sunday."
    )
    (attack,) = of_type(document, "ASSAULT")
    assert codes(attack)[0] == ["RSF"]
    assert codes(attack)[1] == ["SDN"]


def test_a_deployment_to_an_ally_has_the_ally_as_its_place_not_its_recipient() -> None:
    # PLOVER's MOBILIZE recipient is whom the forces face ("mobilized reservists for a possible
    # war against Iraq"); a country troops are sent to is where they go. Coding the ally as the
    # recipient of a material-conflict event would put a conflict on an alliance's dyad.
    (event,) = of_type(code("Germany will send 300 more troops to Lithuania in May."), "MOBILIZE")
    assert codes(event) == (["DEU"], [])
    assert event.location is not None
    assert event.location.country == "LTU"


def test_a_document_named_before_stands_for_its_author() -> None:
    document = code(
        "Iran sent its written response to Washington on Monday. In the response, Iran said it "
        "was open to talks. The letter also demanded the lifting of all American sanctions."
    )
    (request,) = [e for e in of_type(document, "REQUEST") if "letter" in e.evidence.sentence]
    assert codes(request)[0] == ["IRN"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The government said it will not lift the ban on the opposition party.", None),
        ("The rebels will not release the three aid workers until a ransom is paid.", None),
        ("Russia said it would not withdraw its troops from Transnistria.", "RUS"),
    ],
)
def test_an_announced_refusal_to_retreat_is_a_rejection(text: str, actor: str | None) -> None:
    document = code(text)
    assert of_type(document, "RETREAT") == []
    (event,) = of_type(document, "REJECT")
    assert event.polarity == "asserted"
    if actor is not None:
        assert codes(event)[0] == [actor]
