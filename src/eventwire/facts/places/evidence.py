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
from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Doc, Span

from eventwire.facts.places.gazetteer import Gazetteer, norm
from eventwire.facts.places.homonyms import SMALL_TOWN, Anchors, Entry, Evidence, GeoHit
from eventwire.facts.places.name_cues import newspaper_home, written_as
from eventwire.facts.places.toponyms import QUALIFIER_KINDS, area_keys, find_mentions

__all__ = [
    "ArticleNames",
    "article_countries",
    "article_names",
    "described_countries",
    "evidence_for",
    "named_countries",
    "qualifier_of",
    "said_countries",
]

# Kinds whose coordinates say where in a country a story is ("near" evidence).
_LOCAL_KINDS = frozenset({"city", "county", "state", "province"})
# Names with more candidates than this ("Springfield") say nothing about where a story is.
_MAX_CANDIDATE_ANCHORS = 12
_HOME_MIN_PLACES = 2
_TOWNS = frozenset({"city", "county"})
_AREAS = frozenset({"state", "province"})


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


def said_countries(spans: list[Span], gazetteer: Gazetteer) -> dict[str, set[str]]:
    """The countries each name stands for when it can only be a country ("Lebanon", not
    "Georgia" nor "Ohio"): evidence the story is *about* a country, not only set in it."""
    said: dict[str, set[str]] = {}
    for span in spans:
        name = written_as(span, gazetteer)
        hits = [entry for entry in gazetteer.entries(name) if entry.hit.kind != "city"]
        if hits and all(entry.hit.kind == "country" and entry.hit.country for entry in hits):
            said.setdefault(norm(name), set()).update(str(entry.hit.country) for entry in hits)
    return said


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
    """The admin-1 key or country code of a state/province/country (or a country's region,
    "Perth, Scotland") written after ", ", or the
    country of the capital a name is, where the story sets it beside other countries' capitals
    or countries (``_capital_among_nations``), or the home town's area of the newspaper the name
    starts ("the Washington Post")."""
    capital = _capital_among_nations(span, first, by_start, gazetteer) or _acting_capital(
        span, first, gazetteer
    )
    if capital is not None:
        return capital
    paper = newspaper_home(span)
    if paper is not None:
        return paper
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    after = by_start.get(span.end + 1)
    if after is None:
        return None
    current = first.get(norm(after.text))
    readings = [*([current] if current is not None else []), *gazetteer.entries(after.text)]
    # the reading that holds a place of the name ("Athens, Georgia": the state, not the country)
    entries = gazetteer.entries(span.text)
    holds = {e.admin1 for e in entries} | {e.hit.country for e in entries}
    for entry in readings:
        key = _area_key(entry)
        if key is not None and key in holds:
            return key
    return _area_key(current) if current is not None else None


def _area_key(entry: Entry) -> str | None:
    """The key a qualifier reading stands for: a state's or province's admin-1 key, a country's
    code (a region's country: "Scotland" is GBR's), or None for other kinds."""
    if entry.hit.kind in ("state", "province"):
        return entry.admin1
    if entry.hit.kind in QUALIFIER_KINDS or (entry.hit.kind == "region" and entry.hit.country):
        return entry.hit.country
    return None


