"""Demonyms outside place names: "Russian", "South Korean", "Palestinians".

Geoparsing gold sets count a demonym as a mention of its country (or region), so
:mod:`eventwire.facts.places` reports each with the place it stands for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.facts.places.gazetteer import Gazetteer
from eventwire.facts.places.homonyms import GeoHit

__all__ = ["find_demonyms"]


def find_demonyms(doc: Doc, gazetteer: Gazetteer, names: list[Span]) -> list[tuple[Span, GeoHit]]:
    """Find demonyms outside place names: "Russian", "South Korean", "Palestinians".

    Args:
        doc: the parsed article.
        gazetteer: the process's gazetteer.
        names: the place-name spans from :func:`find_mentions`, which demonyms may not overlap.

    Returns:
        Each demonym span with the place it stands for, in text order.
    """
    taken = {i for span in names for i in range(span.start, span.end)}
    found: list[tuple[Span, GeoHit]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        opens_org = token.ent_type_ == "ORG" and (
            token.ent_iob_ == "B"
            or (i > 0 and doc[i - 1].ent_iob_ == "B" and doc[i - 1].lower_ == "the")
        )
        if (
            i in taken
            or not token.text[:1].isupper()
            or token.lower_ == "the"  # "The Sudanese army": the demonym is "Sudanese"
            or (
                token.ent_type_ not in ("NORP", "GPE", "")
                and not opens_org
                and not _modifies(token)
                and not _opens_modifying_demonym(doc, i, gazetteer)
            )
        ):
            i += 1
            continue
        for n in range(min(3, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            hit = gazetteer.demonym(span.text)
            if hit is not None and not any(j in taken for j in range(span.start, span.end)):
                found.append((span, hit))
                i += n
                break
        else:
            i += 1
    return found


def _opens_modifying_demonym(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """A demonym of two or three words whose last word is an adjective before its noun ("Sri
    Lankan political developments", "South Korean troops"), however its words are tagged."""
    return any(
        gazetteer.demonym(doc[i : i + n].text) is not None and _modifies(doc[i + n - 1])
        for n in range(min(3, len(doc) - i), 1, -1)
    )


def _modifies(token: Token) -> bool:
    """An adjective before its noun ("Azerbaijani soldiers", "the English city of …"), whatever
    entity label the small model gave it (it often tags such words as people or languages)."""
    head = token.head
    return (
        token.dep_ in ("amod", "compound", "nmod")
        and head.i > token.i
        and head.pos_ == "NOUN"
        and all(t.dep_ in ("amod", "compound") for t in token.doc[token.i + 1 : head.i])
    )
