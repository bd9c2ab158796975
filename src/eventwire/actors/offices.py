"""Titles and offices: the words of office around a person's name, and the people behind them.

Three steps of :class:`eventwire.actors.finder.ActorFinder` live here:

1. :func:`join_titles`: titles and affiliations before a name join the person's mention
   ("Russian President Vladimir Putin", "NATO Secretary-General Mark Rutte");
2. :func:`unknown_officials`: a country and a title before a name the lexicon does not know make
   that country's official ("Iraqi President Saddam Hussein" → IRQ GOV), and a later surname
   alone is the same person;
3. :func:`role_nouns`: "the chancellor", "the foreign minister" stand for the last person named
   before with that title or office, and "the German leader", "the French foreign minister" for
   the last person of that country who holds it (:func:`holds_title`, which the quote finder's
   speakers use too; :data:`ROLE_TITLES` maps a title noun to the offices it names).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors.lexicon import ActorEntry
from eventwire.actors.people import Mention

_TRIM = frozenset({"the", "of", "-", "'s", "’s", "and"})
_OF_TITLES = frozenset({"state", "defense", "defence", "war", "staff"})
_MAX_TITLE_TOKENS = 8
_MILITARY_TITLES = frozenset(
    {"general", "gen.", "commander", "colonel", "col.", "admiral", "adm.", "marshal",
     "lieutenant", "lt.", "major", "army", "military"}
)  # fmt: skip
_LEGISLATIVE_TITLES = frozenset({"senator", "sen.", "rep.", "speaker", "lawmaker", "house"})

# Title nouns that, with "the", stand for a person named before ("the chancellor").
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "president": ("head of state",),
    "king": ("head of state",),
    "queen": ("head of state",),
    "emir": ("head of state",),
    "chancellor": ("head of government",),
    "premier": ("head of government",),
    "minister": ("head of government", "foreign minister", "defence minister"),
    "leader": ("head of state", "head of government"),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "spokesperson": ("spokesperson",),
    "secretary-general": ("secretary-general",),
}


# Title words that are no office of their own ("the", "of", "former" …).
NOT_OFFICES = frozenset({"'s", "-", "of", "the", "former", "then", "ex", "acting", "incoming"})
# A title's modifier that a role names in other words: a prime minister heads the government.
_MODIFIER_ROLES: dict[str, str] = {"prime": "head of government"}


def holds_title(
    title: frozenset[str],
    nationality: str | None,
    *,
    named_with: frozenset[str],
    code: str | None,
    country: str | None,
    role: str | None,
) -> bool:
    """Whether a person named before holds a definite title ("the minister", "the German leader").

    Without a nationality the title's words must be among those the person was named with ("Prime
    Minister X … the prime minister"). With one ("the French foreign minister"), the person must
    be of that country and either be named with those words or hold an office the title stands
    for (:data:`ROLE_TITLES`) whose modifiers the role also names: the French prime minister is
    not "the French foreign minister".

    Args:
        title: the title's office words ("foreign", "minister").
        nationality: the country the title names ("FRA" for "French"), or None.
        named_with: the office words the person was named with.
        code: the person's code.
        country: the person's home country.
        role: the office the person holds on the article's date ("head of government").
    """
    if nationality is None:
        return title <= named_with
    if nationality not in (code, country):
        return False
    if title <= named_with:
        return True
    if role is None:
        return False
    heads = {office for word in title for office in ROLE_TITLES.get(word, ())}
    modifiers = [word for word in title if word not in ROLE_TITLES]
    return role in heads and all(
        word in role.split() or _MODIFIER_ROLES.get(word) == role for word in modifiers
    )


def join_titles(doc: Doc, kept: list[Mention], titles: Collection[str]) -> list[Mention]:
    """Join titles and affiliations before a person's name to the person's mention.

    Args:
        doc: the parsed document.
        kept: the finder's mentions, sorted by start and non-overlapping.
        titles: lower-case words of office that may stand before a name.
    """
    by_end = {m.end: m for m in kept}
    absorbed: set[int] = set()
    for mention in kept:
        if mention.kind not in ("person", "surname"):
            continue
        start = mention.start
        while start > 0 and mention.start - start < _MAX_TITLE_TOKENS:
            before = by_end.get(start)
            if before is not None and _affiliation(doc, before, titles):
                absorbed.add(id(before))
                start = before.start
            elif doc[start - 1].lower_ == "of":
                if doc[start].lower_ not in _OF_TITLES:
                    break
                start -= 1
            elif doc[start - 1].lower_ in titles:
                start -= 1
            else:
                break
        while start < mention.start and doc[start].lower_ in _TRIM:
            start += 1
        mention.start = start
    out = [m for m in kept if id(m) not in absorbed]
    return [m for m in out if not any(o is not m and o.start <= m.start < o.end for o in out)]


def unknown_officials(doc: Doc, kept: list[Mention], titles: Collection[str]) -> list[Mention]:
    """A country and a title before a name the lexicon does not know is that country's
    official: "Iraqi President Saddam Hussein" → IRQ GOV, "Gambian Army Commander X" → MIL.

    Args:
        doc: the parsed document.
        kept: the finder's mentions, sorted by start and non-overlapping.
        titles: lower-case words of office that may stand before a name.
    """
    taken = {i for m in kept for i in range(m.start, m.end)}
    surnames: dict[str, ActorEntry] = {}
    out: list[Mention] = []
    for mention in kept:
        if mention.kind not in ("country", "adjective", "igo", "metonym"):
            out.append(mention)
            continue
        first = mention.end
        if first < len(doc) and doc[first].lower_ in ("'s", "’s") and mention.kind != "adjective":
            first += 1  # "Ghana's interior minister Kofi Mensah"
        i = first
        while i < len(doc) and i - first < _MAX_TITLE_TOKENS and i not in taken:
            if doc[i].lower_ not in titles or doc[i].lower_ in ("the", "'s"):
                break
            i += 1
        end = name_end(doc, i, taken)
        if i == first or end == i:
            out.append(mention)
            continue
        title = [t.lower_ for t in doc[first:i]]
        entry = ActorEntry(
            name=doc[i:end].text,
            code=mention.entry.code,
            sector=_title_sector(title, mention.entry.sector),
            role=" ".join(title),
            kind="person",
            country=mention.entry.code,
        )
        out.append(Mention(mention.start, end, end - 1, "person", entry))
        taken.update(range(mention.end, end))
        surnames[doc[end - 1].text] = entry
        if end - i == 2:  # family name first in many names: "Wang Yi" is then "Wang"
            surnames.setdefault(doc[i].text, entry)
    out.extend(_titled_strangers(doc, taken, titles, surnames))
    for token in doc:  # later mentions by surname: "Hussein said"
        known = surnames.get(token.text)
        if (
            known is not None
            and token.i not in taken
            and _name_token(token)
            and not any(m.start <= token.i < m.end for m in out)
        ):
            out.append(Mention(token.i, token.i + 1, token.i, "person", known))
    out.sort(key=lambda m: m.start)
    return out


# Offices whose title before an unknown name makes its holder an official ("President X").
_OFFICE_HEADS = frozenset(ROLE_TITLES) | {
    "governor",
    "general",
    "commander",
    "senator",
    "mayor",
    "commissioner",
}
_NOT_BEFORE = frozenset({"former", "ex", "late", "then"})


def _titled_strangers(
    doc: Doc, taken: set[int], titles: Collection[str], surnames: dict[str, ActorEntry]
) -> list[Mention]:
    """An office title before a name nobody knows, with no country before it ("President
    Laurent Kouadio", "Prime Minister Moctar Diallo"): an official of no country yet (the
    sentence may place him, see :mod:`eventwire.actors.placing`). Not a former office holder."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        start = i
        while i < len(doc) and i not in taken and doc[i].lower_ in titles:
            i += 1
        end = name_end(doc, i, taken)
        words = [t.lower_ for t in doc[start:i]]
        while words and words[0] in ("the", "'s", "of", "-"):
            words, start = words[1:], start + 1
        before = doc[start - 1].lower_ if start > 0 else ""
        if (
            words
            and words[-1] in _OFFICE_HEADS
            and end > i
            and (start == 0 or start - 1 not in taken)
            and not set(words) & _NOT_BEFORE
            and before not in _NOT_BEFORE
        ):
            entry = ActorEntry(
                name=doc[i:end].text,
                code=None,
                sector=_title_sector(words, None),
                role=" ".join(words),
                kind="person",
            )
            out.append(Mention(start, end, end - 1, "person", entry))
            taken.update(range(start, end))
            surnames.setdefault(doc[end - 1].text, entry)
        i = max(end, i + 1)
    return out


