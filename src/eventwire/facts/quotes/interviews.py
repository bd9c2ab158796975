"""Printed interviews: paragraphs of questions and answers set out as ``Q: …`` and ``A: …``.

An answer is a direct quote of the person the story's set-up quotes before the transcript
("…, said in an interview with Reuters that …. Edited excerpts follow."); a question is a direct
quote of the interviewer, the outlet named with the interview ("an interview with Reuters") or,
failing that, in the dateline ("OSLO, Feb 2 (Reuters) -"). A saying inside an answer ("households
tell us prices are …") is part of the answer, not a quote of its own."""

from __future__ import annotations

import re

from spacy.tokens import Span

from eventwire.facts.quotes.context import Context

_QUESTION, _ANSWER = "Q", "A"
_OUTLET_RE = re.compile(r"\(([A-Z][A-Za-z]+)\)")
_INTERVIEW = "interview"


def find_interview(ctx: Context) -> None:
    """Report each question and answer of a transcript printed in the article, when it holds
    both (one "A:" paragraph alone may be a list's item)."""
    turns = _turns(ctx)
    kinds = {kind for kind, _, _ in turns}
    if kinds != {_QUESTION, _ANSWER}:
        return
    first = turns[0][1]
    interviewee = _interviewee(ctx, first)
    interviewer = _interviewer(ctx, first)
    for kind, start, end in turns:
        ctx.quotes = [q for q in ctx.quotes if not (start <= q.span[0] and q.span[1] <= end)]
        ctx.add(":", interviewee if kind == _ANSWER else interviewer, start, end, "direct")
        ctx.direct_spans.append((start, end))
    ctx.quotes.sort(key=lambda quote: quote.span[0])
    ctx.direct_spans.sort()
    ctx.direct_starts = [start for start, _ in ctx.direct_spans]


def _turns(ctx: Context) -> list[tuple[str, int, int]]:
    """Each "Q:"/"A:" paragraph's letter and the character bounds of what follows its colon."""
    turns = []
    for start in [0, *(at + 1 for at in ctx.breaks)]:
        end = ctx.text.find("\n", start)
        end = len(ctx.text) if end < 0 else end
        line = ctx.text[start:end]
        letter = line[:1]
        if letter in (_QUESTION, _ANSWER) and line[1:2] == ":" and line[2:].strip():
            body = start + 2 + len(line[2:]) - len(line[2:].lstrip())
            turns.append((letter, body, start + len(line.rstrip())))
    return turns


def _interviewee(ctx: Context, before: int) -> Span | None:
    """Who speaks in the set-up: the speaker of the last quote before the transcript, the one
    said in an interview first."""
    earlier = [(q.span[0], q.speaker_span) for q in ctx.quotes if q.span[1] <= before]
    spans = [(at, span) for at, span in earlier if span is not None]
    told = [span for at, span in spans if _INTERVIEW in _sentence_of(ctx, at).lower()]
    chosen = told or [span for _, span in spans]
    if not chosen:
        return None
    return ctx.doc.char_span(chosen[-1][0], chosen[-1][1], alignment_mode="expand")


def _interviewer(ctx: Context, before: int) -> Span | None:
    """The outlet named with the interview ("an interview with Reuters"), else the dateline's."""
    for token in ctx.doc:
        if token.idx >= before:
            break
        if token.lower_ == "with" and token.head.lemma_ == _INTERVIEW:
            outlet = next((c for c in token.children if c.dep_ == "pobj"), None)
            if outlet is not None:
                return ctx.doc[outlet.left_edge.i : outlet.i + 1]
    first_break = ctx.breaks[0] if ctx.breaks else len(ctx.text)
    match = _OUTLET_RE.search(ctx.text, 0, min(first_break, before))
    if match is None:
        return None
    return ctx.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")


def _sentence_of(ctx: Context, char: int) -> str:
    """The text of the sentence that holds character ``char``."""
    return ctx.doc[ctx.token_at(char)].sent.text
