"""Give a country to actors that name none, from where their sentence places them.

CAMEO and PLOVER code an actor that names no state of its own — a sector noun ("activists",
"rebels"), a people or faith with no state ("Kurds", "Shiites"), an ethnic minority ("ethnic
Albanians") — by the country the text puts it in. :func:`place_actors` reads, in order:

1. the mention's own words: a place or country after "in", "of", "inside", "across" or
   "throughout", also through "based in" / "operating in" ("activists in Cairo", "Albanians of
   southern Serbia", "a newspaper based in Beirut");
2. a possessive country on a title in apposition or on the noun itself, however many words
   stand between ("X, Algeria's leading human rights activist" → DZA CVL);
3. a country adjective right before a demonym of another country or a people: "Bosnian Serbs"
   are BIH, "Iraqi Kurds" IRQ; a demonym "of" another country is a minority of it ("the
   Albanians of southern Serbia" → SRB; "Albanians in Italy" stay Albanians);
4. else the one country the sentence names (its places and coded actors), when it names exactly
   one; with none, the one country of the sentence before.

A people with one home ("Yoruba" → NGA) keeps it when nothing places it. "Ethnic" before a
demonym or a country adjective marks a minority, not the kin state's nationals: the kin state is
dropped and the rules above apply ("ethnic Albanians in Macedonia" → MKD). Refugees, migrants and
exiles are coded by where they come from (CAMEO codes refugees by origin: "Afghan refugees" are
AFG), never by where they are: only "refugees from Syria" places them. Nor are troops placed by
where they are: forces "in" a country or "arriving in" it are as often foreign as its own.

A placed code is marked (``ActorSpan.placed``): the event coder does not count it as a named
party when it weighs how sure an event is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.actors.lexicon import Lexicon
from eventwire.schema import Place

_UNPLACED_SECTORS = frozenset({"MIL"})  # troops "in" a country are as often foreign as its own
# Military bodies that sit in their own country's capital, unlike troops ("the ministry in Tokyo").
_SEATED_BODIES = frozenset({"ministry", "department", "headquarters", "command", "staff", "chief"})
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
_SEVERAL = frozenset({"two", "both", "three", "all"})
_IN_WORDS = frozenset({"in", "of", "inside", "across", "throughout", "within"})
_ORIGIN_WORDS = frozenset({"from"})
_PLACING_VERBS = frozenset({"base", "operate", "live", "station", "fight", "active"})
_DISPLACED = frozenset({"refugee", "migrant", "exile", "asylum", "evacuee", "displaced"})
_STATE_KINDS = frozenset({"country", "metonym", "person", "group", "igo"})
# Titles organisations give: their holders are not placed by the one country a story names.
_ORGANISATION_TITLES = frozenset(
    {"commissioner", "secretary-general", "director-general", "envoy", "representative",
     "rapporteur", "chief", "head", "president", "chairman", "chairwoman", "chair"}
)  # fmt: skip


def place_actors(
    doc: Doc, actors: Sequence[ActorSpan], places: Sequence[Place], lexicon: Lexicon
) -> list[ActorSpan]:
    """Return ``actors`` with a country for each one that names none (see the module docstring).

    Args:
        doc: the parsed article.
        actors: the article's actor spans, sorted by start.
        places: the article's geocoded places (their spans are character offsets into ``doc``).
        lexicon: the actor lexicon (to tell a demonym from a country adjective).
    """
    merged = [a for a in _kin_adjectives(doc, list(actors), lexicon) if not _in_shared(a, places)]
    # an ethnic group's own name is no place it is in ("ethnic Albanians in southern Serbia": the
    # gazetteer may read "Albanians" as Albania, and the sentence would seem to name two)
    minority = {i for span in merged if _ethnic(doc, span) for i in range(span.start, span.end)}
    where = {i: code for i, code in _place_tokens(doc, places).items() if i not in minority}
    out: list[ActorSpan] = []
    for span in merged:
        ethnic = _ethnic(doc, span)
        if ethnic:
            span = replace(span, code=None, country=None, kind="people", sector=span.sector)
        if span.code is None and (span.kind in ("people", "sector") or ethnic or _official(span)):
            # an official who is the subject acts on what the sentence names ("President X
            # threatened Hungary"): only the official's own words place him
            acting = _official(span) and doc[span.head].dep_ in ("nsubj", "nsubjpass")
            code = _placed(doc, span, merged, where, fallback=not acting)
            if code is None and _local_office(span):
                code = _local_country(doc, span, merged, where)  # "In Odesa, …, governor X said"
            if code is None and _official(span):
                code = _only_country(doc, span, merged, where)  # a one-country story
            if code is not None:
                span = replace(span, code=code, country=code, placed=True)
        elif span.kind == "people" and span.code is not None:
            code = _placed(doc, span, merged, where, fallback=False)
            if code is not None:  # "Chechens in Georgia": where they are, not their home
                span = replace(span, code=code, country=code, placed=True)
        elif span.kind == "metonym" and span.code is not None:
            code = _seat_after(doc, span, where)
            if code is not None and code != span.code:  # "the Joint Chiefs of Staff in Seoul"
                span = replace(span, code=code, country=code)
        elif span.kind == "country" and lexicon.lookup(span.text, "demonym"):
            code = _people_of(doc, span, merged, where)
            if code is not None:  # "the Albanians of southern Serbia"
                span = replace(span, code=code, country=code, kind="people", placed=True)
        out.append(span)
    return out


def _placed(
    doc: Doc,
    span: ActorSpan,
    actors: Sequence[ActorSpan],
    where: dict[int, str],
    *,
    fallback: bool = True,
) -> str | None:
    """The country a mention is placed in, or None."""
    if span.sector in _UNPLACED_SECTORS:
        if doc[span.head].lemma_.lower() in _SEATED_BODIES:  # "the defence ministry in Tokyo"
            seat = _seat_after(doc, span, where)
            if seat is not None:
                return seat
        return _possessor(
            doc[span.head], {i: a for a in actors for i in range(a.start, a.end)}, span
        )
    head = doc[span.head]
    displaced = is_displaced(span) or head.lemma_.lower() in _DISPLACED
    words = _ORIGIN_WORDS if displaced else _IN_WORDS | {"from"}
    by_token = {i: a for a in actors for i in range(a.start, a.end)}
    for obj in _objects(head, words):
        code = _country_in(obj, where, by_token, span)
        if code is not None:
            return code
    if displaced:
        return None
    owner = _possessor(head, by_token, span) or _mission_left(head, by_token, span)
    if owner is not None:
        return owner
    several = span.kind != "people" and any(c.lower_ in _SEVERAL for c in head.children)
    if not fallback or several:
        return None  # "the two leaders" are two parties; "three ethnic Albanians" are one people
    sent = head.sent
    codes = _countries(sent, where, actors, span)
    if (
        not codes
        and sent.start > 0
        and not _countries(sent, where, actors, span, organisations=False)
    ):
        # a sentence that names no country (not one whose organisation places no one) leans on
        # the one before, unless that is a dateline: where a story is filed is not where its
        # people are ("ADDIS ABABA (Reuters) - … detained President X" is no Ethiopian)
        before = doc[sent.start - 1].sent
        if not _dateline(before):
            codes = _countries(before, where, actors, span)
    return next(iter(codes)) if len(codes) == 1 else None


_DASHES = frozenset({"-", "—", "–", "―", "--"})


def _dateline(sent: Span) -> bool:
    """A sentence that is only a story's dateline ("KYIV, Ukraine (Reuters) -")."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text in _DASHES


