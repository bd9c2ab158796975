"""Find actor mentions in a parsed document and resolve them against the lexicon.

:class:`ActorFinder` builds one spaCy ``PhraseMatcher`` over every surface form of the lexicon
once; :meth:`ActorFinder.find` then runs in about linear time per document:

1. exact matches (case rules: ``US`` must be upper case, ``Turkey`` capitalised);
2. people: full names, then surnames alone — the person named in the article, else the one
   person the lexicon knows by that surname (preferring whoever is in office on the date);
3. misspelt surnames (edit distance 1, six letters or more, capitalised proper nouns);
4. the longest non-overlapping mentions win;
5. titles before a name join the person's mention ("Russian President Vladimir Putin");
6. a country, seat of power, organisation or group before a sector noun composes one mention
   ("Russian troops" → RUS MIL, "Ukraine's government" → UKR GOV, "pro-Russian separatists" →
   RUS REB: the sponsor's code with the sector of the noun), as does "the government of Ukraine".

A bare country ("Russia") keeps sector None: the event coder decides when a country acts as a
state. Organisation + noun keeps the organisation's sector except for military nouns ("NATO
troops" → NATO MIL); a group keeps its own sector ("Hamas fighters" → HAMAS REB).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from eventwire.actors.lexicon import ActorEntry, Form, FormKind, Kind, Lexicon, fold
from eventwire.actors.people import Mention, PersonResolver

_PRIORITY: dict[FormKind, int] = {
    "person": 0, "surname": 1, "igo": 2, "group": 2, "metonym": 3, "country": 4,
    "adjective": 4, "demonym": 5, "people": 5, "sector": 6,
}  # fmt: skip
_BASE_KINDS = frozenset({"country", "adjective", "metonym", "igo", "group", "people"})
_LINK_WORDS = frozenset(
    {"'s", "’s", "'", "-", "backed", "led", "allied", "supported", "installed", "appointed",
     "controlled", "aligned", "sponsored", "friendly", "run", "based", "top", "senior"}
)  # fmt: skip
_TRIM = frozenset({"the", "of", "-", "'s", "’s", "and"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "into", "within", "throughout",
     "toward", "towards", "visited", "visit", "visiting"}
)  # fmt: skip
_OF_TITLES = frozenset({"state", "defense", "defence", "war", "staff"})
_MAX_LINKS = 3
_MAX_TITLE_TOKENS = 8


@dataclass(frozen=True)
class ActorSpan:
    """One actor mention: where it is, what it is and whom it stands for on the article's date.

    Attributes:
        start: token index in the Doc (inclusive).
        end: token index (exclusive).
        head: token index of the syntactic head ("troops" in "Russian troops").
        text: ``doc[start:end].text``.
        name: canonical name ("Olaf Scholz", "Russia", "NATO"), None for a bare sector noun.
        code: ISO alpha-3 country code, IGO or group code, or None.
        sector: PLOVER/CAMEO agent code, or None.
        role: office held on the date ("head of government"), None when out of office.
        kind: "person", "country", "igo", "group", "sector", "metonym" or "people".
        start_char: character offset of the mention in ``doc.text``.
        end_char: character offset of its end.
        country: home country (a person's nationality, a group's base), when known.
        placed: the code was inferred from where the sentence places the mention.
    """

    start: int
    end: int
    head: int
    text: str
    name: str | None
    code: str | None
    sector: str | None
    role: str | None
    kind: str
    start_char: int
    end_char: int
    country: str | None = None
    placed: bool = False


class ActorFinder:
    """Finds actor mentions; build once per process and reuse for every document.

    Args:
        nlp: the pipeline whose tokenizer made the docs (only its vocab and tokenizer are used).
        lexicon: the actor lexicon, usually :func:`eventwire.actors.lexicon.load_lexicon`.
    """

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._forms: dict[int, tuple[Form, ...]] = {}
        for key, forms in lexicon.forms.items():
            surfaces = {form.surface for form in forms} | {fold(form.surface) for form in forms}
            self._matcher.add(key, [nlp.make_doc(surface) for surface in sorted(surfaces)])
            self._forms[nlp.vocab.strings[key]] = forms
        self._people = PersonResolver(lexicon)

    def find(self, doc: Doc, on: dt.date | None) -> list[ActorSpan]:
        """Return the actor mentions of ``doc``, sorted by start and non-overlapping.

        Args:
            doc: a parsed document (tags and dependencies improve heads and filtering).
            on: the article's date, to resolve who held which office; None = latest role.
        """
        found = [m for m in (self._mention(doc, *hit) for hit in self._matcher(doc)) if m]
        found.extend(self._hyphenated(doc))
        found = self._people.resolve(doc, found, on)
        kept = _select(found, len(doc))
        kept.extend(self._people.fuzzy(doc, kept, on))
        kept.sort(key=lambda m: m.start)
        kept = [m for m in _drop_modifiers(doc, kept, self.lexicon.generic) if not _a_place(doc, m)]
        kept = self._with_titles(doc, kept)
        kept = self._unknown_officials(doc, kept)
        kept = _compose(doc, kept, self.lexicon.generic)
        kept = _role_nouns(doc, kept)
        return [_to_span(doc, m) for m in kept]

    def _mention(self, doc: Doc, key: int, start: int, end: int) -> Mention | None:
        text = doc[start:end].text
        usable = [f for f in self._forms[key] if _case_ok(f, text)]
        if not usable:
            return None
        form = min(usable, key=lambda f: _PRIORITY[f.kind])
        if form.kind in ("person", "surname"):
            people = {f.person for f in usable if f.kind == form.kind and f.person is not None}
            return self._people.mention(start, end, form.kind, people)
        if form.entry is None:
            return None
        return Mention(start, end, end - 1, form.kind, form.entry)

    def _hyphenated(self, doc: Doc) -> list[Mention]:
        """Country prefixes glued to a word by the tokenizer: "U.S.-led", "EU-brokered"."""
        out = []
        for token in doc:
            if "-" not in token.text[1:-1]:
                continue
            prefix = token.text.split("-", 1)[0]
            forms = [
                f
                for f in self.lexicon.lookup(prefix, "country", "adjective", "igo")
                if _case_ok(f, prefix)
            ]
            if forms and forms[0].entry is not None:
                out.append(Mention(token.i, token.i + 1, token.i, forms[0].kind, forms[0].entry))
        return out

    def _with_titles(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """Join titles and affiliations before a person's name to the person's mention."""
        by_end = {m.end: m for m in kept}
        absorbed: set[int] = set()
        for mention in kept:
            if mention.kind not in ("person", "surname"):
                continue
            start = mention.start
            while start > 0 and mention.start - start < _MAX_TITLE_TOKENS:
                before = by_end.get(start)
                if before is not None and self._affiliation(doc, before):
                    absorbed.add(id(before))
                    start = before.start
                elif doc[start - 1].lower_ == "of":
                    if doc[start].lower_ not in _OF_TITLES:
                        break
                    start -= 1
                elif doc[start - 1].lower_ in self.lexicon.titles:
                    start -= 1
                else:
                    break
            while start < mention.start and doc[start].lower_ in _TRIM:
                start += 1
            mention.start = start
        out = [m for m in kept if id(m) not in absorbed]
        return [m for m in out if not any(o is not m and o.start <= m.start < o.end for o in out)]

    def _unknown_officials(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """A country and a title before a name the lexicon does not know is that country's
        official: "Iraqi President Saddam Hussein" → IRQ GOV, "Gambian Army Commander X" → MIL.
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
                if doc[i].lower_ not in self.lexicon.titles or doc[i].lower_ in ("the", "'s"):
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

    def _affiliation(self, doc: Doc, mention: Mention) -> bool:
        """Return True for a mention that can stand before a name as part of its title."""
        if mention.kind == "sector":
            return all(t.lower_ in self.lexicon.titles for t in doc[mention.start : mention.end])
        excluded = ("person", "surname", "demonym", "people")
        return mention.kind not in excluded and mention.entry.sector != "MED"


