"""Actors that name no state take the country their sentence places them in."""

from __future__ import annotations

import pytest

import eventwire


def _codes(text: str, role: str = "actor") -> list[str | None]:
    """The codes of the most confident asserted event's actors (or recipients)."""
    document = eventwire.extract(text, published="2001-05-14")
    asserted = [e for e in document.events if e.polarity == "asserted"]
    event = max(asserted, key=lambda e: e.confidence)
    return [m.code for m in (event.actor if role == "actor" else event.recipient)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hundreds of activists in Cairo protested against the new press law.", "EGY"),
        ("Kurdish rebels in Turkey demanded the release of their leader.", "TUR"),
        ("The Serbs of northern Kosovo demanded autonomy from Pristina.", "XKX"),
        ("Ethnic Hungarians in Slovakia demanded more schools in their own language.", "SVK"),
        ("Bosnian Serbs rejected the peace plan on Friday.", "BIH"),
        ("Iraqi Kurds accused Baghdad of withholding their budget.", "IRQ"),
        ("Yoruba leaders demanded a national conference on Monday.", "NGA"),
        ("A newspaper based in Lagos accused the governor of corruption.", "NGA"),
    ],
)
def test_a_mention_is_coded_where_its_sentence_places_it(text: str, code: str) -> None:
    assert code in _codes(text)


def test_a_title_in_apposition_gives_its_country() -> None:
    text = "Amina Haddad, Tunisia's best-known human rights activist, began a hunger strike."
    assert "TUN" in _codes(text)


def test_the_one_country_of_the_sentence_places_a_bare_sector_noun() -> None:
    text = "Islamists demanded the resignation of Egyptian Prime Minister Atef Ebeid."
    assert "EGY" in _codes(text)


def test_refugees_are_not_coded_by_where_they_are() -> None:
    text = "Refugees in Jordan demanded more food aid from donors."
    assert "JOR" not in _codes(text)


def test_ethnic_marks_a_minority_not_the_kin_state() -> None:
    text = "Ethnic Albanians demanded more rights."
    assert "ALB" not in _codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UNITA rebels attacked a government convoy near Huambo.", "UNITA"),
        ("The Revolutionary United Front freed 50 peacekeepers on Sunday.", "RUF"),
        ("MASSOB demanded the release of its detained members.", "MASSOB"),
        ("The FDD accused the Burundian army of killing civilians.", "FDD"),
        ("The Islamic Salvation Front called for a general strike.", "FIS"),
    ],
)
def test_armed_groups_and_parties_are_known(text: str, code: str) -> None:
    assert code in _codes(text)


def test_a_dateline_places_no_one() -> None:
    text = (
        "ADDIS ABABA, March 12 (Reuters) - The African Union on Thursday suspended "
        "Guinea-Bissau after soldiers seized power in the capital, Bissau, and detained "
        "President Umaro Embalo."
    )
    document = eventwire.extract(text, published="2001-05-14")
    people = [m for e in document.events for m in (*e.actor, *e.recipient) if m.name]
    assert all(m.code != "ETH" for m in people)


def test_a_sentence_with_no_country_leans_on_the_one_before() -> None:
    text = "Hundreds of activists gathered in Cairo on Monday. The activists demanded reforms."
    assert "EGY" in _codes(text)
