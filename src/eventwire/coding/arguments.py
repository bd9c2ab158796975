"""Find an event's actor and recipient in the dependency parse.

Active and passive voice, conjunctions (compound actors), partners ("met with", "talks with",
"between X and Y"), control ("urged Russia to withdraw": Russia is the one to withdraw), and
pronouns resolved to the most recent compatible actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventwire.actors.finder import ActorSpan
from eventwire.actors.placing import is_displaced
from eventwire.coding.clauses import SUBJECT_DEPS, subject_of

MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ourselves"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves", "we"})


@dataclass(frozen=True)
class ActorIndex:
    """The actors found in a document, indexed by token for argument lookup."""

    spans: Sequence[ActorSpan]
    by_token: dict[int, ActorSpan]
    voices: Sequence[tuple[int, int, ActorSpan]] = ()

    @classmethod
    def build(
        cls, spans: Sequence[ActorSpan], voices: Sequence[tuple[int, int, ActorSpan]] = ()
    ) -> ActorIndex:
        """Index actor spans by every token they cover.

        Args:
            spans: the article's actor mentions.
            voices: quoted passages as ``(start_char, end_char, speaker)``: "we" and "I" inside
                one stand for its speaker.
        """
        by_token = {i: span for span in spans for i in range(span.start, span.end)}
        return cls(spans=spans, by_token=by_token, voices=voices)

    def antecedent(self, pronoun: Token) -> ActorSpan | None:
        """Return the actor a pronoun stands for: the speaker of the quote holding a first-person
        pronoun, else the most recent actor before it that fits (person or group)."""
        word = pronoun.lower_
        if word in FIRST_PERSON:
            for start, end, speaker in self.voices:
                if start <= pronoun.idx < end:
                    return speaker
            return None
        wants_person = word in PERSON_PRONOUNS
        if not wants_person and word not in GROUP_PRONOUNS:
            return None
        subject = _clause_subject(pronoun)
        himself = self.by_token.get(subject.i) if subject is not None else None
        if word in PLURAL_PRONOUNS:
            pair = self._last_pair(pronoun)
            if pair is not None:
                return pair  # "Germany and France sent troops to Mali. They withdrew them"
        best: ActorSpan | None = None
        for span in self.spans:
            if span.end > pronoun.i:
                break
            if span.code is None and span.kind == "sector":
                continue
            if himself is not None and (span.name or span.text) == (himself.name or himself.text):
                continue  # "Scholz urged him": "him" is not Scholz
            if is_venue(pronoun.doc[span.head]):
                continue  # "talks in Belarus …, but said they would meet again": not Belarus
            if _personal(span, pronoun.doc) == wants_person:
                best = span
        return best

    def _last_pair(self, pronoun: Token) -> ActorSpan | None:
        """The later of the last two coordinated parties named shortly before ("Russia and
        Ukraine"), for "they"."""
        doc = pronoun.doc
        for span in reversed(self.spans):
            if span.end > pronoun.i:
                continue
            if pronoun.i - span.end > PAIR_REACH:
                return None
            word = doc[span.head]
            if span.code is not None and word.dep_ == "conj" and word.head.i in self.by_token:
                return span
        return None


VENUE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})


def is_venue(word: Token) -> bool:
    """A place where something happens ("talks in Belarus"), not a party to it."""
    return word.dep_ == "pobj" and word.head.lower_ in VENUE_PREPS


PERSON_HEADS = frozenset(
    {"leader", "president", "chancellor", "minister", "premier", "king", "queen", "prince",
     "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "general",
     "commander", "counterpart", "official", "diplomat", "emir"}
)  # fmt: skip


def _personal(span: ActorSpan, doc: Doc) -> bool:
    """A person, or a mention headed by a person noun ("the Russian leader")."""
    return span.kind == "person" or doc[span.end - 1].lower_ in PERSON_HEADS


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause where a non-reflexive object pronoun stands, if any."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj", "obj"):
        return None
    head = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _dedupe(spans: list[ActorSpan]) -> list[ActorSpan]:
    seen: set[tuple[str | None, str | None, int]] = set()
    out = []
    for span in spans:
        key = (span.code, span.name, span.start) if span.code is None else (span.code, span.name, 0)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out


def actors_at(token: Token, index: ActorIndex, *, depth: int = 0) -> list[ActorSpan]:
    """Return the actors a noun phrase headed by ``token`` names (with its conjuncts)."""
    found: list[ActorSpan] = []
    for head in (token, *token.conjuncts):
        pair = _pair(head, index)
        if pair:
            found.extend(pair)  # "the two leaders agreed": the last two named
            continue
        span = index.by_token.get(head.i)
        if span is not None:
            if span.code is None and not is_displaced(span):  # refugees: coded by origin
                span = _located(span, token.doc, index)
            found.append(span)
            found.extend(_coordinated_modifiers(span, token.doc, index))
            continue
        if head.pos_ == "PRON":
            antecedent = index.antecedent(head)
            if antecedent is not None:
                found.append(antecedent)
                if head.lower_ in PLURAL_PRONOUNS:  # "Russia and Ukraine … said they would meet"
                    for conj in token.doc[antecedent.head].conjuncts:
                        other = index.by_token.get(conj.i)
                        if other is not None and other.code is not None:
                            found.append(other)
                continue  # else "some of its units": the phrase's own actor
        inner = _actors_in_modifiers(head, index, depth)
        if not inner and depth == 0:
            inner = _document_author(head, index)  # "The document also demanded …"
        found.extend(inner)
    return _dedupe(found)