def _seat_after(doc: Doc, span: ActorSpan, where: dict[int, str]) -> str | None:
    """The country of a place right after a body's name ("the Joint Chiefs of Staff in Seoul",
    "the defence ministry in Tokyo"): a body named by what it is, not by its country, sits where
    the text puts it. Only "in" and a place straight after it count."""
    at = span.end
    if at + 1 >= len(doc) or doc[at].lower_ != "in":
        return None
    return where.get(at + 1)


def _only_country(
    doc: Doc, span: ActorSpan, actors: Sequence[ActorSpan], where: dict[int, str]
) -> str | None:
    """The one country a story names, for an official with a title and no country ("Interior
    Minister X" in a story only about Kenya); None when it names two, or none, or when the
    official's own sentence names a country (he may be acting on it: "threatened Hungary")."""
    if _countries(doc[span.head].sent, where, actors, span):
        return None
    # over a whole story an organisation places no one: "Finance Minister X" in a Kenyan story
    # that names the IMF is Kenyan; a title an organisation gives ("Commissioner") is not placed
    national = not (span.role and set(span.role.split()) & _ORGANISATION_TITLES)
    codes = _countries(doc[:], where, actors, span, organisations=not national)
    return next(iter(codes)) if len(codes) == 1 else None


# Offices of a town or a region: their holder is where the sentence is ("In Odesa, a drone hit an
# apartment block, regional governor Oleh Kiper said").
_LOCAL_OFFICES = frozenset({"governor", "mayor"})


