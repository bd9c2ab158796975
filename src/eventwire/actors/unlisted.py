"""People the model tags whom the actor lexicon does not list, as uncoded actor spans.

They speak in quotes ("Senator Rand Paul objected …, saying …") and "he said" after them is them,
so the quote finder's speaker index includes them; the event coder does not use them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.finder import ActorSpan


def unlisted_people(doc: Doc, actors: list[ActorSpan]) -> list[ActorSpan]:
    """People the model tags whom the actor lexicon does not list ("Senator Rand Paul"): they
    speak too, and "he said" after them is them. A later surname alone is the same person."""
    taken = {i for a in actors for i in range(a.start, a.end)}
    found: list[ActorSpan] = []
    full: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        name = full.get(ent.text, ent.text)
        if len(ent) > 1:
            full.setdefault(ent[-1].text, name)
        found.append(
            ActorSpan(
                start=ent.start,
                end=ent.end,
                head=ent.root.i,
                text=ent.text,
                name=name,
                code=None,
                sector=None,
                role=None,
                kind="person",
                start_char=ent.start_char,
                end_char=ent.end_char,
            )
        )
    return found