def _affiliation(doc: Doc, mention: Mention, titles: Collection[str]) -> bool:
    """Return True for a mention that can stand before a name as part of its title."""
    if mention.kind == "sector":
        return all(t.lower_ in titles for t in doc[mention.start : mention.end])
    excluded = ("person", "surname", "demonym", "people")
    return mention.kind not in excluded and mention.entry.sector != "MED"


def _title_sector(title: list[str], base: str | None) -> str | None:
    """The sector a title gives its holder: military ranks MIL, legislators LEG, else GOV."""
    words = set(title)
    if words & {"defence", "defense", "foreign", "prime", "president", "minister"}:
        return "GOV"
    if words & _MILITARY_TITLES:
        return "MIL"
    if "police" in words:
        return "COP"
    if words & _LEGISLATIVE_TITLES:
        return "LEG"
    if "opposition" in words:
        return "PTY"
    if "intelligence" in words:
        return "SPY"
    return base if base == "IGO" else "GOV"


def _name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


# Lower-case particles inside a name ("Pieter van Aalst", "Ursula von der Leyen", "Luiz Inácio
# da Silva"): part of it when a capitalised name word follows.
NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la",
     "ter", "ten", "zu", "bin", "ibn", "al", "el"}
)  # fmt: skip


def name_end(doc: Doc, start: int, taken: Collection[int], most: int = 4) -> int:
    """The end of the name that begins at ``start``: up to ``most`` capitalised words, with the
    particles between them ("van", "de", "von der")."""
    end, words = start, 0
    while end < len(doc) and words < most and end not in taken:
        if _name_token(doc[end]):
            end, words = end + 1, words + 1
            continue
        particles = end
        while particles < len(doc) and doc[particles].lower_ in NAME_PARTICLES:
            particles += 1
        if words == 0 or particles == end or particles >= len(doc):
            break
        if any(i in taken for i in range(end, particles + 1)) or not _name_token(doc[particles]):
            break
        end = particles
    return end


