"""One article in, one document out: the stages wired together, with the model loaded once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire import __version__
from eventwire.actors.coref import resolve_definite
from eventwire.actors.finder import ActorFinder, ActorSpan
from eventwire.actors.lexicon import load_lexicon
from eventwire.actors.placing import place_actors
from eventwire.actors.speakers import (
    it_antecedent,
    plural_antecedent,
    speaker_actors,
    speaker_antecedent,
)
from eventwire.coding.arguments import PERSON_HEADS, ActorIndex
from eventwire.coding.coder import EventCoder
from eventwire.coding.sizes import link_quantities
from eventwire.config import Config
from eventwire.facts.dates import find_dates
from eventwire.facts.places import Gazetteer, find_places
from eventwire.facts.quantities import find_quantities
from eventwire.facts.quotes import find_quotes
from eventwire.facts.quotes.regions import find_regions
from eventwire.nlp.pipeline import load_nlp
from eventwire.schema import ActorMention, Article, Coder, Document, Quote


class Pipeline:
    """The whole coder for one process: spaCy, actor finder, gazetteer and event coder.

    Args:
        config: the run's settings.
        nlp: an already loaded spaCy pipeline (else the configured model is loaded).
    """

    def __init__(self, config: Config | None = None, *, nlp: Language | None = None) -> None:
        self.config = config or Config()
        self.nlp = nlp if nlp is not None else load_nlp(self.config)
        self.finder = ActorFinder(self.nlp, load_lexicon())
        self.gazetteer = Gazetteer()
        self.coder = EventCoder()
        self.coder_info = Coder(version=__version__, config=self.config.fingerprint())

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Code articles in order, parsing them in batches with ``nlp.pipe``."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.config.batch_size):
            yield self.code_doc(doc, article)

    def extract(self, article: Article) -> Document:
        """Code one article."""
        return next(self.extract_many([article]))

    def code_doc(self, doc: Doc, article: Article) -> Document:
        """Build the document for an article from its parse."""
        published = dt.date.fromisoformat(article.published) if article.published else None
        places = find_places(doc, self.gazetteer)
        actors = place_actors(
            doc,
            resolve_definite(doc, self.finder.find(doc, published)),
            places,
            self.finder.lexicon,
        )
        dates = find_dates(doc, published)
        index = ActorIndex.build(actors)
        warnings: list[str] = []
        if published is None:
            warnings.append("no publication date: relative dates are left unresolved")
        speakers = ActorIndex.build(speaker_actors(doc, actors, self.finder.lexicon.titles))
        quoted = [(region.start, region.end) for region in find_regions(doc.text)]
        quotes = find_quotes(
            doc, lambda span: _speaker(span, speakers, quoted), broad=self.config.attributions
        )
        events = self.coder.code(
            doc,
            actors,
            article_id=article.id,
            published=published,
            dates=dates,
            places=places,
            voices=_voices(doc, quotes, index),
        )
        events = [e for e in events if e.confidence >= self.config.min_confidence]
        if self.config.require_party:
            events = [e for e in events if any(m.code for m in (*e.actor, *e.recipient))]
        return Document(
            coder=self.coder_info,
            article=article,
            events=events,
            quotes=quotes,
            quantities=link_quantities(doc, events, find_quantities(doc)),
            places=places,
            warnings=warnings,
        )


def _voices(doc: Doc, quotes: list[Quote], index: ActorIndex) -> list[tuple[int, int, ActorSpan]]:
    """Each quote's text span with the actor who speaks it (for "we" and "I" inside it)."""
    voices = []
    for quote in quotes:
        if quote.speaker is None or quote.speaker_span is None:
            continue
        start, end = quote.speaker_span
        span = doc.char_span(start, end, alignment_mode="expand")
        speaker = _speaker_actor(span, index) if span is not None else None
        if speaker is not None:
            voices.append((quote.span[0], quote.span[1], speaker))
    return voices


def _speaker_actor(
    span: Span, index: ActorIndex, quoted: Sequence[tuple[int, int]] = ()
) -> ActorSpan | None:
    chosen = index.by_token.get(span.root.i) or next(iter(_actors_in(span, index)), None)
    if chosen is None and span.root.pos_ == "PRON":
        plural = plural_antecedent(span.root)
        if plural is not None:  # "they" after "The coup leaders … announced": theirs, or no one's
            return index.by_token.get(plural.i)
        chosen = (
            speaker_antecedent(span.root, index.spans, quoted)
            or it_antecedent(span.root, index.spans, quoted)
            or index.antecedent(span.root)
        )
    return chosen


