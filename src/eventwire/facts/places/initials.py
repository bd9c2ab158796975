"""Initials that stand for a place the article spells out ("SA" after "South Africa", "T&T"
after "Trinidad and Tobago", "NSW" after "New South Wales"), and dotted initials joined to a
participle ("U.S.-led").

Press writes a long name once and its initials after that. Initials alone are too ambiguous
to look up ("SA" is South Africa, South Australia, a company's "S.A."), so they count only where
the same article names a place whose capitalised words they are the first letters of, by name
or by its people ("South Africans"). Used by :mod:`eventwire.facts.places.toponyms`, which finds the
mentions, and :mod:`eventwire.facts.places.name_cues`, which gives each its full name to look up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from eventwire.facts.places.gazetteer import Gazetteer

_KEY = "eventwire.place_initials"  # Doc.user_data: initials → the name they stand for
_INITIALS = re.compile(r"[A-Z](?:&?[A-Z]){1,3}")
# Dotted initials the tokenizer keeps in one token with what follows ("U.S.-led", "U.K.-based")
_DOTTED_COMPOUND = re.compile(r"((?:[A-Z]\.){2,})-[a-z]+")


def _forms(name: str) -> set[str]:
    """The initials a name may be written as: "Trinidad and Tobago" → {"TT", "T&T"}."""
    words = name.replace("-", " ").split()
    capitals = [w[0] for w in words if w[:1].isupper()]
    if len(capitals) < 2 or len(capitals) > 4:
        return set()
    forms = {"".join(capitals)}
    if "and" in words and len(capitals) == 2:
        forms.add("&".join(capitals))
    return forms


def _named(spans: Iterable[Span], doc: Doc, gazetteer: Gazetteer) -> dict[str, str]:
    """Initials → full name, over the article's place names and the countries of its
    demonyms; initials two names share stand for neither."""
    names = {span.text for span in spans}
    words = [t.text for t in doc if t.text[:1].isupper()]
    words += [ent.text for ent in doc.ents if ent.label_ == "NORP" and len(ent) > 1]
    for word in words:
        hit = gazetteer.demonym(word)
        if hit is not None:
            names.add(hit.name)
    spelled: dict[str, str] = {}
    clashes: set[str] = set()
    for name in names:
        for form in _forms(name):
            if spelled.get(form, name) != name:
                clashes.add(form)
            spelled[form] = name
    return {form: name for form, name in spelled.items() if form not in clashes}


def find_initials(doc: Doc, gazetteer: Gazetteer, chosen: list[Span]) -> list[Span]:
    """Initials in the article that stand for one of its place names, as one-token spans.

    Records what each stands for on the doc, for :func:`spelled_out`.

    Args:
        doc: the parsed article.
        gazetteer: the process's gazetteer.
        chosen: the place-name mentions found so far.

    Returns:
        Spans of the initials outside those mentions, in text order; a "U.S.-led" token is a
        mention of "U.S." (the tokenizer does not split it).
    """
    taken = {i for span in chosen for i in range(span.start, span.end)}
    tokens = [t for t in doc if t.i not in taken and _INITIALS.fullmatch(t.text)]
    spelled = _named(chosen, doc, gazetteer) if tokens else {}
    found = [doc[t.i : t.i + 1] for t in tokens if t.text in spelled]
    for token in doc:
        compound = _DOTTED_COMPOUND.fullmatch(token.text)
        if compound and token.i not in taken and compound.group(1) in gazetteer:
            spelled[token.text] = compound.group(1)  # "U.S.-led" is looked up as "U.S."
            found.append(doc[token.i : token.i + 1])
    if found:
        doc.user_data[_KEY] = spelled
    return sorted(found, key=lambda span: span.start)


def spelled_out(span: Span) -> str | None:
    """The full name the span's initials stand for in its article, if :func:`find_initials`
    found them there."""
    spelled: dict[str, str] = span.doc.user_data.get(_KEY, {})
    return spelled.get(span.text)
