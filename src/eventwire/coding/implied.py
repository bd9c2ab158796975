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

from spacy.tokens import Doc, Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.coding.arguments import ActorIndex
from eventwire.coding.triggers import Trigger
from eventwire.schema import Place

BORDER_WORDS = frozenset({"border", "frontier", "borderland", "boundary"})
CAPITAL_WORDS = frozenset({"capital"})
LOCATIVE_PREPS = frozenset({"in", "at", "to", "into", "inside"})


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
    "an invasion of Ukraine", "strikes on Kyiv"), and what they name ("the town of Enerhodar",
    "a school in Vrubivka")."""
    heads = [h for h in (token, noun) if h is not None]
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "obj"):
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
        for word in _targets(token, trigger.noun):  # "shelled the town of Enerhodar"
            place = salience.hosts.by_token.get(word.i)
            if place is not None and place.code and place.code not in codes:
                return [place]  # named, so it may be the reporter's own country
        return []
    if not codes:
        return []
    codes |= {r.code for r in reporter} | {r.country for r in reporter}
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