DOCUMENT_NOUNS = frozenset(
    {"document", "letter", "reply", "response", "statement", "communique", "text", "note",
     "declaration", "memorandum"}
)  # fmt: skip
DOCUMENT_REACH = 120  # tokens back to look for the document named before: a few sentences


def _document_author(head: Token, index: ActorIndex) -> list[ActorSpan]:
    """A definite document that is a clause's subject ("The document also demanded …") speaks
    for the author of the last document named before it: its owner ("Russia's written reply"),
    the subject of the clause it is in ("In the reply, Russia said …") or that sent it."""
    if head.dep_ != "nsubj" or head.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return []
    doc = head.doc
    for i in range(head.i - 1, max(-1, head.i - DOCUMENT_REACH), -1):
        earlier = doc[i]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        owners = [c for c in earlier.children if c.dep_ == "poss"]
        holder = earlier.head.head if earlier.dep_ == "pobj" else earlier.head
        subject = subject_of(holder) if earlier.dep_ in ("pobj", "dobj") else None
        for word in (*owners, *([subject] if subject is not None else [])):
            found = [span for span in actors_at(word, index, depth=1) if span.code]
            if found:
                return found
    return []


PERSON_PAIRS = frozenset({"leader", "president", "minister", "man", "counterpart"})
PAIR_NOUNS = PERSON_PAIRS | frozenset(
    {"side", "country", "government", "nation", "capital", "party", "neighbour", "neighbor"}
)
PAIR_REACH = 80  # tokens back to look for the two: about two sentences
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "into", "to", "from"})


def _pair(head: Token, index: ActorIndex) -> list[ActorSpan]:
    """ "the two leaders", "both sides": the two most recent parties with distinct codes named
    before the phrase (within about two sentences): people for "leaders", "ministers"…; any
    actor not named as a place ("in Belarus") for "sides", "countries"…; none when fewer."""
    noun = head.lemma_.lower()
    if noun not in PAIR_NOUNS or head.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(
        (child.dep_ == "nummod" and child.lower_ == "two")
        or (child.dep_ in ("det", "predet", "preconj") and child.lower_ == "both")
        for child in head.children
    ):
        return []
    doc = head.doc
    speaker = _governing_subject(head)
    if noun == "side":  # "called on both sides": the conflict's two most-named parties
        sides = _two_most_named(index, speaker)
        if sides:
            return sides
    found: list[ActorSpan] = []
    for span in reversed(index.spans):
        if span.end > head.i:
            continue
        if speaker is not None and span.start <= speaker.i < span.end:
            continue  # "China called on both sides": not China
        if head.i - span.end > PAIR_REACH:
            break
        if span.code is None or any(span.code == other.code for other in found):
            continue
        if noun in PERSON_PAIRS and span.kind not in ("person", "sector"):
            continue
        word = doc[span.head]
        if word.dep_ == "pobj" and word.head.lower_ in PLACE_PREPS:
            continue  # "met in Belarus": the venue, not a party
        found.append(span)
        if len(found) == 2:
            return found[::-1]
    return []


def _governing_subject(head: Token) -> Token | None:
    """The subject of the verb the phrase depends on ("China called on both sides")."""
    for ancestor in head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return subject_of(ancestor)
    return None


def _two_most_named(index: ActorIndex, speaker: Token | None) -> list[ActorSpan]:
    """The two countries or bodies named most often in the article, if clearly so."""
    counts: dict[str, list[ActorSpan]] = {}
    for span in index.spans:
        if span.code is None or span.kind not in ("country", "metonym", "adjective"):
            continue
        if speaker is not None and span.start <= speaker.i < span.end:
            continue
        counts.setdefault(span.code, []).append(span)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if len(ranked) < 2 or (len(ranked) > 2 and len(ranked[1]) == len(ranked[2])):
        return []
    return [ranked[0][-1], ranked[1][-1]]


def _coordinated_modifiers(span: ActorSpan, doc: Doc, index: ActorIndex) -> list[ActorSpan]:
    """ "Hungarian and Romanian officials": the other adjectives coordinated inside the phrase."""
    others = []
    for word in doc[span.start : span.end]:
        if word.i == span.head:
            continue  # the head's own conjuncts are handled by the caller
        for conj in word.conjuncts:
            other = index.by_token.get(conj.i)
            if other is not None and other is not span and conj.i < span.head:
                others.append(other)
    return others


