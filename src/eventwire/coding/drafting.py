"""Drafts of events: a trigger's sense with its actors, recipients and modality decided.

A draft is what the parse says before PLOVER's modality rules (:mod:`eventwire.coding.plover_rules`)
and implied recipients (:mod:`eventwire.coding.implied`) turn it into an event in
:mod:`eventwire.coding.coder`. Here each event type's own ways of naming its recipient are applied
(a MOBILIZE's forces are the actor's own; a visit's host is where the visitor went; …).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import ActorIndex, actors_at, other_actors
from eventwire.coding.authors import anaphoric_author, grievance_author, object_author
from eventwire.coding.clauses import prep_objects
from eventwire.coding.lexicon import EventSense, TriggerLexicon
from eventwire.coding.modality import Modality, modality_of
from eventwire.coding.nesting import (
    OBLIGATION,
    absorbed_triggers,
    inner_trigger,
    reported_obligations,
)
from eventwire.coding.noun_triggers import MODE_FROM_INNER
from eventwire.coding.ontology import Ontology
from eventwire.coding.roles import (
    BENEFIT_TYPES,
    addressee,
    addressee_of_report,
    arguments,
    beneficiary,
    complement_subject,
    has_object,
    joint_exercise,
    merge,
    object_owner,
    own_forces_dropped,
    protest_target,
    reporter_actors,
    seat_of,
    visited,
)
from eventwire.coding.threats import (
    PROTECTING_TYPES,
    aggression_author,
    is_stated_threat,
    threat_recipient,
    warned_of_another,
)
from eventwire.coding.triggers import CONTENT_DEPS, Trigger, find_triggers

RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "ASSAULT"})
PROMISE_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
ANAPHORIC_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
PERMITTING_TYPES = frozenset({"CONCEDE", "RETREAT"})
PHONE_WORDS = frozenset({"phone", "telephone", "call", "videoconference", "video"})


VOWING_VERBS = frozenset({"vow", "pledge", "swear", "promise"})
"""Verbs of promising, whose promise of punishment or force is a threat (PLOVER THREATEN)."""
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(frozen=True)
class Draft:
    """An event as the parse gives it, before PLOVER's modality rules recode it."""

    trigger: Trigger
    sense: EventSense
    actors: list[ActorSpan]
    recipients: list[ActorSpan]
    modality: Modality
    reporter: list[ActorSpan]
    seat: str | None = None  # the country of a seat of power it happens at ("at the Kremlin")


