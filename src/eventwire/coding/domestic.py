"""Acts a state does at home: the recipient is the actor's own country.

PLOVER's gold codes domestic dyads: "Egyptian police fired on demonstrators" is EGY → EGY.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import SOCIETY_SECTORS, ActorIndex
from eventwire.coding.triggers import Trigger

DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN"})
DOMESTIC_GROUPS = frozenset(
    {"rebel", "insurgent", "guerrilla", "guerilla", "separatist", "opposition", "protester",
     "protestor", "demonstrator", "dissident", "activist"}
)  # fmt: skip
"""Groups a state acts against at home when the sentence gives them no other country."""


def home_party(
    event_type: str, trigger: Trigger, actors: Sequence[ActorSpan], recipients: list[ActorSpan]
) -> list[ActorSpan]:
    """Uncoded rebels, opposition or protesters a state arrests, attacks, accuses or threatens
    are of its own country ("Egyptian police fired on demonstrators": EGY → EGY), as PLOVER
    codes domestic dyads; the recipients unchanged otherwise."""
    if event_type not in DOMESTIC_TYPES or any(r.code for r in recipients):
        return recipients
    states = {
        a.country or a.code for a in actors if a.sector not in SOCIETY_SECTORS and a.kind != "igo"
    } - {None}
    if len(states) != 1:
        return recipients
    (home,) = states
    doc = trigger.token.doc
    return [
        replace(r, code=home, country=home)
        if r.sector in ("REB", "PTY", "CVL") and doc[r.head].lemma_.lower() in DOMESTIC_GROUPS
        else r
        for r in recipients
    ]


def home_party_in_purpose(
    event_type: str, trigger: Trigger, actors: Sequence[ActorSpan], recipients: list[ActorSpan]
) -> list[ActorSpan]:
    """A state's act with no recipient whose own words name a domestic group it is aimed at,
    in its object or purpose ("police opened fire to disperse demonstrators"): its own country.
    """
    if event_type not in DOMESTIC_TYPES or recipients:
        return recipients
    home = _home(actors, state_only=True)
    if home is None:
        return recipients
    for word in trigger.token.subtree:
        if word.lemma_.lower() in DOMESTIC_GROUPS and word.pos_ == "NOUN":
            return [_home_span(word, home)]
    return recipients


# Matters only a country's own people are party to: an office held, its elections, its
# opposition, strikes and rallies at home, "the Zambian people".
DOMESTIC_MATTERS = frozenset(
    {"resign", "resignation", "election", "vote", "ballot", "candidate", "candidacy",
     "opposition", "constitution", "strike", "rally", "demonstration", "protest", "people",
     "citizen", "martial", "curfew"}
)  # fmt: skip
OWN_TYPES = frozenset({"REJECT", "CONCEDE", "AGREE", "THREATEN", "RETREAT", "REQUEST"})


def own_country(
    event_type: str,
    trigger: Trigger,
    actors: Sequence[ActorSpan],
    recipients: list[ActorSpan],
    parties: ActorIndex,
) -> list[ActorSpan]:
    """A refusal, concession, promise or threat on a domestic matter with no other party is
    aimed at the actor's own country, as PLOVER's gold codes it: "the vice-president declined
    to resign" (KEN → KEN), "the union called off its strike", "reneged on his promise to the
    Zambian people". Not when what is said names another country ("refused to allow US troops
    to use its bases"), nor for an act with no domestic matter in it ("threatened to
    retaliate")."""
    if event_type not in OWN_TYPES or any(r.code for r in recipients):
        return recipients
    home = _home(actors, state_only=False)
    if home is None:
        return recipients
    words = [w for w in trigger.token.subtree if w.i != trigger.token.i]
    if trigger.token.dep_ == "xcomp":  # "decided to allow": the governing verb's own words too
        words += [w for w in trigger.token.head.subtree if w.i != trigger.token.head.i]
    taken = {i for a in actors for i in range(a.start, a.end)}
    for word in words:
        other = parties.by_token.get(word.i)
        if other is not None and word.i not in taken and other.code not in (None, home):
            return recipients  # "refused to allow US troops …": another party is named
    for word in words:
        if word.lemma_.lower() in DOMESTIC_MATTERS:
            return [_home_span(word, home)]
    return recipients


def _home(actors: Sequence[ActorSpan], *, state_only: bool) -> str | None:
    """The one country of the actors (of their state, when ``state_only``), or None."""
    homes = {
        a.country or a.code
        for a in actors
        if a.kind != "igo" and not (state_only and a.sector in SOCIETY_SECTORS)
    }
    if len(homes) != 1:
        return None
    (home,) = homes
    if home is None or len(home) != 3 or not home.isupper():
        return None  # an organisation or a group, not a country
    return home


def _home_span(word: Token, home: str) -> ActorSpan:
    """The actor's own country, named where the word that makes the act domestic is."""
    return ActorSpan(
        start=word.i,
        end=word.i + 1,
        head=word.i,
        text=word.text,
        name=None,
        code=home,
        sector="GOV",
        role=None,
        kind="place",
        start_char=word.idx,
        end_char=word.idx + len(word.text),
        country=home,
        placed=True,
    )
