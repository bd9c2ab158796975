"""Definite sector nouns that point back: "the ministry said", "the military accused".

A bare definite sector mention ("the ministry", "The Defence Ministry", "the military") names no
country of its own; in news it stands for the same body named earlier in the article ("Ukraine's
defence ministry said …  The ministry added …"). :func:`resolve_definite` gives such a mention the
country of the most recent earlier coded mention with the same head noun, else of the same-sector
mention whose body the article names most. A mention with no earlier match stays uncoded: nothing
is guessed from elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.actors.finder import ActorSpan


def resolve_definite(doc: Doc, spans: Sequence[ActorSpan]) -> list[ActorSpan]:
    """Return ``spans`` (sorted by start), definite sector mentions coded by their antecedent,
    and an organisation's short name ("the Commission", "the Fund") as the organisation."""
    spans = sorted([*spans, *_short_names(doc, spans)], key=lambda s: s.start)
    spans = sorted([*spans, *_group_anaphors(doc, spans)], key=lambda s: s.start)
    resolved: list[ActorSpan] = []
    for span in spans:
        if span.code is None and span.kind == "sector" and span.sector and _definite(doc, span):
            antecedent = _antecedent(doc, span, resolved)
            if antecedent is not None:
                span = replace(
                    span, code=antecedent.code, country=antecedent.country or antecedent.code
                )
        resolved.append(span)
    return resolved


def _definite(doc: Doc, span: ActorSpan) -> bool:
    """The mention is "the X" (the article inside the span or just before it)."""
    first = doc[span.start]
    if first.lower_ == "the":
        return True
    return span.start > 0 and doc[span.start - 1].lower_ == "the"


def _antecedent(doc: Doc, span: ActorSpan, earlier: Sequence[ActorSpan]) -> ActorSpan | None:
    """The most recent earlier coded mention with the same head noun, else the one of the same
    sector whose body the article has named most often (the most recent on a tie): "the
    authorities" in a story about Georgia's election are Georgia's, though a line on the
    Kremlin came just before."""
    head = doc[span.head].lemma_.lower()
    coded = [e for e in earlier if e.code is not None and e.sector == span.sector]
    for candidate in reversed(coded):
        if doc[candidate.head].lemma_.lower() == head:
            return candidate
    if not coded:
        return None
    named = Counter(e.code for e in earlier if e.code is not None)
    return max(reversed(coded), key=lambda e: named[e.code or ""])


_NAMED_BODIES = frozenset({"igo", "group"})


def _short_names(doc: Doc, spans: Sequence[ActorSpan]) -> list[ActorSpan]:
    """ "The Commission said" after "the European Commission", "the Fund" after "the
    International Monetary Fund": a capitalised "the X" that ends the name of a body named
    earlier is that body. Not a word inside another mention, nor one the names of two bodies
    end with ("the Council" after both the Security Council and the European Council)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    out: list[ActorSpan] = []
    for token in doc:
        if token.i == 0 or token.i in taken or not token.text[:1].isupper():
            continue
        if doc[token.i - 1].lower_ != "the" or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # "the Commission President": another name
        bodies = {
            span.code: span
            for span in spans
            if span.end <= token.i
            and span.kind in _NAMED_BODIES
            and span.end - span.start > 1
            and doc[span.end - 1].text == token.text
        }
        if len(bodies) != 1:
            continue
        (body,) = bodies.values()
        out.append(
            replace(
                body,
                start=token.i,
                end=token.i + 1,
                head=token.i,
                text=token.text,
                start_char=token.idx,
                end_char=token.idx + len(token.text),
            )
        )
    return out


# Nouns that, after "the", point back to a named non-state body ("the group", "the militia").
_GROUP_ANAPHORS = frozenset({"group", "militia", "movement", "organisation", "organization"})
_ARMED_ONLY = frozenset({"militia"})
_GROUP_REACH = 3  # sentences back


def _group_anaphors(doc: Doc, spans: Sequence[ActorSpan]) -> list[ActorSpan]:
    """ "the group" after "the Rapid Support Forces …", "the militia" after "Hezbollah …": the
    named non-state body most recently mentioned, a few sentences back at most. Not "the group
    of …" (a description), nor a word inside another mention."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    sentences: dict[int, int] = {}  # token → sentence number, built at the first candidate
    out: list[ActorSpan] = []
    for token in doc:
        if token.i in taken or token.lower_ not in _GROUP_ANAPHORS or token.i == 0:
            continue
        if doc[token.i - 1].lower_ != "the" or token.text != token.lower_:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (
            (after.lower_ == "of" and any(c.dep_ == "pobj" for c in after.children))
            or after.pos_ == "PROPN"
        ):
            continue  # "the group of seven nations"; not "accused the group of targeting …"
        armed = token.lower_ in _ARMED_ONLY
        if not sentences:
            sentences = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
        earlier = [
            span
            for span in spans
            if span.end <= token.i - 1
            and span.code is not None
            and (span.kind == "group" or (span.kind == "igo" and span.sector == "NGO"))
            and (not armed or span.sector == "REB")
            and sentences[token.i] - sentences[span.start] <= _GROUP_REACH
        ]
        if not earlier:
            continue
        body = earlier[-1]
        start = token.i - 1
        out.append(
            replace(
                body,
                start=start,
                end=token.i + 1,
                head=token.i,
                text=doc[start : token.i + 1].text,
                start_char=doc[start].idx,
                end_char=token.idx + len(token.text),
            )
        )
    return out
