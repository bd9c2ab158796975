"""How the gazetteer ranks homonyms: the entry types and one score per candidate.

A candidate's score (:func:`score`) is a prior from population and kind (:func:`prior`: a
country or an area of the project's list outranks a town of the same name; a national capital
gets a bonus; an alternate name a penalty), plus evidence from the article: its countries, its
admin-1 regions (states, provinces), other places it names nearby, and a qualifier written
after the name ("Paris, Tenn."). The weights were set on the dev four-fifths of LGL and
GeoWebNews (documents whose position is not a multiple of five).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

_NEAR_KM = 161.0
# Priors (log10-population scale) for kinds that carry no population, and bonuses by kind.
STATE_PRIOR = 7.2
OWN_AREA_PRIOR = 9.0
_KIND_BONUS = {"country": 1.5, "province": 1.0, "county": 0.0, "city": 0.0}
TOWN_KINDS = frozenset({"city", "county", "province"})
CAPITAL_BONUS = 2.5
MAIN_NAME_BONUS = 0.5
_ALIAS_PENALTY = 1.0  # an alternate name wins over a main name at ~30x the people (0.5: LGL dev −3)
# Evidence from the article.
_IN_COUNTRY = 1.5
# a country the story names or describes but puts no town or state of in supports its small towns
# less: "U.S. and Russian diplomats will meet in Geneva" is Switzerland's (GWN/LGL dev unchanged)
_AS_NATION = 0.75
SMALL_TOWN = 100_000
_IN_ADMIN1 = 1.0
_IN_HOME_ADMIN1 = 1.0
_IN_NAMED_AREA = 2.0
_NEAR_OTHERS = 2.0
_NEAR_CANDIDATES = 1.0
_QUALIFIED = 4.0
# A city this big, and this many times bigger than a namesake abroad, is the one a story means
# unless the story puts the namesake's own area in view (``local_support``): its country named
# only through another state or city of it ("New York Mayor …", "California Governor …") is
# no such view ("talks in Geneva" are Switzerland's, not Geneva, N.Y.'s).
FAMOUS_MIN_PEOPLE = 100_000
FAMOUS_RATIO = 5


@dataclass(frozen=True, slots=True)
class GeoHit:
    """One gazetteer entry: a geocoded place.

    Attributes:
        name: the gazetteer's name for the place ("Kyiv", "Ukraine", "Black Sea").
        geonameid: the GeoNames id, or None for the project's own regions, seas and admin areas.
        country: ISO 3166-1 alpha-3 code, or None for seas and cross-border regions.
        lat: latitude in degrees (a centroid for areas), or None.
        lon: longitude in degrees, or None.
        kind: "city", "country", "state", "province", "county", "continent", "region", "sea", ….
    """

    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    kind: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry under one name, with what ranking needs.

    Attributes:
        hit: the place.
        prior: the score before any evidence from the article (see :func:`score`).
        admin1: the place's admin-1 key ``"ISO3.code"`` ("USA.TN", "GBR.ENG"), or None.
        population: inhabitants (the sum of its towns' for an admin area; 0 when unknown).
        alias: whether this name is one of the place's alternate names ("Kiev" for Kyiv).
    """

    hit: GeoHit
    prior: float
    admin1: str | None
    population: int = 0
    alias: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """What an article says about where its places are.

    Attributes:
        countries: ISO alpha-3 codes of countries the article names or describes.
        nations: those of them the article only names or describes as countries: none of its
            other places is a town, county or state there (weaker evidence for a town).
        admin1: admin-1 keys ``"ISO3.code"`` of the states and provinces the first pass put the
            article's other places in.
        home: the admin-1 key of the state or province most of those places are in.
        areas: admin-1 keys of the states, provinces and counties the article itself names
            unambiguously ("Tennessee", "Tenn.", "Laurel County"): stronger evidence.
        anchors: where the first pass put the article's other places.
        candidates: every place the article's other names could be (weaker evidence: two
            ambiguous names that have candidates near each other support each other).
        qualifier: the admin-1 key or country code written right after the name ("Paris, Tenn.").
        said: the countries the article names by their names ("Lebanon"), not only through a
            state or town of theirs, nor only by a demonym ("American diplomats" says whose
            diplomats, not where a town is).
        states: admin-1 keys of the states and provinces the article's other names were
            read as, leaving out names a big city bears ("New York").
        towns: where the article's other names are or could be towns or counties (not the
            centres of states: "New York-based" puts no town near Geneva, N.Y.).
    """

    countries: frozenset[str] = frozenset()
    nations: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    home: str | None = None
    areas: frozenset[str] = frozenset()
    anchors: Anchors | None = None
    candidates: Anchors | None = None
    qualifier: str | None = None
    said: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    towns: Anchors | None = None