def _capital_among_nations(
    span: Span, first: dict[str, Entry], by_start: dict[int, Span], gazetteer: Gazetteer
) -> str | None:
    """A name coordinated with a country or a capital stands for a government too ("accused
    Washington and London of …", "talks between Moscow and Kyiv"): the country of the capital
    so named, if there is one; none when the name is also a sizeable city of the partner's own
    country ("Beirut and Tripoli" are two Lebanese cities)."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    for partner in partners:
        other = by_start.get(partner.left_edge.i) or by_start.get(partner.i)
        entry = first.get(norm(other.text)) if other is not None else None
        if entry is None or not (entry.hit.kind == "country" or gazetteer.is_capital(entry.hit)):
            continue
        if any(
            e.hit.country == entry.hit.country and e.population >= SMALL_TOWN
            for e in gazetteer.entries(span.text)
        ):
            return None  # two cities of one country ("Beirut and Tripoli")
        for hit in gazetteer.candidates(span.text):
            if gazetteer.is_capital(hit):
                return hit.country
    return None


# What a government says or decides: "Washington signalled it could …", "Paris warned" (not
# "Paris showed a 22 percent increase": a town's figures).
_GOVERNING_VERBS = frozenset(
    {"say", "warn", "accuse", "announce", "insist", "deny", "demand", "reject", "urge",
     "threaten", "condemn", "protest", "respond", "reply", "signal", "decide", "impose", "expel",
     "summon", "recall", "sanction", "retaliate", "refuse", "pledge", "vow", "veto", "criticise",
     "criticize", "denounce", "welcome", "dismiss", "blame", "complain", "object"}
)  # fmt: skip


def _acting_capital(span: Span, first: dict[str, Entry], gazetteer: Gazetteer) -> str | None:
    """A name that speaks or decides stands for a government ("after Washington signalled it
    could scale back", "Paris warned"): the country of the capital so named, unless the name is
    also a sizeable city of a country the story reads its other names in (a Lebanese story's
    "Tripoli said" may be the city's own officials)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in _GOVERNING_VERBS:
        return None
    capitals = [hit for hit in gazetteer.candidates(span.text) if gazetteer.is_capital(hit)]
    if len(capitals) != 1:
        return None
    around = {e.hit.country for key, e in first.items() if key != norm(span.text)}
    if any(
        e.hit.country in around and e.hit.country != capitals[0].country
        and e.population >= SMALL_TOWN
        for e in gazetteer.entries(span.text)
    ):  # fmt: skip
        return None
    return capitals[0].country


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


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """What an article's names say before any is resolved, by normalised name.

    Attributes:
        named: the countries each unambiguous name stands for (``named_countries``).
        described: the countries the article describes with demonyms.
        areas: the admin-1 key of each name that can only be one state, province or county.
        candidates: every place each name could be.
        said: the countries each name that can only be a country names (``said_countries``).
        cities: the names of states whose namesake city outranks them ("New York",
            "Washington"): a state so named ("New York-based") does not by itself put the
            state in view.
    """

    named: dict[str, set[str]]
    described: set[str]
    areas: dict[str, str]
    candidates: dict[str, list[GeoHit]]
    said: dict[str, set[str]]
    cities: frozenset[str]


def article_names(spans: list[Span], doc: Doc, gazetteer: Gazetteer) -> ArticleNames:
    """Gather :class:`ArticleNames` for an article's mention spans."""
    keys = {norm(written_as(span, gazetteer)) for span in spans}
    return ArticleNames(
        named=named_countries(spans, gazetteer),
        described=described_countries(doc, gazetteer),
        areas=area_keys(spans, gazetteer),
        candidates={key: gazetteer.candidates(key) for key in keys},
        said=said_countries(spans, gazetteer),
        cities=frozenset(key for key in keys if _a_city_first(gazetteer.entries(key))),
    )


def _a_city_first(entries: list[Entry]) -> bool:
    """Whether a city outranks, before evidence, every state or province under the name
    ("New York", "Washington"; not "Virginia", whose namesake towns are small)."""
    areas = [e.prior for e in entries if e.hit.kind in _AREAS]
    cities = [e.prior for e in entries if e.hit.kind == "city" and not e.alias]
    return bool(areas) and bool(cities) and max(cities) >= max(areas)


def evidence_for(
    key: str, qualifier: str | None, current: dict[str, Entry], names: ArticleNames
) -> Evidence:
    """What the article's *other* names say about where the name ``key`` is.

    A name is no evidence for itself: "Jordan" next to "Minnesota" is the town.
    """
    named, described, areas, said = names.named, names.described, names.areas, names.said
    candidates = names.candidates
    others = [entry for name, entry in current.items() if name != key and not entry.alias]
    countries = described.union(*(codes for name, codes in named.items() if name != key))
    countries |= {e.hit.country for e in others if e.hit.country is not None}
    local = {e.hit.country for e in others if e.hit.country is not None and e.hit.kind != "country"}
    states = {
        e.admin1
        for name, e in current.items()
        if name != key and name not in names.cities and e.hit.kind in _AREAS and e.admin1
    }
    outright = set().union(*(codes for name, codes in said.items() if name != key))
    outright |= {e.hit.country for e in others if e.hit.country and e.hit.kind == "country"}
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
        said=frozenset(outright),
        states=frozenset(states),
        towns=Anchors(
            _points(
                hit
                for hit in chain(
                    (e.hit for e in others),
                    (
                        hit
                        for name, options in candidates.items()
                        if name != key and len(options) <= _MAX_CANDIDATE_ANCHORS
                        for hit in options
                    ),
                )
                if hit.kind in _TOWNS
            )
        ),
    )
