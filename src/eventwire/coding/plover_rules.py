"""PLOVER's rules for what a drafted event becomes, given its modality.

A future cooperative act is AGREE (an offer); a conditional punishment, an ultimatum ("unless …")
or an announced coercion or attack is THREATEN; an announced future retreat is CONCEDE; a failure
to agree, or a refusal to accept or allow, is REJECT; a coercion or attack that another party
says the actor is preparing is that party's allegation (ACCUSE).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import other_actors
from eventwire.coding.lexicon import EventSense
from eventwire.coding.modality import Modality
from eventwire.coding.noun_triggers import COOPERATIVE_TYPES, MODE_FROM_INNER
from eventwire.coding.triggers import Trigger

PUNISHMENT_TO_THREAT = {
    "SANCTION": "relations",
    "COERCE": "restrict",
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "PROTEST": None,
}
FUTURE_THREATS = frozenset({"COERCE", "ASSAULT"})
REFUSABLE = frozenset({"accept", "allow", "permit"})  # "not accept" is "refuse"


@dataclass(frozen=True)
class Coding:
    """What an event is coded as after the rules: type, mode, CAMEO code, modality, parties."""

    type: str
    mode: str | None
    cameo: str | None
    status: str
    polarity: str
    actors: list[ActorSpan]
    recipients: list[ActorSpan]
    reporter: list[ActorSpan]


def recode(
    trigger: Trigger,
    sense: EventSense,
    modality: Modality,
    actors: list[ActorSpan],
    recipients: list[ActorSpan],
    reporter: list[ActorSpan],
    *,
    refusable: bool,
) -> Coding:
    """Apply PLOVER's modality rules to one drafted event (see the module docstring).

    ``refusable`` says the trigger is a consent whose denial is a refusal ("did not accept").
    """
    event_type, mode, status = sense.type, sense.mode, modality.status
    specific = sense.cameo
    consequence = modality.conditional and not modality.condition
    polarity = modality.polarity
    if modality.failed and event_type in (*COOPERATIVE_TYPES, "AGREE") and not modality.conditional:
        # "failed to reach agreement": PLOVER and CAMEO code the failure as a rejection.
        event_type, mode, specific = "REJECT", MODE_FROM_INNER.get(event_type), None
        polarity = "asserted"
    if polarity == "negated" and refusable:
        # "will not accept any more refugees", "did not allow the convoy": a refusal, which
        # PLOVER codes as REJECT (asserted) rather than a denied agreement.
        event_type, mode, specific, status = "REJECT", None, None, "actual"
        polarity = "asserted"
    elif (
        polarity == "negated"
        and status == "future"
        and event_type == "RETREAT"
        and _announced(trigger.token)
    ):
        # "will not release the pilots until …", "said it would not lift the sanctions": an
        # announced refusal to yield, which PLOVER codes as REJECT, not a denied retreat.
        event_type, mode, specific, status = "REJECT", "yield", None, "actual"
        polarity = "asserted"
    elif (
        _alleged_plan(trigger.token, event_type, status, actors, reporter)
        and modality.polarity == "asserted"
    ):
        # "Blinken said Russia was preparing to attack": an allegation by the reporter.
        actors, recipients = list(reporter), other_actors(actors, reporter)
        event_type, mode, specific, status = "ACCUSE", "allege", "112", "actual"
        reporter = []
    elif modality.polarity == "asserted" and (
        (consequence and (event_type in PUNISHMENT_TO_THREAT or modality.unless))
        or (
            status == "future"
            and event_type in FUTURE_THREATS
            and not _in_relative_clause(trigger.token)
        )
    ):
        # PLOVER: a conditional punishment, an ultimatum ("unless …") or an announced
        # coercion or attack is a threat.
        event_type, mode, specific, status = (
            "THREATEN",
            PUNISHMENT_TO_THREAT.get(event_type),
            None,
            "actual",
        )
    elif modality.polarity == "asserted" and consequence and event_type in COOPERATIVE_TYPES:
        # A conditional offer ("would meet him if he gave them a veto") is AGREE.
        event_type, mode, specific = "AGREE", None, "036" if event_type == "CONSULT" else "030"
        status = "actual"
    elif (
        modality.polarity == "asserted"
        and status == "future"
        and event_type == "RETREAT"
        and mode == "withdraw"
        and _announced(trigger.token)
    ):
        # PLOVER: an announced future retreat ("units will return to their bases") is CONCEDE;
        # an offer to retreat ("is willing to withdraw") stays AGREE below.
        event_type, mode, specific, status = "CONCEDE", None, None, "actual"
    elif modality.polarity == "asserted" and status == "future" and event_type in COOPERATIVE_TYPES:
        event_type, mode, specific = "AGREE", None, "036" if event_type == "CONSULT" else "030"
        status = "actual"
    return Coding(
        event_type, mode, specific, status, polarity, list(actors), list(recipients), list(reporter)
    )


def _announced(token: Token) -> bool:
    """The verb itself is in the future ("will withdraw"; reported, "said it would withdraw"),
    not governed by an intention ("is willing to withdraw")."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would", "wo")
        for c in token.children
    )


def _alleged_plan(
    trigger: Token,
    event_type: str,
    status: str,
    actors: list[ActorSpan],
    reporter: list[ActorSpan],
) -> bool:
    """A coercion or attack that another party says the actor plans or prepares."""
    if event_type not in FUTURE_THREATS or status != "future" or not reporter or not actors:
        return False
    if _in_relative_clause(trigger) or _vowed(trigger):
        return False  # "officials said the rebels have sworn to fight": the rebels' own threat
    reporters = {r.code for r in reporter if r.code}
    return bool(reporters) and not reporters & {a.code for a in actors}


VOWING_VERBS = frozenset({"vow", "swear", "pledge", "promise", "threaten"})


def _vowed(token: Token) -> bool:
    """The act is one its actor vows ("have sworn to fight"), not a plan others describe."""
    current = token
    while current.dep_ in ("xcomp", "advcl") and current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in VOWING_VERBS:
            return True
    return False


def _in_relative_clause(token: Token) -> bool:
    """What a noun is said to do ("a resolution that aims to impose a blockade") is neither
    an allegation nor a threat by the speaker."""
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))
