"""How triggers nest in a sentence: which one carries another in its complement.

"agreed to send aid" is one AGREE whose content is the aid; "protesters demanded" inside a protest
is the protest; "travelled to Kyiv to meet Zelensky" is one visit. The coder codes the outer
trigger and reads the inner one for its mode and recipient. A reported obligation with no trigger
of its own ("told Wang that Beijing should use its influence") is a request.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.coding.arguments import ActorIndex, actors_at
from eventwire.coding.clauses import agent_of, is_passive, subject_of
from eventwire.coding.lexicon import EventSense
from eventwire.coding.modality import reporter_of
from eventwire.coding.triggers import CONTENT_DEPS, Trigger


def absorbed_triggers(triggers: list[Trigger]) -> set[int]:
    """The triggers coded as part of another: inside a content verb's complement ("agreed to
    send aid"), a protest's demands, a visit's purpose ("travelled to Kyiv to meet"), a reported
    obligation's content ("said Iran must be ready to negotiate")."""
    absorbed: set[int] = set()
    for trigger in triggers:
        if trigger.sense.type in ("PROTEST", "COERCE"):
            # PLOVER: a protest (or a blockade) that makes demands is coded as the act only.
            absorbed.update(
                other.token.i
                for other in triggers
                if other.sense.type == "REQUEST" and governed_by(other.token, trigger.token)
            )
        agent = agent_of(trigger.token) if is_passive(trigger.token) else None
        if agent is not None:
            # "killed by Russian shelling": the agent's attack is the act itself, not another.
            absorbed.update(
                other.token.i
                for other in triggers
                if other.token.i == agent.i and other.sense.type == trigger.sense.type
            )
        # "Shells struck a school, killing three and wounding five": the toll of one attack.
        absorbed.update(
            other.token.i
            for other in triggers
            if other.sense.type == "ASSAULT" and _consequence_of(other.token, trigger)
        )
        verb = trigger.verb
        if trigger.sense is OBLIGATION:
            # "said the US must be ready to mediate": a request to the US, not its offer.
            absorbed.update(
                other.token.i
                for other in triggers
                if other is not trigger and _obliged(other.token, trigger.token)
            )
        if trigger.sense.mode == "visit":
            # "travelled to Kyiv to meet Zelensky": one visit, to the person met.
            absorbed.update(
                other.token.i
                for other in triggers
                if other.sense.type == "CONSULT" and governed_by(other.token, trigger.token)
            )
        if verb is None or not verb.content:
            continue
        for other in triggers:
            if other is trigger:
                continue
            if governed_by(other.token, trigger.token):
                absorbed.add(other.token.i)
    return absorbed


def _consequence_of(token: Token, attack: Trigger) -> bool:
    """True when ``token`` is a participle telling an attack's toll ("struck a school, wounding
    two teachers"; "hit a market, killing three and wounding five")."""
    if attack.sense.type != "ASSAULT" or token.tag_ != "VBG" or token.i <= attack.token.i:
        return False
    current = token
    while current.dep_ == "conj" and current.head.tag_ == "VBG":
        current = current.head  # "killing three people and wounding five"
    return current.dep_ == "advcl" and current.head.i == attack.token.i


def governed_by(token: Token, governor: Token) -> bool:
    """True when ``token`` lies in a complement (xcomp/ccomp/prep) of ``governor``."""
    current = token
    while current.head.i != current.i:
        if current.dep_ == "conj" and current.tag_ in FINITE_TAGS and current.head.tag_ == "VB":
            return False  # "threatened to block the decision but backed down": its own clause
        if current.head.i == governor.i:
            return current.dep_ in (*CONTENT_DEPS, "prep", "pcomp", "dobj", "advcl")
        current = current.head
    return False


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
OBLIGED_DEPS = frozenset({"xcomp", "acomp", "attr", "dobj", "prep", "pobj", "pcomp"})


def _obliged(token: Token, verb: Token) -> bool:
    """True when ``token`` is what an obligation's verb asks for: "must (be ready to) mediate",
    "should hold talks"."""
    current = token
    while current.head.i != current.i and current.dep_ in OBLIGED_DEPS:
        if current.head.i == verb.i:
            return True
        current = current.head
    return False


def inner_trigger(trigger: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The first other trigger in ``trigger``'s complement ("urged Moscow to withdraw")."""
    for other in triggers:
        if other is not trigger and governed_by(other.token, trigger.token):
            return other
    return None


DEONTIC = frozenset({"should", "must", "ought"})
OBLIGATION = EventSense("REQUEST", None, "020")


def reported_obligations(sent: Span, triggers: list[Trigger], index: ActorIndex) -> list[Trigger]:
    """Requests told as obligations with no trigger of their own: "Blinken told Wang that Beijing
    should use its influence with Moscow" is a request by Blinken to Beijing (the coder turns a
    reported "should"/"must" into the reporter's REQUEST). A clause whose verb is a trigger is left
    to it ("said Russia must withdraw its troops"); a request the clause's inner trigger also
    yields is dropped as a duplicate by the coder."""
    found: list[Trigger] = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in token.children):
            continue
        if any(t.token.i == token.i for t in triggers):
            continue
        subject = subject_of(token)
        if subject is None or not any(a.code for a in actors_at(subject, index)):
            continue
        if reporter_of(token) is None:
            continue
        found.append(Trigger(token, None, None, OBLIGATION, False, 0.5, token.i, token.i + 1))
    return found


BACKGROUND_PREPS = frozenset({"after", "following", "amid", "because", "over", "despite"})
BACKGROUND_MARKS = frozenset({"after", "because", "since", "as", "following"})


def in_background(token: Token) -> bool:
    """The trigger tells the background of its sentence's main event: the cause or what came
    before ("because of fighting between …", "following the shooting deaths", "in response to
    unrest", "after Russia attacked"), not the event the sentence reports."""
    current = token
    while current.head.i != current.i and current.dep_ not in ("ccomp", "ROOT"):
        head = current.head
        if current.dep_ == "pobj" and head.dep_ == "prep":
            word = head.lower_
            if word in BACKGROUND_PREPS or (word == "of" and head.head.lower_ == "because"):
                return True
            if word == "to" and head.head.lower_ == "response":
                return True
        if current.dep_ == "acl" and current.tag_ == "VBG" and current is token:
            # "demonstrators protesting the results", "troops advancing on the city": what the
            # noun is doing as the sentence happens, told with it, not before it
            current = head
            continue
        if current.dep_ in ("relcl", "acl"):
            # "Sharon, who has vowed not to return the Golan", "weapons seized last year",
            # "the right of troops to fire": what is said of a noun
            return True
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in current.children
        ):
            return True
        current = head
    return False
