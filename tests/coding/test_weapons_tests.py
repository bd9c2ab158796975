"""Weapons tested or fired at no one show force (MOBILIZE weapons); counter-offensives on one's
own ground have no recipient there; seas and gulfs named after a country are no party.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2026-03-14"  # a Saturday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("North Korea test-fired two ballistic missiles on Friday.", "PRK"),
        ("North Korea fired a missile into the sea off its east coast on Thursday.", "PRK"),
        ("Iran tested a new cruise missile on Wednesday, state media said.", "IRN"),
        ("Pakistan conducted a missile test over the Arabian Sea on Tuesday.", "PAK"),
        ("India carried out a test launch of a long-range missile on Monday.", "IND"),
    ],
)  # fmt: skip
def test_a_weapon_tested_shows_force(text: str, actor: str) -> None:
    document = code(text)
    event = only(document, "MOBILIZE")
    assert event.mode == "weapons"
    assert codes(event.actor) == [actor]
    assert not [e for e in document.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia fired ten missiles at Kyiv overnight.", "RUS", "UKR"),
        ("Iran launched drones at Israel on Saturday.", "IRN", "ISR"),
        ("Houthi rebels fired a missile into the Red Sea at a British tanker.", None, None),
    ],
)  # fmt: skip
def test_a_weapon_fired_at_someone_is_an_attack(
    text: str, actor: str | None, recipient: str | None
) -> None:
    document = code(text)
    assert not [e for e in document.events if e.type == "MOBILIZE"]
    event = only(document, "ASSAULT")
    if actor is not None:
        assert codes(event.actor) == [actor]
        assert codes(event.recipient) == [recipient]


def test_testing_what_is_no_weapon_codes_no_show_of_force() -> None:
    document = code("The WHO tested a new vaccine in Geneva on Friday.")
    assert not [e for e in document.events if e.type in ("MOBILIZE", "ASSAULT")]


def test_a_hyphenated_counter_offensive_is_an_attack() -> None:
    document = code("Ukraine launched a counter-offensive in the south on Friday.")
    event = only(document, "ASSAULT")
    assert codes(event.actor) == ["UKR"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # a counter-offensive on one's own ground is not against its people
        ("Ukrainian forces launched a counteroffensive near Kharkiv on Friday.", "UKR", None),
        # an offensive on another's ground is
        ("Russian forces launched an offensive near Kharkiv on Friday.", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_the_ground_of_a_counter_offensive_is_no_target(
    text: str, actor: str, recipient: str | None
) -> None:
    event = only(code(text), "ASSAULT")
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == ([] if recipient is None else [recipient])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("North Korea fired two missiles into the Sea of Japan on Friday.", "JPN"),
        ("The U.S. Navy seized a tanker in the Gulf of Mexico on Friday.", "MEX"),
        ("Philippine ships fired water cannon at a vessel in the South China Sea.", "CHN"),
    ],
)  # fmt: skip
def test_a_sea_named_after_a_country_is_no_party(text: str, absent: str) -> None:
    document = code(text)
    assert document.events, "no event coded"
    for event in document.events:
        assert absent not in codes(event.actor) + codes(event.recipient)


def test_a_city_named_after_its_country_still_places_its_actors() -> None:
    event = only(code("Mexico City police arrested 12 protesters on Friday."), "COERCE")
    assert codes(event.actor) == ["MEX"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired a missile at Odesa on Friday.",
        "The navy fired two cruise missiles on the port of Hodeidah.",
    ],
)
def test_a_missile_fired_at_a_place_is_heavy_weapons_not_gunfire(text: str) -> None:
    assert only(code(text), "ASSAULT").mode == "heavy-weapons"


def test_shots_fired_at_a_car_are_gunfire() -> None:
    assert only(code("Israeli soldiers fired at a car near Jenin."), "ASSAULT").mode == "firearms"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Hezbollah fired about 70 rockets into northern Israel, wounding two soldiers.",
         "HEZBOLLAH", "ISR"),
        ("Hamas fired dozens of rockets into southern Israel.", "HAMAS", "ISR"),
        ("Ethiopian forces launched artillery, mortar, and rocket fire against Eritrean "
         "positions near the border.", "ETH", "ERI"),
        ("Ethiopian forces launched artillery and mortar fire against Eritrean positions.",
         "ETH", "ERI"),
    ],
)  # fmt: skip
def test_rockets_and_mortars_fired_into_a_country_are_heavy_weapons(
    text: str, actor: str, recipient: str
) -> None:
    event = only(code(text), "ASSAULT")
    assert event.mode == "heavy-weapons"
    assert (codes(event.actor), codes(event.recipient)) == ([actor], [recipient])


def test_rockets_fired_into_the_sea_are_a_show_of_force() -> None:
    assert only(code("North Korea fired two rockets into the sea."), "MOBILIZE").mode == "weapons"