def _actors_in(span: Span, index: ActorIndex) -> list[ActorSpan]:
    found: list[ActorSpan] = []
    for token in span:
        actor = index.by_token.get(token.i)
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def _named_in_apposition(span: Span, index: ActorIndex) -> ActorSpan | None:
    """The person a title speaker is named as in apposition ("the minister, Sergei Lavrov",
    "the head of the delegation, Vladimir Medinsky")."""
    if span.root.pos_ != "NOUN":
        return None
    for token in span:
        person = index.by_token.get(token.i)
        if (
            token.dep_ == "appos"
            and token.head.pos_ == "NOUN"
            and person is not None
            and person.kind == "person"
        ):
            return person
    return None


def _speaker(
    span: Span, index: ActorIndex, quoted: Sequence[tuple[int, int]] = ()
) -> ActorMention | None:
    """Resolve a quote's speaker span to an actor: a name inside it, or a pronoun's antecedent."""
    root = span.root
    named = _named_in_apposition(span, index)
    if named is not None:  # "Russia's foreign minister, Sergei Lavrov": the person speaks
        title = _speaker_actor(span[: named.start - span.start], index)
        side = title if title is not None and named.code is None else named
        return ActorMention(
            text=span.text,
            name=named.name,
            code=side.code,
            sector=side.sector,
            role=named.role or root.lemma_.lower(),
            span=[span.start_char, span.end_char],
        )
    chosen = _speaker_actor(span, index, quoted)
    if chosen is None:
        owner = _possessor(span, index)  # "according to his office"
        return _speaking_for(span, owner) if owner is not None else None
    if (chosen.code is None or chosen.placed) and chosen.kind == "sector":
        # "a spokesperson for the German government", "its defence ministry": the side is the
        # one the noun speaks for (before any country the sentence merely places it in)
        party = next((a for a in _actors_in(span, index) if a.code is not None), None)
        party = party or _possessor(span, index)
        if party is not None and party.code is not None:
            return _speaking_for(span, party, chosen.sector)
    if chosen.kind == "person" and root.pos_ == "NOUN" and not chosen.start <= root.i < chosen.end:
        # "an adviser to Zelensky", "a spokesman for Macron": someone of that person's side,
        # not the person named.
        return _speaking_for(span, chosen)
    return ActorMention(
        text=span.text,
        name=chosen.name,
        code=chosen.code,
        sector=chosen.sector,
        role=chosen.role,
        span=[span.start_char, span.end_char],
    )


def _speaking_for(span: Span, party: ActorSpan, sector: str | None = None) -> ActorMention:
    """Someone named by an office, speaking for a party ("an adviser to Zelensky"); ``sector``
    is the office's own when it has one ("its defence ministry": MIL)."""
    return ActorMention(
        text=span.text,
        name=None,
        code=party.code,
        sector=sector or party.sector,
        role=span.root.lemma_.lower(),
        span=[span.start_char, span.end_char],
    )


def _possessor(span: Span, index: ActorIndex) -> ActorSpan | None:
    """Whose office or spokesman a possessive names: the sentence's subject when it fits ("Macron
    told Putin …, according to his office" is Macron's office), else the pronoun's antecedent."""
    pronoun = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is None or pronoun.lower_ in ("my", "our"):
        return None
    root = span.sent.root
    # the sentence's subject, or when the cue is the sentence's root the reported clause's
    # ("X will meet Y next week, his office said": X's office)
    clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]
    subjects = [
        c
        for clause in clauses
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end
    ]
    personal = pronoun.lower_ in ("his", "her")
    for word in subjects[:2]:
        subject = index.by_token.get(word.i)
        if subject is not None and _a_person(subject, span.doc) == personal:
            return subject
    return index.antecedent(pronoun)


def _a_person(actor: ActorSpan, doc: Doc) -> bool:
    """A person, or a mention headed by a person's title ("Qatar's prime minister")."""
    return actor.kind == "person" or doc[actor.end - 1].lower_ in PERSON_HEADS