def _a_place(doc: Doc, mention: Mention) -> bool:
    """Return True for a seat of power used as a place ("in Berlin", "outside the Kremlin")."""
    if mention.kind != "metonym":
        return False
    i = mention.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _PLACE_PREPOSITIONS


_MILITARY_TITLES = frozenset(
    {"general", "gen.", "commander", "colonel", "col.", "admiral", "adm.", "marshal",
     "lieutenant", "lt.", "major", "army", "military"}
)  # fmt: skip
_LEGISLATIVE_TITLES = frozenset({"senator", "sen.", "rep.", "speaker", "lawmaker", "house"})


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


def _role_nouns(doc: Doc, kept: list[Mention]) -> list[Mention]:
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


def _case_ok(form: Form, text: str) -> bool:
    if text[:4].lower() == "the " and not form.surface.lower().startswith("the "):
        text = text[4:]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    if form.case == "upper":
        return all(ch.isupper() for ch in letters)
    if form.case == "title":
        return letters[0].isupper()
    return True


def _select(found: list[Mention], size: int) -> list[Mention]:
    """Keep the longest mentions, then the strongest kinds, without overlaps."""
    taken = [False] * size
    kept = []
    for mention in sorted(found, key=lambda m: (m.start - m.end, _PRIORITY[m.kind], m.start)):
        if not any(taken[mention.start : mention.end]):
            taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
            kept.append(mention)
    return kept


