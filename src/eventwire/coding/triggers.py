"""Find event triggers in a parsed sentence: verbs, verb + particle, light verb + event noun."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventwire.coding.lexicon import EventSense, TriggerLexicon, VerbEntry
from eventwire.coding.noun_triggers import (
    COOPERATIVE_TYPES,
    event_noun,
    light_sense,
    noun_entry,
    object_class,
    owned_event,
)

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})


@dataclass(frozen=True)
class Trigger:
    """A word (and its light-verb partner) that signals one event.

    Attributes:
        token: the governing token: the verb, or the noun when there is no verb.
        noun: the event noun a light verb takes its event from, if any.
        verb: the verb's lexicon entry, if the trigger is a verb.
        sense: the event type, mode and CAMEO code.
        reciprocal: every party of a compound subject is an actor, with no recipient.
        weight: the trigger's reliability, 0..1.
        start: first token index of the trigger text.
        end: last token index + 1 of the trigger text.
    """

    token: Token
    noun: Token | None
    verb: VerbEntry | None
    sense: EventSense
    reciprocal: bool
    weight: float
    start: int
    end: int


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Adverbs the parser may take for a verb's particle ("pulled back" with "back" as advmod).
PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "in"})
# Complements that make "declined to …" or "refused to …" a silence, not a rejection.
SILENCE_VERBS = frozenset(
    {"comment", "elaborate", "specify", "say", "confirm", "disclose", "detail", "identify",
     "name", "speculate", "answer", "respond", "discuss"}
)  # fmt: skip
READY_WORDS = frozenset({"ready", "willing", "prepared", "open"})
# Verbs that only say an event happened; the event is their subject noun.
OCCURRENCE_VERBS = frozenset(
    {"take", "hold", "begin", "start", "resume", "open", "continue", "end", "erupt", "rage",
     "intensify", "escalate", "break", "spread", "go"}
)  # fmt: skip
OCCURRING_TYPES = frozenset({"CONSULT", "ASSAULT", "PROTEST"})


def verb_entry(token: Token, lexicon: TriggerLexicon) -> VerbEntry | None:
    """Return the lexicon entry for a verb, preferring "verb particle", "verb prep" and "verb
    object" phrases."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in PARTICLES):
            entry = lexicon.verbs.get(f"{lemma} {child.lower_}")  # "pulled back" (advmod)
            if entry is not None:
                return entry
    for child in token.children:
        if child.dep_ in ("prep", "agent") and not _temporal(child):
            entry = lexicon.verbs.get(f"{lemma} {child.lower_}")
            if entry is not None:
                return entry
    for child in token.children:
        if child.dep_ in ("dobj", "obj"):  # a verb and its bare object: "set fire to a church"
            entry = lexicon.verbs.get(f"{lemma} {child.lower_}")
            if entry is not None:
                return entry
    entry = lexicon.verbs.get(lemma)
    if entry is None and token.pos_ == "VERB":
        for candidate in _inflection_stems(token.lower_):  # the small model's lemma slips
            entry = lexicon.verbs.get(candidate)  # ("staged" → "stag")
            if entry is not None:
                break
    return entry


_INFLECTIONS = (
    ("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""), ("ies", "y"),
    ("es", ""), ("s", ""),
)  # fmt: skip


# Irregular pasts the small model leaves unlemmatised behind a prefix ("retook", "outfought").
_IRREGULAR_PASTS = {
    "took": "take", "taken": "take", "fought": "fight", "struck": "strike", "stricken": "strike",
    "shot": "shoot", "drove": "drive", "driven": "drive", "ran": "run", "won": "win",
    "threw": "throw", "thrown": "throw", "sent": "send", "built": "build", "made": "make",
    "gave": "give", "given": "give", "sold": "sell", "stood": "stand", "wrote": "write",
    "written": "write", "broke": "break", "broken": "break",
}  # fmt: skip
_VERB_PREFIXES = ("re", "out", "over", "under", "up")


def _inflection_stems(word: str) -> list[str]:
    """Possible base forms of an inflected verb, most likely first."""
    stems = [
        prefix + _IRREGULAR_PASTS[word[len(prefix) :]]
        for prefix in _VERB_PREFIXES
        if word.startswith(prefix) and word[len(prefix) :] in _IRREGULAR_PASTS
    ]
    for suffix, replacement in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[: len(word) - len(suffix)] + replacement)
    return stems


