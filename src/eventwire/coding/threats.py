"""Whom a threat is aimed at: the party that would suffer the punishment.

"Scholz warned that a Russian attack on Ukraine would bring sanctions" threatens Russia, not
Ukraine: the threatened party is the target of the punishment ("sanctions on Russia",
"consequences for Moscow"), else the party whose act is the condition ("if Russia invades"),
else the author of the aggression the threat answers ("a Russian attack", "Russia's invasion"),
else the target of the act the speaker threatens to commit ("threatened to expel X").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import (
    ActorIndex,
    actors_at,
    doc_actors,
    other_actors,
)
from eventwire.coding.clauses import prep_objects, subject_of
from eventwire.coding.triggers import CONTENT_DEPS, Trigger

PUNISHMENT_WORDS = frozenset(
    {
        "sanction", "consequence", "price", "cost", "response", "retaliation", "measure",
        "penalty", "countermeasure", "punishment", "action", "reprisal",
    }
)  # fmt: skip
AGGRESSION_WORDS = frozenset(
    {"attack", "invasion", "aggression", "incursion", "assault", "offensive", "escalation"}
)
CONDITION_WORDS = frozenset({"if", "unless", "should"})
# Acts whose object a threat protects, not threatens ("would take all measures to defend the
# rights of Chinese firms").
PROTECTING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE"})
_PROTECTING_VERBS = frozenset({"defend", "protect", "safeguard", "shield", "guard", "uphold"})


def _clause(token: Token) -> Iterator[Token]:
    """The words of the threat's content: its complements, objects and adverbial clauses."""
    for child in token.children:
        if child.dep_ in (*CONTENT_DEPS, "dobj", "prep", "advcl", "conj"):
            yield from child.subtree


def threat_recipient(
    token: Token, inner: Trigger | None, index: ActorIndex, actors: list[ActorSpan]
) -> list[ActorSpan]:
    """Return the threatened party of the threat whose trigger is ``token`` (see module doc)."""
    words = list(_clause(token))
    for word in words:  # "sanctions on Russia", "consequences for Moscow"
        if word.lemma_.lower() in PUNISHMENT_WORDS:
            for target in prep_objects(word, ("on", "for", "against", "to")):
                found = other_actors(actors_at(target, index), actors)
                if found:
                    return found
    for word in words:  # "if Russia invades", "if it attacked Ukraine"
        if word.dep_ == "mark" and word.lower_ in CONDITION_WORDS:
            subject = subject_of(word.head)
            found = other_actors(actors_at(subject, index), actors) if subject else []
            if found:
                return found
    if (
        inner is not None
        and inner.token.lemma_.lower() not in AGGRESSION_WORDS
        and inner.sense.type not in PROTECTING_TYPES  # "measures to defend Chinese firms"
    ):
        found = _act_target(inner, index, actors)  # "threatened to expel American diplomats"
        if found:
            return found
    for word in words:  # "a Russian attack", "Russia's invasion", "an invasion by Russia"
        if word.lemma_.lower() in AGGRESSION_WORDS and word.pos_ == "NOUN":
            found = other_actors(aggression_author(word, index), actors)
            if found:
                return found
    return _first_other(token, index, actors)


def _act_target(inner: Trigger, index: ActorIndex, actors: list[ActorSpan]) -> list[ActorSpan]:
    targets: list[ActorSpan] = []
    for child in inner.token.children:
        if child.dep_ in ("dobj", "obj", "dative"):
            targets = actors_at(child, index)
    for partner in prep_objects(inner.token, ("on", "against", "to")):
        targets = targets or actors_at(partner, index)
    return other_actors(targets, actors)


def aggression_author(noun: Token, index: ActorIndex) -> list[ActorSpan]:
    """Who commits an aggression a noun names: "a Russian attack", "an attack by the RSF"."""
    for child in noun.children:
        if child.dep_ in ("amod", "poss", "compound", "nmod"):
            found = actors_at(child, index)
            if found:
                return found
    for agent in prep_objects(noun, ("by", "from")):
        found = actors_at(agent, index)
        if found:
            return found
    return []


def _first_other(token: Token, index: ActorIndex, actors: list[ActorSpan]) -> list[ActorSpan]:
    """The first actor in the threat's content that is not the threatener nor a victim."""
    victims: set[int] = set()
    for word in _clause(token):
        if word.lemma_.lower() in AGGRESSION_WORDS:
            for target in prep_objects(word, ("on", "against", "of")):
                victims.update(span.start for span in actors_at(target, index))
        if word.pos_ == "VERB" and word.lemma_.lower() in _PROTECTING_VERBS:
            # "measures to defend the rights of Chinese firms": the ones shielded
            words = list(word.subtree)
            protected = doc_actors(token.doc, index, words[0].i, words[-1].i + 1)
            victims.update(span.start for span in protected)
    for child in token.children:
        if child.dep_ in (*CONTENT_DEPS, "dobj", "prep"):
            words = list(child.subtree)
            found = doc_actors(token.doc, index, words[0].i, words[-1].i + 1)
            found = [span for span in other_actors(found, actors) if span.start not in victims]
            if found:
                return found[:1]
    return []


