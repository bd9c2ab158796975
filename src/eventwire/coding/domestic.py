"""Acts a state does at home: the recipient is the actor's own country.

PLOVER's gold codes domestic dyads: "Egyptian police fired on demonstrators" is EGY → EGY.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import SOCIETY_SECTORS
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