def _temporal(prep: Token) -> bool:
    """A preposition that only dates the act ("called on Tuesday" is not "called on X")."""
    return any(
        pobj.dep_ == "pobj" and (pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in WEEKDAYS)
        for pobj in prep.children
    )


def direct_object(verb: Token) -> Token | None:
    """Return the verb's direct object, looking through "of" ("a package of aid")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return _hyphenated_end(child)
    if any(c.dep_ == "auxpass" for c in verb.children):
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return child
    return None


def _hyphenated_end(obj: Token) -> Token:
    """The head of a hyphenated object the parser split into several ("launched a
    counter-offensive": "counter", "-" and "offensive" all objects): its last word."""
    doc = obj.doc
    while (
        not obj.whitespace_
        and obj.i + 2 < len(doc)
        and doc[obj.i + 1].text == "-"
        and not doc[obj.i + 1].whitespace_
        and doc[obj.i + 2].head == obj.head
        and doc[obj.i + 2].dep_ == obj.dep_
    ):
        obj = doc[obj.i + 2]
    return obj


def _verb_trigger(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    entry = verb_entry(token, lexicon)
    if entry is None or _put_a_question(token):
        return None
    found = _trigger_of(token, entry, lexicon)
    if found is None and " " in entry.lemma:
        # "returned to Vienna for talks": another preposition's phrase; "returned the paintings
        # to": plain "return"
        lemma = token.lemma_.lower()
        others = [
            lexicon.verbs.get(f"{lemma} {child.lower_}")
            for child in token.children
            if child.dep_ == "prep" and not _temporal(child)
        ]
        for other in (*others, lexicon.verbs.get(lemma)):
            if other is not None and other is not entry and found is None:
                found = _trigger_of(token, other, lexicon)
    if found is not None and found.sense.type == "PROTEST" and _spoken(token):
        found = replace(found, sense=SPOKEN_PROTEST)
    return found


def _put_a_question(verb: Token) -> bool:
    """ "Asked whether the White House would compromise, the spokeswoman said …", "when asked
    about the talks": a question put to a speaker by the press, no request."""
    if verb.lemma_.lower() != "ask" or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children):
        return False
    return verb.dep_ in ("advcl", "acl", "ROOT") or verb.head.i == verb.i


SPOKEN_PROTEST = EventSense("ACCUSE", "disapprove", "111")
"""A protest made in words ("…, the group protested"; "protested to Beijing") is CAMEO 111
"criticize or denounce", PLOVER ACCUSE; PLOVER's PROTEST is a demonstration, strike or boycott."""


WEAPONS_TEST = EventSense("MOBILIZE", "weapons", "150")
"""A missile test-fired, or fired into the sea at no one, shows force without using it: PLOVER
MOBILIZE weapons ("test weapons systems"), CAMEO 150 "demonstrate military power"."""
_WATERS = frozenset({"sea", "ocean", "waters", "gulf", "bay", "strait"})
_AIMED = frozenset({"at", "on", "against", "toward", "towards"})


def _weapons_test(verb: Token) -> bool:
    """'test-fired a missile', 'fired two missiles into the sea' (and at nothing else)."""
    if any(c.lower_ == "test" and c.i < verb.i for c in verb.children):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep"]
    into_water = any(
        p.lower_ in ("into", "toward", "towards", "in") and g.lemma_.lower() in _WATERS
        for p in preps
        for g in p.children
        if g.dep_ == "pobj"
    )
    aimed = any(p.lower_ in _AIMED and _aimed_at(p) for p in preps)
    return into_water and not aimed


def _aimed_at(prep: Token) -> bool:
    """The preposition names a target: not the water itself, nor a time ("on Thursday")."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() not in _WATERS and g.ent_type_ not in ("DATE", "TIME")
        for g in prep.children
    )


def _spoken(verb: Token) -> bool:
    """The verb reports what was said: it governs a clause or is the cue of one, or it is said
    "to" a named party with nothing done to an object ("protested to Beijing", not "blocked the
    highway to Brussels")."""
    if verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return direct_object(verb) is None and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.pos_ == "PROPN" for g in c.children)
        for c in verb.children
    )