class Anchors:
    """Points bucketed by whole degree, to ask "is any of them within 161 km?" quickly.

    Args:
        points: (lat, lon) pairs.
    """

    def __init__(self, points: Iterable[tuple[float, float]]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for lat, lon in points:
            self._cells.setdefault((math.floor(lat), math.floor(lon)), []).append((lat, lon))

    def __bool__(self) -> bool:
        return bool(self._cells)

    def near(self, lat: float, lon: float) -> bool:
        """Whether any point lies within 161 km (equirectangular: exact enough at this range)."""
        row, col = math.floor(lat), math.floor(lon)
        reach = 2 if abs(lat) < 60 else 4  # a degree of longitude shrinks towards the poles
        for dr in (-2, -1, 0, 1, 2):
            for dc in range(-reach, reach + 1):
                for alat, alon in self._cells.get((row + dr, col + dc), ()):
                    dlat = math.radians(alat - lat)
                    dlon = math.radians(alon - lon) * math.cos(math.radians((alat + lat) / 2))
                    if 6371.0 * math.hypot(dlat, dlon) <= _NEAR_KM:
                        return True
        return False


def score(entry: Entry, evidence: Evidence) -> float:
    """Rank one candidate: its prior plus the article's evidence for it."""
    hit = entry.hit
    value = entry.prior
    if hit.country is not None and hit.country in evidence.countries:
        nation_only = (
            hit.kind in TOWN_KINDS
            and entry.population < SMALL_TOWN
            and hit.country in evidence.nations
        )
        value += _AS_NATION if nation_only else _IN_COUNTRY
    if entry.admin1 is not None and entry.admin1 in evidence.admin1:
        value += _IN_ADMIN1
    if entry.admin1 is not None and entry.admin1 == evidence.home:
        value += _IN_HOME_ADMIN1
    if entry.admin1 is not None and entry.admin1 in evidence.areas:
        value += _IN_NAMED_AREA
    if hit.lat is not None and hit.lon is not None:
        if evidence.anchors and evidence.anchors.near(hit.lat, hit.lon):
            value += _NEAR_OTHERS
        if evidence.candidates and evidence.candidates.near(hit.lat, hit.lon):
            value += _NEAR_CANDIDATES
    if evidence.qualifier is not None and evidence.qualifier in (entry.admin1, hit.country):
        value += _QUALIFIED
    return value


def _near(anchors: Anchors | None, hit: GeoHit) -> bool:
    if not anchors or hit.lat is None or hit.lon is None:
        return False
    return anchors.near(hit.lat, hit.lon)


def local_support(entry: Entry, evidence: Evidence) -> bool:
    """Whether the article puts this candidate's own area in view: a qualifier names its state
    or country ("Geneva, N.Y."), the article names its state ("Alabama Governor Kay Ivey"; not
    for another name of a town, as GeoNames' "Berlin" for North Canton, Ohio), most of the
    article's towns are in its state, or another of its names is or could be a town near it
    ("Hampton" beside "Twickenham")."""
    if evidence.qualifier is not None and evidence.qualifier in (entry.admin1, entry.hit.country):
        return True
    if entry.admin1 is None:
        return _near(evidence.towns, entry.hit)
    if entry.admin1 == evidence.home:
        return True
    if not entry.alias and (entry.admin1 in evidence.areas or entry.admin1 in evidence.states):
        return True
    return _near(evidence.towns, entry.hit)


def prior(population: int, kind: str, *, alias: bool = False, capital: bool = False) -> float:
    """A candidate's score before evidence: log10 of its people, plus bonuses by kind and name."""
    value = math.log10(population + 1) + _KIND_BONUS.get(kind, 0.0)
    if alias:  # "Philadelphia" is also an old name of Amman: a capital only under its own name
        return value - _ALIAS_PENALTY
    return value + MAIN_NAME_BONUS + (CAPITAL_BONUS if capital else 0.0)
