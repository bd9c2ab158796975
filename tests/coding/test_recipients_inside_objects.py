"""Recipients found inside the object, and actors named by title, administration or capital.

A blind battery: the expectations were written before the coder was run on these sentences
(short wire-style sentences written for these tests, with real public figures or none).

Coding decisions, from PLOVER's definitions (``src/eventwire/coding/data/plover.yaml`` and the
PLOVER 0.8 manual):

- A verbal act whose object is another party's act ("denounced Serbia's suppression of the
  protests") is aimed at the party who acted, the possessor of the act noun, not at the place
  or the people of the act.
- A party named only as the demonym of a group in the object ("kidnapped 20 Ethiopian farm
  workers", "attacked a camp for Burundian refugees", "shelled Pakistani army bunkers") is the
  recipient, as "Ugandan journalists" is.
- A demand that someone do something ("demanded that Iran release the sailors") is a REQUEST
  aimed at the subject of the demanded clause. Refusing a demand from someone is a REJECT aimed
  at the one who demanded.
- A complaint to a third party about someone's acts ("complained to the United Nations about
  Israeli air strikes") is ACCUSE aimed at the accused, not at the addressee.
- "President Reagan", "President Bush", "the Bush administration" are the United States on a
  date within the term; "Cairo's security chief" is Egypt's.
"""

from __future__ import annotations

import pytest
from event_checks import check_parties, with_gaps

import eventwire

Case = tuple[str, str, str, str | None, str]
"""Sentence, event type, actor, recipient, publication date."""

GAPS: dict[str, str] = {}
"""Known gaps: the sentence and why it fails."""

TODAY = "2024-03-12"

POSSESSED_ACTS: list[Case] = [
    ("Albania denounced Serbia's suppression of the protests in Kosovo.", "ACCUSE", "ALB", "SRB",
     TODAY),
    ("Ukraine condemned Russia's annexation of Crimea.", "ACCUSE", "UKR", "RUS", TODAY),
    ("Japan criticised China's detention of the journalist.", "ACCUSE", "JPN", "CHN", TODAY),
    ("Egypt rejected Ethiopia's filling of the dam on the Blue Nile.", "REJECT", "EGY", "ETH",
     TODAY),
    ("Poland condemned Belarus's expulsion of Polish diplomats.", "ACCUSE", "POL", "BLR", TODAY),
    ("Moscow's ambassador criticised Estonia's treatment of Russian speakers.", "ACCUSE", "RUS",
     "EST", TODAY),
]  # fmt: skip

GROUPS_IN_THE_OBJECT: list[Case] = [
    ("Sudanese troops kidnapped up to 20 Ethiopian farm workers near the border.", "ASSAULT",
     "SDN", "ETH", TODAY),
    ("Rwandan troops attacked a camp for Burundian refugees.", "ASSAULT", "RWA", "BDI", TODAY),
    ("Thai artillery fired on Cambodian border posts overnight.", "ASSAULT", "THA", "KHM", TODAY),
    ("Indian troops shelled Pakistani army bunkers along the Line of Control.", "ASSAULT", "IND",
     "PAK", TODAY),
    ("Moroccan police arrested about 30 Algerian football fans.", "COERCE", "MAR", "DZA", TODAY),
    ("Israeli aircraft bombed Syrian air defence sites near Damascus.", "ASSAULT", "ISR", "SYR",
     TODAY),
    ("Chadian forces attacked a convoy of Sudanese rebel fighters.", "ASSAULT", "TCD", "SDN",
     TODAY),
    ("Gunmen in Nigeria kidnapped three Chinese construction workers.", "ASSAULT", "NGA", "CHN",
     TODAY),
]  # fmt: skip

DEMANDS: list[Case] = [
    ("The United States demanded that Iran release the detained sailors.", "REQUEST", "USA",
     "IRN", TODAY),
    ("Japan demanded that North Korea stop its missile tests.", "REQUEST", "JPN", "PRK", TODAY),
    ("Germany urged that Turkey release the jailed journalist.", "REQUEST", "DEU", "TUR", TODAY),
    ("Kenyan opposition parties are demanding that President Ruto abandon the tax increases.",
     "REQUEST", "KEN", "KEN", TODAY),
    ("Iran refused to respond to a demand from the French president.", "REJECT", "IRN", "FRA",
     TODAY),
    ("Serbia rejected a demand from the European Union to recognise Kosovo.", "REJECT", "SRB",
     "EU", TODAY),
    ("North Korea turned down a request from China to resume talks.", "REJECT", "PRK", "CHN",
     TODAY),
]  # fmt: skip

COMPLAINTS: list[Case] = [
    ("Lebanon complained to the United Nations about Israeli air strikes.", "ACCUSE", "LBN", "ISR",
     TODAY),
    ("Cyprus complained to the Security Council over Turkish drilling in its waters.", "ACCUSE",
     "CYP", "TUR", TODAY),
    ("Pakistan protested to India over the shooting of its fishermen.", "ACCUSE", "PAK", "IND",
     TODAY),
]  # fmt: skip

NAMED_ACTORS: list[Case] = [
    ("President Reagan accused Libya of backing terrorism.", "ACCUSE", "USA", "LBY", "1986-04-10"),
    ("President Bush condemned Iraq's invasion of Kuwait.", "ACCUSE", "USA", "IRQ", "1990-08-03"),
    ("The Bush administration accused Syria of harbouring militants.", "ACCUSE", "USA", "SYR",
     "2003-05-02"),
    ("The Reagan administration imposed sanctions on Nicaragua.", "SANCTION", "USA", "NIC",
     "1985-05-01"),
    ("Cairo's security chief accused Sudan of harbouring militants.", "ACCUSE", "EGY", "SDN",
     TODAY),
    ("Washington's envoy accused Damascus of blocking aid convoys.", "ACCUSE", "USA", "SYR", TODAY),
]  # fmt: skip


def check(text: str, event_type: str, actor: str, recipient: str | None, published: str) -> None:
    check_parties(eventwire.extract(text, published=published), event_type, actor, recipient)


ARGS = ("text", "event_type", "actor", "recipient", "published")


@pytest.mark.parametrize(ARGS, with_gaps(POSSESSED_ACTS, GAPS))
def test_the_possessor_of_a_denounced_act_is_the_recipient(
    text: str, event_type: str, actor: str, recipient: str | None, published: str
) -> None:
    check(text, event_type, actor, recipient, published)


@pytest.mark.parametrize(ARGS, with_gaps(GROUPS_IN_THE_OBJECT, GAPS))
def test_a_demonym_group_in_the_object_is_the_recipient(
    text: str, event_type: str, actor: str, recipient: str | None, published: str
) -> None:
    check(text, event_type, actor, recipient, published)


@pytest.mark.parametrize(ARGS, with_gaps(DEMANDS, GAPS))
def test_a_demand_is_aimed_at_who_must_act_and_a_refusal_at_who_demanded(
    text: str, event_type: str, actor: str, recipient: str | None, published: str
) -> None:
    check(text, event_type, actor, recipient, published)


@pytest.mark.parametrize(ARGS, with_gaps(COMPLAINTS, GAPS))
def test_a_complaint_is_aimed_at_the_accused(
    text: str, event_type: str, actor: str, recipient: str | None, published: str
) -> None:
    check(text, event_type, actor, recipient, published)


@pytest.mark.parametrize(ARGS, with_gaps(NAMED_ACTORS, GAPS))
def test_presidents_administrations_and_capitals_are_their_country(
    text: str, event_type: str, actor: str, recipient: str | None, published: str
) -> None:
    check(text, event_type, actor, recipient, published)
