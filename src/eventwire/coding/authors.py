"""Whose act an event noun is: the author of a judged statement, demand or policy ("denounced
Serbia's crackdown", "rejected a U.S. request", "an offer from Kabul"), of an act complained of
("complained to the UN over Israeli raids"), or of an earlier act a definite noun takes up
("rejected the demand").

:mod:`eventwire.coding.roles` finds the parties a sentence names; these are the recipients a
judging verb aims at through what it judges.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import ActorIndex, actors_at
from eventwire.coding.clauses import agent_of, prep_objects
from eventwire.coding.triggers import Trigger

AUTHOR_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})


ATTACK_ANAPHORS = frozenset(
    {"attack", "attacks", "strike", "strikes", "shelling", "bombing", "bombardment", "invasion",
     "offensive", "raid", "raids", "killing", "killings", "assault"}
)  # fmt: skip
"""Nouns that take up an earlier attack ("condemned the strikes"): its author is the one meant."""


MEASURE_ANAPHORS = frozenset({"measure", "measures", "sanctions", "restrictions", "curbs"})
"""Nouns that take up an earlier measure: its author is meant, never a party that only spoke or
met; with no earlier measure in the story there is no recipient rather than a wrong one."""


MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "CONCEDE", "RETREAT", "MOBILIZE", "AID"})
DEED_ANAPHORS = frozenset({"move", "step"})
"""Nouns that take up an earlier deed, never a party that only warned, accused or met."""
WORD_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "CONSULT", "SUPPORT"})


ANAPHORS = frozenset(
    {"decision", "move", "demand", "demands", "proposal", "plan", "offer", "deployment", "step",
     "measure", "measures", "statement", "remarks", "comments", "request", "announcement",
     "ultimatum", "expulsion", "expulsions", "accusation", "accusations", "claim", "claims",
     "warning", "warnings", "threat", "buildup", "build-up", "sanctions", "invitation"}
    | ATTACK_ANAPHORS
)  # fmt: skip


AUTHORED_NOUNS = (
    ANAPHORS - ATTACK_ANAPHORS - {"deployment", "expulsion", "expulsions", "buildup", "build-up"}
) | {"call", "appeal", "policy", "position", "initiative", "resolution"}
"""Nouns of what someone says or decides, whose "of" phrase is their author ("the demands of
Washington"), unlike acts done to the "of" phrase ("the expulsion of diplomats")."""


DEPARTURE_NOUNS = frozenset(
    {"withdrawal", "pullout", "pull-out", "pullback", "retreat", "departure", "resignation",
     "exit", "evacuation", "redeployment"}
)  # fmt: skip
"""Nouns of leaving, whose "of" phrase is who leaves ("the withdrawal of Serbian forces") and
whose "from" phrase is the place left, not an author."""


def author_of(noun: Token, index: ActorIndex) -> list[ActorSpan]:
    """Whose proposal, request or offer an event noun is: "Iraq's proposal", "a U.S. request",
    "calls by Belarus", "an offer from Afghanistan", "the demands of the United States", "the
    plan proposed by the African Union"."""
    for child in noun.children:
        if child.dep_ in AUTHOR_MODIFIERS and child.i < noun.i:
            span = index.by_token.get(child.i)
            if span is not None and span.code is not None:
                return [span]
    lemma = noun.lemma_.lower()
    if lemma in DEPARTURE_NOUNS:  # "the withdrawal of Rwandan troops from Congo"
        preps: tuple[str, ...] = ("by", "of")
    elif lemma in AUTHORED_NOUNS:
        preps = ("by", "from", "of")
    else:
        preps = ("by", "from")
    owners = prep_objects(noun, preps)
    for child in noun.children:  # "the sanctions imposed by the United States"
        agent = agent_of(child) if child.dep_ == "acl" and child.tag_ == "VBN" else None
        if agent is not None:
            owners.append(agent)
    for owner in owners:
        found = [a for a in actors_at(owner, index) if a.code is not None]
        if found:
            return found
    return []


def object_author(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """Whose statement, policy or act the direct object is, for a verb that judges it: "welcomed
    Iraq's statement", "denounced Serbia's crackdown", "vetoed a Security Council resolution",
    "defied a ban by the army"."""
    token = trigger.token
    judged = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    for phrase in prep_objects(token, ("as",)):  # "denounced as a crime Serbia's suppression"
        judged.extend(c for c in phrase.children if c.dep_ == "appos")
    for clause in token.children:  # "refused to respond to a demand from the US President"
        if clause.dep_ == "xcomp" and trigger.sense.type == "REJECT":
            nouns = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
            nouns += prep_objects(clause, ("to", "with"))
            judged.extend(n for n in nouns if n.lemma_.lower() in AUTHORED_NOUNS)
    for noun in judged:
        if noun.pos_ == "NOUN" and noun.i not in index.by_token:
            found = author_of(noun, index)
            if found:
                return found
    return []


GRIEVANCE_PREPS = ("over", "about")


def grievance_author(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """Whose act a complaint is about, named on the act itself: "complained to the UN over
    Israeli air raids", "about Turkish drilling", "over the shooting by Indian guards" (not the
    act's victims: "over the treatment of Georgian citizens" names no author)."""
    heads = [trigger.token]
    if trigger.noun is not None and trigger.noun.i != trigger.token.i:
        heads.append(trigger.noun)
    for head in heads:
        for act in prep_objects(head, GRIEVANCE_PREPS):
            for child in act.children:
                span = index.by_token.get(child.i)
                if child.dep_ in AUTHOR_MODIFIERS and span is not None and span.code is not None:
                    return [span]
            found = author_of(act, index)
            if found:
                return found
    return []


def anaphoric_author(
    trigger: Trigger, actors: list[ActorSpan], history: list[tuple[str, list[ActorSpan]]]
) -> list[ActorSpan]:
    """Whose act "the decision", "the demand" or "this move" is: the last other party that acted.

    Only for a definite or demonstrative event noun as the object ("rejected the demand") or
    passive subject ("the proposal was rejected"), naming no actor itself.
    """
    token = trigger.token
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if trigger.noun is not None and trigger.noun.lemma_.lower() in ANAPHORS:
        objects.append(trigger.noun)
    for obj in objects:
        if obj.lower_ not in ANAPHORS and obj.lemma_.lower() not in ANAPHORS:
            continue
        if not any(c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children):
            continue
        if any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in obj.children):
            continue
        codes = {a.code for a in actors}
        attack = obj.lower_ in ATTACK_ANAPHORS or obj.lemma_.lower() in ATTACK_ANAPHORS
        measure = obj.lower_ in MEASURE_ANAPHORS or obj.lemma_.lower() in MEASURE_ANAPHORS
        for event_type, earlier in reversed(history):
            if attack and event_type not in ("ASSAULT", "COERCE"):
                continue  # "condemned the strikes": whoever struck, not whoever spoke last
            if measure and event_type not in MEASURE_TYPES:
                continue  # "dismissed the measures": whoever took them, not whoever met last
            if obj.lemma_.lower() in DEED_ANAPHORS and event_type in WORD_TYPES:
                continue  # "welcomed the move": the tariff imposed, not the warning after it
            others = [a for a in earlier if a.code and a.code not in codes]
            if others:
                return others
    return []
