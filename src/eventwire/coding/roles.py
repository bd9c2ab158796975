"""Who the parties of an event are: actor, recipient and reporter.

Arguments come from the dependency parse (active and passive voice, conjunctions, "between X and
Y", prepositional partners, light-verb nouns). Recipients the sentence leaves implicit are
:mod:`eventwire.coding.implied`'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.finder import ActorSpan
from eventwire.actors.lexicon import load_lexicon
from eventwire.coding.arguments import (
    ActorIndex,
    actors_at,
    is_venue,
    same_side,
)
from eventwire.coding.authors import author_of
from eventwire.coding.clauses import agent_of, is_passive, prep_objects, subject_of
from eventwire.coding.triggers import CONTENT_DEPS, Trigger

EXERCISE_WORDS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "war game", "wargame"})


NOUN_PREPS = ("with", "for", "to")  # "talks with X", "a loan for X", "aid to X"


def _undergoes(trigger: Trigger) -> bool:
    """A past participle after a noun with no "by": the noun undergoes the act ("civilians
    killed in the strike", "firms accused of supplying drones", "soldiers captured near
    Bakhmut"); not a deployment, whose forces are their own side's ("troops deployed near the
    border" are Russia's, moved by Russia)."""
    token = trigger.token
    if token.dep_ != "acl" or token.tag_ != "VBN" or trigger.sense.type == "MOBILIZE":
        return False
    # a participle with an object is a finite verb the parser took for one ("Israeli air
    # strikes killed at least 18 people"), unless the verb takes two objects ("refugees given
    # shelter")
    return token.lemma_ in _TWO_OBJECT_VERBS or not any(
        child.dep_ in ("dobj", "obj") for child in token.children
    )


_TWO_OBJECT_VERBS = frozenset(
    {"give", "grant", "offer", "award", "deny", "promise", "send", "show"}
)


# Verbs that cannot go without an object, so "X killed in …" can only be X undergoing it.


_DONE_TO = frozenset(
    {"kill", "wound", "injure", "arrest", "detain", "capture", "abduct", "kidnap", "execute",
     "deport", "sentence", "jail", "imprison", "behead", "massacre", "slaughter", "torture"}
)  # fmt: skip


def _bare_participle(trigger: Trigger) -> bool:
    """A past participle with a subject but no auxiliary and no object: a headline's passive or
    a reduced relative the parser made the main verb ("Five killed in strike on Kharkiv",
    "Civilians killed in the shelling were buried"): the subject undergoes the act."""
    token = trigger.token
    if token.tag_ != "VBN" or token.dep_ not in ("ROOT", "conj") or token.lemma_ not in _DONE_TO:
        return False  # "several hundred people protested outside": a tagging slip, active
    deps = {child.dep_ for child in token.children}
    return "nsubj" in deps and not deps & {"aux", "auxpass", "dobj", "obj", "agent"}


def arguments(trigger: Trigger, index: ActorIndex) -> tuple[list[ActorSpan], list[ActorSpan]]:
    token, verb, noun = trigger.token, trigger.verb, trigger.noun
    preps = verb.recipient_preps if verb is not None else ("to", "with", "on", "against")
    actors: list[ActorSpan] = []
    recipients: list[ActorSpan] = []
    stative = verb is not None and (  # "forces were engaged in ethnic cleansing": the subject acts
        (" " in verb.lemma and noun is not None and noun.dep_ == "pobj" and not verb.undergone)
        or (verb.stative and agent_of(token) is None)  # "Sweden is committed to …"
    )
    bare = _bare_participle(trigger)
    if (is_passive(token) or _undergoes(trigger) or bare) and not stative:
        agent = agent_of(token)
        if agent is not None:
            actors = actors_at(agent, index)
        undergoing = ("nsubjpass", "nsubj") if bare else ("nsubjpass",)
        for child in token.children:
            if child.dep_ in undergoing and child != noun:
                recipients = actors_at(child, index)
        if token.dep_ == "acl" and token.head != noun and not recipients:
            recipients = actors_at(token.head, index)  # "civilians killed in the strike"
    else:
        subject = subject_of(token)
        if subject is not None:
            actors = actors_at(subject, index)
        obj = object_of(token)
        if obj is not None and obj != noun:
            recipients = actors_at(obj, index)
    direct = object_of(token)
    acted_on = prep_objects(noun, ("of",)) if noun is not None else []
    light_noun = noun is not None and noun.i != token.i and not trigger.reciprocal
    for partner in (  # the event noun's partner first: "hold talks with Russia, with mediators"
        # "demanded the withdrawal of Serbian forces from Kosovo", "tighten the blockade of
        # Serbia with Albania's help": whom the act noun names is the one it is done by or to
        *(acted_on if light_noun else []),
        *(prep_objects(noun, (*preps, *NOUN_PREPS)) if noun is not None else []),
        # "launched artillery, mortar and rocket fire against X": the last conjunct's target
        *(p for c in (noun.conjuncts if noun is not None else ()) for p in prep_objects(c, preps)),
        *(p for thing in acted_on for p in prep_objects(thing, ("with",))),  # "of flights with X"
        *prep_objects(token, preps),
        *(prep_objects(direct, preps) if direct is not None and direct != noun else []),
    ):
        if not any(r.code for r in recipients):  # "launched artillery fire against X's camps"
            found = actors_at(partner, index)
            if found and (not recipients or any(f.code for f in found)):
                recipients = found
    if not recipients and noun is not None and verb is not None and verb.light == "intent":
        for child in noun.children:  # "offered Moscow talks" (parsed as a compound)
            if child.dep_ in ("compound", "nmod") and child.i in index.by_token:
                recipients = [index.by_token[child.i]]
    between = [
        *prep_objects(token, ("between", "among")),
        *(prep_objects(noun, ("between", "among")) if noun is not None else []),
    ]
    mediated = trigger.sense.cameo is not None and trigger.sense.cameo.startswith("045")
    for partner in between:  # "talks between X and Y"; a mediator's parties are its recipients
        if mediated:
            recipients = merge(recipients, actors_at(partner, index))
        else:
            actors = merge(actors, actors_at(partner, index))
    owned = noun is not None and noun.i == token.i  # "Washington's expulsion of a diplomat"
    if owned and noun is not None:
        for child in noun.children:
            if child.dep_ == "poss" and not actors:
                actors = actors_at(child, index)
        if not recipients:
            for patient in prep_objects(noun, ("of",)):
                recipients = recipients or actors_at(patient, index)
    if noun is not None and not recipients:
        for child in noun.children:
            if child.dep_ == "poss" and not actors:
                actors = actors_at(child, index)
    if noun is not None and not recipients and _judged(noun, token):
        recipients = author_of(noun, index)  # "rejected a U.S. request", "an offer from Kabul"
    if verb is not None and verb.swap and recipients and trigger.sense == verb.sense:
        actors, recipients = recipients, actors  # not "received refugees" (AID, by its object)
    # The same party on both sides goes; a country's police and its protesters are two parties.
    recipients = [r for r in recipients if not any(_same_party(a, r) for a in actors)]
    return actors, recipients


def _judged(noun: Token, token: Token) -> bool:
    """The event noun is what the verb acts on: its object ("rejected a U.S. request") or, in the
    passive, its subject ("the proposal from Serbia was rejected")."""
    if noun.dep_ == "nsubjpass":
        return noun.head.i == token.i
    return noun.i > token.i and noun.dep_ in ("dobj", "obj")


HELP_VERBS = frozenset({"help", "assist", "aid", "support"})


BENEFIT_TYPES = frozenset({"AID", "AGREE", "COOPERATE", "SUPPORT"})


def beneficiary(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """Whom an aid or an offer is for, named in a purpose clause: "loans to help Ukraine weather
    the crisis", "offered to send experts to help Kyiv restore its systems"."""
    for word in trigger.token.subtree:
        if word.lemma_.lower() not in HELP_VERBS or word.dep_ not in ("advcl", "xcomp", "acl"):
            continue
        for child in word.children:
            if child.dep_ in ("dobj", "obj"):
                return [a for a in actors_at(child, index) if a.code is not None]
            if child.dep_ in ("ccomp", "xcomp"):
                # "help Ukraine weather the crisis" (the parser may take "Ukraine weather" as a
                # compound noun)
                subject = next((g for g in child.children if g.dep_ in ("nsubj", "compound")), None)
                if subject is not None:
                    return [a for a in actors_at(subject, index) if a.code is not None]
    return []


def complement_subject(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """The coded subject of the trigger's complement clause: "Ukraine" in "help Ukraine rebuild"
    (the parser makes it the subject of "rebuild", not the object of "help")."""
    for child in trigger.token.children:
        if child.dep_ in ("ccomp", "xcomp"):
            for subject in child.children:
                if subject.dep_ == "nsubj":
                    return [a for a in actors_at(subject, index) if a.code is not None]
    return []


def object_owner(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """Whose thing the direct object is: "Estonian government websites", "the websites of
    Poland's foreign ministry", "hacked into the servers of X" (the object itself names no
    actor)."""
    objects = [c for c in trigger.token.children if c.dep_ in ("dobj", "obj")]
    objects += prep_objects(trigger.token, ("into", "on"))
    for child in objects:
        found = [a for a in actors_at(child, index) if a.code is not None]
        for prep in child.children:
            if not found and prep.dep_ == "prep" and prep.lower_ == "of":
                for owner in prep.children:
                    if owner.dep_ == "pobj":
                        found = [a for a in actors_at(owner, index) if a.code is not None]
        return found
    return []


def seat_of(trigger: Trigger, index: ActorIndex) -> str | None:
    """The country of a seat of power an event happens at: "met Putin at the Kremlin", "talks at
    the White House" (the finder reads such a phrase as a place, not an actor)."""
    lexicon = load_lexicon()
    for word in prep_objects(trigger.token, ("at", "in")):
        phrase = word.doc[word.left_edge.i : word.i + 1].text
        forms = lexicon.lookup(phrase, "metonym")
        if forms and forms[0].entry is not None and forms[0].entry.code:
            return forms[0].entry.code
    return None


PROTEST_CLAUSE_DEPS = frozenset({"prep", "advcl", "xcomp", "acl", "dobj", "obj", "npadvmod"})


ALLY_WORDS = frozenset({"support", "solidarity", "favour", "favor", "behalf", "backing"})


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def protest_target(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """Whom a protest is against, anywhere in its clause: "marched … chanting slogans against the
    Russian military threat"; else the authority its demand or grievance names: "staged a
    hunger strike to demand the resignation of President X", "rioted … calling for the removal
    of Y", "in protest of the Russian government's refusal", "anger at Australia's policy" (not
    a place it is held in, nor a party it marches in support of)."""
    token = trigger.token
    for word in token.subtree:
        if word.dep_ == "prep" and word.lower_ == "against":
            for pobj in word.children:
                found = [a for a in actors_at(pobj, index) if a.code is not None]
                if pobj.dep_ == "pobj" and found:
                    return found
    for child in token.children:
        if child.dep_ not in PROTEST_CLAUSE_DEPS:
            continue
        for word in child.subtree:
            span = index.by_token.get(word.i)
            if span is None or span.head != word.i or span.code is None:
                continue
            if is_venue(word) or _in_support(word, token):
                continue
            if span.kind == "person" or span.sector in STATE_SECTORS or span.kind == "metonym":
                return [span]
            if span.kind == "country" and word.dep_ == "poss":  # "at Australia's refugee policy"
                return [span]
    return []


def _in_support(word: Token, top: Token) -> bool:
    """The word sits in an "in support of", "in solidarity with" phrase below ``top``."""
    for ancestor in word.ancestors:
        if ancestor.i == top.i:
            return False
        if ancestor.lemma_.lower() in ALLY_WORDS:
            return True
    return False


TELL_VERBS = frozenset({"tell", "assure", "inform", "promise", "reassure"})


def addressee_of_report(reporter: Token, index: ActorIndex) -> list[ActorSpan]:
    """Whom a report is told to: "told Zelensky that Washington was ready to …"."""
    if reporter.lemma_.lower() not in TELL_VERBS:
        return []
    for child in reporter.children:
        if child.dep_ in ("dobj", "obj", "dative"):
            return [a for a in actors_at(child, index) if a.code is not None]
    return []


def _same_party(actor: ActorSpan, other: ActorSpan) -> bool:
    """The same country or body on the same side of it (:func:`same_side`)."""
    if (actor.code, actor.name) != (other.code, other.name):
        return False
    return same_side(actor, other)


def reporter_actors(reporter: Token, index: ActorIndex) -> list[ActorSpan]:
    if reporter.lower_ == "according":
        for child in reporter.children:
            for pobj in child.children if child.lower_ == "to" else [child]:
                if pobj.dep_ == "pobj":
                    return actors_at(pobj, index)
        return []
    subject = subject_of(reporter)
    return actors_at(subject, index) if subject is not None else []


def addressee(trigger: Trigger, index: ActorIndex) -> list[ActorSpan]:
    """Whom a demand is made of: "demanded that the US cancel …", "the withdrawal of X", "an
    admission by Tokyo"."""
    for child in trigger.token.children:
        if child.dep_ in CONTENT_DEPS:
            subject = subject_of(child)
            if subject is not None and subject.i > trigger.token.i:
                return actors_at(subject, index)
    if trigger.noun is not None:
        for owner in prep_objects(trigger.noun, ("of", "by", "from")):
            found = actors_at(owner, index)
            if found:
                return found
    direct = object_of(trigger.token)
    if direct is not None and direct is not trigger.noun:  # "demanded an apology from Tokyo"
        for owner in prep_objects(direct, ("by", "from")):
            found = [a for a in actors_at(owner, index) if a.code is not None]
            if found:
                return found
    return []


def visited(trigger: Trigger, hosts: ActorIndex) -> list[ActorSpan]:
    """The host country of a visit: the place visited ("visited Beijing", "a trip to Kyiv")."""
    token = trigger.token
    candidates = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    candidates += prep_objects(token, ("to", "in", "at"))
    if trigger.noun is not None:
        candidates += prep_objects(trigger.noun, ("to", "in", "at"))
    for candidate in candidates:
        found = actors_at(candidate, hosts)
        if found:
            return found
    return []


def joint_exercise(trigger: Trigger, actors: list[ActorSpan], recipients: list[ActorSpan]) -> bool:
    """Exercises held together ("joint drills", "Russia and Belarus began exercises")."""
    noun = trigger.noun or (trigger.token if trigger.token.pos_ == "NOUN" else None)
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    names = {lemma, *(f"{c.lower_} {lemma}" for c in noun.children if c.dep_ == "compound")}
    if not names & EXERCISE_WORDS:  # "exercises", "war games"
        return False
    joint = any(c.lower_ in ("joint", "combined", "bilateral") for c in noun.children)
    return joint or len({a.code for a in (*actors, *recipients) if a.code}) >= 2


def object_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "dative", "iobj"):
            return child
    for child in token.children:  # "kidnapped up to 16 advisers": a count the parser took for a
        if child.dep_ == "prt" and child.lower_ == "up":  # particle and a preposition
            for amount in prep_objects(child, ("to",)):
                if any(c.dep_ == "nummod" for c in amount.children):
                    return amount
    return None


def has_object(trigger: Trigger) -> bool:
    if trigger.noun is not None:
        return True
    return any(
        child.dep_ in ("dobj", "obj", "xcomp", "ccomp", "dative", "nsubjpass")
        for child in trigger.token.children
    )


INSTRUMENT_SECTORS = frozenset({"MIL", "GOV"})


def own_forces_dropped(
    actors: list[ActorSpan], recipients: list[ActorSpan], doc: Doc
) -> list[ActorSpan]:
    """Recipients without the actors' own forces or officials: troops withdrawn, staff ordered
    out or diplomats sent by a country ("its troops") are what it acts with, not whom it acts
    on."""
    codes = {a.code for a in actors if a.code}

    def own(span: ActorSpan) -> bool:
        if span.kind != "sector" or span.sector not in INSTRUMENT_SECTORS:
            return False
        if span.code in codes:
            return True
        return span.code is None and any(  # "its troops", "their soldiers"
            c.dep_ == "poss" and c.pos_ == "PRON" for c in doc[span.head].children
        )

    return [r for r in recipients if not own(r)]


def merge(first: list[ActorSpan], second: list[ActorSpan]) -> list[ActorSpan]:
    keys = {(a.code, a.name) for a in first}
    return first + [a for a in second if (a.code, a.name) not in keys]
