"""Who a speaker the article named before stands for: "the statement", "the company", "they".

A whole article names a speaker once and then refers back: "The Finance Ministry said in a
statement … The statement said …", "Hartwig AG will cut 1,800 jobs, the company said", "Chief
Executive Sabine Rothe … the chief executive said", "Grace Achieng, a market trader who said …".
The resolver the caller gives reads one mention at a time; this pass reads the quotes in text
order and gives a speaker it left unnamed the name of the one it refers to. The speaker's text
and span stay as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from spacy.tokens import Span, Token

from eventwire.facts.quotes.context import Context
from eventwire.facts.quotes.lexicon import referent_words, reporting_vehicles
from eventwire.schema import ActorMention, Quote

_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_DESCRIBING = frozenset(
    {"det", "amod", "compound", "nummod", "npadvmod", "poss", "punct", "quantmod"}
)
_AGE_RE = re.compile(r"\d+-year-old$")
# A person described by their family rather than by a role: "the father of four", "the mother of
# three"; like an age, it fits any person the story has named.
_FAMILY_RE = re.compile(
    r"^the (?:father|mother|grandfather|grandmother|widow|widower) of (?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten)$"
)
# Two people referred to together: "the two men", "both leaders", "the pair".
_PAIR_RE = re.compile(
    r"^(?:the two|both(?: the)?) [a-z]+s$|^(?:both )?(?:the two )?(?:men|women)$|^the pair$"
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ORGS = frozenset({"ORG", "FAC"})
_SENTENCES_BACK = 3
_GROUP_PRONOUNS = frozenset({"they", "it"})


def resolve_referents(ctx: Context) -> None:
    """Name each speaker left unnamed that refers back to one the article named before."""
    quotes = sorted(ctx.quotes, key=lambda quote: quote.span[0])
    done: dict[tuple[int, int], ActorMention] = {}
    out: list[Quote] = []
    for quote in quotes:
        mention, at = quote.speaker, quote.speaker_span
        if mention is not None and at is not None and _unnamed(mention):
            key = (at[0], at[1])
            if key not in done:
                done[key] = _refer(ctx, mention, key, out) or mention
            quote = quote.model_copy(update={"speaker": done[key]})
        elif mention is not None and at is not None and mention.text.lower() in ("he", "she"):
            key = (at[0], at[1])
            if key not in done:
                done[key] = _describer(ctx, mention, out) or mention
            quote = quote.model_copy(update={"speaker": done[key]})
        out.append(quote)
    ctx.quotes = out


def _describer(ctx: Context, mention: ActorMention, earlier: list[Quote]) -> ActorMention | None:
    """The speaker a "he" or "she" stands for when the person it was read as is named only in a
    clause describing the last speaker ('The 38-year-old, who worked for Commissioner Richard
    Brennan, said … "I was scared," she said': she is the 38-year-old, not Brennan)."""
    if not earlier or mention.name is None:
        return None
    last = earlier[-1]
    if last.speaker is None or last.speaker_span is None or not last.speaker.name:
        return None
    if last.speaker.name == mention.name or last.speaker.code is not None:
        return None
    head = _span_at(ctx, last.speaker_span)
    if head is None:
        return None
    clauses = [c for c in head.root.children if c.dep_ in ("relcl", "acl", "prep")]
    inside = [t for c in clauses for t in c.subtree if t.ent_type_ == "PERSON"]
    if not any(t.text in mention.name.split() for t in inside):
        return None
    return mention.model_copy(update={"name": last.speaker.name, "sector": last.speaker.sector})


def _unnamed(mention: ActorMention) -> bool:
    """A speaker with no name, or a "they" or "it" (which the resolver may have read as a country
    the sentence names, not the speaker it goes on from: "Haki Sasa said …, and they said …")."""
    return mention.name is None or mention.text.lower() in _GROUP_PRONOUNS


def _refer(
    ctx: Context, mention: ActorMention, at: tuple[int, int], earlier: list[Quote]
) -> ActorMention | None:
    """The mention with the name of what it refers back to, or ``None``."""
    span = ctx.doc.char_span(at[0], at[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    before = [
        q for q in earlier if q.speaker is not None and (q.speaker_span or [at[0]])[0] < at[0]
    ]
    named = _in_apposition(root)
    if named is not None:
        return _named(ctx, mention, named)
    if any(t.pos_ == "PROPN" for t in span):
        return None
    lemma = root.lemma_.lower()
    if root.lower_ in _GROUP_PRONOUNS:
        back = 0 if mention.name else 1
        return _inherit(ctx, mention, _last_body(ctx, root, before, back))
    if mention.name:
        return None
    if _PAIR_RE.match(" ".join(t.lower_ for t in span)):
        return _pair(ctx, mention, span)
    if _fits_anyone(span):
        return _person(ctx, mention, span, before)
    if not _definite(span):
        return None
    if lemma in reporting_vehicles():
        return _inherit(ctx, mention, _issuer(ctx, root, before))
    if lemma in referent_words("bodies") or lemma in referent_words("firms"):
        body = _body(ctx, span, before)
        return _named(ctx, mention, body) if body is not None else None
    if lemma in referent_words("people"):
        return _person(ctx, mention, span, before)
    return None


def _pair(ctx: Context, mention: ActorMention, span: Span) -> ActorMention | None:
    """The two people "the two men" or "both leaders" stand for, when the story has named exactly
    two people before (outside quotation marks); a surname alone counts for its full name."""
    people: dict[str, Span] = {}
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" and ent.end <= span.start and not ctx.regions.inside(ent.root):
            key = ent[-1].lower_
            if key not in people or len(ent) > len(people[key]):
                people[key] = ent
    if len(people) != 2:
        return None
    names = []
    for ent in sorted(people.values(), key=lambda ent: ent.start):
        found = ctx.resolve(ent)
        name = found.name if found is not None else None
        names.append(name if name and ent[-1].text in name else ent.text)
    return mention.model_copy(update={"name": " and ".join(names)})


def _fits_anyone(span: Span) -> bool:
    """A description any named person may bear: an age ("the 27-year-old") or a family ("the
    mother of three")."""
    words = " ".join(t.lower_ for t in span if not t.is_punct or t.text == "-").replace(" - ", "-")
    return bool(_AGE_RE.search(words) and words.startswith("the ")) or bool(_FAMILY_RE.match(words))


def _span_at(ctx: Context, at: list[int] | tuple[int, int]) -> Span | None:
    """The tokens of a character span, widened to whole tokens."""
    return ctx.doc.char_span(at[0], at[1], alignment_mode="expand")


def _definite(span: Span) -> bool:
    """A bare definite description: "the company", "the chief executive", "the 27-year-old"."""
    root = span.root
    determined = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in root.children)
    return determined and all(t.i == root.i or t.dep_ in _DESCRIBING for t in span)


def _in_apposition(root: Token) -> Span | None:
    """The name a described speaker stands in apposition to ("Grace Achieng, a market trader
    who said …") or that stands in apposition to it ("the trustee, Harbor Point Advisors")."""
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.insert(0, root.head)
    for token in candidates:
        if token.pos_ == "PROPN" and root.pos_ == "NOUN":
            words = [t for t in token.subtree if t.pos_ == "PROPN" or t.i == token.i]
            start = min(t.i for t in words if t.i <= token.i)
            return token.doc[start : token.i + 1]
    return None


def _named(ctx: Context, mention: ActorMention, name: Span) -> ActorMention:
    """The mention as written, named (and coded) as the resolver reads ``name``."""
    found = ctx.resolve(name)
    text = name.text[4:] if name.text.lower().startswith("the ") else name.text
    return mention.model_copy(
        update={
            "name": (found.name if found is not None else None) or text,
            "code": (found.code if found is not None else None) or mention.code,
            "sector": (found.sector if found is not None else None) or mention.sector,
        }
    )


def _inherit(ctx: Context, mention: ActorMention, source: Quote | None) -> ActorMention | None:
    """The mention as written with the name, code and sector of an earlier speaker (its words
    when they are a name the resolver does not know)."""
    if source is None or source.speaker is None or source.speaker_span is None:
        return None
    if source.speaker.name:
        said = source.speaker
        update = {"name": said.name, "code": said.code or mention.code, "sector": said.sector}
        return mention.model_copy(update=update)
    span = _span_at(ctx, source.speaker_span)
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return None
    named = _named(ctx, mention, span)
    return named.model_copy(update={"code": source.speaker.code or named.code})


def _sentence(ctx: Context, char: int) -> int:
    """The number of the sentence that holds a character."""
    return bisect_right(ctx.sentence_starts, char) - 1


def _last_body(ctx: Context, pronoun: Token, before: list[Quote], back: int) -> Quote | None:
    """The speaker "they" or "it" stands for: the last one that is no single person in this
    sentence or up to ``back`` sentences before."""
    here = _sentence(ctx, pronoun.idx)
    for quote in reversed(before):
        assert quote.speaker is not None and quote.speaker_span is not None
        if _sentence(ctx, quote.speaker_span[0]) < here - back:
            return None
        head = ctx.doc[ctx.token_at(quote.speaker_span[0])]
        if head.lower_ in ("he", "she") or head.lemma_.lower() in referent_words("people"):
            continue
        return quote
    return None


def _issuer(ctx: Context, root: Token, before: list[Quote]) -> Quote | None:
    """Who issued "the statement", "the video": the last speaker of a sentence that names one,
    else the last one before that is no vehicle itself."""
    here = _sentence(ctx, root.idx)
    recent = [
        q
        for q in reversed(before)
        if q.speaker_span is not None
        and _sentence(ctx, q.speaker_span[0]) >= here - _SENTENCES_BACK
    ]
    for quote in recent:
        assert quote.speaker_span is not None
        sent = ctx.doc[ctx.token_at(quote.speaker_span[0])].sent
        if any(t.lemma_.lower() == root.lemma_.lower() for t in sent if t.i != root.i):
            return quote
    for quote in recent:
        assert quote.speaker is not None and quote.speaker_span is not None
        if ctx.doc[ctx.token_at(quote.speaker_span[0])].lemma_.lower() not in reporting_vehicles():
            return quote
    return None


def _body(ctx: Context, span: Span, before: list[Quote]) -> Span | None:
    """The organisation "the ministry" or "the company" stands for: the last one named with that
    word, or for a word like "company", the organisation the story names most."""
    word = span.root.lemma_.lower()
    kinds = referent_words("bodies") | referent_words("firms")
    orgs = [
        ent
        for ent in ctx.doc.ents
        if ent.end <= span.start
        and not ctx.regions.inside(ent.root)
        and (ent.label_ in _ORGS or _office_words(ent) & kinds)  # "carmaker Voss Motoren"
    ]
    for quote in reversed(before):
        assert quote.speaker_span is not None
        said = _span_at(ctx, quote.speaker_span)
        if said is not None and word in said.text.lower() and any(t.pos_ == "PROPN" for t in said):
            return said
    for ent in reversed(orgs):
        if word in ent.text.lower():
            return ent
    if word not in referent_words("firms") or not orgs:
        return None
    counts = Counter(t.lower_ for t in ctx.doc if t.pos_ == "PROPN")  # "Hartwig AG … Hartwig"
    return max(reversed(orgs), key=lambda ent: counts[ent[0].lower_])


def _person(
    ctx: Context, mention: ActorMention, span: Span, before: list[Quote]
) -> ActorMention | None:
    """The person "the judge" or "the 27-year-old" stands for: one named with that word, else
    the person the last sentences are about, if no other office was given them (an age fits
    anyone: "the 27-year-old"). An unnamed source met before ("a senior official …
    the official said") stays unnamed."""
    word = span.root.lower_
    anyone = _fits_anyone(span)
    for quote in reversed(before):
        assert quote.speaker is not None and quote.speaker_span is not None
        head = _span_at(ctx, quote.speaker_span)
        if head is not None and head.root.lower_ == word and not anyone:
            if quote.speaker.name:
                return _inherit(ctx, mention, quote)  # "The former minister, Crane, … the minister"
            return None if not any(t.pos_ == "PROPN" for t in head) else _named(ctx, mention, head)
    people = [
        ent
        for ent in ctx.doc.ents
        if ent.label_ == "PERSON" and ent.end <= span.start and not ctx.regions.inside(ent.root)
    ]
    for ent in reversed(people):
        if word in _office_words(ent):
            return _named(ctx, mention, ent)
    if not anyone:  # "the president" is no "Health Minister X"
        people = [ent for ent in people if not _office_words(ent) & referent_words("people")]
    subject = _recent_subject(ctx, span, people)
    if subject is not None:
        return _named(ctx, mention, subject)
    return _inherit(ctx, mention, _last_person(ctx, span, before)) if anyone else None


def _last_person(ctx: Context, span: Span, before: list[Quote]) -> Quote | None:
    """The last speaker named as a person in the last few sentences ('"…," Laura Pennington
    testified. … The 38-year-old said …'), which a quote's own sentence may not show as its
    main subject."""
    here = _sentence(ctx, span.start_char)
    for quote in reversed(before):
        assert quote.speaker is not None and quote.speaker_span is not None
        if _sentence(ctx, quote.speaker_span[0]) < here - _SENTENCES_BACK:
            return None
        said = _span_at(ctx, quote.speaker_span)
        if quote.speaker.name and said is not None and said.root.pos_ == "PROPN":
            return quote if quote.speaker.code is None else None
    return None


def _office_words(ent: Span) -> set[str]:
    """The words a person is introduced with: the title before the name ("Chief Executive Sabine
    Rothe") and a noun in apposition ("Laura Meissner, its spokeswoman")."""
    doc = ent.doc
    words = {t.lower_ for t in ent}
    index = ent.start - 1
    while index >= 0 and doc[index].dep_ == "compound" and doc[index].pos_ in ("NOUN", "PROPN"):
        words.add(doc[index].lower_)
        index -= 1
    head = ent.root
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    for noun in nouns:
        words.add(noun.lower_)
        words.update(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod"))
    return words


def _recent_subject(ctx: Context, span: Span, people: list[Span]) -> Span | None:
    """The person named as the main subject of one of the last few sentences outside quotation
    marks (a surname counts for the full name it was introduced with)."""
    sentences = list(ctx.doc.sents)
    here = next(n for n, sent in enumerate(sentences) if sent.start <= span.root.i < sent.end)
    surnames = {ent[-1].text: ent for ent in people}
    said = [s for s in sentences[: here + 1] if not _quoted(ctx, s)]  # quoted ones are words said
    for sent in reversed(said[-_SENTENCES_BACK - 1 :]):
        for token in sent:
            if token.i >= span.start or ctx.regions.inside(token) or token.dep_ not in _SUBJECTS:
                continue
            if token.head.dep_ == "ROOT" and token.text in surnames:
                return surnames[token.text]
    return None


def _quoted(ctx: Context, sent: Span) -> bool:
    """Whether a sentence lies wholly in quoted text."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and all(ctx.regions.inside(t) for t in words)
