"""The actor lexicon: countries, organisations, groups, sector nouns and office holders.

One loader (:func:`load_lexicon`, cached) reads the data files in ``eventwire/actors/data`` and
the ISO 3166-1 table shipped with ``pycountry``. Every surface form is kept as a :class:`Form`
under its normalised key (:func:`normalise`), so the finder and the ``resolve_*`` methods share
one table. People carry dated roles; :meth:`Person.entry` gives what a mention means on a date.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import pycountry

from eventwire.datafiles import load_yaml

Kind = Literal["person", "country", "igo", "group", "sector", "metonym", "people"]
FormKind = Literal[
    "person",
    "surname",
    "country",
    "adjective",
    "demonym",
    "metonym",
    "igo",
    "group",
    "sector",
    "people",
]
CaseRule = Literal["any", "title", "upper"]

ROLE_RANK: dict[str, int] = {"head of state": 0, "head of government": 1}
"""Which role wins when a person holds two at once (lower wins; others rank 2, later line wins)."""

# pycountry names that mislead in news text: "Congo" is usually the DRC (listed in countries.tsv)
# and "Jersey" is far more often New Jersey than the Crown dependency.
_PYCOUNTRY_SKIP = frozenset({"congo", "jersey"})


@dataclass(frozen=True)
class ActorEntry:
    """What a surface form means: the fields of an actor mention, without the span."""

    name: str | None
    code: str | None
    sector: str | None
    role: str | None
    kind: Kind
    country: str | None = None


@dataclass(frozen=True)
class Role:
    """One office held over ``[start, end)``; ``end`` None means still in office."""

    code: str
    sector: str
    role: str
    start: dt.date
    end: dt.date | None

    def holds(self, on: dt.date) -> bool:
        """Return True when the office is held on ``on``."""
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Person:
    """An office holder with name variants and dated roles."""

    name: str
    country: str
    aliases: tuple[str, ...]
    short: tuple[str, ...]
    alone: bool
    roles: tuple[Role, ...]

    def role_on(self, on: dt.date | None) -> Role | None:
        """Return the role in force on ``on``; with no date, the most recently started role."""
        if on is None:
            return max(self.roles, key=lambda role: role.start, default=None)
        held = [(ROLE_RANK.get(r.role, 2), -i, r) for i, r in enumerate(self.roles) if r.holds(on)]
        return min(held, key=lambda item: item[:2])[2] if held else None

    def in_office(self, on: dt.date | None) -> bool:
        """Return True when some role is in force on ``on`` (always True with no date)."""
        return on is None or any(role.holds(on) for role in self.roles)

    def entry(self, on: dt.date | None) -> ActorEntry:
        """Return the person as an actor on ``on``: nationality only when out of office."""
        role = self.role_on(on)
        if role is None:
            return ActorEntry(self.name, self.country, None, None, "person", self.country)
        return ActorEntry(self.name, role.code, role.sector, role.role, "person", self.country)


@dataclass(frozen=True)
class Form:
    """One surface form as written in the data, with what it stands for."""

    surface: str
    kind: FormKind
    case: CaseRule
    entry: ActorEntry | None = None
    person: int | None = None


def normalise(text: str) -> str:
    """Return the lookup key of a surface form: lower case, no diacritics, dots or leading "the".

    >>> normalise("the U.S.")
    'us'
    >>> normalise("Erdoğan")
    'erdogan'
    """
    text = fold(text).replace("’", "'").lower().replace(".", "")
    words = text.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def fold(text: str) -> str:
    """Return ``text`` without combining diacritics (ı → i too)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def case_rule(surface: str) -> CaseRule:
    """Return how a match of ``surface`` must be capitalised in text."""
    letters = [ch for ch in surface if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) <= 4:
        return "upper"
    if letters and letters[0].isupper():
        return "title"
    return "any"


