"""Event nouns as triggers: the noun lexicon's lookup ("phone call", "a state of emergency"), the
event a light verb's object holds ("a package of sanctions"), the senses light verbs make of event
nouns, and owned event nouns that code on their own ("Scholz's visit to Moscow")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.lexicon import EventSense, NounEntry, TriggerLexicon

# Verbs of intent turn a cooperative event noun into AGREE ("pledged aid", "offered talks").
COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# The mode a REQUEST or REJECT takes from what is asked for or refused.
MODE_FROM_INNER = {
    "CONSULT": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
# nouns that hold others: "a package of sanctions" is sanctions, "a new round of talks" talks
CONTAINER_NOUNS = frozenset({"package", "tranche", "round", "wave", "series", "raft", "batch"})

# Modifiers that make "strike" an attack; otherwise a strike is a labour protest.
ATTACK_STRIKE_WORDS = frozenset(
    {"air", "missile", "drone", "military", "rocket", "artillery", "retaliatory", "preemptive",
     "pre-emptive", "precision", "surgical", "nuclear", "israeli", "russian", "american", "u.s."}
)  # fmt: skip


def noun_entry(token: Token, lexicon: TriggerLexicon) -> NounEntry | None:
    """Return the lexicon entry for a noun, preferring "modifier noun" phrases ("phone call")."""
    lemma = token.lemma_.lower()
    before = token.doc[token.i - 1] if token.i > 0 else None
    # "phone call"; "tear gas and water cannon", where the parser hangs "water" on "gas"
    if (
        before is not None
        and before.dep_ in ("compound", "amod", "conj", "nmod")
        and (before.head == token or token in before.ancestors)
    ):
        entry = lexicon.nouns.get(f"{before.lower_} {lemma}") or lexicon.nouns.get(
            f"{before.lower_} {token.lower_}"  # "ethnic cleansing" (lemma "cleanse")
        )
        if entry is not None:
            return entry
    if lemma == "strike" and not _attack_strike(token):
        return lexicon.nouns.get("general strike")
    if lemma == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "on") for c in token.children
    ):
        return lexicon.nouns.get("call for")  # "his call for more weapons" is an appeal
    for child in token.children:  # "a state of emergency"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                entry = lexicon.nouns.get(f"{lemma} of {pobj.lower_}")
                if pobj.dep_ == "pobj" and entry is not None:
                    return entry
    entry = lexicon.nouns.get(lemma) or lexicon.nouns.get(token.lower_)
    if entry is None or entry.sense is None:
        for child in token.children:  # "a mediation effort", "a peace mission"
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                inner = lexicon.nouns.get(child.lemma_.lower())
                if inner is not None and inner.sense is not None:
                    return inner
    return entry


def _attack_strike(token: Token) -> bool:
    """True for "strike" as an attack ("a strike on the depot"), not a labour strike."""
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "at") for c in token.children):
        return True
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in ATTACK_STRIKE_WORDS for c in token.children
    )


def event_noun(obj: Token, lexicon: TriggerLexicon) -> tuple[Token, NounEntry] | None:
    """The event noun a light verb's object names: itself, its "of/in/on" object or a conjunct."""
    entry = noun_entry(obj, lexicon)
    if obj.lemma_.lower() in CONTAINER_NOUNS:
        held = _of_event(obj, lexicon)  # "a package of sanctions" is sanctions
        if held is not None:
            return held
        if _holds_things(obj):
            return None  # "a package of reforms", "a series of measures": no event
    if entry is not None and entry.sense is not None:
        return obj, entry
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    inner = noun_entry(pobj, lexicon)
                    if inner is not None and inner.sense is not None:
                        return pobj, inner
    for conj in obj.conjuncts:
        entry = noun_entry(conj, lexicon)
        if entry is not None and entry.sense is not None:
            return conj, entry
    return None


def _holds_things(noun: Token) -> bool:
    """Whether a container noun's "of" phrase names things ("a package of reforms"), not a sum
    ("a package of $2 billion")."""
    return any(
        pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and pobj.like_num is False
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for pobj in child.children
    )


def _of_event(noun: Token, lexicon: TriggerLexicon) -> tuple[Token, NounEntry] | None:
    """The event noun in the "of" phrase of ``noun`` ("a package of sanctions"), if any."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                inner = noun_entry(pobj, lexicon) if pobj.dep_ == "pobj" else None
                if inner is not None and inner.sense is not None:
                    return pobj, inner
    return None


def object_class(obj: Token, lexicon: TriggerLexicon) -> str | None:
    """The object class (from the noun lexicon) of a verb's object, its conjuncts or "of" phrase."""
    for candidate in (obj, *obj.conjuncts):
        entry = noun_entry(candidate, lexicon)
        if entry is not None and entry.cls is not None:
            return entry.cls
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                entry = noun_entry(pobj, lexicon)
                if pobj.dep_ == "pobj" and entry is not None and entry.cls is not None:
                    return entry.cls
    return None


def light_sense(mode: str, noun_sense: EventSense, verb_cameo: str | None = None) -> EventSense:
    """The sense a light verb makes of an event noun under its ``light`` mode ("same", "intent"
    or a PLOVER type): "held talks" is CONSULT, "pledged aid" AGREE, "demanded talks" REQUEST."""
    if mode == "same":
        return noun_sense
    if mode == "intent":
        # "pledged aid", "offered talks"; "offered its troops" is help promised (CAMEO 0332).
        if noun_sense.type in COOPERATIVE_TYPES or noun_sense.mode == "troops":
            return EventSense("AGREE", None, "036" if noun_sense.type == "CONSULT" else "030")
        return noun_sense
    inner_mode = MODE_FROM_INNER.get(noun_sense.type) if mode in ("REQUEST", "REJECT") else None
    appeal = verb_cameo if verb_cameo and verb_cameo.startswith("02") else None  # CAMEO appeal
    return EventSense(mode, inner_mode, appeal, noun_sense.context)


# Event nouns that code on their own when an owner names who acted: "Washington's expulsion of a
# Russian diplomat", "Scholz's visit to Moscow", "Russia's invasion of Ukraine".
OWNED_EVENT_TYPES = frozenset({"CONSULT", "SANCTION", "ASSAULT", "RETREAT", "MOBILIZE"})
OWNED_POSITIONS = frozenset({"nsubj", "nsubjpass", "pobj", "attr", "appos"})


def owned_event(token: Token, lexicon: TriggerLexicon) -> EventSense | None:
    """The sense of an event noun with a proper-noun owner, as a subject or a prepositional
    object, that codes on its own; None for any other noun."""
    if token.dep_ not in OWNED_POSITIONS:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        return None  # "thanked Kyiv for Poland's help": what another act is about
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return None
    entry = noun_entry(token, lexicon)
    if entry is None or entry.sense is None or entry.sense.type not in OWNED_EVENT_TYPES:
        return None
    if entry.forces:
        return None  # "the ability of Ukraine's armed forces": who would act, not an act
    if entry.sense.type == "CONSULT" and entry.sense.mode != "visit":
        return None  # "Biden's talks" needs a verb to say what happened to them
    return entry.sense
