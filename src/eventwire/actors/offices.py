"""Titles and offices: the words of office around a person's name, and the people behind them.

Three steps of :class:`eventwire.actors.finder.ActorFinder` live here:

1. :func:`join_titles`: titles and affiliations before a name join the person's mention
   ("Russian President Vladimir Putin", "NATO Secretary-General Mark Rutte");
2. :func:`unknown_officials`: a country and a title before a name the lexicon does not know make
   that country's official ("Iraqi President Saddam Hussein" → IRQ GOV), and a later surname
   alone is the same person;
3. :func:`role_nouns`: "the chancellor", "the foreign minister" stand for the last person named
   before with that title or office (:data:`ROLE_TITLES` maps a title noun to the offices it
   names; the quote finder's speakers use it too).
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
        i = mention.end
        while i < len(doc) and i - mention.end < _MAX_TITLE_TOKENS and i not in taken:
            if doc[i].lower_ not in titles or doc[i].lower_ in ("the", "'s"):
                break
            i += 1
        end = i
        while end < len(doc) and end - i < 4 and end not in taken and _name_token(doc[end]):
            end += 1
        if i == mention.end or end == i:
            out.append(mention)
            continue
        title = [t.lower_ for t in doc[mention.end : i]]
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
    if words & _LEGISLATIVE_TITLES:
        return "LEG"
    if "opposition" in words:
        return "PTY"
    if "intelligence" in words:
        return "SPY"
    return base if base == "IGO" else "GOV"


def _name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def role_nouns(doc: Doc, kept: list[Mention]) -> list[Mention]:
    """Resolve "the chancellor", "the foreign minister", "the president" to the last person
    named before with that title or office; unresolved, they stay bare sector mentions."""
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
        out.append(mention)
    return out


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