class Lexicon:
    """All actor forms, indexed by normalised surface form.

    Attributes:
        forms: normalised surface → forms (several when a surface is ambiguous).
        people: every office holder; ``Form.person`` indexes this tuple.
        countries: ISO alpha-3 → canonical country name.
        generic: sector nouns that take the sector of a preceding sector word.
        titles: words that may stand before a person's name in a mention.
    """

    def __init__(
        self,
        forms: dict[str, tuple[Form, ...]],
        people: tuple[Person, ...],
        countries: dict[str, str],
        generic: frozenset[str],
        titles: frozenset[str],
    ) -> None:
        self.forms = forms
        self.people = people
        self.countries = countries
        self.generic = generic
        self.titles = titles

    def __iter__(self) -> Iterator[Form]:
        for forms in self.forms.values():
            yield from forms

    def lookup(self, text: str, *kinds: FormKind) -> tuple[Form, ...]:
        """Return the forms of ``text`` (any surface spelling), optionally of some kinds only."""
        forms = self.forms.get(normalise(text), ())
        return tuple(form for form in forms if not kinds or form.kind in kinds)

    def resolve(self, text: str, on: dt.date | None = None) -> ActorEntry | None:
        """Return the best reading of a whole surface form (a person first, a sector noun last)."""
        for kinds in (("person", "surname"), ("igo", "group", "metonym"), ("country",),
                      ("adjective", "demonym"), ("sector",)):  # fmt: skip
            entry = self._first(text, kinds, on)
            if entry is not None:
                return entry
        return None

    def resolve_person(self, text: str, on: dt.date | None = None) -> ActorEntry | None:
        """Return the person named ``text`` (full name, variant or unambiguous surname)."""
        return self._first(text, ("person", "surname"), on)

    def resolve_country(self, text: str) -> ActorEntry | None:
        """Return the country named, described ("Russian") or stood for ("Kremlin") by ``text``."""
        return self._first(text, ("country", "adjective", "demonym", "metonym"), None)

    def resolve_organisation(self, text: str) -> ActorEntry | None:
        """Return the international organisation, NGO or non-state group named by ``text``."""
        return self._first(text, ("igo", "group"), None)

    def resolve_sector(self, text: str) -> str | None:
        """Return the sector code of a sector noun ("troops" → ``MIL``), or None."""
        forms = self.lookup(text, "sector")
        return forms[0].entry.sector if forms and forms[0].entry else None

    def person_entry(self, form: Form, on: dt.date | None) -> ActorEntry | None:
        """Return the actor a person or surname form stands for on ``on``."""
        return None if form.person is None else self.people[form.person].entry(on)

    def _first(
        self, text: str, kinds: tuple[FormKind, ...], on: dt.date | None
    ) -> ActorEntry | None:
        forms = self.lookup(text, *kinds)
        full = [form for form in forms if form.kind == "person"]
        if full:  # a full name beats a surname; a surname alone needs ``alone`` in the data
            forms = tuple(full)
        people = {
            form.person
            for form in forms
            if form.person is not None and (form.kind == "person" or self.people[form.person].alone)
        }
        if len(people) > 1:
            current = {i for i in people if self.people[i].in_office(on)}
            people = current if len(current) == 1 else set()
        for form in forms:
            if form.person is not None:
                if form.person in people:
                    return self.people[form.person].entry(on)
            elif form.entry is not None:
                return form.entry
        return None


@cache
def load_lexicon() -> Lexicon:
    """Load the shipped actor data once per process."""
    root = resources.files("eventwire.actors") / "data"
    texts = {name: (root / name).read_text(encoding="utf-8") for name in _DATA_FILES}
    return build_lexicon(texts, pycountry_rows())


_DATA_FILES = ("countries.tsv", "metonyms.tsv", "igos.yaml", "sectors.yaml", "people.yaml")


def pycountry_rows() -> list[tuple[str, list[str]]]:
    """Return ``(alpha3, names)`` for every ISO 3166-1 country, skipping inverted forms."""
    rows = []
    for country in pycountry.countries:
        names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
        usable = [n for n in names if n and "," not in n and normalise(n) not in _PYCOUNTRY_SKIP]
        rows.append((str(country.alpha_3), list(dict.fromkeys(usable))))
    return rows


