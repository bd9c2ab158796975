"""Which event a reported figure sizes: the loan's amount, the troops massed, the dead of a strike.

A figure belongs to the event whose trigger governs it in the parse ("announced a loan of about
$170 million", "massed more than 130,000 troops", "12 civilians were killed"). When the parser
hangs it elsewhere, the figure goes to the nearest event of its sentence that such a figure can
size: money an AID, a pledge or a sanction; troops and weapons a deployment, a delivery or an
attack; the dead and wounded an attack.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from eventwire.facts.quantities import CASUALTY_WORDS, is_currency_name
from eventwire.schema import Event, Quantity

# What each kind of figure can size, by PLOVER type.
_MONEY_EVENTS = frozenset({"AID", "AGREE", "SANCTION", "COOPERATE", "SUPPORT", "REQUEST"})
_FORCE_EVENTS = frozenset({"MOBILIZE", "AID", "ASSAULT", "RETREAT", "COERCE", "AGREE"})
_HARM_EVENTS = frozenset({"ASSAULT", "COERCE"})
_FORCES = frozenset({
    "troops", "soldiers", "forces", "servicemen", "marines", "paratroopers", "fighters",
    "reservists", "sailors", "pilots", "brigades", "battalions", "units", "tanks", "jets",
    "drones", "missiles", "rockets", "weapons", "vehicles", "howitzers", "helicopters",
    "aircraft", "warships", "ships", "shells", "rounds", "launchers", "systems", "guns",
    "personnel", "peacekeepers", "militants", "commandos", "conscripts", "mercenaries",
    "guardsmen", "bombers", "planes", "submarines", "carriers", "munitions", "bombs",
})  # fmt: skip
_HARMED = CASUALTY_WORDS | {
    "casualties", "deaths", "victims", "bodies", "civilians", "people", "children", "women",
    "men", "residents", "protesters",
}  # fmt: skip
_MAX_CLIMB = 6
_DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "both"})


def link_quantities(
    doc: Doc, events: Sequence[Event], quantities: list[Quantity]
) -> list[Quantity]:
    """Return the quantities, each with ``event`` set to the id of the event it sizes, if any.

    Args:
        doc: the parsed article the events and quantities were read from.
        events: the article's events.
        quantities: its quantities (character spans into ``doc.text``).
    """
    triggers = _trigger_tokens(doc, events)
    linked = []
    for quantity in quantities:
        span = doc.char_span(quantity.span[0], quantity.span[1], alignment_mode="expand")
        event = None
        if span is not None and not _definite(span):
            event = _governing(span.root, quantity, triggers)
            event = event or _nearest_fitting(quantity, events)
        linked.append(quantity.model_copy(update={"event": event.id if event else None}))
    return linked


def _trigger_tokens(doc: Doc, events: Sequence[Event]) -> dict[int, Event]:
    """Token index → the first event whose trigger covers that token."""
    found: dict[int, Event] = {}
    for event in events:
        start, end = event.evidence.trigger_span
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span if span is not None else ():
            found.setdefault(token.i, event)
    return found


def _definite(span: Span) -> bool:
    """ "the two leaders", "their 3,000 troops": parties named again, not a size."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _DEFINITE


def _governing(token: Token, quantity: Quantity, triggers: dict[int, Event]) -> Event | None:
    """The event whose trigger is the figure or one of its nearest heads, if its type fits."""
    for _ in range(_MAX_CLIMB):
        event = triggers.get(token.i)
        if event is not None:
            return event if _fits(quantity, event) else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _nearest_fitting(quantity: Quantity, events: Sequence[Event]) -> Event | None:
    """The event of the figure's sentence, nearest by its trigger, that such a figure sizes."""
    start, end = quantity.span
    same_sentence = [e for e in events if e.evidence.span[0] <= start and end <= e.evidence.span[1]]
    fitting = [e for e in same_sentence if _fits(quantity, e)]
    if not fitting:
        return None
    return min(fitting, key=lambda e: abs(e.evidence.trigger_span[0] - start))


def _fits(quantity: Quantity, event: Event) -> bool:
    if quantity.currency is not None or is_currency_name(quantity.unit):  # "5 million dinars"
        return event.type in _MONEY_EVENTS
    if quantity.unit == "percent":
        return False
    words = {quantity.unit, *(quantity.counts or "").lower().split()}
    if words & _FORCES:
        return event.type in _FORCE_EVENTS
    if words & _HARMED:
        return event.type in _HARM_EVENTS or event.type == "AID"  # "aid for 2 million people"
    return True