class Drafter:
    """Drafts the events of a sentence with one trigger lexicon and ontology."""

    def __init__(self, lexicon: TriggerLexicon, ontology: Ontology) -> None:
        self.lexicon = lexicon
        self.ontology = ontology

    def drafts(
        self,
        sent: Span,
        index: ActorIndex,
        hosts: ActorIndex,
        history: list[tuple[str, list[ActorSpan]]],
    ) -> list[Draft]:
        """Return the drafts of a sentence's events, in trigger order (``history`` holds the
        types and actors of the article's earlier events)."""
        triggers = find_triggers(sent, self.lexicon)
        triggers += reported_obligations(sent, triggers, index)
        absorbed = absorbed_triggers(triggers)
        drafts = []
        for trigger in triggers:
            if trigger.token.i in absorbed:
                continue
            draft = self._draft(trigger, triggers, index, hosts, history)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _draft(
        self,
        trigger: Trigger,
        triggers: list[Trigger],
        index: ActorIndex,
        hosts: ActorIndex,
        history: list[tuple[str, list[ActorSpan]]],
    ) -> Draft | None:
        token, verb = trigger.token, trigger.verb
        sense = trigger.sense
        inner = inner_trigger(trigger, triggers)
        if verb is not None and verb.needs == "threat" and not self._is_threat(token, inner):
            return None
        stated = verb is not None and verb.needs == "stated_threat"
        if stated and not is_stated_threat(token):
            return None
        if sense.type == "AGREE" and self._vows_force(token, inner):
            # "vowed to retaliate", "vowed to attack Israel": a promise of force is a threat
            sense = EventSense("THREATEN", None, "130", sense.context)
        if inner is not None and sense.type in ("REQUEST", "REJECT") and sense.mode is None:
            sense = EventSense(
                sense.type, MODE_FROM_INNER.get(inner.sense.type), sense.cameo, sense.context
            )
        actors, recipients = arguments(trigger, index)
        if (
            sense.type == "THREATEN"
            and verb is not None
            and verb.needs in ("threat", "stated_threat")
            and warned_of_another(token, index, actors)
        ):
            return None
        if verb is not None and verb.defence and trigger.noun is not None:
            actors, recipients = _repelled(trigger.noun, actors, index, hosts)
        recipients = own_forces_dropped(actors, recipients, token.doc)  # "withdrew its troops"
        shielding = (
            sense.type == "THREATEN" and inner is not None and inner.sense.type in PROTECTING_TYPES
        )
        if not recipients and inner is not None and verb is not None and verb.content:
            # "agreed to provide aid for Romania": the promised act's recipient; not those a
            # threat would shield ("measures to defend Chinese firms")
            if not shielding:
                recipients = other_actors(arguments(inner, index)[1], actors)
            if not recipients and inner.sense.type in PERMITTING_TYPES:
                # "refused to allow US troops to use its bases": whom the act lets do something
                recipients = other_actors(complement_subject(inner, index), actors)
        if not recipients and sense.type == "AGREE" and trigger.noun is not None:
            for child in trigger.noun.children:  # "offered Moscow talks" (a compound place)
                if child.dep_ == "compound" and child.i < trigger.noun.i:
                    recipients = recipients or other_actors(actors_at(child, hosts), actors)
        if not recipients and sense.type == "AGREE" and verb is not None and verb.content:
            for child in token.children:  # "promised to send an air defence system to Ukraine"
                if child.dep_ == "xcomp":
                    for target in prep_objects(child, ("to", "for")):
                        recipients = recipients or other_actors(actors_at(target, index), actors)
        if sense.type in BENEFIT_TYPES and not recipients:
            recipients = other_actors(beneficiary(trigger, index), actors)
        if sense.type == "PROTEST" and not recipients:
            recipients = other_actors(protest_target(trigger, index), actors)
        if sense.mode == "cyber" and not recipients:  # "hacked the websites of X's ministry"
            recipients = other_actors(object_owner(trigger, index), actors)
        if sense.type in ("REQUEST", "ACCUSE") and not recipients:
            recipients = other_actors(addressee(trigger, index), actors)
        if sense.type == "ACCUSE":
            # "complained to the UN over Israeli raids": the accused, not the one told
            told = {a.start for t in prep_objects(token, ("to",)) for a in actors_at(t, index)}
            if all(r.start in told for r in recipients):
                recipients = other_actors(grievance_author(trigger, index), actors) or recipients
        if sense.type in JUDGING_TYPES:
            # "welcomed Iraq's statement", "condemned Serbia's crackdown on Albanians": the one
            # judged is whose act it is, not whom the act concerns.
            recipients = other_actors(object_author(trigger, index), actors) or recipients
        if sense.type in ANAPHORIC_TYPES and not recipients and actors:
            recipients = anaphoric_author(trigger, actors, history)  # "rejected the demand"
        if sense.mode == "visit" and inner is not None and inner.sense.type == "CONSULT":
            inner_actors, inner_recipients = arguments(inner, index)
            met = other_actors([*inner_actors, *inner_recipients], actors)
            recipients = met or recipients  # "travelled to Brussels to meet Stoltenberg"
        if sense.mode == "visit" and not recipients and not trigger.reciprocal:
            recipients = other_actors(visited(trigger, hosts), actors)  # "visited Beijing"
        if sense.type == "RETREAT":  # "pulled back some troops": the actor's own, unnamed
            recipients = [r for r in recipients if r.code is not None]
        if sense.type == "MOBILIZE":
            # "massed troops": the forces moved are the actor's own, not a recipient; troops
            # sent "to Poland" are deployed there, not against it (a border is another matter).
            own = {a.code for a in actors}  # "ordered the Russian army to deploy": its own army
            if not recipients:  # "mobilised reservists for a possible war against Iran"
                recipients = other_actors(_faced(token, index), actors)
            recipients = [
                r
                for r in recipients
                if r.code is not None and r.code not in own and not _destination(token, r)
            ]
            if joint_exercise(trigger, actors, recipients):
                sense = EventSense("COOPERATE", None, "062", ("military",))
                actors, recipients = merge(actors, recipients), []
        if verb is not None and verb.needs == "object" and not has_object(trigger):
            return None
        if (
            verb is not None
            and verb.needs == "actor_object"
            and not recipients
            and trigger.sense == verb.sense  # not "receive refugees", coded by its object
        ):
            return None
        if verb is not None and verb.needs == "beneficiary" and not recipients:
            recipients = other_actors(complement_subject(trigger, index), actors)
            if not recipients and not any(c.dep_ in ("dobj", "obj") for c in token.children):
                return None  # "help Ukraine rebuild", "help Israel"; not "help prevent a war"
        if verb is not None and verb.needs == "foreign_place":
            actor_codes = {a.code for a in actors}
            if not recipients:
                for place in prep_objects(token, verb.recipient_preps):
                    recipients = recipients or actors_at(place, hosts)
            recipients = [r for r in recipients if r.code and r.code not in actor_codes]
            if not recipients:
                return None
        if verb is not None and verb.needs == "partner" and not _partnered(actors, recipients):
            return None
        modality = modality_of(token, trigger.noun)
        if (
            trigger.reciprocal
            and not (verb is not None and verb.swap)
            and sense.type in RECIPROCAL_TYPES
            and modality.status == "actual"
        ):
            # PLOVER: a meeting, talks or a call with no host list every party as actor. (A
            # future meeting becomes AGREE, which keeps who offers and to whom.)
            actors, recipients = merge(actors, recipients), []
        if sense.type == "THREATEN" and (stated or not recipients):
            recipients = threat_recipient(token, inner, index, actors)
        reporter: list[ActorSpan] = []
        if modality.reporter is not None:
            reporter = reporter_actors(modality.reporter, index)
            if not recipients and sense.type in PROMISE_TYPES:  # "told Kyiv it would …"
                recipients = other_actors(addressee_of_report(modality.reporter, index), actors)
        if modality.deontic and modality.reporter is not None and modality.polarity == "asserted":
            # "Russia said Sudan must return the helicopter": the speaker requests the act.
            inner_mode = MODE_FROM_INNER.get(sense.type)
            sense = EventSense("REQUEST", inner_mode, None, sense.context)
            actors, recipients = reporter, other_actors(actors, reporter)
            modality = replace(modality, status="actual", reporter=None)
            reporter = []
            if trigger.sense is OBLIGATION and not recipients:
                return None  # advice to one's own side ("Lavrov told Putin Moscow should …")
        sense = self._refine_mode(trigger, sense, actors, recipients)
        seat = seat_of(trigger, index) if sense.type == "CONSULT" else None
        return Draft(trigger, sense, actors, recipients, modality, reporter, seat)

    def _vows_force(self, token: Token, inner: Trigger | None) -> bool:
        """A vow of force or punishment: "vowed to attack Israel", "vowed to retaliate",
        "vowed revenge"; not "pledged support for efforts despite the attacks"."""
        if token.lemma_.lower() not in VOWING_VERBS:
            return False
        if inner is not None and inner.sense.type in FORCE_TYPES and inner.token.dep_ == "xcomp":
            return True
        return any(
            child.dep_ in ("xcomp", "dobj") and child.lemma_.lower() in self.lexicon.threat_words
            for child in token.children
        )

    def _is_threat(self, token: Token, inner: Trigger | None) -> bool:
        for child in token.children:
            if child.dep_ in (*CONTENT_DEPS, "prep", "advcl", "dobj"):
                for word in child.subtree:
                    if word.lemma_.lower() in self.lexicon.threat_words:
                        return True
                    if word.dep_ == "mark" and word.lower_ in ("if", "unless"):
                        return True
        return inner is not None and self.ontology.types[inner.sense.type].quad == 4

    def _refine_mode(
        self,
        trigger: Trigger,
        sense: EventSense,
        actors: list[ActorSpan],
        recipients: list[ActorSpan],
    ) -> EventSense:
        if sense.type != "CONSULT" or sense.mode is not None:
            return sense
        words = {
            t.lower_ for t in trigger.token.subtree if t.dep_ in ("pobj", "compound", "npadvmod")
        }
        if words & PHONE_WORDS and any(
            t.lower_ in ("phone", "telephone") for t in trigger.token.subtree
        ):
            return EventSense("CONSULT", "phone", "041", sense.context)
        if len(actors) + len(recipients) >= 3:
            return EventSense("CONSULT", "multilateral", sense.cameo, sense.context)
        return sense