def build_lexicon(texts: dict[str, str], iso: list[tuple[str, list[str]]]) -> Lexicon:
    """Build a :class:`Lexicon` from the data files' texts and the ISO country rows."""
    builder = _Builder()
    builder.add_countries(iso, _read_tsv(texts["countries.tsv"]))
    for row in _read_tsv(texts["metonyms.tsv"]):
        entry = ActorEntry(row["name"], row["code"], row["sector"], None, "metonym", row["code"])
        builder.add(row["surface"], "metonym", entry)
    for item in load_yaml(texts["igos.yaml"], "igos.yaml"):
        entry = ActorEntry(item["name"], item["code"], item["sector"], None, "igo")
        for surface in [item["name"], *item.get("aliases", [])]:
            builder.add(surface, "igo", entry)
    sectors = load_yaml(texts["sectors.yaml"], "sectors.yaml")
    builder.add_sectors(sectors)
    for item in load_yaml(texts["people.yaml"], "people.yaml"):
        builder.add_person(item)
    return Lexicon(
        {key: tuple(forms) for key, forms in builder.forms.items()},
        tuple(builder.people),
        builder.countries,
        frozenset(word.lower() for word in sectors["generic"]),
        frozenset(str(word).lower() for word in sectors["titles"]),
    )


class _Builder:
    """Collects forms while the data files are read."""

    def __init__(self) -> None:
        self.forms: dict[str, list[Form]] = {}
        self.people: list[Person] = []
        self.countries: dict[str, str] = {}

    def add(
        self, surface: str, kind: FormKind, entry: ActorEntry | None, person: int | None = None
    ) -> None:
        surface = surface.strip()
        key = normalise(surface)
        if not key:
            return
        form = Form(surface, kind, case_rule(surface), entry, person)
        bucket = self.forms.setdefault(key, [])
        if form not in bucket:
            bucket.append(form)

    def add_countries(self, iso: list[tuple[str, list[str]]], rows: list[dict[str, str]]) -> None:
        extra = {row["code"]: row for row in rows}
        iso_codes = {code for code, _ in iso}
        for code, names in [*iso, *((c, []) for c in extra if c not in iso_codes)]:
            row = extra.get(code, {})
            name = row.get("name") or (names[0] if names else code)
            self.countries[code] = name
            entry = ActorEntry(name, code, None, None, "country", code)
            for surface in [name, *names, *_split(row.get("aliases", ""))]:
                self.add(surface, "country", entry)
            for surface in _split(row.get("adjectives", "")):
                self.add(surface, "adjective", entry)
            for surface in _split(row.get("demonyms", "")):
                self.add(surface, "demonym", entry)
            seat = ActorEntry(name, code, "GOV", None, "metonym", code)
            for surface in _split(row.get("capitals", "")):
                self.add(surface, "metonym", seat)

    def add_sectors(self, data: dict[str, Any]) -> None:
        for sector, nouns in data["sectors"].items():
            entry = ActorEntry(None, None, sector, None, "sector")
            for noun in nouns:
                self.add(str(noun), "sector", entry)
        for item in data["groups"]:
            kind: Kind = "group"
            name = item["name"]
            for surface in [name, *item.get("aliases", [])]:
                shown = surface if item.get("kind") == "media" else name
                entry = ActorEntry(shown, item["code"], item["sector"], None, kind, item["country"])
                self.add(surface, "group", entry)
        for item in data.get("peoples", []):  # "Kurds", "Yoruba": placed by their sentence
            home = item["country"]
            people = ActorEntry(item["name"], home, "CVL", None, "people", home)
            for surface in [item["name"], *item.get("aliases", [])]:
                self.add(surface, "people", people)

    def add_person(self, item: dict[str, Any]) -> None:
        roles = tuple(
            Role(str(code), str(sector), str(role), _date(start), _date(end) if end else None)
            for code, sector, role, start, end in item["roles"]
        )
        name = str(item["name"])
        short = item.get("short")
        shorts = tuple(str(s) for s in short) if short is not None else (name.split()[-1],)
        person = Person(
            name,
            str(item["country"]),
            tuple(str(a) for a in item.get("aliases", [])),
            shorts,
            bool(item.get("alone", True)),
            roles,
        )
        index = len(self.people)
        self.people.append(person)
        for surface in [name, *person.aliases]:
            self.add(surface, "person", None, index)
        for surface in shorts:
            self.add(surface, "surname", None, index)


def _read_tsv(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
