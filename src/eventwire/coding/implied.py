"""Recipients a sentence implies but does not name, settled by the article.

The mention's text is the word that implies the party: aid announced "in Kyiv" goes to Ukraine;
troops massed "near the border" face the article's most-named other country; an embassy closed
"in the capital" is withdrawn from the country of the capital named before; an attack on "the
town of Enerhodar" is aimed at Ukraine. Places named in the text stand in as host-country actors
(:func:`host_spans`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import SOCIETY_SECTORS, ActorIndex
from eventwire.coding.lexicon import TriggerLexicon
from eventwire.coding.noun_triggers import noun_entry
from eventwire.coding.triggers import Trigger
from eventwire.schema import Place

BORDER_WORDS = frozenset({"border", "frontier", "borderland", "boundary"})
CAPITAL_WORDS = frozenset({"capital"})
LOCATIVE_PREPS = frozenset({"in", "at", "to", "into", "inside"})
AREA_PREPS = frozenset({"in", "on", "over", "across", "throughout", "for"})
VENUE_PREPS = frozenset({"in", "at", "outside", "near"})
RALLY_WORDS = frozenset({"support", "solidarity", "favour", "favor", "behalf"})


def host_spans(doc: Doc, places: Sequence[Place]) -> ActorIndex:
    """Places named in the text as host-country actors, for visits ("arrived in Kyiv")."""
    spans = []
    for place in places:
        if place.country is None:
            continue
        for start_char, end_char in place.spans:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None:
                continue
            spans.append(
                ActorSpan(
                    start=span.start,
                    end=span.end,
                    head=span.root.i,
                    text=span.text,
                    name=place.name,
                    code=place.country,
                    sector=None,
                    role=None,
                    kind="place",
                    start_char=span.start_char,
                    end_char=span.end_char,
                    country=place.country,
                )
            )
    spans.sort(key=lambda s: s.start)
    return ActorIndex.build(spans)


class Salience:
    """How often each country is named in an article (actors and places), for implied parties."""

    def __init__(self, actors: Sequence[ActorSpan], hosts: ActorIndex) -> None:
        self.counts: Counter[str] = Counter(
            a.code for a in actors if a.code and a.kind in ("country", "metonym")
        )
        self.counts.update(h.code for h in hosts.spans if h.code)
        self.hosts = hosts
        self.parties = ActorIndex.build(actors)

    def other(self, codes: set[str | None]) -> str | None:
        """The most-named country that is not one of ``codes`` (None on a tie or none)."""
        ranked = [(n, code) for code, n in self.counts.most_common() if code not in codes]
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][1]

    def last_place_before(self, i: int, codes: set[str | None]) -> ActorSpan | None:
        """The last named place before token ``i`` in a country other than ``codes``."""
        best = None
        for span in self.hosts.spans:
            if span.end <= i and span.code not in codes:
                best = span
        return best


TARGET_PREPS = frozenset({"of", "on", "at", "against", "in", "into"})


def _targets(token: Token, noun: Token | None) -> list[Token]:
    """What an attack is aimed at: the objects of the verb or event noun ("struck Kharkiv",
    "an invasion of Ukraine", "strikes on Kyiv"), a passive verb's subject ("the town of
    Kupiansk was shelled"), and what they name ("the town of Enerhodar", "a school in
    Vrubivka")."""
    heads = [h for h in (token, noun) if h is not None]
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "obj", "nsubjpass"):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                found.extend(g for g in child.children if g.dep_ == "pobj")
    level = found
    for _ in range(3):  # "a school in the village of Vrubivka in Ukraine's Luhansk region"
        deeper: list[Token] = []
        for word in level:
            for child in word.children:
                if child.dep_ in ("compound", "poss"):
                    deeper.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
                    deeper.extend(g for g in child.children if g.dep_ == "pobj")
        found.extend(deeper)
        level = deeper
    return found


