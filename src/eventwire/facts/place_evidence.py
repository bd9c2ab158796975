"""Evidence for geocoding: what an article says about where its places are.

The countries it names unambiguously (a US state stands for the United States) or describes
with demonyms ("Ukrainian"); a qualifier written after a name ("Paris, Tenn."), a newspaper's
home town ("the Washington Post"), or the country of a capital the story sets among nations
("talks between Moscow and Kyiv"); and, for each name, where the last pass of
:mod:`eventwire.facts.places` put the article's *other* names (their countries, states, the
state most of its towns are in, and their coordinates). A name is no evidence for itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from eventwire.facts.gazetteer import Gazetteer, norm
from eventwire.facts.homonyms import Anchors, Entry, Evidence, GeoHit
from eventwire.facts.name_cues import newspaper_home, written_as
from eventwire.facts.toponyms import QUALIFIER_KINDS, find_mentions

__all__ = [
    "article_countries",
    "described_countries",
    "evidence_for",
    "named_countries",
    "qualifier_of",
]

# Kinds whose coordinates say where in a country a story is ("near" evidence).
_LOCAL_KINDS = frozenset({"city", "county", "state", "province"})
# Names with more candidates than this ("Springfield") say nothing about where a story is.
_MAX_CANDIDATE_ANCHORS = 12
_HOME_MIN_PLACES = 2
_TOWNS = frozenset({"city", "county"})


def named_countries(spans: list[Span], gazetteer: Gazetteer) -> dict[str, set[str]]:
    """The countries each name stands for when it is unambiguous (a US state stands for USA)."""
    named: dict[str, set[str]] = {}
    for span in spans:
        name = written_as(span, gazetteer)
        hits = [entry for entry in gazetteer.entries(name) if entry.hit.kind != "city"]
        kinds = {entry.hit.kind for entry in hits}
        if len(kinds) != 1:  # "Georgia" (country or state) says nothing until resolved
            continue
        named.setdefault(norm(name), set()).update(
            entry.hit.country
            for entry in hits
            if entry.hit.kind in ("country", "state") and entry.hit.country
        )
    return named


def described_countries(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """The countries an article describes with demonyms ("Ukrainian")."""
    countries: set[str] = set()
    for token in doc:
        hit = gazetteer.demonym(token.text) if token.text[:1].isupper() else None
        if hit is not None and hit.kind == "country" and hit.country is not None:
            countries.add(hit.country)
    return countries


def article_countries(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Return the ISO alpha-3 codes of the countries a parsed article names or describes."""
    named = named_countries(find_mentions(doc, gazetteer), gazetteer)
    return described_countries(doc, gazetteer).union(*named.values())


def qualifier_of(
    span: Span, first: dict[str, Entry], by_start: dict[int, Span], gazetteer: Gazetteer
) -> str | None:
    """The admin-1 key or country code of a state/province/country written after ", ", or the
    country of the capital a name is, where the story sets it beside other countries' capitals
    or countries (``_capital_among_nations``), or the home town's area of the newspaper the name
    starts ("the Washington Post")."""
    capital = _capital_among_nations(span, first, by_start, gazetteer)
    if capital is not None:
        return capital
    paper = newspaper_home(span)
    if paper is not None:
        return paper
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    after = by_start.get(span.end + 1)
    entry = first.get(norm(after.text)) if after is not None else None
    if entry is None or entry.hit.kind not in QUALIFIER_KINDS:
        return None
    return entry.hit.country if entry.hit.kind == "country" else entry.admin1


def _capital_among_nations(
    span: Span, first: dict[str, Entry], by_start: dict[int, Span], gazetteer: Gazetteer
) -> str | None:
    """A name coordinated with a country or a capital stands for a government too ("accused
    Washington and London of …", "talks between Moscow and Kyiv"): the country of the capital
    so named, if there is one."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    for partner in partners:
        other = by_start.get(partner.left_edge.i) or by_start.get(partner.i)
        entry = first.get(norm(other.text)) if other is not None else None
        if entry is None or not (entry.hit.kind == "country" or gazetteer.is_capital(entry.hit)):
            continue
        for hit in gazetteer.candidates(span.text):
            if gazetteer.is_capital(hit):
                return hit.country
    return None


def _points(hits: Iterable[GeoHit]) -> Iterator[tuple[float, float]]:
    """Coordinates of the hits that say where in a country a story is."""
    for hit in hits:
        if hit.kind in _LOCAL_KINDS and hit.lat is not None and hit.lon is not None:
            yield hit.lat, hit.lon


def _home_admin1(others: list[Entry]) -> str | None:
    """The state or province that holds most of the article's other towns and counties, if it
    holds at least ``_HOME_MIN_PLACES`` of them and more than any other."""
    counts = Counter(e.admin1 for e in others if e.admin1 is not None and e.hit.kind in _TOWNS)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _HOME_MIN_PLACES:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def evidence_for(
    key: str,
    qualifier: str | None,
    current: dict[str, Entry],
    named: dict[str, set[str]],
    described: set[str],
    areas: dict[str, str],
    candidates: dict[str, list[GeoHit]],
) -> Evidence:
    """What the article's *other* names say about where the name ``key`` is.

    A name is no evidence for itself: "Jordan" next to "Minnesota" is the town.
    """
    others = [entry for name, entry in current.items() if name != key and not entry.alias]
    countries = described.union(*(codes for name, codes in named.items() if name != key))
    countries |= {e.hit.country for e in others if e.hit.country is not None}
    local = {e.hit.country for e in others if e.hit.country is not None and e.hit.kind != "country"}
    return Evidence(
        countries=frozenset(countries),
        nations=frozenset(countries - local),
        admin1=frozenset(e.admin1 for e in others if e.admin1 is not None),
        home=_home_admin1(others),
        areas=frozenset(code for name, code in areas.items() if name != key),
        anchors=Anchors(_points(e.hit for e in others)),
        candidates=Anchors(
            _points(
                hit
                for name, options in candidates.items()
                if name != key and len(options) <= _MAX_CANDIDATE_ANCHORS
                for hit in options
            )
        ),
        qualifier=qualifier,
    )