def _partnered(actors: list[ActorSpan], recipients: list[ActorSpan]) -> bool:
    """Whether a verb that needs a partner has one: a recipient, or a second actor; never the
    press ("speaking to reporters" is a statement, not a consultation)."""
    if any(r.sector != "MED" for r in recipients):
        return True
    return len([a for a in actors if a.sector != "MED"]) >= 2


def _faced(token: Token, index: ActorIndex) -> list[ActorSpan]:
    """Whom forces are readied against, anywhere in the act's phrase ("against Iran")."""
    for word in token.subtree:
        if word.dep_ == "prep" and word.lower_ == "against":
            for pobj in word.children:
                if pobj.dep_ == "pobj":
                    return [a for a in actors_at(pobj, index) if a.code is not None]
    return []


def _destination(token: Token, span: ActorSpan) -> bool:
    """True when ``span`` is where forces go ("to Poland", "into Ukraine"), not what they face."""
    head = token.doc[span.head]
    while head.dep_ in ("poss", "compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head  # "to NATO's eastern members"
    return head.dep_ == "pobj" and head.head.lower_ in ("to", "into", "in", "inside")


def _repelled(
    attack: Token, defenders: list[ActorSpan], index: ActorIndex, hosts: ActorIndex
) -> tuple[list[ActorSpan], list[ActorSpan]]:
    """The parties of an attack that was fended off: its author attacks its target ("on
    Kassala"), else the defenders ("Sudan's army repelled an attack by the RSF")."""
    targets: list[ActorSpan] = []
    for target in prep_objects(attack, ("on", "against")):
        targets = targets or actors_at(target, index) or actors_at(target, hosts)
    return aggression_author(attack, index), targets or defenders
