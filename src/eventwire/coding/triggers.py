"""Find event triggers in a parsed sentence: verbs, verb + particle, light verb + event noun."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventwire.coding.lexicon import EventSense, NounEntry, TriggerLexicon, VerbEntry

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
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
CONTENT_DEPS = frozenset({"xcomp", "ccomp"})
# nouns that hold others: "a package of sanctions" is sanctions, "a new round of talks" talks
CONTAINER_NOUNS = frozenset({"package", "tranche", "round", "wave", "series", "raft", "batch"})


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


# Modifiers that make "strike" an attack; otherwise a strike is a labour protest.
ATTACK_STRIKE_WORDS = frozenset(
    {"air", "missile", "drone", "military", "rocket", "artillery", "retaliatory", "preemptive",
     "pre-emptive", "precision", "surgical", "nuclear", "israeli", "russian", "american", "u.s."}
)  # fmt: skip
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
    """Return the lexicon entry for a verb, preferring "verb particle" and "verb prep" phrases."""
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


def _inflection_stems(word: str) -> list[str]:
    """Possible base forms of an inflected verb, most likely first."""
    stems = []
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


def direct_object(verb: Token) -> Token | None:
    """Return the verb's direct object, looking through "of" ("a package of aid")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    if any(c.dep_ == "auxpass" for c in verb.children):
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return child
    return None


def _event_noun(obj: Token, lexicon: TriggerLexicon) -> tuple[Token, NounEntry] | None:
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


def _object_class(obj: Token, lexicon: TriggerLexicon) -> str | None:
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


def _light_sense(mode: str, noun_sense: EventSense, verb_cameo: str | None = None) -> EventSense:
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


def _verb_trigger(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    entry = verb_entry(token, lexicon)
    if entry is None:
        return None
    found = _trigger_of(token, entry, lexicon)
    if found is None and " " in entry.lemma:  # "returned the paintings to": plain "return"
        plain = lexicon.verbs.get(token.lemma_.lower())
        if plain is not None:
            found = _trigger_of(token, plain, lexicon)
    if found is not None and found.sense.type == "PROTEST" and _spoken(token):
        found = replace(found, sense=SPOKEN_PROTEST)
    return found


SPOKEN_PROTEST = EventSense("ACCUSE", "disapprove", "111")
"""A protest made in words ("…, the group protested"; "protested to Beijing") is CAMEO 111
"criticize or denounce", PLOVER ACCUSE; PLOVER's PROTEST is a demonstration, strike or boycott."""


def _spoken(verb: Token) -> bool:
    """The verb reports what was said: it governs a clause or is the cue of one."""
    if verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.pos_ == "PROPN" for g in c.children)
        for c in verb.children
    )


def _trigger_of(token: Token, entry: VerbEntry, lexicon: TriggerLexicon) -> Trigger | None:
    """The trigger a verb makes under one lexicon entry, or None."""
    obj = direct_object(token)
    if any(c.dep_ == "oprd" for c in token.children):
        return None  # "calling them a demonstration of readiness": naming, not an act
    if obj is None and entry.ergative:  # "the embassy is closing": the embassy is closed
        obj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if " " in entry.lemma and (obj is None or obj.dep_ == "nsubjpass"):
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
            (c for c in (_object_class(t, lexicon) for t in owned) if c is not None), None
        ) or _object_class(subject, lexicon)
        if cls is not None and cls in entry.subjects:
            sense = entry.subjects[cls]
    if (
        obj is not None
        and entry.unless_objects
        and _object_class(obj, lexicon) in entry.unless_objects
    ):
        return None  # "released a video": a publication, not a release
    if obj is not None and entry.objects:
        cls = _object_class(obj, lexicon)
        if cls is not None and cls in entry.objects:
            sense, noun = entry.objects[cls], obj
    if noun is None and obj is not None and entry.light is not None:
        found = _event_noun(obj, lexicon)
        if found is not None and found[1].sense is not None:
            noun = found[0]
            sense = _light_sense(
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
            child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in PARTICLES)
        ):
            end += 1
    if noun is not None:
        start, end = min(start, noun.i), max(end, noun.i + 1)
    return Trigger(token, noun, entry, sense, reciprocal, entry.weight, start, end)


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
            trigger = _owned_event(token, lexicon)
            if trigger is not None:
                triggers.append(trigger)
    return sorted(triggers, key=lambda t: t.token.i)


# Event nouns that code on their own when an owner names who acted: "Washington's expulsion of a
# Russian diplomat", "Scholz's visit to Moscow", "Russia's invasion of Ukraine".
OWNED_EVENT_TYPES = frozenset({"CONSULT", "SANCTION", "ASSAULT", "RETREAT", "MOBILIZE"})
OWNED_POSITIONS = frozenset({"nsubj", "nsubjpass", "pobj", "attr", "appos"})


def _owned_event(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """An event noun with a proper-noun owner, as a subject or a prepositional object."""
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
    return Trigger(token, token, None, entry.sense, False, 0.6, token.i, token.i + 1)
