"""Sector nouns with their owners: modifiers dropped, sector words merged, owners composed.

Two steps of :class:`eventwire.actors.finder.ActorFinder` live here:

0. :func:`drop_given_names`: a country that is a person's given name is no country ("Jordan
   Mensah", "Chad Wilson", "U.S. envoy Georgia Hale");
1. :func:`drop_modifiers`: a sector noun that modifies a non-actor noun is no actor ("police
   station", "military aid"); sector words before a sector noun merge with it ("government
   troops"), and "anti-government protesters" are protesters;
2. :func:`compose`: a country, seat of power, organisation or group before a sector noun makes
   one mention ("Russian troops" → RUS MIL, "Ukraine's government" → UKR GOV, "pro-Russian
   separatists" → RUS REB: the sponsor's code with the sector of the noun), as does "the
   government of Ukraine". Organisation + noun keeps the organisation's sector except for
   military nouns ("NATO troops" → NATO MIL); a group keeps its own ("Hamas fighters" → HAMAS
   REB). A leader's name before a government noun is the leader's state ("the Bush
   administration" → USA GOV, "Putin's government" → RUS GOV).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors.lexicon import ActorEntry, FormKind
from eventwire.actors.people import Mention

_BASE_KINDS = frozenset({"country", "adjective", "metonym", "igo", "group", "people"})
_LINK_WORDS = frozenset(
    {"'s", "’s", "'", "-", "backed", "led", "allied", "supported", "installed", "appointed",
     "controlled", "aligned", "sponsored", "friendly", "run", "based", "top", "senior"}
)  # fmt: skip
_MAX_LINKS = 3
_INSTITUTIONS = frozenset({"hospital", "clinic", "university", "college", "school"})
_LEADERS_BODIES = frozenset({"administration", "government", "cabinet", "regime", "officials"})
"""What a leader's name before it makes the leader's state: "the Bush administration", "the
Netanyahu government", "Assad's regime", "Trump officials"."""


_NAMED_KINDS = frozenset({"country", "metonym"})


def drop_given_names(doc: Doc, kept: list[Mention], titles: frozenset[str]) -> list[Mention]:
    """Drop a country or seat of power that is the given name of a person ("Jordan Mensah",
    "Chad Wilson", "Israel Mbatha", "envoy Georgia Hale"), or the surname the model tags with
    a given name ("Brian Kingston").

    The one-token name must be a compound of the proper noun right after it, which heads its
    phrase and is no actor, and the pair must read as a person's name: the model tags it
    PERSON, the second word stands alone elsewhere as a surname ("Mensah said"), or a title
    stands before it or in apposition ("a spokesman for the commission"). "Jordan Valley",
    "Israel Defense Forces" and "Georgia Republicans" keep their country.

    Args:
        doc: the parsed document.
        kept: the finder's mentions, sorted by start and non-overlapping.
        titles: lower-case words of office that may stand before a name.
    """
    taken = {i for m in kept for i in range(m.start, m.end)}
    alone = {t.text for t in doc if _surname_alone(t) and t.i not in taken}
    return [
        m
        for m in kept
        if not (m.kind in _NAMED_KINDS and (_given_name(doc, m, titles, alone) or _surname(doc, m)))
    ]


def _surname(doc: Doc, mention: Mention) -> bool:
    """Whether a one-token seat of power is a person's surname the model tagged with the given
    name before it ("its president, Brian Kingston": no Jamaica)."""
    if mention.end - mention.start != 1 or mention.start == 0:
        return False
    word, given = doc[mention.start], doc[mention.start - 1]
    return (
        word.ent_type_ == "PERSON"
        and word.ent_iob_ == "I"
        and given.ent_type_ == "PERSON"
        and given.pos_ == "PROPN"
    )


def _surname_alone(token: Token) -> bool:
    """A singular proper noun that is a noun phrase of its own ("Mensah said")."""
    return (
        token.tag_ == "NNP"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss")
        and not any(c.dep_ == "compound" for c in token.children)
        and (token.i == 0 or token.nbor(-1).pos_ != "PROPN")
    )


def _given_name(doc: Doc, mention: Mention, titles: frozenset[str], alone: set[str]) -> bool:
    """Whether a one-token mention is the given name of the person named by the next token."""
    first = doc[mention.start]
    if mention.end - mention.start != 1 or mention.end >= len(doc):
        return False
    last = doc[mention.end]
    if (
        first.dep_ != "compound"
        or first.head.i != last.i
        or last.tag_ != "NNP"
        or not last.text[:1].isupper()
        or last.dep_ == "compound"
        or last.lower_ in titles
    ):
        return False
    person = first.ent_type_ == "PERSON" and last.ent_type_ == "PERSON" and last.ent_iob_ == "I"
    title = doc[first.i - 1] if first.i > 0 else None
    before = (  # "envoy Georgia Hale", not "the Jordan Valley"
        title is not None
        and title.pos_ == "NOUN"
        and title.lower_ in titles
        and title.head.i == last.i
    )
    titled = any(c.dep_ == "appos" and c.lower_ in titles for c in last.children)
    return person or before or titled or last.text in alone