def implied_recipients(
    event_type: str,
    mode: str | None,
    trigger: Trigger,
    sent: Span,
    actors: list[ActorSpan],
    salience: Salience,
    reporter: Sequence[ActorSpan] = (),
) -> list[ActorSpan]:
    """A recipient the sentence implies but does not name (see the module docstring).

    Never one of the actors' countries, nor (unless the attack names it: "an invasion of
    Ukraine, Ukrainian officials said") the country of whoever reports the event.
    """
    codes: set[str | None] = {a.code for a in actors} | {a.country for a in actors}
    codes.discard(None)
    token = trigger.token
    if event_type in ("ASSAULT", "COERCE"):
        # Rebels or militants who strike a town of their own country strike that country.
        state = {a.code for a in actors if a.sector not in SOCIETY_SECTORS} - {None}
        for word in _targets(token, trigger.noun):  # "shelled the town of Enerhodar"
            place = salience.hosts.by_token.get(word.i)
            if place is not None and place.code and place.code not in state:
                return [place]  # named, so it may be the reporter's own country
        return []
    if event_type == "PROTEST":
        return protest_venue(trigger, salience.hosts) or protesters_state(trigger, actors)
    if not codes:
        return []
    # the reporter's own country is no implied recipient, unless its code was only placed by
    # where it speaks ("…, officials in Kyiv said": Russia's troops still mass against Ukraine)
    stated = [r for r in reporter if not r.placed]
    codes |= {r.code for r in stated} | {r.country for r in stated}
    if event_type == "AID":
        for host in salience.hosts.spans:  # "In Kyiv he announced a loan"
            if sent.start <= host.start < sent.end and host.code not in codes:
                word = sent.doc[host.start]
                if word.i > 0 and sent.doc[word.i - 1].lower_ in LOCATIVE_PREPS:
                    return [host]
        return []
    words = list(token.subtree) + (list(trigger.noun.subtree) if trigger.noun is not None else [])
    if event_type == "RETREAT":
        for word in words:  # "withdrew its troops from Lebanon"
            place = salience.hosts.by_token.get(word.i)
            if (
                place is not None
                and place.code not in codes
                and word.dep_ == "pobj"
                and word.head.lower_ in ("from", "out")
            ):
                return [place]
    if event_type in ("MOBILIZE", "RETREAT"):
        for word in words:  # troops massed near, or pulled back from, a border
            if word.lemma_.lower() in BORDER_WORDS and word.dep_ == "pobj":
                code = _border_country(word, salience, codes)
                return [_implied(word, code)] if code else []
        return []
    if event_type == "SANCTION" and mode == "withdraw":
        owned = set(trigger.noun.subtree) if trigger.noun is not None else set()
        for word in words:  # "closed its embassy in Kyiv", "the embassy in Kyiv is closing"
            seat = salience.hosts.by_token.get(word.i)
            if seat is not None and seat.code not in codes and (word.i > token.i or word in owned):
                return [seat]
        for word in words:
            if word.lemma_.lower() in CAPITAL_WORDS:
                place = salience.last_place_before(word.i, codes)
                return [_implied(word, place.code)] if place is not None and place.code else []
    return []


def _border_country(border: Token, salience: Salience, codes: set[str | None]) -> str | None:
    """The country across a border: named ("Ukraine's border", "the border with Ukraine"), else
    the article's most-named other country."""
    owners = [c for c in border.children if c.dep_ in ("poss", "compound", "amod")]
    owners += [g for c in border.children if c.lower_ == "with" for g in c.children]
    for owner in owners:
        place = salience.hosts.by_token.get(owner.i)
        if place is not None and place.code and place.code not in codes:
            return place.code
    return salience.other(codes)


def _implied(word: Token, code: str) -> ActorSpan:
    return ActorSpan(
        start=word.i,
        end=word.i + 1,
        head=word.i,
        text=word.text,
        name=None,
        code=code,
        sector=None,
        role=None,
        kind="place",
        start_char=word.idx,
        end_char=word.idx + len(word.text),
        country=code,
    )


def protest_venue(trigger: Trigger, hosts: ActorIndex) -> list[ActorSpan]:
    """Where a protest with no named target is held ("demonstrated in Monrovia", "gathered for a
    rally in Nairobi to protest …"): it addresses the authorities there, most often the
    protesters' own."""
    heads = [h for h in (trigger.token, trigger.noun) if h is not None]
    if _in_support(heads):
        return []  # "marched in Warsaw in support of Ukraine": not aimed at Poland
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in VENUE_PREPS:
                for pobj in child.children:
                    place = _place_at(pobj, hosts) if pobj.dep_ == "pobj" else None
                    if place is not None:
                        return [place]
    top = trigger.token
    while top.dep_ in PURPOSE_DEPS and top.head.i != top.i:
        top = top.head  # "gathered for a rally in Nairobi to protest fuel prices"
    for word in top.subtree if top.i != trigger.token.i else ():
        if word.dep_ == "pobj" and word.head.lower_ in VENUE_PREPS:
            place = _place_at(word, hosts)
            if place is not None:
                return [place]
    return []


