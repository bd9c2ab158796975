"""Who may speak in an article: the actors, the unlisted people, and the people behind titles.

Quote speakers are written three ways after a person is first named: the surname ("Holloway
said"), a pronoun ("he said") or the person's title ("the prime minister said"). This module
builds the speaker spans the quote finder resolves against, with a definite title standing for
the person last named with that office, and finds the person a "he" or "she" before a cue stands
for.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors.finder import ActorSpan
from eventwire.actors.offices import NOT_OFFICES, holds_title
from eventwire.actors.unlisted import unlisted_people

_PERSON_PRONOUNS = frozenset({"he", "she"})
_OFFICE_MODIFIERS = frozenset({"compound", "amod"})
_MAIN_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss"})
_ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
_SENTENCES_BACK = 3  # how far back a pronoun looks for the person a main clause is about


def speaker_actors(doc: Doc, actors: list[ActorSpan], titles: Collection[str]) -> list[ActorSpan]:
    """Who may speak in an article, in text order: the actors and the unlisted people, without
    the titles in apposition to a person ("Kubrakov, Ukraine's infrastructure minister, said …
    he said": "he" is Kubrakov, not the title after his name), and a definite title standing for
    the person last named with it ("Prime Minister Rishi Kapoor … the prime minister said")."""
    people = unlisted_people(doc, actors, titles)
    heads = {person.head for person in people}
    kept = [a for a in actors if not (doc[a.head].dep_ == "appos" and doc[a.head].head.i in heads)]
    return _titles_as_people(doc, sorted([*kept, *people], key=lambda span: span.start), titles)


def _titles_as_people(doc: Doc, spans: list[ActorSpan], titles: Collection[str]) -> list[ActorSpan]:
    """Each definite title ("the minister", "The prime minister") after a person named with that
    office becomes that person; the rest stay as they are."""
    offices: list[tuple[frozenset[str], ActorSpan]] = []
    surnames: dict[str, ActorSpan] = {}
    by_token = {i: span for span in spans for i in range(span.start, span.end)}
    out: list[ActorSpan] = []
    taken: set[int] = set()
    for token in doc:
        span = by_token.get(token.i)
        if span is not None and span.kind == "person" and span.start == token.i:
            words = _office_of(doc, span, titles)
            offices.append((words, span))  # with no office words, only a role can match it
            if span.end - span.start > 1:
                surnames[doc[span.end - 1].text] = span
        if token.i in taken or (span is not None and span.kind == "person"):
            continue
        if span is None and _alone(token) and token.text in surnames:
            person: ActorSpan | None = surnames[token.text]  # "Leo Grant … Grant was cautious"
        else:
            title = _definite_title(token, titles, by_token)
            if title is None:
                continue
            person = next((p for words, p in reversed(offices) if _holds(p, words, *title)), None)
        if person is None:
            continue
        first = span.start if span is not None else min(t.i for t in token.subtree)
        last = span.end if span is not None else token.i + 1
        taken.update(range(first, last))
        out.append(
            replace(
                person,
                start=first,
                end=last,
                head=token.i,
                text=doc[first:last].text,
                start_char=doc[first].idx,
                end_char=doc[last - 1].idx + len(doc[last - 1]),
            )
        )
    out.extend(span for span in spans if not any(i in taken for i in range(span.start, span.end)))
    return sorted(out, key=lambda span: span.start)


def _alone(token: Token) -> bool:
    """A proper noun that is a whole noun phrase of its own (a surname, not "Grant programme");
    a capitalised word the tagger read as a common noun counts ("Reyes said" tagged NN), and so
    does one the tagger joined to a closing mark before it ('«…,» Renaud told': "»" as a
    compound)."""
    return (
        (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper()))
        and token.dep_ in _NAME_DEPS
        and not any(c.dep_ == "compound" and not c.is_punct for c in token.children)
    )


def _definite_title(
    token: Token, titles: Collection[str], by_token: Mapping[int, ActorSpan]
) -> tuple[frozenset[str], str | None] | None:
    """The office words of "the (prime) minister" headed by ``token``, with no name or owner, and
    the country of a nationality before them ("the German chancellor": DEU), if any."""
    if token.pos_ != "NOUN" or token.lower_ not in titles or token.lower_ in NOT_OFFICES:
        return None
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    nationality = next((c for c in children if _nationality(c, titles, by_token)), None)
    if any(
        c.dep_ in ("poss", "appos", "prep") or (c.pos_ == "PROPN" and c is not nationality)
        for c in children
    ):
        return None  # "the country's minister", "the minister, Sergei Lavrov", "the head of …"
    modifiers = [c.lower_ for c in children if c.dep_ in _OFFICE_MODIFIERS and c is not nationality]
    country = by_token[nationality.i].code if nationality is not None else None
    return frozenset([*modifiers, token.lower_]), country


def _nationality(child: Token, titles: Collection[str], by_token: Mapping[int, ActorSpan]) -> bool:
    """A country's adjective or name before an office ("German", "U.S."), not an office word."""
    span = by_token.get(child.i)
    return (
        child.dep_ in _OFFICE_MODIFIERS
        and child.lower_ not in titles
        and span is not None
        and span.kind == "country"
        and span.code is not None
    )


def _holds(
    person: ActorSpan, words: frozenset[str], title: frozenset[str], country: str | None
) -> bool:
    """Whether a person named with office ``words`` holds a title (:func:`holds_title`)."""
    return holds_title(
        title,
        country,
        named_with=words,
        code=person.code,
        country=person.country,
        role=person.role,
    )


def _office_of(doc: Doc, person: ActorSpan, titles: Collection[str]) -> frozenset[str]:
    """The words of the office a person is named with: before the name ("Prime Minister Rishi
    Kapoor"), in apposition after it ("Simon Fairley, the trade minister,") or as the title the
    name is in apposition to ("Australia's trade minister, Simon Fairley")."""
    words = {t.lower_ for t in doc[person.start : person.end] if t.lower_ in titles}
    index = person.start - 1
    while index >= 0 and doc[index].dep_ == "compound" and doc[index].pos_ in ("NOUN", "PROPN"):
        if doc[index].lower_ not in titles and not doc[index].lower_.islower():
            break
        words.add(doc[index].lower_)
        index -= 1
    head = doc[person.head]
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    for noun in nouns:
        if noun.lower_ in titles:
            words.add(noun.lower_)
            words.update(c.lower_ for c in noun.children if c.dep_ in _OFFICE_MODIFIERS)
    return frozenset(words - NOT_OFFICES)


def speaker_antecedent(
    pronoun: Token, spans: Sequence[ActorSpan], quoted: Sequence[tuple[int, int]]
) -> ActorSpan | None:
    """The person "he" or "she" before a cue stands for, or ``None`` to use the general rule.

    The person a recent sentence is about (its main clause's subject: "Marchand was more
    cautious. '…,' he said") rather than one named inside it ("X said that Colonel Bryce had
    been relieved. '…,' he said" is X), and never a name inside a quotation ("'Rachel, your plan
    …,' she said").
    """
    if pronoun.lower_ not in _PERSON_PRONOUNS:
        return None
    doc = pronoun.doc
    sentences = list(doc.sents)
    here = next(n for n, sent in enumerate(sentences) if sent.start <= pronoun.i < sent.end)
    reach = sentences[max(here - _SENTENCES_BACK, 0)].start
    addressed = {
        s.name for s in spans if s.kind == "person" and s.name and _addressed(pronoun, doc[s.head])
    }
    latest: ActorSpan | None = None
    for span in reversed(spans):
        if span.end <= pronoun.i and span.start >= reach and _unnamed_title(doc, span):
            if _about(doc[span.head]) and not _quoted(span, quoted):
                return span  # "The president … called the vote a disgrace. He told supporters"
            continue
        if span.end > pronoun.i or span.kind != "person" or span.name in addressed:
            continue
        if any(start <= span.start_char < end for start, end in quoted):
            continue
        if span.start < reach:
            break
        latest = latest or span
        if _about(doc[span.head]):
            return span
    return latest


# Heads of a definite title that names one person ("the president", "the foreign minister").
_PERSON_TITLES = frozenset(
    {"president", "chancellor", "minister", "premier", "senator", "governor", "mayor",
     "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "king",
     "queen", "pope", "general", "commander", "prosecutor", "judge"}
)  # fmt: skip


def _unnamed_title(doc: Doc, span: ActorSpan) -> bool:
    """A definite singular title no name resolved ("the president" with no president named)."""
    head = doc[span.head]
    first = doc[span.start]
    definite = first.lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    return (
        span.kind == "sector"
        and span.name is None
        and definite
        and head.tag_ == "NN"
        and head.lower_ in _PERSON_TITLES
    )


def _quoted(span: ActorSpan, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span.start_char < end for start, end in quoted)


def it_antecedent(
    pronoun: Token, spans: Sequence[ActorSpan], quoted: Sequence[tuple[int, int]]
) -> ActorSpan | None:
    """The body an "it" before a cue stands for: the main-clause subject of the nearest sentence
    before whose subject is a coded body ("The Israeli military said it had struck … . It said
    Hezbollah had fired …": the military, not Hezbollah named in what it said), or None."""
    if pronoun.lower_ != "it":
        return None
    doc = pronoun.doc
    by_head = {span.head: span for span in spans}
    sentences = [sent for sent in doc.sents if sent.end <= pronoun.i]
    for sent in reversed(sentences[-_SENTENCES_BACK:]):
        for head in (c for c in sent.root.children if c.dep_ in _MAIN_CLAUSE_SUBJECTS):
            span = by_head.get(head.i)
            if span is None or _quoted(span, quoted) or span.kind == "person" or not span.code:
                return None  # "The report said …. It added …": no body to speak for
            return span
    return None


def plural_antecedent(pronoun: Token) -> Token | None:
    """The plural noun a "they" before a cue stands for: the main-clause subject of the nearest
    sentence before whose subject is plural ("The coup leaders … announced … . A curfew will be
    enforced, they said."), or None. The caller speaks for that noun's actor, or for no actor
    when it has none (not an organisation named further back)."""
    if pronoun.lower_ != "they":
        return None
    doc = pronoun.doc
    sentences = [sent for sent in doc.sents if sent.start < pronoun.i]
    for sent in reversed(sentences[-(_SENTENCES_BACK + 1) :]):
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in _MAIN_CLAUSE_SUBJECTS]
        if not subjects and root.pos_ in ("NOUN", "PROPN"):
            subjects = [root]  # "The coup leaders, who …, announced …" read with the noun as root
        for head in subjects:
            if head.i >= pronoun.i or head.pos_ == "PRON":
                continue
            if head.tag_ in ("NNS", "NNPS"):
                return head
    return None


def _addressed(pronoun: Token, head: Token) -> bool:
    """Whether a person is whom the pronoun's verb is told or addressed to ("he told Sorensen":
    "he" is not Sorensen)."""
    return head.dep_ in _ADDRESSEE_DEPS and head.head.i == pronoun.head.i and head.i != pronoun.i


def _about(head: Token) -> bool:
    """Whether a mention is the subject of its sentence's main verb (or in apposition to it)."""
    if head.dep_ == "appos":
        head = head.head
    return head.dep_ in _MAIN_CLAUSE_SUBJECTS and head.head.dep_ == "ROOT"
