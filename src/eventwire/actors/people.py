"""Resolving person mentions: full names, surnames alone and misspelt surnames.

A surname alone means the person of that surname named in the same article (the latest one before
it, else anywhere in it); failing that, the only person the lexicon knows by that surname who may
be named by surname alone (``alone`` in people.yaml), preferring whoever is in office on the date;
when several share the surname, none is in office and all are of one country, the one whose term is
nearest the date (either gives the same country).
A capitalised proper noun of six letters or more, not tagged as a place or organisation, that is
one edit away (same first letter; insertion, deletion, swap or vowel change) from the surname of
exactly one person named in the article or in office on the date is taken as a misspelling of it
("Scholtz").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.actors.lexicon import ActorEntry, FormKind, Lexicon, fold

_UNRESOLVED = ActorEntry(None, None, None, None, "person")
_MIN_FUZZY = 6
_NOT_PEOPLE = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
_VOWELS = frozenset("aeiouy")
_MONTH_LIKE = frozenset({"may", "june", "april", "august", "march"})
_DATE_WORDS = frozenset(
    {"in", "on", "since", "until", "by", "from", "last", "next", "early", "late", "mid", "this",
     "during", "through", "till", "of", "before", "after"}
)  # fmt: skip


@dataclass
class Mention:
    """A candidate mention while the finder works (token offsets, what it stands for)."""

    start: int
    end: int
    core: int
    kind: FormKind
    entry: ActorEntry
    people: frozenset[int] = frozenset()
    person: int | None = None


class PersonResolver:
    """Chooses which person a full name, surname or near-miss surname stands for.

    Args:
        lexicon: the actor lexicon whose ``people`` the mentions index.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._deletes: dict[str, set[int]] = {}
        for index, person in enumerate(lexicon.people):
            for short in person.short:
                key = fold(short).lower()
                if len(key) >= _MIN_FUZZY and key.isalpha():
                    for variant in {key, *deletions(key)}:
                        self._deletes.setdefault(variant, set()).add(index)

    def mention(self, start: int, end: int, kind: FormKind, people: set[int]) -> Mention:
        """Return an unresolved person or surname mention."""
        return Mention(start, end, end - 1, kind, _UNRESOLVED, frozenset(people))

    def resolve(self, doc: Doc, found: list[Mention], on: dt.date | None) -> list[Mention]:
        """Resolve person and surname mentions; drop surnames that stay ambiguous."""
        named: list[tuple[int, int]] = []
        out = [m for m in found if m.kind not in ("person", "surname")]
        for mention in sorted((m for m in found if m.kind == "person"), key=lambda m: m.start):
            current = [p for p in mention.people if self.lexicon.people[p].in_office(on)]
            self._settle(mention, min(current or mention.people), on)
            named.append((mention.start, mention.person or 0))
            out.append(mention)
        for mention in (m for m in found if m.kind == "surname"):
            person = self._surname(doc, mention, named, on)
            if person is not None:
                self._settle(mention, person, on)
                mention.start = _with_first_name(doc, mention.start)
                out.append(mention)
        return out

    def fuzzy(self, doc: Doc, kept: list[Mention], on: dt.date | None) -> list[Mention]:
        """Return surname mentions for near misses among tokens that no mention covers."""
        covered = {i for m in kept for i in range(m.start, m.end)}
        named = {m.person for m in kept if m.person is not None}
        tagged = doc.has_annotation("TAG")
        out = []
        for token in doc:
            text = token.text
            if token.i in covered or len(text) < _MIN_FUZZY or not text[:1].isupper():
                continue
            if not text.isalpha() or (tagged and token.pos_ != "PROPN"):
                continue
            if token.ent_type_ in _NOT_PEOPLE:
                continue
            key = fold(text).lower()
            if key in self.lexicon.forms:
                continue
            people = {p for p in self._candidates(key) if p in named or self._current(p, on)}
            if len(people) != 1:
                continue
            person = people.pop()
            start = token.i
            first = self.lexicon.people[person].name.split()[0]
            if start > 0 and start - 1 not in covered and doc[start - 1].text == first:
                start -= 1
            mention = Mention(start, token.i + 1, token.i, "surname", _UNRESOLVED)
            self._settle(mention, person, on)
            out.append(mention)
        return out

    def _current(self, person: int, on: dt.date | None) -> bool:
        return self.lexicon.people[person].alone and self.lexicon.people[person].in_office(on)

    def _settle(self, mention: Mention, person: int, on: dt.date | None) -> None:
        mention.person = person
        mention.entry = self.lexicon.people[person].entry(on)

    def _surname(
        self, doc: Doc, mention: Mention, named: list[tuple[int, int]], on: dt.date | None
    ) -> int | None:
        if _looks_like_date(doc, mention):
            return None
        earlier = [p for start, p in named if start < mention.start and p in mention.people]
        if earlier:
            return earlier[-1]
        anywhere = [p for _, p in named if p in mention.people]
        if anywhere:
            return anywhere[0]
        alone = [p for p in sorted(mention.people) if self.lexicon.people[p].alone]
        if len(alone) > 1:
            current = [p for p in alone if self.lexicon.people[p].in_office(on)]
            if not current and len({self.lexicon.people[p].country for p in alone}) == 1:
                # "President Bush" between the two Bushes' terms: either is the United States,
                # so the one whose term is nearest the date stands for it
                current = [min(alone, key=lambda p: self._distance(p, on))]
            alone = current
        return alone[0] if len(alone) == 1 else None

    def _distance(self, person: int, on: dt.date | None) -> int:
        """Days between ``on`` and the nearest day of the person's terms (0 with no date)."""
        roles = self.lexicon.people[person].roles
        if on is None or not roles:
            return 0 if on is None else 1 << 30
        ends = [role.end or on for role in roles]
        return min(
            max((role.start - on).days, (on - end).days, 0)
            for role, end in zip(roles, ends, strict=True)
        )

    def _candidates(self, key: str) -> set[int]:
        hits: set[int] = set()
        for variant in {key, *deletions(key)}:
            hits |= self._deletes.get(variant, set())
        return {
            p
            for p in hits
            if any(near_miss(key, fold(s).lower()) for s in self.lexicon.people[p].short)
        }


def _with_first_name(doc: Doc, start: int) -> int:
    """Include an unlisted first name tagged as part of the person ("Benjamim Netanyahu")."""
    if start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_type_ == "PERSON":
        return start - 1 if doc[start - 1].is_title else start
    return start


def _looks_like_date(doc: Doc, mention: Mention) -> bool:
    if doc[mention.start].lower_ not in _MONTH_LIKE:
        return False
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    after = doc[mention.end] if mention.end < len(doc) else None
    return before in _DATE_WORDS or (after is not None and after.like_num)


def deletions(word: str) -> set[str]:
    """Every string one letter shorter than ``word`` (the keys of a one-edit index)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def near_miss(a: str, b: str) -> bool:
    """Return True for a likely misspelling: same first letter, one edit apart."""
    return a[:1] == b[:1] and _within_one(a, b)


def _within_one(a: str, b: str) -> bool:
    """Return True when ``a`` and ``b`` are one insertion, deletion, adjacent swap or vowel
    substitution apart (consonant substitutions make other names: Kallas/Dallas)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return {a[diffs[0]], b[diffs[0]]} <= _VOWELS
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