def protesters_state(trigger: Trigger, actors: Sequence[ActorSpan]) -> list[ActorSpan]:
    """The protesters' own state, for a protest with neither target nor venue ("Algerian
    landowners began a hunger strike outside parliament", "opposition parties in Nepal organized
    a general strike"): a strike or a march addresses the authorities at home, as the PLOVER gold
    codes them (Algeria → Algeria). Not a rally in support of another, nor a state's own act."""
    heads = [h for h in (trigger.token, trigger.noun) if h is not None]
    if _in_support(heads):
        return []
    for actor in actors:
        home = actor.country or actor.code
        if home is not None and actor.kind != "igo" and _of_society(actor):
            return [replace(_implied(trigger.token, home), sector="GOV")]
    return []


def _of_society(actor: ActorSpan) -> bool:
    """A society's party, not its state: protesters, a party, or a people named by its demonym
    ("Algerian landowners", "Young Algerians"), not "Algeria" or "Beijing"."""
    if actor.sector is not None:
        return actor.sector in SOCIETY_SECTORS
    if actor.kind in ("metonym", "person"):
        return False
    return actor.kind != "country" or actor.text.lower() != (actor.name or "").lower()


def _in_support(heads: Sequence[Token]) -> bool:
    return any(
        word.lemma_.lower() in RALLY_WORDS and word.dep_ == "pobj"
        for head in heads
        for word in head.subtree
    )


PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
"""How a protest's purpose clause hangs on the act that stages it ("rallied … to protest")."""


def restricted_population(
    trigger: Trigger, hosts: ActorIndex, lexicon: TriggerLexicon
) -> list[ActorSpan]:
    """The people of a place put under (or freed from) a curfew, martial law or a state of
    emergency: "imposed a curfew in the town of Cizre" falls on Turkey's civilians, "lifted the
    state of emergency in Montenegro" on Montenegro's. Often the actor's own country: such
    restrictions are what a government does to its own population."""
    nouns = [
        word
        for word in (trigger.token, *trigger.token.subtree)
        if word.pos_ == "NOUN" and _is_restriction(word, lexicon)
    ]
    for noun in nouns[:1]:
        verb = noun.head if noun.dep_ in ("dobj", "obj", "nsubjpass") else None
        for head in (noun, *(w for w in noun.subtree if w.pos_ == "NOUN"), verb):
            for child in head.children if head is not None else ():
                if child.dep_ not in ("prep", "acl"):
                    continue
                for word in child.subtree if child.dep_ == "acl" else child.children:
                    if word.dep_ == "pobj" and word.head.lower_ in AREA_PREPS:
                        place = _place_at(word, hosts)
                        if place is not None:
                            return [_population(place)]
    return []


def _is_restriction(noun: Token, lexicon: TriggerLexicon) -> bool:
    entry = noun_entry(noun, lexicon)
    if entry is None and noun.lower_ == "state":  # "a state of emergency", "state of siege"
        for prep in noun.children:
            for pobj in prep.children if prep.lower_ == "of" else ():
                entry = entry or lexicon.nouns.get(f"state of {pobj.lemma_.lower()}")
    return entry is not None and entry.cls == "restrictions"


def _place_at(word: Token, hosts: ActorIndex) -> ActorSpan | None:
    """The place a phrase names: itself, its modifier, or "the town of X"."""
    place = hosts.by_token.get(word.i)
    if place is None:
        for child in word.children:
            if child.dep_ in ("compound", "appos") or (
                child.dep_ == "prep" and child.lower_ == "of"
            ):
                for inner in (child, *child.children):
                    place = place or hosts.by_token.get(inner.i)
    return place if place is not None and place.code else None


def _population(place: ActorSpan) -> ActorSpan:
    """The civilians of a place, named where the place is."""
    return replace(place, sector="CVL", role=None, kind="place")