def _drop_modifiers(doc: Doc, kept: list[Mention], generic: frozenset[str]) -> list[Mention]:
    """Drop sector nouns used as modifiers of a non-actor noun ("police station", "military aid")
    and merge sector words that modify a sector noun ("government troops")."""
    starts = {m.start: m for m in kept}
    out: list[Mention] = []
    pending: Mention | None = None
    for mention in kept:
        if mention.kind == "metonym" and mention.end not in starts and _is_modifier(doc, mention):
            continue  # "the Astana talks"
        if mention.kind != "sector":
            out.append(mention)
            continue
        if pending is not None and pending.end == mention.start:
            mention = _merge_sectors(doc, pending, mention, generic)
        pending = None
        nxt = starts.get(mention.end)
        if nxt is not None and nxt.kind == "sector":
            pending = mention  # merged into the next sector mention
        elif not _is_modifier(doc, mention) and not _after_anti(doc, mention.start):
            out.append(mention)
    return out


def _merge_sectors(doc: Doc, first: Mention, second: Mention, generic: frozenset[str]) -> Mention:
    is_generic = doc[second.end - 1].lower_ in generic
    sector = _sector(first) if is_generic else _sector(second)
    start = first.start
    if _after_anti(doc, start):  # "anti-government protesters" are protesters
        sector, start = _sector(second), start - 2
    entry = ActorEntry(None, None, sector, None, "sector")
    return Mention(start, second.end, second.core, "sector", entry)


def _sector(mention: Mention) -> str | None:
    return mention.entry.sector


def _is_modifier(doc: Doc, mention: Mention) -> bool:
    last = doc[mention.end - 1]
    if mention.end >= len(doc):
        return False
    if doc.has_annotation("DEP"):
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= mention.end
    return doc[mention.end].pos_ in ("NOUN", "PROPN")


def _after_anti(doc: Doc, start: int) -> bool:
    return _after_word(doc, start, "anti")


def _after_word(doc: Doc, start: int, word: str) -> bool:
    """Return True when ``word-`` stands right before token ``start`` ("pro-", "anti-")."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == word


def _compose(doc: Doc, kept: list[Mention], generic: frozenset[str]) -> list[Mention]:
    """Join country/organisation + sector noun (either order with "of") into one mention."""
    starts = {m.start: m for m in kept}
    out: list[Mention] = []
    skip: set[int] = set()
    for mention in kept:
        if id(mention) in skip:
            continue
        if mention.kind in _BASE_KINDS and _after_anti(doc, mention.start):
            continue
        if mention.kind in _BASE_KINDS:
            if _after_word(doc, mention.start, "pro"):
                mention.start -= 2
            i = mention.end
            while i < len(doc) and i - mention.end < _MAX_LINKS and i not in starts:
                if not _is_link(doc, i):
                    break
                i += 1
            noun = starts.get(i)
            if noun is not None and (noun.kind == "sector" or _same_body(mention, noun)):
                skip.add(id(noun))
                out.append(_joined(doc, mention, noun, generic))
                continue
        if mention.kind == "sector" and out is not None:
            after = mention.end
            if after + 1 < len(doc) and doc[after].lower_ == "of":
                owner = starts.get(after + 1)
                if owner is not None and owner.kind in ("country", "metonym"):
                    skip.add(id(owner))
                    entry = replace(owner.entry, sector=mention.entry.sector, kind="country")
                    out.append(Mention(mention.start, owner.end, mention.core, "country", entry))
                    continue
        out.append(mention)
    return out


def _is_link(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.lower_ in _LINK_WORDS:
        return True
    if token.pos_ in ("ADJ", "NUM") and token.lower_ not in ("and", "or"):
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound"


def _same_body(base: Mention, other: Mention) -> bool:
    return other.kind == "metonym" and other.entry.code == base.entry.code


def _joined(doc: Doc, base: Mention, noun: Mention, generic: frozenset[str]) -> Mention:
    if noun.kind == "metonym":
        return Mention(base.start, noun.end, noun.core, "metonym", noun.entry)
    sector = noun.entry.sector
    is_generic = doc[noun.end - 1].lower_ in generic
    kind: FormKind = base.kind
    if base.kind == "group":
        sector = base.entry.sector
    elif base.kind == "igo":
        sector = "MIL" if sector == "MIL" else base.entry.sector
    elif base.kind == "metonym" and is_generic:
        sector = base.entry.sector
    elif base.kind == "adjective":
        kind = "country"
    entry = replace(base.entry, sector=sector)
    return Mention(base.start, noun.end, noun.core, kind, entry)


def _to_span(doc: Doc, mention: Mention) -> ActorSpan:
    span = doc[mention.start : mention.end]
    head = span.root.i if doc.has_annotation("DEP") else mention.core
    entry = mention.entry
    kind: Kind = _KIND.get(mention.kind, entry.kind)
    return ActorSpan(
        start=mention.start,
        end=mention.end,
        head=head,
        text=span.text,
        name=entry.name,
        code=entry.code,
        sector=entry.sector,
        role=entry.role,
        kind=kind,
        start_char=span.start_char,
        end_char=span.end_char,
        country=entry.country,
    )


_KIND: dict[FormKind, Kind] = {
    "person": "person", "surname": "person", "country": "country", "adjective": "country",
    "demonym": "country", "metonym": "metonym", "igo": "igo", "group": "group", "sector": "sector",
    "people": "people",
}  # fmt: skip
