"""Toponym recognition: which spans of a parsed article name places.

Two sources: spaCy's GPE/LOC/FAC entities, and a longest-match scan of capitalised tokens against
the gazetteer, filtered for words, people and firms that share a town's name (the small English
model often tags "Kyiv" as a person, and "Toyota" is a town); demonyms ("Ukrainian") are found
by :mod:`eventwire.facts.places.demonyms`. A name the story uses for a place is that place wherever
else it is written, unless it is a word of a person's name there ("Smart Dubai Office"). A place
that opens an organisation's name ("the Dublin Community Center") or follows its "of" ("University
of Cincinnati") counts as a place, as those gold sets count it; so does a name before a town's
offices or people ("Alexandria police", "Gainesville Mayor …"). A name in a list before a plural
area word is that area ("Sarpy" in "Douglas, Lancaster and Sarpy counties": ``written_as``).
The checks that keep or drop each found span are in :mod:`eventwire.facts.places.toponym_filters`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from eventwire.facts.places.gazetteer import Gazetteer, norm
from eventwire.facts.places.initials import find_initials
from eventwire.facts.places.name_cues import written_as
from eventwire.facts.places.toponym_filters import (
    QUALIFIER_KINDS,
    STOPWORDS,
    after_title,
    ends_a_longer_name,
    names_a_person,
    names_a_saint,
    person_words,
    plausible,
    speaks,
)

__all__ = ["HOME_MENTIONS", "QUALIFIER_KINDS", "area_keys", "find_mentions", "known_part"]

_MAX_TOKENS = 6
_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCAL_AREA_KINDS = frozenset({"state", "province", "county"})
_ARABIC_ARTICLES = frozenset({"al", "el", "ash", "ad", "ar", "as", "az", "an", "at"})


def _scan(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """Longest-match capitalised token sequences that are gazetteer names."""
    sent_ends = [0] * len(doc)  # Token.sent builds a span on each read: once per sentence here
    for sent in doc.sents:
        sent_ends[sent.start : sent.end] = [sent.end] * len(sent)
    i = 0
    while i < len(doc):
        if not (doc[i].text[:1].isupper() or _opens_arabic_name(doc, i)) or doc[i].lower_ == "the":
            i += 1
            continue
        for n in range(min(_MAX_TOKENS, sent_ends[i] - i), 0, -1):
            span = doc[i : i + n]
            if span[-1].is_punct or (
                span.text not in gazetteer and written_as(span, gazetteer) not in gazetteer
            ):
                continue
            yield span
            i += n
            break
        else:
            i += 1


def _opens_arabic_name(doc: Doc, i: int) -> bool:
    """Whether the token is the Arabic article written in lower case before a hyphen and a
    capitalised name ("al-Bureij", "el-Fasher"): the press writes many towns so."""
    return (
        doc[i].text in _ARABIC_ARTICLES
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].text[:1].isupper()
    )


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Find the spans that name places (demonyms aside).

    Args:
        doc: the parsed article (entities and sentences needed).
        gazetteer: the process's gazetteer.

    Returns:
        Non-overlapping spans in text order; longer names win ("Laurel County" over "Laurel").
    """
    found: list[tuple[Span, bool]] = [(span, False) for span in _scan(doc, gazetteer)]
    for ent in doc.ents:
        if ent.label_ in _ENTITY_LABELS:
            start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
            span = doc[start : ent.end]
            if all(token.text[:1].islower() for token in span):
                continue  # "off its east coast": a place's name is written with capitals
            if span.text in gazetteer:
                found.append((span, True))
    found.sort(key=lambda item: (-len(item[0]), item[0].start))
    persons = person_words(doc, gazetteer)
    chosen = _choose(found, gazetteer, persons, frozenset())
    local = frozenset(area_keys(chosen, gazetteer).values())
    home = _home_countries(chosen, gazetteer)
    if local or home:  # small towns of the states and counties the article names count too,
        # and other spellings of the towns of the country it is about ("Izium" for Izyum)
        chosen = _choose(found, gazetteer, persons, local, home)
    # a name the article uses for a place is that place elsewhere in it too, inside a firm's or
    # a team's name ("Smart Dubai Office", "Seattle Seahawks") or where the tagger erred
    known = frozenset(span.text for span in chosen)
    chosen = _choose(found, gazetteer, persons, local, home, known)
    chosen += find_initials(doc, gazetteer, chosen)  # "SA" where it names "South Africa"
    return sorted(chosen, key=lambda span: span.start)


HOME_MENTIONS = 3
"""Places of one country an article must name before other spellings of its towns count."""


def _home_countries(spans: list[Span], gazetteer: Gazetteer) -> frozenset[str]:
    counts: dict[str, int] = {}
    for span in spans:
        hit = gazetteer.lookup(span.text)
        if hit is not None and hit.country is not None:
            counts[hit.country] = counts.get(hit.country, 0) + 1
    return frozenset(code for code, n in counts.items() if n >= HOME_MENTIONS)


def _choose(
    found: list[tuple[Span, bool]],
    gazetteer: Gazetteer,
    persons: set[str],
    local: frozenset[str],
    home: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> list[Span]:
    """Keep NER places, plausible scanner matches and names ``known`` as places, longest
    first, without overlaps."""
    taken: set[int] = set()
    chosen: list[Span] = []
    for span, tagged in found:
        if (
            any(i in taken for i in range(span.start, span.end))
            or ends_a_longer_name(span)
            or names_a_saint(span, gazetteer)
        ):
            continue
        if tagged and (after_title(span) or speaks(span, gazetteer)):
            # "states coach Ripley", "Petrova said": people, whatever the tagger says
            tagged = False
        if (
            tagged
            or (span.text in known and not names_a_person(span, persons))
            or plausible(span, gazetteer, persons, local, home)
        ):
            taken.update(range(span.start, span.end))
            chosen.append(span)
    return chosen


def area_keys(spans: list[Span], gazetteer: Gazetteer) -> dict[str, str]:
    """Map each name that can only be one state, province or county's to its admin-1 key.

    "Tenn." and "Tennessee" give ``"USA.TN"``; "Laurel County" (one state has one) its state's
    key; "Georgia" (a country too) and "Henry County" (in ten states) give nothing.
    """
    keys: dict[str, str] = {}
    for span in spans:
        name = written_as(span, gazetteer)
        entries = gazetteer.entries(name)
        if entries and all(e.hit.kind in _LOCAL_AREA_KINDS for e in entries):
            found = {e.admin1 for e in entries if e.admin1 is not None}
            if len(found) == 1:
                keys[norm(name)] = found.pop()
    return keys


def known_part(span: Span, gazetteer: Gazetteer) -> Span:
    """Return the span when the gazetteer knows it, else its longest known part, else the span.

    "Liverpool Academy" gives "Liverpool"; lower-case words and stop words never start a part.
    """
    if span.text in gazetteer or gazetteer.demonym(span.text) is not None:
        return span
    for n in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - n + 1):
            part = span.doc[start : start + n]
            if (
                part[0].text[:1].isupper()
                and part[0].lower_ not in STOPWORDS
                and part.text in gazetteer
            ):
                return part
    return span