ATTACK_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "raid", "shelling", "bombing", "bombardment", "offensive",
     "assault", "invasion", "incursion"}
)  # fmt: skip
"""Nouns of an attack, whose modifiers name the attacker however deep ("US Predator attacks"),
as a name's compounded title names its side ("U.N. mediator Diego Cordero")."""


OWNER_PARTICIPLES = frozenset({"flagged", "registered", "owned", "operated", "led"})
"""Participles whose hyphenated modifier owns the noun ("a British-flagged tanker", "a US-led
coalition"); not "Russian-made" or "Iranian-backed", whose modifier makes or backs it."""


def _actors_in_modifiers(head: Token, index: ActorIndex, depth: int) -> list[ActorSpan]:
    for child in head.children:
        if child.dep_ in MODIFIER_DEPS:
            span = index.by_token.get(child.i)
            if span is not None:
                return [span]
    for child in head.children:
        if child.dep_ == "amod" and child.lower_ in OWNER_PARTICIPLES:
            for owner in child.children:
                span = index.by_token.get(owner.i) if owner.dep_ in MODIFIER_DEPS else None
                if span is not None:
                    return [span]
    # "Turkish drone strikes", "US Predator attacks"; a name's title: "U.N. mediator Diego X"
    deep = head.lemma_.lower() in ATTACK_NOUNS or head.pos_ == "PROPN"
    for child in head.lefts if deep else ():
        if child.dep_ in ("compound", "nmod"):
            for word in child.subtree:
                span = index.by_token.get(word.i)
                if span is not None and word.dep_ in ("compound", "amod", "nmod", "poss"):
                    return [span]
    if head.lower_ not in ("counterpart", "counterparts"):  # "his counterpart" is not him
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                antecedent = index.antecedent(child)
                if antecedent is not None:
                    return [antecedent]
    if depth < 2:
        for child in head.children:  # "Antonio Ferreira, the UN human rights chief"
            if child.dep_ == "appos" and child.i not in index.by_token:
                inner = _actors_in_modifiers(child, index, depth + 1)
                if inner:
                    return inner
        for child in head.children:
            # "a camp for Burundian refugees": whom a place or a body is for is its side
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return actors_at(pobj, index, depth=depth + 1)
        country = _country_in(head, index)
        if country is not None:  # "opposition groups in Zimbabwe"
            return [country]
    return []


LOCATED_PREPS = frozenset({"in", "from", "throughout", "across", "inside"})


def _country_in(head: Token, index: ActorIndex) -> ActorSpan | None:
    """The country a phrase places its head in: "rebels in the Ivory Coast", "students throughout
    Indonesia", "elders from Kano" (a country, or a city standing for its country)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATED_PREPS:
            for pobj in child.children:
                place = index.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                if place is not None and place.code and place.kind in ("country", "metonym"):
                    return place
    return None


def _in_subject(token: Token) -> bool:
    """The token heads, or sits inside an "of" phrase of, a clause's subject."""
    while token.dep_ in ("pobj", "prep", "conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _located(span: ActorSpan, doc: Doc, index: ActorIndex) -> ActorSpan:
    """An uncoded sector mention coded by where the phrase places it ("police in Moscow") or by
    whose it is ("its units", after "Russia")."""
    head = doc[span.head]
    owner = _country_in(head, index)
    if owner is None and _in_subject(head):  # "its troops" as an object is no recipient
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ in ("its", "their"):
                owner = index.antecedent(child)
    if owner is None or owner.code is None:
        return span
    return replace(span, code=owner.code, country=owner.country or owner.code)


def doc_actors(doc: Doc, index: ActorIndex, start: int, end: int) -> list[ActorSpan]:
    """Return the actors whose spans lie within tokens ``[start, end)`` of a document."""
    return [span for span in index.spans if span.start >= start and span.end <= end]


SOCIETY_SECTORS = frozenset(
    {"CVL", "REB", "OPP", "PTY", "EDU", "REL", "MED", "BUS", "LAB", "NGO", "HLH", "REF", "CRM"}
)
"""Sectors of a country's society, not its state: a party apart from its own government."""


def same_side(actor: ActorSpan, other: ActorSpan) -> bool:
    """Whether two mentions of one country or body stand for the same side of it: the same
    sector, or a bare mention (the state, a person) and one of the state's own sectors.

    A country and its rebels, protesters or opposition are two sides ("Sudan accused Sudanese
    rebels", "Egyptian demonstrators demanded Mubarak's removal"), as are its police and army.
    """
    if actor.sector == other.sector:
        return True
    if actor.sector is None:
        return other.sector not in SOCIETY_SECTORS
    if other.sector is None:
        return actor.sector not in SOCIETY_SECTORS
    return False


def other_actors(spans: list[ActorSpan], actors: list[ActorSpan]) -> list[ActorSpan]:
    """The coded spans that are not one of ``actors``: another country or organisation, or
    another side of the actor's own (see :func:`same_side`)."""
    return [
        s for s in spans if s.code and not any(a.code == s.code and same_side(a, s) for a in actors)
    ]