def _trigger_of(token: Token, entry: VerbEntry, lexicon: TriggerLexicon) -> Trigger | None:
    """The trigger a verb makes under one lexicon entry, or None."""
    obj = direct_object(token)
    if any(c.dep_ == "oprd" for c in token.children) or _names(token, lexicon):
        return None  # "calling them a demonstration of readiness": naming, not an act
    if obj is None and entry.ergative:  # "the embassy is closing": the embassy is closed
        obj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if " " in entry.lemma and (
        obj is None
        or obj.dep_ == "nsubjpass"
        or (entry.undergone and event_noun(obj, lexicon) is None)  # "placed X under arrest"
    ):
        # "participate in war games", "forces were engaged in ethnic cleansing": the prep's object
        particle = entry.lemma.split(" ", 1)[1]
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == particle), None)
        if prep is not None:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), obj)
    sense = entry.sense
    noun: Token | None = None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and entry.subjects:  # "peacekeeping troops arrived in Bosnia"
        owned = [g for c in subject.children if c.lower_ == "of" for g in c.children]
        cls = next(  # "the first deployment of peacekeeping troops"
            (c for c in (object_class(t, lexicon) for t in owned) if c is not None), None
        ) or object_class(subject, lexicon)
        if cls is not None and cls in entry.subjects:
            sense = entry.subjects[cls]
    if (
        obj is not None
        and entry.unless_objects
        and object_class(obj, lexicon) in entry.unless_objects
    ):
        return None  # "released a video": a publication, not a release
    if obj is not None and entry.objects:
        cls = object_class(obj, lexicon)
        if cls is not None and cls in entry.objects:
            sense, noun = entry.objects[cls], obj
            if cls == "weapons" and sense.type == "ASSAULT" and _weapons_test(token):
                sense = WEAPONS_TEST
    if noun is None and obj is not None and entry.light is not None:
        found = event_noun(obj, lexicon)
        if found is not None and found[1].sense is not None:
            noun = found[0]
            sense = light_sense(
                entry.light, found[1].sense, entry.sense.cameo if entry.sense else None
            )
    if sense is None:
        return None
    if entry.light is not None and entry.sense is None and noun is None:
        return None
    if sense.type == "REJECT" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SILENCE_VERBS and not _answers_demand(c, lexicon)
        for c in token.children
    ):
        return None  # "declined to comment", not "refused to respond to a demand"
    reciprocal = entry.reciprocal
    if noun is not None:
        noun_lex = noun_entry(noun, lexicon)
        reciprocal = reciprocal or bool(noun_lex and noun_lex.reciprocal)
    start, end = token.i, token.i + 1
    for child in token.children:
        if child.i == end and (
            child.dep_ == "prt"
            or (child.dep_ == "advmod" and child.lower_ in PARTICLES)
            or (
                child.dep_ in ("dobj", "obj")
                and entry.lemma == f"{token.lemma_.lower()} {child.lower_}"
            )
        ):
            end += 1
    if noun is not None:
        start, end = min(start, noun.i), max(end, noun.i + 1)
    return Trigger(token, noun, entry, sense, reciprocal, entry.weight, start, end)


def _names(verb: Token, lexicon: TriggerLexicon) -> bool:
    """A naming verb with two objects names one by the other: "which North Korea calls
    rehearsals for an invasion" (the relative pronoun and the name, both parsed as objects)."""
    if verb.lemma_.lower() not in lexicon.naming_verbs:
        return False
    return sum(1 for c in verb.children if c.dep_ in ("dobj", "obj")) >= 2


def _answers_demand(verb: Token, lexicon: TriggerLexicon) -> bool:
    """The verb answers a request ("respond to a demand", "answer the ultimatum")."""
    words = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for word in words:
        entry = noun_entry(word, lexicon)
        if entry is not None and entry.sense is not None and entry.sense.type == "REQUEST":
            return True
    return False


