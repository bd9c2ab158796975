"""Quotations and reported speech: who said what, with exact spans.

Found on one spaCy parse: **direct** quotes (text in quotation marks tied to a cue:
``"…," Blinken said.``, ``Blinken said: "…"``; a quoted sentence or paragraph with no cue
continues the last speaker), **indirect** ones (the complement of a reporting verb: ``X said
(that) …``, ``…, X said.``, ``according to X, …``, ``X wrote on Telegram: …``) and **mixed** ones
(indirect with a quoted fragment: ``warned that … "very far-reaching" sanctions``). Reporting
verbs are data (``data/reporting_verbs.yaml``); speakers go to a resolver given by the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import takewhile
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.schema import ActorMention, Quote, QuoteKind

SpeakerResolver = Callable[[Span], ActorMention | None]
"""Maps the speaker as written (a name, pronoun, title or organisation) to an actor mention."""

# Two apostrophes stand for a double quotation mark in some wire and newspaper feeds.
_MARK_RE = re.compile(r"''|[\"“”\n]")
_SENTENCE_END_RE = re.compile(r"[.!?][\"”]?\s")
_DIRECT_END_RE = re.compile(r"[,?!—–…-]\s*$")
_SPEAKER_DROP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis"})
_INVERTING_LEMMAS = frozenset({"say", "add", "write", "ask", "explain", "reply", "continue"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_SUBJECT_INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_MAX_FRAME_TOKENS = 25
_MIN_DIRECT_WORDS = 3
_MAX_LABEL_TOKENS = 6
_LABEL_LINKS = frozenset({"of", "the", "for", "and", "'s", "’s", "de", "von", "van", "al"})
_NOT_SPEAKER_LABELS = frozenset(
    {"update", "updated", "note", "editor's note", "editor’s note", "watch", "related", "photo",
     "photos", "video", "source", "sources", "read more", "correction", "listen", "see also",
     "q", "a", "advertisement", "more", "breaking", "exclusive", "analysis", "opinion"}
)  # fmt: skip
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?—–)]|$)")


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A reporting verb: its class and which complements carry content (see the YAML header)."""

    lemma: str
    cls: str
    xcomp: bool = False
    object: bool = False


@cache
def reporting_verbs() -> dict[str, CueVerb]:
    """Return the reporting-verb lexicon keyed by lemma (read once from the shipped YAML)."""
    path = resources.files("eventwire.facts") / "data" / "reporting_verbs.yaml"
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    verbs: dict[str, dict[str, Any]] = raw["verbs"]
    flags = ("xcomp", "object")
    return {
        k: CueVerb(k, str(v["class"]), *(bool(v.get(f)) for f in flags)) for k, v in verbs.items()
    }


@dataclass(frozen=True, slots=True)
class _Region:
    """Text between quotation marks: ``[start, end)`` inside, ``[open, close)`` with the marks."""

    open: int
    start: int
    end: int
    close: int


class _Regions:
    """The quoted regions of a text, sorted, with O(log n) lookup by character offset."""

    def __init__(self, text: str) -> None:
        self.items = _find_regions(text)
        self._starts = [region.open for region in self.items]

    def inside(self, token: Token) -> bool:
        """Whether a token lies in quoted text (the marks themselves do not count)."""
        index = bisect_right(self._starts, token.idx) - 1
        return index >= 0 and self.items[index].start <= token.idx < self.items[index].end

    def within(self, start: int, end: int) -> list[tuple[int, _Region]]:
        """Return the regions (with their numbers) that overlap ``[start, end)``."""
        index = max(bisect_right(self._starts, start) - 1, 0)
        numbered = ((number, self.items[number]) for number in range(index, len(self.items)))
        ahead = takewhile(lambda pair: pair[1].open < end, numbered)
        return [(number, region) for number, region in ahead if region.close > start]


