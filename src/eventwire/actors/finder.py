"""Find actor mentions in a parsed document and resolve them against the lexicon.

:class:`ActorFinder` builds one spaCy ``PhraseMatcher`` over every surface form of the lexicon
once; :meth:`ActorFinder.find` then runs in about linear time per document:

1. exact matches (case rules: ``US`` must be upper case, ``Turkey`` capitalised);
2. people: full names, then surnames alone — the person named in the article, else the one
   person the lexicon knows by that surname (preferring whoever is in office on the date);
3. misspelt surnames (edit distance 1, six letters or more, capitalised proper nouns);
4. the longest non-overlapping mentions win;
5. sector nouns used as modifiers are dropped, seats of power used as places too
   (:mod:`eventwire.actors.composing`);
6. titles before a name join the person's mention ("Russian President Vladimir Putin"), and a
   country with a title before an unknown name makes its official (:mod:`eventwire.actors.offices`);
7. a country, seat of power, organisation or group before a sector noun composes one mention
   ("Russian troops" → RUS MIL, "Ukraine's government" → UKR GOV, "pro-Russian separatists" →
   RUS REB: the sponsor's code with the sector of the noun), as does "the government of Ukraine"
   (:mod:`eventwire.actors.composing`);
8. "the chancellor", "the foreign minister" stand for the last person named with that office.

A bare country ("Russia") keeps sector None: the event coder decides when a country acts as a
state. Organisation + noun keeps the organisation's sector except for military nouns ("NATO
troops" → NATO MIL); a group keeps its own sector ("Hamas fighters" → HAMAS REB).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.actors.composing import compose, drop_given_names, drop_modifiers
from eventwire.actors.lexicon import Form, FormKind, Kind, Lexicon, fold
from eventwire.actors.offices import ROLE_TITLES, join_titles, role_nouns, unknown_officials
from eventwire.actors.people import Mention, PersonResolver, deletions, near_miss

__all__ = ["ROLE_TITLES", "ActorFinder", "ActorSpan"]

_PRIORITY: dict[FormKind, int] = {
    "person": 0, "surname": 1, "igo": 2, "group": 2, "metonym": 3, "country": 4,
    "adjective": 4, "demonym": 5, "people": 5, "sector": 6,
}  # fmt: skip
_MIN_MISSPELT = 6  # shorter names are one letter from too many others (Iran/Iraq, Mali/Bali)
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "into", "within", "throughout",
     "toward", "towards", "visited", "visit", "visiting"}
)  # fmt: skip


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
        self._countries: dict[str, set[str]] = {}  # one-letter-short variants → country keys
        for key, forms in lexicon.forms.items():
            named = any(f.kind == "country" and f.entry is not None for f in forms)
            if named and len(key) >= _MIN_MISSPELT and key.isalpha():
                for variant in {key, *deletions(key)}:
                    self._countries.setdefault(variant, set()).add(key)

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
        kept.extend(self._misspelt_countries(doc, kept))
        kept.sort(key=lambda m: m.start)
        generic, titles = self.lexicon.generic, self.lexicon.titles
        kept = drop_given_names(doc, kept, titles)
        kept = [m for m in drop_modifiers(doc, kept, generic) if not _a_place(doc, m)]
        kept = join_titles(doc, kept, titles)
        kept = unknown_officials(doc, kept, titles)
        kept = compose(doc, kept, generic)
        kept = role_nouns(doc, kept, titles)
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

    def _misspelt_countries(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """A capitalised proper noun no mention covers, one letter off (see
        :func:`eventwire.actors.people.near_miss`) the name of exactly one country: "Afganistan",
        "Ethopia". Names of people, parts of longer names and words the lexicon knows are left
        alone."""
        covered = {i for m in kept for i in range(m.start, m.end)}
        out = []
        for token in doc:
            text = token.text
            if token.i in covered or len(text) < _MIN_MISSPELT or not text[:1].isupper():
                continue
            if not text.isalpha() or token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
                continue
            if token.ent_iob_ == "I" or (
                token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
            ):
                continue  # part of a longer name: "Columbia University", "British Columbia"
            key = fold(text).lower()
            if key in self.lexicon.forms:
                continue
            hits = {k for v in {key, *deletions(key)} for k in self._countries.get(v, ())}
            names = {k for k in hits if near_miss(key, k)}
            if len(names) != 1:
                continue
            form = next(f for f in self.lexicon.forms[names.pop()] if f.kind == "country")
            if form.entry is not None:
                out.append(Mention(token.i, token.i + 1, token.i, "country", form.entry))
        return out

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


def _a_place(doc: Doc, mention: Mention) -> bool:
    """Return True for a seat of power used as a place ("in Berlin", "outside the Kremlin")."""
    if mention.kind != "metonym":
        return False
    i = mention.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _PLACE_PREPOSITIONS


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
