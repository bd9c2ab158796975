"""Words around a name that say which place it is: a town's offices, people and clubs after it
("Alexandria police", "the Huntsville Fire Department", "Bolton Wanderers"), a party letter
before a legislator's home town ("D-Charleston"), and a plural area word after a list of names
("Douglas, Lancaster and Sarpy counties"), and a newspaper's title after its home town ("the
Washington Post": Washington, D.C.; ``data/newspapers.tsv``). Used by
:mod:`eventwire.facts.places.toponyms` and :mod:`eventwire.facts.places`.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from eventwire.facts.places.gazetteer import Gazetteer
from eventwire.facts.places.initials import spelled_out

# fmt: off
# Words that, right after a name, make it a town's: its offices, courts and people ("Alexandria
# police", "the Huntsville Fire Department", "Gainesville Mayor Myrtle Figueras", "a Rochester
# man", "within Huntsville city limits", "the Sochi mayoral election").
_CIVIC_NOUNS = frozenset({
    "police", "sheriff", "sheriff's", "mayor", "mayoral", "council", "councilman",
    "councilwoman", "councilor", "councillor", "alderman", "commission", "commissioner",
    "commissioners", "chief", "department", "schools", "school", "board", "court", "jury",
    "detectives", "officers", "officials", "authorities", "residents", "resident", "man", "woman",
    "men", "women", "boy", "girl", "teen", "teenager", "couple", "native", "limits", "hall",
    "library", "election", "elections", "voters", "taxpayers", "neighborhood", "neighbourhood",
    "area", "suburbs", "prosecutor", "prosecutors", "superintendent", "firefighters", "clerk",
    "treasurer", "district", "station", "student", "students", "pupil", "pupils", "soldier",
    "marine", "firefighter", "motorist", "driver", "businessman", "businesswoman", "pensioner",
    "homeowners", "teachers", "natives", "hospitals", "councillors", "councilors", "ward",
    "zoning", "fire", "rcmp",
    # a newspaper named after its town ("the Miami Herald", "The Moscow Times")
    "herald", "tribune", "gazette", "chronicle", "times", "post", "journal", "inquirer",
    "examiner", "courier", "globe",
    # a football club named after its town ("Burton Albion", "Bolton Wanderers")
    "united", "albion", "wanderers", "rovers", "athletic", "hotspur", "rangers", "fc",
})
# ... and words that may stand between the name and that word ("Oxford City Council", "an
# Alexandria grand jury", "Huntsville Fire Chief", "Oxford Crown Court").
_CIVIC_BRIDGES = frozenset({
    "city", "county", "town", "village", "township", "borough", "parish", "public", "municipal",
    "regional", "metropolitan", "fire", "grand", "circuit", "superior", "crown", "magistrates",
    "citywide", "city's", "county's", "town's", "state", "labour", "labor", "conservative",
    "democratic", "republican", "liberal",
})
_CIVIC_REACH = 3
_CIVIC_BUILDINGS = frozenset({"school", "library", "hall", "court", "station", "district"})
# Plural area words after a list of names ("Douglas, Lancaster and Sarpy counties"): each name
# is the area's ("Sarpy County"); the list is read up to this many tokens ahead.
_AREA_PLURALS = {"counties": "County", "parishes": "Parish", "townships": "Township"}
_LIST_REACH = 24
_LIST_WORDS = frozenset({",", "and", "or", "&"})
# Party letters before a legislator's home town ("Rep. Wendell Gilliard, D-Charleston").
_PARTIES = frozenset({"D", "R", "I"})
# fmt: on


def civic_after(doc: Doc, end: int) -> bool:
    """Whether a town's office or people follow a name that ends at token ``end``; a
    building named after it is not one ("Southwold School", "Jones Library", "Rye Court")."""
    if end < len(doc) and doc[end].lower_ in _CIVIC_BUILDINGS and doc[end].text[:1].isupper():
        return False
    for token in doc[end : min(end + _CIVIC_REACH, len(doc))]:
        if token.lower_ in _CIVIC_NOUNS:
            return True
        if token.lower_ not in _CIVIC_BRIDGES:
            return False
    return False


def party_home(span: Span) -> bool:
    """The home town after a legislator's party letter ("Sen. Robert Ford, D-Charleston")."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and doc[span.start - 2].text in _PARTIES
        and not doc[span.start - 2].whitespace_
        and not doc[span.start - 1].whitespace_
    )


@cache
def _newspapers() -> dict[str, list[tuple[str, str]]]:
    """Town (lower case) → (title words after it, lower case; where the town is), read once."""
    text = (resources.files("eventwire.facts") / "data" / "newspapers.tsv").read_text("utf-8")
    papers: dict[str, list[tuple[str, str]]] = {}
    for town, title, key in csv.reader(
        (line for line in text.splitlines() if line[:1] != "#"), delimiter="\t"
    ):
        papers.setdefault(town.lower(), []).append((title.lower(), key))
    return papers


def newspaper_home(span: Span) -> str | None:
    """Where the town a newspaper is named after lies, when the name starts a known title ("the
    Washington Post" → ``USA.DC``, "the Portland Press Herald" → ``USA.ME``): an admin-1 key or a
    country code, to be read as a qualifier written after the name."""
    titles = _newspapers().get(span.text.lower())
    if not titles:
        return None
    doc = span.doc  # not doc.text, which spaCy rebuilds on every access
    after = (span[-1].whitespace_ + doc[span.end : span.end + 12].text)[:40].lower()
    for title, key in titles:
        words = f" {title}"
        if after.startswith(words) and not after[len(words) : len(words) + 1].isalpha():
            return key
    return None


def written_as(span: Span, gazetteer: Gazetteer) -> str:
    """The name to look a mention up by: its text, the name its initials stand for in the
    article ("SA" for "South Africa"), or the area a list names it as ("Sarpy" in "Douglas,
    Lancaster and Sarpy counties" is "Sarpy County")."""
    full = spelled_out(span)
    if full is not None:
        return full
    doc = span.doc
    listed = span.start > 0 and doc[span.start - 1].text in _LIST_WORDS
    for token in doc[span.end : min(span.end + _LIST_REACH, len(doc))]:
        if token.is_sent_start:
            break  # the list ends with its sentence
        word = _AREA_PLURALS.get(token.lower_)
        if word is not None:
            # only a list of names shares the plural: "Indiana counties" are the state's
            name = f"{span.text} {word}"
            return name if listed and name in gazetteer else span.text
        listed = listed or token.text in _LIST_WORDS
        if token.text not in _LIST_WORDS and not token.text[:1].isupper():
            break
    return span.text
