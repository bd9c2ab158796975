"""Definite sector nouns take the country of the body named before them."""

from __future__ import annotations

import pytest

import eventwire


def _actor_codes(text: str, event_type: str) -> list[str | None]:
    document = eventwire.extract(text, published="2022-02-17")
    (event,) = [e for e in document.events if e.type == event_type]
    return [a.code for a in event.actor]


def test_the_military_is_the_military_named_before() -> None:
    text = (
        "Georgia's military said on Thursday that its positions had come under fire. "
        "The military accused Russian-backed separatists of breaking the truce."
    )
    assert _actor_codes(text, "ACCUSE") == ["GEO"]


def test_the_ministry_prefers_an_earlier_ministry_to_an_earlier_president() -> None:
    text = (
        "French President Emmanuel Macron spoke on Monday. Russia's foreign ministry said on "
        "Tuesday it had summoned the envoy. The ministry rejected the demand on Wednesday."
    )
    assert _actor_codes(text, "REJECT") == ["RUS"]


def test_a_definite_sector_noun_with_no_antecedent_stays_uncoded() -> None:
    document = eventwire.extract("The ministry rejected the demand.", published="2022-02-17")
    actors = [a for e in document.events for a in e.actor]
    assert all(a.code is None for a in actors)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "Sudan's army blamed the Rapid Support Forces for the attack. The paramilitary group "
            "denied involvement on Monday.",
            "REJECT",
            ["RSF"],
        ),
        (
            "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The militant group "
            "rejected the government's offer of talks.",
            "REJECT",
            ["ALSHABAAB"],
        ),
        (
            "Houthi forces seized a cargo ship in the Red Sea. The rebel group accused the United "
            "States of escalating the conflict.",
            "ACCUSE",
            ["HOUTHIS"],
        ),
    ],
)
def test_the_armed_group_is_the_group_named_before(
    text: str, event_type: str, expected: list[str]
) -> None:
    assert _actor_codes(text, event_type) == expected


def test_a_lower_case_institution_keeps_its_country() -> None:
    text = "Doctors at a Turkish hospital accused the militia of shelling the wards."
    assert _actor_codes(text, "ACCUSE") == ["TUR"]


def test_a_generic_body_is_the_one_the_story_is_about() -> None:
    text = (
        "Georgia's government said on Sunday the vote was fair. Prime Minister Irakli Kobakhidze "
        "praised the turnout. The Kremlin said it had nothing to do with the vote. The European "
        "Union urged the authorities to investigate the irregularities."
    )
    document = eventwire.extract(text, published="2024-10-27")
    (event,) = [e for e in document.events if e.type == "REQUEST"]
    assert [r.code for r in event.recipient] == ["GEO"]


def test_a_bodys_short_name_is_the_body() -> None:
    import eventwire

    text = (
        "The European Commission proposed new duties on Wednesday. The Commission said the "
        "duties would take effect in July. Separately, the International Monetary Fund "
        "approved a loan to Egypt, and the Fund urged Cairo to cut subsidies."
    )
    document = eventwire.extract(text, published="2024-06-12")
    said = [
        q for q in document.quotes if q.speaker is not None and q.speaker.text == "The Commission"
    ]
    assert [q.speaker.code for q in said if q.speaker is not None] == ["EU"]
    urged = next(e for e in document.events if e.evidence.trigger == "urged")
    assert [a.code for a in urged.actor] == ["IMF"]


def _recipient_codes(text: str, event_type: str) -> list[str | None]:
    document = eventwire.extract(text, published="2022-02-17")
    (event,) = [e for e in document.events if e.type == event_type]
    return [a.code for a in event.recipient]


@pytest.mark.parametrize(
    ("text", "event_type", "code"),
    [
        ("The Rapid Support Forces did not respond to a request for comment. Sudan's army "
         "accused the group of deliberately targeting civilians.", "ACCUSE", "RSF"),
        ("Hamas fighters attacked an army post on Monday. Israel vowed to destroy the group.",
         "THREATEN", "HAMAS"),
    ],
)  # fmt: skip
def test_the_group_is_the_armed_group_named_before(text: str, event_type: str, code: str) -> None:
    assert _recipient_codes(text, event_type) == [code]


def test_the_group_of_seven_is_no_earlier_group() -> None:
    text = (
        "Hamas fighters attacked an army post on Monday. "
        "The group of seven nations condemned Russia on Tuesday."
    )
    document = eventwire.extract(text, published="2022-02-17")
    (event,) = [e for e in document.events if e.type == "ACCUSE"]
    assert "HAMAS" not in [a.code for a in event.actor]


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("Russia's Security Council met on Friday to discuss the attack.", "RUS", "GOV"),
        ("The AU's Peace and Security Council condemned the coup.", "AU", "IGO"),
        ("The UN Security Council condemned the coup.", "UNSC", "IGO"),
    ],
)
def test_a_security_council_is_its_possessor_s(text: str, code: str, sector: str) -> None:
    document = eventwire.extract(text, published="2022-02-17")
    (event,) = document.events
    assert [(a.code, a.sector) for a in event.actor] == [(code, sector)]