PUNISHING_VERBS = frozenset({"respond", "retaliate", "punish", "hit", "follow"})
THREAT_MODALS = frozenset({"would", "will", "'ll", "could", "wo"})


def is_stated_threat(token: Token) -> bool:
    """True when a reporting verb states a threat: "told Putin that Russia would pay a price".

    Its content clause must name a punishment (a noun such as "consequences" or "sanctions", or
    a verb such as "respond" or "retaliate") and be future or conditional.
    """
    clauses = [child for child in token.children if child.dep_ == "ccomp"]
    content = [w for child in clauses for w in child.subtree]
    punishment = any(
        (
            (w.lemma_.lower() in PUNISHMENT_WORDS and (w.pos_ != "VERB" or _costs_dearly(w)))
            or (w.pos_ == "VERB" and w.lemma_.lower() in PUNISHING_VERBS)
            or _pays_for(w)
        )
        and not any(_in_relative_clause(w, top) for top in clauses)
        and not _in_condition(w, clauses)
        and not _a_bill(w)
        for w in content
    )
    modal = any(
        (w.dep_ == "aux" and w.lower_ in THREAT_MODALS)
        or (w.dep_ == "mark" and w.lower_ in CONDITION_WORDS)
        for w in content
    )
    return punishment and modal


def _in_condition(word: Token, clauses: list[Token]) -> bool:
    """The word is in the condition of a consequence that foretells nothing: "was open to a
    shorter extension if it was paid for" threatens nothing; "will not release the tanker
    unless it can prove it was not breaking sanctions" does (its consequence is future)."""
    current = word
    while current.i not in {c.i for c in clauses} and current.head.i != current.i:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in current.children):
            consequence = current.head
            return not any(
                c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in consequence.children
            )
        current = current.head
    return False


def _a_bill(word: Token) -> bool:
    """ "bring the measure back": one measure is a bill; "measures" are steps taken against."""
    return word.lemma_.lower() == "measure" and word.tag_ == "NN"


def _costs_dearly(verb: Token) -> bool:
    """ "the move would cost Kyiv dearly" threatens; "the cut would cost lives" warns of harm."""
    return any(c.lower_ == "dearly" for c in verb.children)


def _pays_for(word: Token) -> bool:
    """ "Moscow will pay for this" is a threat; "consumers will pay more" is a cost."""
    if word.pos_ != "VERB" or word.lemma_.lower() != "pay":
        return False
    children = list(word.children)
    if any(c.lower_ in ("more", "less", "extra") or c.like_num for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in children) and not any(
        c.dep_ in ("dobj", "obj") for c in children
    )


def _in_relative_clause(word: Token, top: Token) -> bool:
    """True when ``word`` describes a noun below ``top`` ("a resolution that aims to tighten
    sanctions"): what the noun says is not what the speaker threatens."""
    current = word
    while current.i != top.i and current.head.i != current.i:
        if current.dep_ in ("relcl", "acl"):
            return True
        current = current.head
    return False


SUFFERING_VERBS = frozenset({"pay", "face", "suffer", "bear", "incur", "risk", "feel"})
"""Verbs whose subject suffers the punishment ("Russia would pay a price"), not inflicts it."""


def warned_of_another(token: Token, index: ActorIndex, actors: list[ActorSpan]) -> bool:
    """True when what a warning or a report tells is another party's act, not the speaker's
    threat: "diplomats said the EU will impose new sanctions" (the EU's act, coded as its own
    future SANCTION), "officials warned that an attack on Ukraine could come" (a prediction).

    The speaker threatens when the punishment is the speaker's side's ("Scholz warned that
    Germany would impose sanctions"), has no named doer ("warned of consequences"), or falls on
    the subject ("told Putin that Russia would pay a price").
    """
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() in SUFFERING_VERBS:
            continue
        subject = subject_of(clause)
        if subject is None:
            continue
        if subject.lemma_.lower() in AGGRESSION_WORDS and subject.pos_ == "NOUN":
            if any(w.lemma_.lower() in PUNISHMENT_WORDS for w in clause.subtree):
                continue  # "a Russian attack would bring sanctions": the speaker's answer
            if not _shares(aggression_author(subject, index), actors):
                return True
            continue
        doers = [span for span in actors_at(subject, index) if span.code]
        if doers and not _shares(doers, actors):
            return True
    return False


def _shares(spans: list[ActorSpan], actors: list[ActorSpan]) -> bool:
    codes = {a.code for a in actors if a.code}
    return any(span.code in codes for span in spans)
