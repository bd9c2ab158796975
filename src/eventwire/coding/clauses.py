"""Clause structure in the dependency parse: a verb's subject, its passive agent, its
prepositional objects.

The subject is inherited through conjunction ("met X and agreed"), control ("urged Russia to
withdraw": Russia) and relative clauses ("Germany, which has refused": Germany).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
KEEP_VERBS = frozenset({"keep", "have", "leave", "hold", "maintain"})
INTENT_NOUNS = frozenset(
    {"plan", "intention", "intent", "desire", "wish", "readiness", "willingness", "decision",
     "ability", "capacity", "right", "aim", "goal", "bid", "attempt", "effort", "resolve"}
)  # fmt: skip
"""Nouns of an intention or a capacity whose holder is the one who would act: "Russia has no
plans to attack", "it has no intention of invading", "Iran's decision to resume enrichment"."""


INSTRUMENT_VERBS = frozenset({"use", "employ", "fire", "launch", "drop", "spend"})
"""Verbs whose object is the means, not the doer, of a purpose clause: "police used tear gas to
disperse the crowd" (the police disperse it), unlike "urged Russia to withdraw"."""

SUMMON_VERBS = frozenset({"summon", "call in", "convoke"})
"""Verbs whose object is called in to hear the subject's purpose: "summoned Niger's ambassador
to complain" (the summoner complains, to the ambassador)."""


def subject_of(verb: Token) -> Token | None:
    """Return the grammatical subject of a verb, inherited through conjunction and control."""
    current = verb
    for _ in range(6):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    return current.head  # "Germany, which has refused": Germany
                return child
        for aux in current.children:  # "Hungary is opposed": the parser may hang it on "is"
            if aux.dep_ in ("aux", "auxpass"):
                for child in aux.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return child
        if (
            current.dep_ == "acl"
            and current.tag_ == "VBN"
            and current.head.dep_ in ("dobj", "obj")
            and current.head.head.lemma_.lower() in KEEP_VERBS
        ):
            current = current.head.head  # "Russia kept troops massed near": Russia
            continue
        if current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX"):
            if _misattached_to_copula(current):
                current = current.head.head  # "Biden said the threat was high and accused …"
                continue
            current = current.head
            continue
        if current.dep_ == "xcomp":
            head = current.head
            for child in head.children:
                if child.dep_ in ("dobj", "obj") and head.lemma_.lower() not in (
                    INSTRUMENT_VERBS | SUMMON_VERBS
                ):
                    return child
            current = head
            continue
        holder = _intention_holder(current)
        if holder is not None:
            if holder.dep_ == "poss":
                return holder
            current = holder
            continue
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        if current.dep_ == "pcomp" and current.head.lower_ in UNSHARED_PREPS:
            return None  # "arrived despite shelling nearby": someone else's shelling
        reported = _reported_before(current)
        if reported is not None:
            current = reported  # "Russia launched drones, the air force said, killing five"
            continue
        if current.dep_ in ("advcl", "pcomp", "prep", "acomp") and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


_REPORTING = frozenset({"say", "tell", "report", "announce", "add", "state", "confirm", "write"})


def _reported_before(participle: Token) -> Token | None:
    """The reported clause before the cue a trailing participle hangs on ("Russia launched 112
    drones, the air force said, damaging …"): the participle goes on with what was reported,
    not with the one who reported it."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    cue = participle.head
    if cue.lemma_.lower() not in _REPORTING or participle.i < cue.i:
        return None
    return next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i), None)


UNSHARED_PREPS = frozenset({"despite", "amid", "notwithstanding"})
"""Prepositions whose gerund does not share the clause's subject, unlike "after meeting"."""


# Verbs of saying that a speaker, not a state of affairs, does ("accused", "urged").
SPEECH_ACTS = frozenset(
    {"accuse", "blame", "call", "condemn", "criticise", "criticize", "demand", "deny",
     "dismiss", "praise", "reject", "thank", "urge", "warn"}
)  # fmt: skip


def _misattached_to_copula(conj: Token) -> bool:
    """A verb with an object conjoined to a reported copular clause whose subject cannot act
    ("said that the threat was very high and accused Moscow of …"): the parser hangs the verb
    on "was", but it shares the reporting verb's subject."""
    copula = conj.head
    if conj.lemma_.lower() not in SPEECH_ACTS:
        return False
    if copula.dep_ != "ccomp" or copula.head.pos_ != "VERB":
        return False
    # "said that the proposal responds to … and accused": a past verb joined to a present
    # report belongs to the past reporting verb, like one joined to a copula
    shifted = copula.tag_ in ("VBZ", "VBP") and conj.tag_ == "VBD" == copula.head.tag_
    if copula.lemma_ != "be" and not shifted:
        return False
    if not any(child.dep_ in ("dobj", "obj") for child in conj.children):
        return False
    subjects = [child for child in copula.children if child.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not s.ent_type_ and s.tag_ != "PRP" for s in subjects
    )


def agent_of(verb: Token) -> Token | None:
    """Return the "by X" agent of a passive verb (an attack noun the parser takes for a gerund
    too: "killed by Russian shelling")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    return pobj
    return None


def is_passive(verb: Token) -> bool:
    """True for a passive verb ("was rejected by"), or a participle with a "by" agent after a
    noun ("the sanctions imposed by the United States")."""
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and agent_of(verb) is not None


def prep_objects(token: Token, preps: Sequence[str]) -> list[Token]:
    """Return the objects of the given prepositions attached to a token.

    A bare indirect object ("gave Ukraine aid") counts as a "to" or "for" object only.
    """
    objects: list[Token] = []
    datives = "to" in preps or "for" in preps
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            objects.extend(g for g in child.children if g.dep_ == "pobj")
        elif datives and child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            objects.append(child)
    return objects


def _intention_holder(act: Token) -> Token | None:
    """Who holds the intention an act depends on: the noun's owner ("Iran's decision to"), else
    the verb it is the object of ("Russia has no plans to attack"), else None."""
    # "plans to attack" (the act an acl of the noun), "no intention of invading" (via "of")
    if act.dep_ != "acl" and not (act.dep_ == "prep" and act.lower_ == "of"):
        return None
    noun = act.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None