# Acts done in a place, whose people are their target when no party is named: "bombers killed 23
# people in Tel Aviv", "police arrested 12 people in Nairobi". Not sanctions or aid: the parser
# hangs the place of their announcement on them as often as the place they reach ("announced
# new sanctions in Washington", "approved a loan in Washington").
PLACE_ACTS = frozenset({"ASSAULT", "COERCE", "CONCEDE"})
# Words whose target is a place only when the place is inside what they say, not where they are
# said: "demanded that parties to the conflict in Iraq allow …", not "demanded in Warsaw …".
PLACE_WORDS = frozenset({"REQUEST", "THREATEN", "AGREE", "SUPPORT"})
_CONTENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "attr", "oprd", "nsubjpass"})


def place_target(
    event_type: str,
    trigger: Trigger,
    location: tuple[int, int] | None,
    actors: Sequence[ActorSpan],
    hosts: ActorIndex,
    lexicon: TriggerLexicon,
) -> list[ActorSpan]:
    """The people of the place an act is done in, as its recipient when it names no party
    (PLOVER codes the target of an act with no named party as the country where it is done).

    Only a place within the act's own clause counts, not one in a participle clause ("Speaking
    in Warsaw, …"); for a word (a demand, a threat, an agreement) only a place within what is
    said, and not the venue of a meeting agreed on ("agreed to hold talks in Istanbul"). Not for
    meetings and deployments (whose place is a venue or a destination, see
    :mod:`eventwire.coding.drafting`), for an act by parties of several countries together, or
    for a word said of the actor's own country.
    """
    if location is None or trigger.reciprocal or len({a.code or a.text for a in actors}) > 1:
        return []  # "troops and rebels clashed in Khartoum": the parties are each other's
    if event_type not in PLACE_ACTS | PLACE_WORDS:
        return []
    doc = trigger.token.doc
    span = doc.char_span(location[0], location[1], alignment_mode="expand")
    place = hosts.by_token.get(span.root.i) if span is not None else None
    if span is None or place is None or not place.code:
        return []
    if any(a.start <= span.root.i < a.end for a in actors):
        return []  # "rocket fire from Gaza hit …": the place names the actor, not the target
    if event_type in PLACE_WORDS and place.code in {a.code for a in actors}:
        return []  # a demand or a threat at home is the actor's own business, not a target
    if _countering(trigger) and place.code in {a.code for a in actors}:
        return []  # "a counteroffensive near Kharkiv" by Ukraine is against who holds it
    step = _child_toward(trigger.token, span.root)
    if step is None or (step.dep_ == "advcl" and step.tag_ == "VBG"):
        return []
    verbal = event_type in PLACE_WORDS and trigger.token.pos_ in ("VERB", "AUX")
    if verbal and step.dep_ not in _CONTENT_DEPS:
        return []  # "urged restraint in Warsaw": said there, not of it
    if verbal and any(_meeting(word, lexicon) for word in _path(span.root, trigger.token)):
        return []
    return [_population(place)]


def _countering(trigger: Trigger) -> bool:
    """A counter-attack or counter-offensive ("counteroffensive", "counter-attack"): aimed at
    the enemy on the actor's own ground, not at the ground's people."""
    word = trigger.noun if trigger.noun is not None else trigger.token
    doc = word.doc
    hyphenated = word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "counter"
    return word.lower_.startswith("counter") or hyphenated


def _path(word: Token, top: Token) -> list[Token]:
    """The words from ``word`` up to ``top``, neither included."""
    out = []
    for ancestor in word.ancestors:
        if ancestor.i == top.i:
            break
        out.append(ancestor)
    return out


def _meeting(word: Token, lexicon: TriggerLexicon) -> bool:
    """A word for a meeting ("talks", "summit", "meet"), whose place is a venue."""
    if word.pos_ in ("NOUN", "PROPN"):
        noun = noun_entry(word, lexicon)
        return noun is not None and noun.sense is not None and noun.sense.type == "CONSULT"
    verb = lexicon.verbs.get(word.lemma_.lower())
    return verb is not None and verb.sense is not None and verb.sense.type == "CONSULT"


def _child_toward(head: Token, word: Token) -> Token | None:
    """The child of ``head`` whose subtree holds ``word`` (``word`` itself when it is one), or
    None when ``word`` is not below ``head``."""
    for ancestor in (word, *word.ancestors):
        if ancestor.head.i == head.i and ancestor.i != head.i:
            return ancestor
    return None
