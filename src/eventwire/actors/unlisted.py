"""People the model tags whom the actor lexicon does not list, as actor spans.

They speak in quotes ("Senator Rand Paul objected …, saying …") and "he said" after them is them,
so the quote finder's speaker index includes them; the event coder does not use them. A title in
apposition tells their side and office ("Oleksandr Kubrakov, Ukraine's infrastructure minister,"
is a Ukrainian government speaker), and makes a name the model mislabels an organisation a
person's.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.actors.offices import NAME_PARTICLES

# Labels the small model gives people's names by mistake ("Oleksandr Kubrakov" as ORG), and none.
_MISLABELS = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", ""})


def unlisted_people(
    doc: Doc, actors: list[ActorSpan], titles: Collection[str] = ()
) -> list[ActorSpan]:
    """People the model tags whom the actor lexicon does not list ("Senator Rand Paul"): they
    speak too, and "he said" after them is them. A later surname alone is the same person.

    Args:
        doc: the parsed article.
        actors: the actors the lexicon found (their tokens are not re-used).
        titles: lower-case words of office ("minister", "spokesman"): a proper name with one of
            them in apposition is a person whatever its entity label.
    """
    taken = {i for a in actors for i in range(a.start, a.end)}
    by_token = {i: a for a in actors for i in range(a.start, a.end)}
    found: list[ActorSpan] = []
    full: dict[str, str] = {}
    untagged = [  # a name the model did not tag, with a title after it
        Span(doc, token.i, token.i + 1)
        for token in doc
        if token.pos_ == "PROPN"
        and not token.ent_type_
        and _title(doc[token.i : token.i + 1], titles) is not None
    ]
    candidates = sorted([*doc.ents, *untagged], key=lambda span: span.start)
    for ent in (_with_given_names(ent, titles) for ent in candidates):
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        title = _title(ent, titles)
        if ent.label_ != "PERSON" and not (
            title is not None and ent.label_ in _MISLABELS and _looks_like_a_name(ent)
        ):
            continue
        name = full.get(ent.text, ent.text)
        for k in range(1, len(ent)):  # "Aalst" and "van Aalst" are later "Pieter van Aalst"
            if k == len(ent) - 1 or ent[k].lower_ in NAME_PARTICLES:
                full.setdefault(ent[k:].text, name)
        side = by_token.get(title.i) if title is not None else None
        found.append(
            ActorSpan(
                start=ent.start,
                end=ent.end,
                head=ent.root.i,
                text=ent.text,
                name=name,
                code=side.code if side is not None else None,
                sector=side.sector if side is not None else None,
                role=_office(title) if title is not None else None,
                kind="person",
                start_char=ent.start_char,
                end_char=ent.end_char,
            )
        )
    return found


def _with_given_names(ent: Span, titles: Collection[str]) -> Span:
    """The entity with the proper nouns compounded before it ("Oleksandr" when the model tagged
    only "Kubrakov")."""
    start = ent.start
    while (
        start > 0 and ent.doc[start - 1].dep_ == "compound" and ent.doc[start - 1].pos_ == "PROPN"
    ):
        if ent.doc[start - 1].head.i not in range(start, ent.end):
            break
        if ent.doc[start - 1].lower_ in titles:
            break  # "Senator" is no given name
        start -= 1
    return Span(ent.doc, start, ent.end, label=ent.label) if start < ent.start else ent


def _title(ent: Span, titles: Collection[str]) -> Token | None:
    """The head of a title in apposition to a name ("…, Ukraine's infrastructure minister,")."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lower_ in titles:
            return child
    return None


def _office(title: Token) -> str:
    """The office a title names: its head and the nouns compounded with it."""
    words = [t.lower_ for t in title.lefts if t.dep_ in ("compound", "amod") and t.pos_ != "PROPN"]
    return " ".join([*words, title.lower_])


def _looks_like_a_name(ent: Span) -> bool:
    """Two or more capitalised proper nouns: "Oleksandr Kubrakov", not "Gazprom"."""
    return len(ent) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
