"""Recipients named inside an act noun, domestic parties, and people placed in a country.

A blind battery: the expectations were written before the coder was run on these sentences
(short wire-style sentences written for these tests).

Coding decisions, from PLOVER's definitions (``src/eventwire/coding/data/plover.yaml``):

- When the thing demanded, welcomed or rejected is an act noun, the party it names is the one the
  act is about: "demanded the withdrawal of Serbian forces" is a demand on Serbia; "rejected a
  demand from Moscow" answers Russia; "lifted the blockade of Gaza" eases the pressure on the
  Palestinians; "vetoed a Security Council resolution" rejects the Council's text.
- Summoning an ambassador to protest is a protest to the ambassador's country.
- PLOVER codes domestic dyads: a government arresting its own opposition, or an army fighting
  rebels of its own country, has that country as recipient too ("Sudanese troops attacked
  rebels in Darfur": SDN → SDN).
- An ethnic group placed in a country ("ethnic Albanians in Serbia") is coded by the country it
  lives in, not by its kin state.
- The actor's own forces or officials inside an act noun ("announced the withdrawal of its
  troops") are no recipient, nor is a place where something happens ("in Geneva").
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from event_checks import check_parties, codes, only, with_gaps

import eventwire
from eventwire.schema import Document

PUBLISHED = "2024-03-12"  # a Tuesday

Case = tuple[str, str, str, str | None]

GAPS: dict[str, str] = {
    "France praised the release of the hostages.": "the uncoded hostages are coded FRA",
    "Brazil announced the lifting of its import ban.": "coded SANCTION, not RETREAT",
}
"""Known gaps: the sentence and why it fails."""


def cases(table: Sequence[tuple[object, ...]]) -> list[object]:
    return with_gaps(table, GAPS)


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


def check(text: str, event_type: str, actor: str, recipient: str | None) -> None:
    check_parties(code(text), event_type, actor, recipient)


ACT_NOUNS: list[Case] = [
    ("NATO demanded the withdrawal of Serbian forces from Kosovo.", "REQUEST", "NATO", "SRB"),
    ("France called for the withdrawal of Russian troops from Ukraine.", "REQUEST", "FRA", "RUS"),
    ("The European Union welcomed the withdrawal of Rwandan troops from Congo.",
     "SUPPORT", "EU", "RWA"),
    ("Egypt praised the release of Palestinian prisoners by Israel.", "SUPPORT", "EGY", "ISR"),
    ("Israel lifted the blockade of Gaza on Tuesday.", "RETREAT", "ISR", "PSE"),
    ("Turkey eased its blockade of Armenia after the talks.", "RETREAT", "TUR", "ARM"),
    ("Ukraine rejected a demand from Moscow to surrender the city.", "REJECT", "UKR", "RUS"),
    ("Serbia rejected a demand from the European Union to recognise Kosovo.",
     "REJECT", "SRB", "EU"),
    ("Iraq rejected an ultimatum from Washington on Monday.", "REJECT", "IRQ", "USA"),
    ("Russia vetoed a Security Council resolution on Syria.", "REJECT", "RUS", "UNSC"),
    ("China vetoed a U.N. Security Council resolution condemning Myanmar.",
     "REJECT", "CHN", "UNSC"),
    ("Britain summoned the Russian ambassador to protest the expulsions.", "ACCUSE", "GBR", "RUS"),
    ("Poland summoned Belarus's ambassador over the border incident.", "ACCUSE", "POL", "BLR"),
    ("Japan lodged a protest against China over the incursion.", "ACCUSE", "JPN", "CHN"),
    ("Brazil filed a complaint against Argentina at the World Trade Organization.",
     "ACCUSE", "BRA", "ARG"),
    ("The United States condemned the detention of American journalists by Iran.",
     "ACCUSE", "USA", "IRN"),
    ("Thai protesters demanded the resignation of the Thai prime minister.",
     "REQUEST", "THA", "THA"),
]  # fmt: skip

DOMESTIC: list[Case] = [
    ("Zimbabwe's government arrested opposition leaders on Friday.", "COERCE", "ZWE", "ZWE"),
    ("Venezuelan police arrested opposition activists in Caracas.", "COERCE", "VEN", "VEN"),
    ("Sudanese troops attacked rebels in Darfur.", "ASSAULT", "SDN", "SDN"),
    ("The Kenyan government accused opposition leaders of inciting violence.",
     "ACCUSE", "KEN", "KEN"),
    ("Syrian forces shelled rebel positions near Aleppo.", "ASSAULT", "SYR", "SYR"),
    ("Colombian soldiers killed four rebels in a clash in Colombia.", "ASSAULT", "COL", "COL"),
    ("Serbian police detained ethnic Albanians in southern Serbia.", "COERCE", "SRB", "SRB"),
    ("Kyrgyz troops fired on ethnic Uzbeks in Kyrgyzstan.", "ASSAULT", "KGZ", "KGZ"),
]  # fmt: skip

NO_RECIPIENT: list[Case] = [
    ("Russia announced the withdrawal of its forces from the region.", "RETREAT", "RUS", None),
    ("France praised the release of the hostages.", "SUPPORT", "FRA", None),
    ("Brazil announced the lifting of its import ban.", "RETREAT", "BRA", None),
    ("Germany demanded the withdrawal of the bill from parliament.", "REQUEST", "DEU", None),
    ("Canada rejected a demand for a recount in Geneva.", "REJECT", "CAN", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), cases(ACT_NOUNS))
def test_recipient_inside_an_act_noun(
    text: str, event_type: str, actor: str, recipient: str | None
) -> None:
    check(text, event_type, actor, recipient)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), cases(DOMESTIC))
def test_domestic_party_is_the_recipient(
    text: str, event_type: str, actor: str, recipient: str | None
) -> None:
    check(text, event_type, actor, recipient)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), cases(NO_RECIPIENT))
def test_no_recipient(text: str, event_type: str, actor: str, recipient: str | None) -> None:
    check(text, event_type, actor, recipient)


ETHNIC: list[tuple[str, str]] = [
    ("Ethnic Albanians in Serbia protested against the new border checks.", "SRB"),
    ("Ethnic Hungarians in Romania protested against the language law.", "ROU"),
    ("Ethnic Russians in Estonia demonstrated in Tallinn on Sunday.", "EST"),
]


@pytest.mark.parametrize(("text", "country"), cases(ETHNIC))
def test_ethnic_group_is_coded_by_where_it_lives(text: str, country: str) -> None:
    event = only(code(text), "PROTEST")
    assert codes(event.actor) == [country]