def _find_regions(text: str) -> list[_Region]:
    """Pair quotation marks paragraph by paragraph; an unclosed quote runs to its paragraph end."""
    regions: list[_Region] = []
    opened: int | None = None
    width = 0
    for match in _MARK_RE.finditer(text):
        mark, at = match.group(), match.start()
        if opened is None:
            if mark != "\n" and mark != "”":
                opened, width = at, len(mark)
            continue
        if mark != "\n" and mark != "“":
            _add_region(regions, text, (opened, width), at, at + len(mark))
            opened = None
        else:  # a new paragraph or a new opening mark: the open quote was never closed
            _add_region(regions, text, (opened, width), at, None)
            opened, width = (at, 1) if mark == "“" else (None, 0)
    if opened is not None:
        _add_region(regions, text, (opened, width), len(text), None)
    return regions


def _add_region(
    regions: list[_Region], text: str, mark: tuple[int, int], at: int, close: int | None
) -> None:
    """Add the region opened at ``mark`` (offset, width) that ends at ``at``."""
    opened, width = mark
    inner = text[opened + width : at]
    start = opened + width + len(inner) - len(inner.lstrip())
    end = start + len(inner.strip())
    if end > start:
        regions.append(_Region(opened, start, end, end if close is None else close))


class _Finder:
    """State for one document: its parse, quoted regions, cue verbs and the quotes found."""

    def __init__(self, doc: Doc, resolve: SpeakerResolver) -> None:
        self.doc = doc
        self.text: str = doc.text  # Doc.text joins every token on each access
        self.resolve = resolve
        self.lexicon = reporting_verbs()
        self.regions = _Regions(self.text)
        self.token_starts = [token.idx for token in doc]
        self.breaks = [match.start() for match in re.finditer("\n", self.text)]
        self.quotes: list[Quote] = []
        self.used_cues: set[int] = set()
        self.used_regions: set[int] = set()
        self.direct_starts: list[int] = []  # direct quotes never overlap, so ends are sorted too
        self.direct_spans: list[tuple[int, int]] = []

    def token_at(self, char: int) -> int:
        """Index of the token that holds (or first follows) character ``char``."""
        index = max(bisect_right(self.token_starts, char) - 1, 0)
        beyond = char >= self.doc[index].idx + len(self.doc[index])
        return min(index + 1, len(self.doc) - 1) if beyond else index

    def is_cue(self, token: Token) -> bool:
        """Whether a token is a reporting verb outside quoted text."""
        return (
            token.tag_.startswith("VB")
            and token.lemma_.lower() in self.lexicon
            and not self.regions.inside(token)
        )

    def subject(self, verb: Token) -> Token | None:
        """The speaker's head token: the verb's subject, its agent, or a governing verb's."""
        for _ in range(4):
            for child in verb.children:
                if child.dep_ == "nsubj":
                    if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                        return verb.head
                    return child
                if child.dep_ == "agent":
                    objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            for child in verb.rights if verb.lemma_ in _INVERTING_LEMMAS else ():
                if child.dep_ in {"dobj", "attr"} and child.left_edge.i == verb.i + 1:
                    return child  # "…," said a senior official.
            if verb.dep_ not in _SUBJECT_INHERIT_DEPS or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def mention(self, head: Token | Span) -> tuple[ActorMention, list[int]]:
        """Build the speaker mention for a head token (appositions and clauses cut off)."""
        if isinstance(head, Span):
            return self.mention_of(head)
        indices = [head.i]
        stack = [head]
        while stack:
            token = stack.pop()
            for child in token.children:
                if child.dep_ not in _SPEAKER_DROP_DEPS:
                    indices.append(child.i)
                    stack.append(child)
        lo, hi = min(indices), max(indices) + 1
        for index in range(lo, head.i):
            if "\n" in self.doc[index].text_with_ws:
                lo = index + 1
        while lo < head.i and self.doc[lo].is_punct:
            lo += 1
        while hi > head.i + 1 and self.doc[hi - 1].is_punct:
            hi -= 1
        return self.mention_of(self.doc[lo:hi])

    def mention_of(self, span: Span) -> tuple[ActorMention, list[int]]:
        """Resolve the speaker as written, or keep it unresolved."""
        char_span = [span.start_char, span.end_char]
        mention = self.resolve(span) or ActorMention(text=span.text, span=char_span)
        return mention, char_span

    def add(
        self, cue: str | None, speaker: Token | Span | None, start: int, end: int, kind: QuoteKind
    ) -> None:
        """Record one quote; ``[start, end)`` are character offsets of its text."""
        mention, speaker_span = self.mention(speaker) if speaker is not None else (None, None)
        self.quotes.append(
            Quote(
                speaker=mention,
                cue=cue,
                text=self.text[start:end],
                kind=kind,
                span=[start, end],
                speaker_span=speaker_span,
            )
        )

    def find_direct(self) -> None:
        """Tie each quoted region to a cue just before (``X said: "…"``) or after it."""
        text = self.text
        for number, region in enumerate(self.regions.items):
            inner = text[region.start : region.end]
            if len(inner.split()) < _MIN_DIRECT_WORDS and inner[-1] not in ".,?!":
                continue
            cue = self.leading_cue(number, region, colon_only=True)
            if cue is None:
                cue = self.trailing_cue(number, region)
            if cue is None:
                cue = self.leading_cue(number, region, colon_only=False)
            speaker = self.subject(cue) if cue is not None else None
            if cue is None or (
                speaker and speaker.left_edge.idx <= region.open < speaker.right_edge.idx
            ):
                continue
            self.used_cues.add(cue.i)
            self.used_regions.add(number)
            end = region.end - 1 if text[region.end - 1] == "," else region.end
            self.add(cue.text, speaker, region.start, end, "direct")
            self.direct_starts.append(region.start)
            self.direct_spans.append((region.start, end))

    def frame_bounds(self, number: int) -> tuple[int, int]:
        """Character bounds of the text around region ``number`` up to the neighbouring regions."""
        items = self.regions.items
        before = items[number - 1].close if number > 0 else 0
        after = items[number + 1].open if number + 1 < len(items) else len(self.text)
        return before, after

    def trailing_cue(self, number: int, region: _Region) -> Token | None:
        """``"…," Blinken said`` / ``"…?" he asked`` / ``"…" said Ned Price``."""
        text = self.text
        after_close = text[region.close : region.close + 2]
        ends_open = _DIRECT_END_RE.search(text[region.start : region.end]) is not None
        if not (ends_open or after_close.lstrip().startswith(",")):
            return None
        _, frame_end = self.frame_bounds(number)
        first = self.token_at(region.close)
        if self.doc[first].idx < region.close:
            return None
        for index in range(first, min(self.doc[first].sent.end, first + _MAX_FRAME_TOKENS)):
            token = self.doc[index]
            if token.idx >= frame_end:
                return None
            if self.is_cue(token):
                between = self.doc[first:index]
                if all(t.is_punct or token.is_ancestor(t) for t in between):
                    return token
                return None
        return None

    def leading_cue(self, number: int, region: _Region, *, colon_only: bool) -> Token | None:
        """``Blinken said: "…"`` / ``he told reporters, "…"`` / ``said "…"``."""
        text = self.text
        frame_start, _ = self.frame_bounds(number)
        before = text[frame_start : region.open].rstrip()
        if (colon_only and not before.endswith(":")) or before.endswith((".", "!", "?")):
            return None
        mark = self.token_at(region.open)
        if mark == 0:
            return None
        sent_start = min(self.doc[mark].sent.start, self.doc[mark - 1].sent.start)
        lowest = max(sent_start, mark - _MAX_FRAME_TOKENS)
        for index in range(mark - 1, lowest - 1, -1):
            token = self.doc[index]
            if token.idx < frame_start:
                return None
            if not self.is_cue(token):
                continue
            between = [t for t in self.doc[index + 1 : mark] if not t.is_space]
            if any(t.dep_ == "ccomp" or t.tag_.startswith("VB") for t in between):
                return None
            plain = [t for t in between if not t.is_punct and t.lower_ != "that"]
            if before.endswith((":", ",")):
                return token
            closes = text[region.end - 1] in ".,?!" or _CLAUSE_END_RE.match(text, region.close)
            return token if not plain and closes else None
        return None

    def find_indirect(self) -> None:
        """Report the complement of every cue not already used by a direct quote."""
        for token in self.doc:
            if token.lower_ == "according" and token.i + 1 < len(self.doc):
                self.according_to(token)
            elif token.i not in self.used_cues and self.is_cue(token):
                self.add_complement(token)
        for start in [0, *(at + 1 for at in self.breaks)]:
            if start < len(self.text) and not self.text[start].isspace():
                self.labelled(self.token_at(start))

    def add_complement(self, cue: Token) -> None:
        """Record what a cue reports, when it has a complement."""
        if (bounds := self.complement(cue)) is not None:
            self.add_reported(cue.text, self.subject(cue), *bounds)

    def labelled(self, first: int) -> None:
        """A paragraph that opens with a name and a colon (``Kremlin: talks are over``)."""
        _, hi = self.paragraph(self.doc[first])
        for index in range(first, min(first + _MAX_LABEL_TOKENS + 1, hi - 1)):
            token = self.doc[index]
            if token.text == ":":
                label = self.doc[first:index]
                if index > first and self.is_label(label):
                    self.add_reported(":", label, index + 1, hi)
                return
            if "\n" in token.text_with_ws:
                return

    def is_label(self, label: Span) -> bool:
        """Whether words before a colon can name a speaker (capitalised names, no verb)."""
        named = any(t.pos_ in {"PROPN", "NOUN"} for t in label)
        if label.text.lower() in _NOT_SPEAKER_LABELS or len(label.text) < 2 or not named:
            return False
        words = (t.is_title or t.is_upper or t.is_punct or t.lower_ in _LABEL_LINKS for t in label)
        return all(words) and not any(t.tag_[:2] == "VB" or t.like_num or t.is_space for t in label)

    def paragraph(self, token: Token) -> tuple[int, int]:
        """Token bounds of the paragraph (text between line breaks) that holds ``token``."""
        index = bisect_right(self.breaks, token.idx)
        start = self.breaks[index - 1] if index > 0 else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.text)
        first = self.token_at(start)
        return first, max(self.token_at(end - 1) + 1 if end > start else first, token.i + 1)

    def complement(self, cue: Token) -> tuple[int, int] | None:
        """Token bounds of what the cue reports (within the cue's paragraph), or None."""
        lo, hi = self.paragraph(cue)
        bounds = self._complement(cue, max(cue.sent.start, lo), min(cue.sent.end, hi))
        if bounds is None or bounds[0] < lo or bounds[1] > hi:
            return None
        return bounds

    def _complement(self, cue: Token, sent_start: int, sent_end: int) -> tuple[int, int] | None:
        entry = self.lexicon[cue.lemma_.lower()]
        colon = self.colon_after(cue)
        if colon is not None:
            return colon + 1, sent_end
        complements = [
            child
            for child in cue.children
            if sent_start <= child.i < sent_end
            and (child.dep_ == "ccomp" or (child.dep_ == "parataxis" and child.i < cue.i))
        ]
        if complements:
            child = max(complements, key=lambda child: child.i > cue.i)
            return child.left_edge.i, child.right_edge.i + 1
        if cue.dep_ in {"parataxis", "ccomp", "advcl"} and cue.head.i < cue.i:
            left = cue.left_edge.i
            if left > sent_start and cue.right_edge.i >= sent_end - 2:
                return sent_start, left
        if cue.dep_ in {"parataxis", "ccomp", "advcl"} and cue.head.i > cue.right_edge.i:
            left = cue.left_edge.i
            if left > sent_start and self.doc[left - 1].text == ",":
                return sent_start, sent_end
        if entry.xcomp:
            for child in cue.children:
                if child.dep_ == "xcomp":
                    return child.left_edge.i, child.right_edge.i + 1
        if entry.object and cue.right_edge.i > cue.i:
            start, end = cue.i + 1, cue.right_edge.i + 1
            first, last = self.doc[start].idx, self.doc[end - 1].idx
            regions = self.regions.within(first, last)
            if any(r.start > first and r.end <= last + 1 for _, r in regions):
                return start, end
        return None

    def colon_after(self, cue: Token) -> int | None:
        """Index of a colon that closes the cue's clause (``wrote on Telegram: …``)."""
        limit = min(cue.sent.end - 1, cue.i + 10)
        for index in range(cue.i + 1, limit):
            token = self.doc[index]
            if token.text == ":":
                return index
            if token.tag_.startswith("VB") or not cue.is_ancestor(token):
                return None
        return None

    def according_to(self, token: Token) -> None:
        """``according to X, …`` and ``…, according to X``."""
        to = self.doc[token.i + 1]
        if to.lower_ != "to" or self.regions.inside(token):
            return
        objects = [child for child in to.children if child.dep_ == "pobj"]
        if not objects:
            return
        sent = token.sent
        phrase_end = max(to.right_edge.i + 1, token.i + 2)
        before = sum(1 for t in self.doc[sent.start : token.i] if not t.is_punct)
        after = sum(1 for t in self.doc[phrase_end : sent.end] if not t.is_punct)
        front = before <= 1 or after > before
        bounds = (phrase_end, sent.end) if front else (sent.start, token.i)
        self.add_reported("according to", objects[0], *bounds)

    def add_reported(
        self, cue: str | None, speaker: Token | Span | None, start: int, end: int
    ) -> None:
        """Trim token bounds to a clean character span and record it as indirect or mixed."""
        while start < end and (self.doc[start].is_punct or self.doc[start].is_space):
            start += 1
        if start < end and self.doc[start].lower_ == "that" and self.doc[start].dep_ == "mark":
            start += 1
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        if end <= start:
            return
        first, last = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
        kind: QuoteKind = "indirect"
        regions = self.regions.within(first, last)
        self.used_regions.update(number for number, _ in regions)
        if len(regions) == 1 and regions[0][1].start <= first and last <= regions[0][1].end:
            first, last, kind = regions[0][1].start, regions[0][1].end, "direct"
        elif regions:
            kind = "mixed"
            first = min(first, regions[0][1].open)
            last = max(last, regions[-1][1].close)
        index = bisect_left(self.direct_starts, last) - 1
        if index >= 0 and self.direct_spans[index][1] > first:
            return
        self.add(cue, speaker, first, last, kind)

    def find_continuations(self) -> None:
        """A quoted sentence or paragraph with no cue continues the last speaker."""
        found = sorted(self.quotes, key=lambda quote: quote.span[0])
        merged: list[Quote] = []
        last: Quote | None = None
        index = 0
        for number, region in enumerate(self.regions.items):
            while index < len(found) and found[index].span[0] < region.start:
                merged.append(found[index])
                last = found[index] if found[index].speaker else last
                index += 1
            if number not in self.used_regions and last and self.stands_alone(number, region):
                text, span = self.text[region.start : region.end], [region.start, region.end]
                update = {"cue": None, "kind": "direct", "text": text, "span": span}
                merged.append(last.model_copy(update=update))
        self.quotes = merged + found[index:]

    def stands_alone(self, number: int, region: _Region) -> bool:
        """Whether only punctuation stands between the region and its sentence boundaries."""
        frame_start, frame_end = self.frame_bounds(number)
        first = self.token_at(region.open)
        last = self.token_at(max(region.close - 1, region.open))
        start = max(self.doc[first].sent.start_char, frame_start)
        end = min(self.doc[last].sent.end_char, frame_end)
        text = self.text
        leading = _SENTENCE_END_RE.split(text[start : region.open])[-1]
        trailing = "" if text[region.end - 1] in ".!?" else text[region.close : end]
        return not any(char.isalnum() for char in leading + trailing)


def find_quotes(doc: Doc, resolve_speaker: SpeakerResolver) -> list[Quote]:
    """Find the direct, indirect and mixed quotations in a parsed document.

    Args:
        doc: a spaCy ``Doc`` with a dependency parse; its text is what every span points into.
        resolve_speaker: maps the speaker as written to an actor mention, or ``None`` when it
            cannot; unresolved speakers keep their text and span only.

    Returns:
        The quotes in text order. ``doc.text[q.span[0]:q.span[1]] == q.text`` always holds, and
        ``speaker_span`` points at the speaker as written (for a continuation, the earlier one).
    """
    finder = _Finder(doc, resolve_speaker)
    finder.find_direct()
    finder.find_indirect()
    finder.find_continuations()
    return finder.quotes
