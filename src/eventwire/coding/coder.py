"""The event coder: triggers + arguments + modality → PLOVER events with their evidence.

PLOVER's modality rules (future cooperation is AGREE, a conditional punishment THREATEN, …) are
in :mod:`eventwire.coding.plover_rules`; implied recipients in :mod:`eventwire.coding.implied`.
Applied here: a reciprocal event (a meeting with no host) lists every party as actor and no
recipient; a visit has the visitor as actor and the host as recipient.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.actors.placing import is_displaced
from eventwire.coding.arguments import (
    ActorIndex,
    actors_at,
    other_actors,
    prep_objects,
)
from eventwire.coding.evidence import event_date, event_id, mention, trimmed
from eventwire.coding.implied import (
    Salience,
    host_spans,
    implied_recipients,
    restricted_population,
)
from eventwire.coding.lexicon import EventSense, TriggerLexicon, load_triggers
from eventwire.coding.modality import Modality, modality_of
from eventwire.coding.nesting import (
    OBLIGATION,
    absorbed_triggers,
    in_background,
    inner_trigger,
    reported_obligations,
)
from eventwire.coding.ontology import Ontology, load_ontology
from eventwire.coding.plover_rules import REFUSABLE, recode
from eventwire.coding.roles import (
    BENEFIT_TYPES,
    addressee,
    addressee_of_report,
    anaphoric_author,
    arguments,
    beneficiary,
    complement_subject,
    has_object,
    joint_exercise,
    merge,
    object_author,
    object_owner,
    own_forces_dropped,
    protest_target,
    reporter_actors,
    seat_of,
    visited,
)
from eventwire.coding.threats import is_stated_threat, threat_recipient
from eventwire.coding.triggers import (
    CONTENT_DEPS,
    MODE_FROM_INNER,
    Trigger,
    find_triggers,
    noun_entry,
)
from eventwire.facts.dates import DateMention
from eventwire.facts.places import location_of
from eventwire.schema import Event, Evidence, Place, PlaceRef

RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "ASSAULT"})
PROMISE_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
ANAPHORIC_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
PHONE_WORDS = frozenset({"phone", "telephone", "call", "videoconference", "video"})
HISTORICAL_DAYS = 365


@dataclass(frozen=True)
class _Draft:
    trigger: Trigger
    sense: EventSense
    actors: list[ActorSpan]
    recipients: list[ActorSpan]
    modality: Modality
    reporter: list[ActorSpan]
    seat: str | None = None  # the country of a seat of power it happens at ("at the Kremlin")


class EventCoder:
    """Codes PLOVER events in a parsed document; built once per process, used for many docs."""

    def __init__(
        self, *, lexicon: TriggerLexicon | None = None, ontology: Ontology | None = None
    ) -> None:
        self.lexicon = lexicon or load_triggers()
        self.ontology = ontology or load_ontology()

    def code(
        self,
        doc: Doc,
        actors: Sequence[ActorSpan],
        *,
        article_id: str,
        published: dt.date | None,
        dates: Sequence[DateMention] = (),
        places: Sequence[Place] = (),
        voices: Sequence[tuple[int, int, ActorSpan]] = (),
    ) -> list[Event]:
        """Return the events of a parsed article, in text order.

        ``voices`` are the article's quotes as ``(start_char, end_char, speaker)``: "we" in
        "We call on Moscow to …" is the quote's speaker.
        """
        index = ActorIndex.build(actors, voices)
        hosts = host_spans(doc, places)
        salience = Salience(actors, hosts)
        events: list[Event] = []
        history: list[tuple[str, list[ActorSpan]]] = []  # earlier events' types and actors
        for sent in doc.sents:
            drafts = self._drafts(sent, index, hosts, history)
            sent_dates = [
                d for d in dates if d.start_char >= sent.start_char and d.end_char <= sent.end_char
            ]
            seen: set[tuple[str, tuple[str | None, ...], tuple[str | None, ...], str]] = set()
            for draft in drafts:
                if draft.modality.condition:
                    # "if Russia invades", "unless Kyiv agrees": a condition is not an event;
                    # PLOVER codes its consequence (a threat, an offer) instead.
                    continue
                event = self._event(
                    draft, sent, article_id, published, sent_dates, places, salience
                )
                key = (
                    event.type,
                    tuple(a.code for a in event.actor),
                    tuple(r.code for r in event.recipient),
                    event.polarity,
                )
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
            history.extend((draft.sense.type, draft.actors) for draft in drafts if draft.actors)
        return events

    # -- drafts -------------------------------------------------------------------------------

    def _drafts(
        self,
        sent: Span,
        index: ActorIndex,
        hosts: ActorIndex,
        history: list[tuple[str, list[ActorSpan]]],
    ) -> list[_Draft]:
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
    ) -> _Draft | None:
        token, verb = trigger.token, trigger.verb
        sense = trigger.sense
        inner = inner_trigger(trigger, triggers)
        if verb is not None and verb.needs == "threat" and not self._is_threat(token, inner):
            return None
        stated = verb is not None and verb.needs == "stated_threat"
        if stated and not is_stated_threat(token):
            return None
        if inner is not None and sense.type in ("REQUEST", "REJECT") and sense.mode is None:
            sense = EventSense(
                sense.type, MODE_FROM_INNER.get(inner.sense.type), sense.cameo, sense.context
            )
        actors, recipients = arguments(trigger, index)
        recipients = own_forces_dropped(actors, recipients, token.doc)  # "withdrew its troops"
        if not recipients and inner is not None and verb is not None and verb.content:
            # "agreed to provide aid for Romania": the promised act's recipient
            recipients = other_actors(arguments(inner, index)[1], actors)
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
        if verb is not None and verb.needs == "partner" and not recipients and len(actors) < 2:
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
        return _Draft(trigger, sense, actors, recipients, modality, reporter, seat)

    def _refusable(self, trigger: Trigger) -> bool:
        """A consent whose denial is a refusal: "accept", "allow", "give permission", "meet
        their demands"."""
        if trigger.noun is not None:
            entry = noun_entry(trigger.noun, self.lexicon)
            return trigger.noun.lemma_.lower() == "permission" or (
                entry is not None and entry.cls == "demands"
            )
        return trigger.token.lemma_.lower() in REFUSABLE

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

    # -- events -------------------------------------------------------------------------------

    def _event(
        self,
        draft: _Draft,
        sent: Span,
        article_id: str,
        published: dt.date | None,
        sent_dates: Sequence[DateMention],
        places: Sequence[Place],
        salience: Salience,
    ) -> Event:
        coded = recode(
            draft.trigger,
            draft.sense,
            draft.modality,
            draft.actors,
            draft.recipients,
            draft.reporter,
            refusable=self._refusable(draft.trigger),
        )
        sense = draft.sense
        event_type, mode, specific = coded.type, coded.mode, coded.cameo
        status, polarity = coded.status, coded.polarity
        actors, recipients, reporter = coded.actors, coded.recipients, coded.reporter
        if not any(r.code for r in recipients):  # "lifted the curfew in Montenegro"
            recipients = (
                restricted_population(draft.trigger, salience.hosts, self.lexicon) or recipients
            )
        if not any(r.code for r in recipients):
            implied = implied_recipients(  # the act's own type: "willing to withdraw from X"
                draft.sense.type, draft.sense.mode, draft.trigger, sent, actors, salience, reporter
            )
            if implied and recipients:  # "shells struck a school in Vrubivka": Ukraine's school
                recipients = [replace(r, code=implied[0].code) for r in recipients]
            elif implied:
                recipients = implied
        location = location_of(sent, list(places))
        venue = location.country if location is not None else draft.seat
        if event_type == "CONSULT" and mode is None and not recipients and venue is not None:
            hosted = _hosted_meeting(actors, venue)
            if hosted is not None:  # "Truss met Lavrov in Moscow": a visit to Russia
                actors, recipients = hosted
                mode, specific = "visit", "042"
        actors = _located(actors, location)
        info = self.ontology.types[event_type]
        if mode is not None and mode not in info.modes:
            mode = None
        cameo = self.ontology.cameo_code(event_type, mode, specific)
        date_value, date_text = event_date(
            draft.trigger.token, sent_dates, published, status == "future"
        )
        if (
            date_value is not None
            and published is not None
            and status == "actual"
            and (published - dt.date.fromisoformat(date_value)).days > HISTORICAL_DAYS
        ):
            status = "historical"
        date_basis = "text" if date_value is not None else None
        if date_value is None and date_text is None and status == "actual" and published:
            # News reports the day's events: an actual event whose sentence names no date is
            # dated by the article, and says so (date_basis), never silently.
            date_value, date_basis = published.isoformat(), "published"
        doc = sent.doc
        sent_text, sent_start, sent_end = trimmed(sent)
        trig_start = doc[draft.trigger.start].idx
        trig_end = doc[draft.trigger.end - 1].idx + len(doc[draft.trigger.end - 1].text)
        record_id = event_id(article_id, trig_start, trig_end, event_type)
        return Event(
            id=record_id,
            type=event_type,
            mode=mode,
            context=list(sense.context),
            actor=[mention(a) for a in actors],
            recipient=[mention(r) for r in recipients],
            polarity=polarity,
            status=status,
            attributed_to=mention(reporter[0]) if reporter else None,
            date=date_value,
            date_text=date_text,
            date_basis=date_basis,
            location=location,
            evidence=Evidence(
                sentence=sent_text,
                span=[sent_start, sent_end],
                trigger=sent.text[trig_start - sent.start_char : trig_end - sent.start_char],
                trigger_span=[trig_start, trig_end],
            ),
            cameo=cameo,
            goldstein=self.ontology.goldstein_of(cameo),
            plover_score=self.ontology.plover_score(event_type, mode),
            quad=info.quad,
            confidence=_confidence(draft),
        )


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