def _occurrence_trigger(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """An event noun as the subject of a verb of occurrence ("talks took place", "were held")."""
    if token.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    if token.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            entry = noun_entry(child, lexicon)
            if (
                entry is not None
                and entry.sense is not None
                and entry.sense.type in OCCURRING_TYPES
            ):
                start, end = min(token.i, child.i), max(token.i, child.i) + 1
                return Trigger(token, child, None, entry.sense, entry.reciprocal, 0.7, start, end)
    return None


def _naming_trigger(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """Calling something by a damning name is an accusation (ACCUSE, CAMEO 111 "criticize or
    denounce"): "called the deployment a dangerous escalation", "branded the vote a sham",
    "described the strikes as war crimes". A neutral name ("called it a step forward") is not."""
    if token.lemma_.lower() not in lexicon.naming_verbs or token.pos_ != "VERB":
        return None
    names = [c for c in token.children if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ")]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    names += objects[1:]  # "branded the referendum a sham", parsed as two objects
    for holder in (token, *objects[:1]):  # "described the strikes as war crimes"
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                names += list(prep.children)
    if not names or not any(
        t.lemma_.lower() in lexicon.damning_words and not _negated(t)
        for name in names
        for t in name.subtree
    ):
        return None
    sense = EventSense("ACCUSE", None, "111")
    return Trigger(token, None, None, sense, False, 0.7, token.i, token.i + 1)


def _told_twice(trigger: Trigger, accusing: set[int]) -> bool:
    """A damning name beside an accusation of the same speaker ("called the escalation very
    dangerous and blamed Kyiv for it") is one accusation, the explicit one."""
    if trigger.verb is not None or trigger.sense.cameo != "111" or trigger.noun is not None:
        return False
    token = trigger.token
    linked = [*(c for c in token.children if c.dep_ == "conj"), token.head]
    return any(other.i in accusing for other in linked if other.i != token.i)


def _negated(word: Token) -> bool:
    """'not a provocation', 'a demonstration rather than a provocation': the name is denied."""
    if any(child.dep_ == "neg" for child in word.children):
        return True
    return any(
        ancestor.lower_ == "than" or any(c.lower_ == "not" for c in ancestor.children)
        for ancestor in word.ancestors
        if ancestor.dep_ not in ("ROOT",) and ancestor.pos_ != "VERB"
    )


def _readiness_trigger(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """Readiness for a cooperative act is an offer (AGREE): "ready for a serious dialogue"."""
    if token.pos_ != "ADJ" or token.lemma_.lower() not in READY_WORDS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for noun in prep.children:
                entry = noun_entry(noun, lexicon) if noun.dep_ == "pobj" else None
                if (
                    entry is not None
                    and entry.sense is not None
                    and entry.sense.type in COOPERATIVE_TYPES
                ):
                    cameo = "036" if entry.sense.type == "CONSULT" else "030"
                    sense = EventSense("AGREE", None, cameo, entry.sense.context)
                    return Trigger(token, noun, None, sense, False, 0.7, token.i, noun.i + 1)
    return None


def find_triggers(sent: Span, lexicon: TriggerLexicon) -> list[Trigger]:
    """Return the sentence's triggers in text order: verbs, event nouns that verbs of occurrence
    or readiness carry, and owned event nouns standing alone ("Scholz's visit to Moscow")."""
    triggers = []
    for token in sent:
        if token.dep_ == "amod":
            continue  # "the alleged violations", "a proposed plan": a description, not an act
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
            trigger = (
                _verb_trigger(token, lexicon)
                or _occurrence_trigger(token, lexicon)
                or _naming_trigger(token, lexicon)
            )
            if trigger is not None:
                triggers.append(trigger)
        elif token.pos_ == "ADJ":
            trigger = _readiness_trigger(token, lexicon)
            if trigger is not None:
                triggers.append(trigger)
    accusing = {t.token.i for t in triggers if t.sense.type == "ACCUSE" and t.verb is not None}
    triggers = [t for t in triggers if not _told_twice(t, accusing)]
    taken = {t.noun.i for t in triggers if t.noun is not None}
    for token in sent:
        if token.pos_ == "NOUN" and token.i not in taken:
            sense = owned_event(token, lexicon)
            if sense is not None:
                triggers.append(
                    Trigger(token, token, None, sense, False, 0.6, token.i, token.i + 1)
                )
    return sorted(triggers, key=lambda t: t.token.i)