def role_nouns(doc: Doc, kept: list[Mention], titles: Collection[str]) -> list[Mention]:
    """Resolve "the chancellor", "the foreign minister", "the president" to the last person
    named before with that title or office, and "the German leader" to the last German named
    before who holds the office; unresolved, they stay sector or country mentions.

    Args:
        doc: the parsed document.
        kept: the finder's mentions, sorted by start and non-overlapping.
        titles: lower-case words of office.
    """
    out: list[Mention] = []
    people: list[Mention] = []
    for mention in kept:
        if mention.kind == "person" and mention.entry.code:
            people.append(mention)
        elif mention.entry.code is None and mention.start > 0:
            words = [t.lower_ for t in doc[mention.start : mention.end] if t.lower_ != "the"]
            definite = "the" in (doc[mention.start].lower_, doc[mention.start - 1].lower_)
            if words and definite:
                person = _titled_person(doc, words, people)
                if person is not None:
                    mention = replace(mention, kind="person", entry=person.entry)
                    people.append(mention)
        elif mention.kind == "country" and mention.entry.sector is not None:
            person = _national_officeholder(doc, mention, people, titles)
            if person is not None:
                mention = replace(mention, kind="person", entry=person.entry)
                people.append(mention)
        out.append(mention)
    return out


def _national_officeholder(
    doc: Doc, mention: Mention, people: list[Mention], titles: Collection[str]
) -> Mention | None:
    """The person "the German leader" or "the French foreign minister" stands for: the last one
    named before of that country who holds that office (:func:`holds_title`)."""
    tokens = doc[mention.start : mention.end]
    first = mention.start - 1 if doc[mention.start].lower_ != "the" else mention.start
    if first < 0 or doc[first].lower_ != "the":
        return None
    title: list[str] = []
    for token in reversed(tokens):
        if token.lower_ not in titles or token.lower_ in NOT_OFFICES:
            break
        title.insert(0, token.lower_)
    if not title or title[-1] not in ROLE_TITLES or len(title) == len(tokens):
        return None  # no nationality before the office words
    wanted = frozenset(title)
    for person in reversed(people):
        span = doc[person.start : person.end]
        named_with = frozenset(t.lower_ for t in span if t.lower_ in titles) - NOT_OFFICES
        entry = person.entry
        if holds_title(
            wanted,
            mention.entry.code,
            named_with=named_with,
            code=entry.code,
            country=entry.country,
            role=entry.role,
        ):
            return person
    return None


def _titled_person(doc: Doc, words: list[str], people: list[Mention]) -> Mention | None:
    title = words[-1]
    offices = ROLE_TITLES.get(title)
    if offices is None:
        return None
    phrase = " ".join(words)
    for person in reversed(people):
        text = doc[person.start : person.end].text.lower()
        role = (person.entry.role or "").lower()
        if phrase in text or title in text.split() or any(o in role for o in offices):
            if title == "minister" and len(words) > 1 and words[-2] not in text + " " + role:
                continue  # "the foreign minister" is not the prime minister
            return person
    return None