def _local_office(span: ActorSpan) -> bool:
    return span.role is not None and span.role.split()[-1] in _LOCAL_OFFICES


def _local_country(
    doc: Doc, span: ActorSpan, actors: Sequence[ActorSpan], where: dict[int, str]
) -> str | None:
    """The country of the towns and regions a local official's sentence names, when it names
    one and no state as a party ("Governor X accused Cuba …" is not Cuba's governor)."""
    sent = doc[span.head].sent
    parties = [
        a for a in actors if sent.start <= a.start < sent.end and a.kind in _STATE_KINDS
        and a.code is not None and not _same(a, span)
    ]  # fmt: skip
    if parties:
        return None
    covered = {i for a in actors for i in range(a.start, a.end)}
    codes = {c for i, c in where.items() if sent.start <= i < sent.end and i not in covered}
    return next(iter(codes)) if len(codes) == 1 else None


def _official(span: ActorSpan) -> bool:
    """A person the lexicon lacks, named with an office but no country ("President X")."""
    return span.kind == "person" and span.role is not None and span.country is None


def is_displaced(span: ActorSpan) -> bool:
    """Refugees, migrants, exiles: coded by where they come from, not where they are."""
    return any(word.rstrip("s") in _DISPLACED for word in span.text.lower().split())


def _people_of(
    doc: Doc, span: ActorSpan, actors: Sequence[ActorSpan], where: dict[int, str]
) -> str | None:
    """The other country a demonym is "of": a minority ("the Serbs of Croatia")."""
    by_token = {i: a for a in actors for i in range(a.start, a.end)}
    for obj in _objects(doc[span.head], frozenset({"of"})):
        code = _country_in(obj, where, by_token, span)
        if code is not None and code != span.code:
            return code
    return None


def _objects(head: Token, words: frozenset[str]) -> list[Token]:
    """Objects of the mention's placing prepositions ("in Cairo"; "based in Beirut")."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in words:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("acl", "relcl", "amod") and child.lemma_.lower() in _PLACING_VERBS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in words:
                    out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _country_in(
    obj: Token, where: dict[int, str], by_token: dict[int, ActorSpan], span: ActorSpan
) -> str | None:
    """The country of a place or country mention in the subtree of ``obj``."""
    for token in obj.subtree:
        if token.i in where:
            return where[token.i]
        other = by_token.get(token.i)
        if other is not None and not _same(other, span) and other.kind in ("country", "metonym"):
            return other.code
    return None


def _same(one: ActorSpan, other: ActorSpan) -> bool:
    return (one.start, one.end) == (other.start, other.end)


def _possessor(head: Token, by_token: dict[int, ActorSpan], span: ActorSpan) -> str | None:
    """A country owning the noun: "Algeria's leading human rights activist"."""
    for child in head.children:
        if child.dep_ != "poss":
            continue
        other = by_token.get(child.i)
        if other is not None and not _same(other, span) and other.kind in ("country", "metonym"):
            return other.code
    return None


def _mission_left(head: Token, by_token: dict[int, ActorSpan], span: ActorSpan) -> str | None:
    """The country of the embassy or mission a verb's object is taken from: "expelled two
    diplomats from the Russian embassy" (the parser hangs "from" on the verb)."""
    if head.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for pobj in prep.children:
            other = by_token.get(pobj.i)
            if (
                pobj.dep_ == "pobj"
                and pobj.lemma_.lower() in _MISSIONS
                and other is not None
                and not _same(other, span)
                and other.code is not None
            ):
                return other.code
    return None