def _hosted_meeting(
    actors: list[ActorSpan], country: str | None
) -> tuple[list[ActorSpan], list[ActorSpan]] | None:
    """Split a two-country meeting held in one party's country into visitors and host."""
    codes = {a.code for a in actors if a.code}
    if country is None or len(codes) != 2 or country not in codes:
        return None
    if any("ambassador" in a.text.lower() or a.role == "ambassador" for a in actors):
        return None  # an ambassador meets in the country where he serves: no visit
    hosts = [a for a in actors if a.code == country]
    return [a for a in actors if a.code != country], hosts[:1]


def _located(actors: list[ActorSpan], location: PlaceRef | None) -> list[ActorSpan]:
    """People with no country who act somewhere ("people protested in Berlin") are of it;
    refugees are not (they are coded by origin, see :mod:`eventwire.actors.placing`)."""
    if location is None or location.country is None:
        return actors
    return [
        replace(a, code=location.country)
        if a.code is None and a.sector == "CVL" and not is_displaced(a)
        else a
        for a in actors
    ]


def _confidence(draft: _Draft) -> float:
    score = 0.35 * draft.trigger.weight
    if any(a.code and not a.placed for a in draft.actors):  # a named party, not a placed one
        score += 0.35
    if any(r.code and not r.placed for r in draft.recipients) or (
        draft.trigger.reciprocal and len(draft.actors) >= 2
    ):
        score += 0.2
    if draft.trigger.noun is not None:
        score += 0.05
    if in_background(draft.trigger.token):
        score -= 0.25  # "reimposed blockades following the shooting deaths": the cause, told
    return round(min(0.99, max(0.05, score)), 2)
