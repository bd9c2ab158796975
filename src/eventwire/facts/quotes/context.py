"""The per-document state shared by the quote finders: parse, text, regions and results."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from eventwire.facts.quotes.lexicon import reporting_nouns, reporting_verbs
from eventwire.facts.quotes.regions import Region, Regions
from eventwire.facts.quotes.speakers import misread_cue, speaker_span
from eventwire.nlp.paragraphs import DATELINE_RE
from eventwire.schema import ActorMention, Quote, QuoteKind

_TITLE_WORDS = 20
_NAME_WORDS = 4

SpeakerResolver = Callable[[Span], ActorMention | None]
"""Maps the speaker as written (a name, pronoun, title or organisation) to an actor mention."""


class Context:
    """State for one document: its parse, quoted regions, cue verbs and the quotes found."""

    def __init__(self, doc: Doc, resolve: SpeakerResolver, *, broad: bool = False) -> None:
        self.doc = doc
        self.broad = broad
        self.text: str = doc.text  # Doc.text joins every token on each access
        self.resolve = resolve
        self.lexicon = reporting_verbs()
        self.nouns = reporting_nouns()
        self.regions = Regions(self.text)
        self.token_starts = [token.idx for token in doc]
        self.breaks = [match.start() for match in re.finditer("\n", self.text)]
        self.quotes: list[Quote] = []
        self.used_cues: set[int] = set()
        self.used_regions: set[int] = set()
        self.direct_starts: list[int] = []  # direct quotes never overlap, so ends are sorted too
        self.direct_spans: list[tuple[int, int]] = []

    @cached_property
    def title_end(self) -> int:
        """Where a title line at the top of the text ends, else 0: a first paragraph of a few
        words with no closing punctuation before more text ("Court lifts ban on rally" over the
        story) is a headline, which reports what the story says and is no quote of its own."""
        end = self.text.find("\n")
        head = self.text[:end].strip() if end > 0 else ""
        rest = self.text[end:].strip() if end > 0 else ""
        words = head.split()
        if not rest or not words or len(words) > _TITLE_WORDS or not head[-1].isalnum():
            return 0
        return end

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The character offset each sentence starts at, in order."""
        return [sent.start_char for sent in self.doc.sents]

    def token_at(self, char: int) -> int:
        """Index of the token that holds (or first follows) character ``char``."""
        index = max(bisect_right(self.token_starts, char) - 1, 0)
        beyond = char >= self.doc[index].idx + len(self.doc[index])
        return min(index + 1, len(self.doc) - 1) if beyond else index

    def is_cue(self, token: Token) -> bool:
        """Whether a token is a reporting verb outside quoted text."""
        entry = self.lexicon.get(token.lemma_.lower())
        return (
            entry is not None
            and (token.tag_.startswith("VB") or misread_cue(token))
            and (self.broad or not entry.broad or (entry.asks and puts_question(token)))
            and not self.regions.inside(token)
            and (
                entry.with_object is None
                or any(c.dep_ == "dobj" and c.lower_ == entry.with_object for c in token.children)
            )
            and (
                entry.with_particle is None
                or any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == entry.with_particle
                    for c in token.children
                )
            )
        )

    def frame_bounds(self, number: int) -> tuple[int, int]:
        """Character bounds of the text around region ``number`` up to the neighbouring regions."""
        items = self.regions.items
        before = items[number - 1].close if number > 0 else 0
        after = items[number + 1].open if number + 1 < len(items) else len(self.text)
        return before, after

    def paragraph(self, token: Token) -> tuple[int, int]:
        """Token bounds of the paragraph (text between line breaks) that holds ``token``."""
        index = bisect_right(self.breaks, token.idx)
        start = self.breaks[index - 1] if index > 0 else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.text)
        first = self.token_at(start)
        return first, max(self.token_at(end - 1) + 1 if end > start else first, token.i + 1)

    def mention(self, head: Token | Span) -> tuple[ActorMention, list[int]]:
        """Resolve the speaker as written (a head token is widened to its phrase)."""
        span = head if isinstance(head, Span) else speaker_span(self.doc, head)
        char_span = [span.start_char, span.end_char]
        text = self.text[span.start_char : span.end_char]
        mention = self.resolve(span) or ActorMention(text=text, span=char_span)
        return mention, char_span

    def add(
        self, cue: str | None, speaker: Token | Span | None, start: int, end: int, kind: QuoteKind
    ) -> None:
        """Record one quote; ``[start, end)`` are character offsets of its text."""
        mention, speaker_at = self.mention(speaker) if speaker is not None else (None, None)
        self.quotes.append(
            Quote(
                speaker=mention,
                cue=cue,
                text=self.text[start:end],
                kind=kind,
                span=[start, end],
                speaker_span=speaker_at,
            )
        )

    def add_direct(
        self, cue: str | None, speaker: Token | Span | None, start: int, end: int
    ) -> None:
        """Record a direct quote and remember its span so indirect ones do not overlap it."""
        self.add(cue, speaker, start, end, "direct")
        self.direct_starts.append(start)
        self.direct_spans.append((start, end))

    def _kept_sign(self, start: int, end: int) -> bool:
        """Whether the last token of ``[start, end)`` belongs to the content: a percent sign, or
        a bracket that closes one opened inside it ("rising (by about 3%)")."""
        last = self.doc[end - 1]
        opened = any(t.text == "(" for t in self.doc[start : end - 1])
        return last.text == "%" or (last.text == ")" and opened)

    def _a_name(self, region: Region) -> bool:
        """A quoted name in a reported clause ('the group, which called itself "Nordsturm", had
        …', 'the ship "Sierra Madre"'): a few words, each capitalised, with no word said in it;
        it does not make the clause a mixed quote."""
        words = re.findall(r"[^\W\d_][\w'’-]*", self.text[region.start : region.end])
        return 0 < len(words) <= _NAME_WORDS and all(w[0].isupper() for w in words)

    def add_reported(
        self, cue: str | None, speaker: Token | Span | None, start: int, end: int
    ) -> None:
        """Trim token bounds to a clean character span and record it as indirect or mixed."""
        doc = self.doc
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if start < end and doc[start].lower_ == "that" and doc[start].dep_ in ("mark", "advmod"):
            start += 1
        opens = start < end and not self.text[: doc[start].idx].rstrip(" \t")[-1:].strip()
        dateline = DATELINE_RE.match(self.text, doc[start].idx) if opens else None
        if dateline is not None:
            start = self.token_at(dateline.end())
        while end > start and (
            (doc[end - 1].is_punct and not self._kept_sign(start, end))
            or doc[end - 1].is_space
            or doc[end - 1].dep_ == "cc"
        ):
            end -= 1
        if end <= start:
            return
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        kind: QuoteKind = "indirect"
        regions = self.regions.within(first, last)
        self.used_regions.update(number for number, _ in regions)
        regions = [(n, r) for n, r in regions if not self._a_name(r)]
        if len(regions) == 1 and regions[0][1].start <= first and last <= regions[0][1].end:
            first, last, kind = regions[0][1].start, regions[0][1].end, "direct"
            last -= self.text[last - 1] == ","  # '"Deeply concerned," says …': not the comma
        elif regions:
            kind = "mixed"
            first = min(first, regions[0][1].open)
            last = max(last, regions[-1][1].close)
        index = bisect_left(self.direct_starts, last) - 1
        if index >= 0 and self.direct_spans[index][1] > first:
            return
        self.add(cue, speaker, first, last, kind)


_QUESTION_WORDS = frozenset({"whether", "if"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def puts_question(token: Token) -> bool:
    """Whether a verb puts a question in words: a clause after it opened by "whether", "if" or a
    wh-word ('questioned why the agency waited'), not a thing questioned ('questioned the
    figures')."""
    return any(
        child.dep_ == "ccomp"
        and child.i > token.i
        and (child.left_edge.lower_ in _QUESTION_WORDS or child.left_edge.tag_ in _WH_TAGS)
        for child in token.children
    )