def _countries(
    sent: Span,
    where: dict[int, str],
    actors: Sequence[ActorSpan],
    span: ActorSpan,
    *,
    organisations: bool = True,
) -> set[str]:
    """Every country a sentence names: its places and its state-coded actors. An organisation
    named makes it name none in particular, unless ``organisations`` is False (then it is passed
    over)."""
    codes = {
        code
        for i, code in where.items()
        if sent.start <= i < sent.end and not span.start <= i < span.end
    }
    for other in actors:
        if _same(other, span) or not (sent.start <= other.start < sent.end):
            continue
        if _ethnic(sent.doc, other):  # another mention of a minority names no kin state
            continue
        if other.sector == "MED":  # "(Reuters)": an outlet's home is not where the story is
            continue
        if other.kind in _STATE_KINDS and other.code is not None:
            code = other.country or other.code
            if other.kind == "igo" or len(code) != 3 or not code.isupper():
                if not organisations:
                    continue
                return set()  # an organisation's sentence places nobody in one country
            codes.add(code)
    return codes


def _ethnic(doc: Doc, span: ActorSpan) -> bool:
    """ "Ethnic" before a demonym or country adjective: a minority, not the kin state."""
    if span.kind not in ("country", "people"):
        return False
    first = doc[span.start]
    before = doc[span.start - 1] if span.start > 0 else None
    return first.lower_ == "ethnic" or (before is not None and before.lower_ == "ethnic")


def _kin_adjectives(doc: Doc, actors: list[ActorSpan], lexicon: Lexicon) -> list[ActorSpan]:
    """Join a country adjective to a demonym of another country after it: "Bosnian Serbs"."""
    out: list[ActorSpan] = []
    for span in actors:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == span.start
            and prev.kind == "country"
            and span.kind in ("country", "people")
            and prev.code is not None
            and span.code != prev.code
            and lexicon.lookup(prev.text, "adjective")
            and (
                span.kind == "people"
                or lexicon.lookup(doc[span.start].text, "demonym", "adjective")
            )
        ):
            whole = doc[prev.start : span.end]
            out[-1] = replace(
                prev,
                end=span.end,
                head=span.head,
                text=whole.text,
                end_char=whole.end_char,
                sector=span.sector or "CVL",
                kind=span.kind if span.kind == "people" else prev.kind,
            )
            continue
        out.append(span)
    return out


def _in_shared(span: ActorSpan, places: Sequence[Place]) -> bool:
    """A country named inside the name of a place no one state holds is no party: "the Sea of
    Japan", "the Gulf of Mexico", "the South China Sea" name waters, not Japan, Mexico or China."""
    return any(
        place.country is None
        and start <= span.start_char
        and span.end_char <= end
        and end - start > span.end_char - span.start_char
        for place in places
        for start, end in place.spans
    )


def _place_tokens(doc: Doc, places: Sequence[Place]) -> dict[int, str]:
    """Token index → country of every geocoded place mention."""
    out: dict[int, str] = {}
    for place in places:
        if place.country is None:
            continue
        for start, end in place.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.update(dict.fromkeys(range(span.start, span.end), place.country))
    return out