def drop_modifiers(doc: Doc, kept: list[Mention], generic: frozenset[str]) -> list[Mention]:
    """Drop sector nouns used as modifiers of a non-actor noun ("police station", "military aid")
    and merge sector words that modify a sector noun ("government troops").

    Args:
        doc: the parsed document.
        kept: the finder's mentions, sorted by start and non-overlapping.
        generic: sector nouns that take the sector of a preceding sector word.
    """
    starts = {m.start: m for m in kept}
    out: list[Mention] = []
    pending: Mention | None = None
    described: dict[int, int] = {}  # a group's start -> the start of the sector words before it
    for mention in kept:
        if mention.kind == "metonym" and mention.end not in starts and _is_modifier(doc, mention):
            continue  # "the Astana talks"
        if mention.start in described:
            mention = replace(mention, start=described[mention.start])
        if mention.kind != "sector":
            out.append(mention)
            continue
        follower = starts.get(mention.end)
        if follower is not None and follower.kind == "group":
            # "Sudan's paramilitary Rapid Support Forces": the sector word describes the group
            described[follower.start] = pending.start if pending is not None else mention.start
            pending = None
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


def compose(doc: Doc, kept: list[Mention], generic: frozenset[str]) -> list[Mention]:
    """Join country/organisation + sector noun (either order with "of") into one mention.

    Args:
        doc: the parsed document.
        kept: the finder's mentions, sorted by start and non-overlapping.
        generic: sector nouns that take the sector of a preceding sector word.
    """
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
            if noun is not None and _named_institution(doc, mention, noun):
                skip.add(id(noun))
                out.append(Mention(mention.start, noun.end, noun.core, "sector", noun.entry))
                continue
            if noun is not None and (noun.kind == "sector" or _same_body(mention, noun)):
                skip.add(id(noun))
                out.append(_joined(doc, mention, noun, generic))
                continue
        if mention.kind in ("person", "surname") and mention.entry.code is not None:
            body = _leaders_body(doc, mention, starts)
            if body is not None:
                skip.add(id(body))
                entry = replace(mention.entry, sector="GOV", role=None, kind="country")
                out.append(Mention(mention.start, body.end, body.core, "country", entry))
                continue
        owned = _owned_organ(doc, mention, out)
        if owned is not None:  # "Russia's Security Council", "the AU's Peace and Security Council"
            out[-1] = owned
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


# An organisation's organ named without the organisation: another state's or body's own when a
# possessor or a country adjective stands before it ("Russia's Security Council" is Russia's).
_GENERIC_ORGANS = frozenset({"security council"})


def _owned_organ(doc: Doc, organ: Mention, before: list[Mention]) -> Mention | None:
    """The organ as its possessor's ("Russia's Security Council" → RUS GOV, "the AU's Peace and
    Security Council" → AU), when the mention just before it modifies its head; else None."""
    if organ.kind != "igo" or doc[organ.start : organ.end].text.lower() not in _GENERIC_ORGANS:
        return None
    if not before:
        return None
    owner = before[-1]
    if owner.kind not in ("country", "adjective", "igo") or owner.entry.code == organ.entry.code:
        return None
    head = doc[organ.core]
    if doc[owner.core].head.i != head.i or doc[owner.core].dep_ not in ("poss", "compound", "amod"):
        return None
    if owner.kind == "igo":
        return Mention(owner.start, organ.end, organ.core, "igo", owner.entry)
    entry = replace(owner.entry, sector="GOV", kind="country")
    return Mention(owner.start, organ.end, organ.core, "country", entry)


def _leaders_body(doc: Doc, leader: Mention, starts: dict[int, Mention]) -> Mention | None:
    """The government noun right after a leader's name ("the Obama administration", "Putin's
    government"), or None."""
    i = leader.end
    if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
        i += 1
    body = starts.get(i)
    if body is None or body.kind != "sector" or body.end - body.start != 1:
        return None
    return body if doc[body.start].lower_ in _LEADERS_BODIES else None


def _named_institution(doc: Doc, base: Mention, noun: Mention) -> bool:
    """'the Saudi Hospital' in El Fasher, 'the American University of Beirut': a demonym in the
    proper name of a hospital or a university names its founder or its sponsor, not the country
    it stands in or acts for; a lower-case 'a Saudi hospital' is the country's."""
    last = doc[noun.end - 1]
    return (
        base.kind == "adjective"
        and noun.kind == "sector"
        and last.lower_ in _INSTITUTIONS
        and last.text[:1].isupper()
        and not last.is_sent_start
    )


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
