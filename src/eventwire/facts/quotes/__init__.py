"""Quotations and reported speech: who said what, with exact spans.

Found on one spaCy parse: **direct** quotes (text in quotation marks tied to a cue:
``"…," Blinken said.``, ``Blinken said: "…"``; a quoted sentence or paragraph with no cue
continues the last speaker), **indirect** ones (the complement of a reporting verb: ``X said
(that) …``, ``…, X said.``, ``according to X, …``, ``X wrote on Telegram: …``, and a position
stated in words: ``accused Kyiv of stalling``, ``called the plan a disgrace``, but a bare noun
phrase, ``called for a ceasefire``, only with ``broad``; a reporting noun with its holder:
``the senator's claim that …``) and **mixed** ones
(indirect with a quoted fragment: ``warned that … "very far-reaching" sanctions``). Reporting
verbs are data (``data/reporting_verbs.yaml``); speakers go to a resolver given by the caller.

Modules: ``regions`` pairs quotation marks, ``lexicon`` loads the cues, ``speakers`` finds who
speaks, ``direct`` and ``indirect`` find the two kinds (``sources`` the indirect ones named without
a cue's clause: labels, reporting nouns, "according to"; ``misparsed`` the reported clauses the
parser hides; ``bounds`` where a reported content ends; ``interviews`` the questions and
answers of a printed interview), ``context`` holds one document's state.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.facts.quotes.context import Context, SpeakerResolver
from eventwire.facts.quotes.direct import find_continuations, find_direct
from eventwire.facts.quotes.indirect import find_indirect
from eventwire.facts.quotes.interviews import find_interview
from eventwire.facts.quotes.lexicon import CueVerb, reporting_verbs
from eventwire.facts.quotes.referents import resolve_referents
from eventwire.schema import Quote

__all__ = ["CueVerb", "SpeakerResolver", "find_quotes", "reporting_verbs"]


def find_quotes(doc: Doc, resolve_speaker: SpeakerResolver, *, broad: bool = False) -> list[Quote]:
    """Find the direct, indirect and mixed quotations in a parsed document.

    Args:
        doc: a spaCy ``Doc`` with a dependency parse; its text is what every span points into.
        resolve_speaker: maps the speaker as written to an actor mention, or ``None`` when it
            cannot; unresolved speakers keep their text and span only.
        broad: also report attributed thoughts, plans, findings and positions ("wants to run",
            "polls show …", "endorsed the senator"): PolNeAR's wider notion of attribution.
            Off by default, as it trades precision and speaker accuracy for recall.

    Returns:
        The quotes in text order. ``doc.text[q.span[0]:q.span[1]] == q.text`` always holds, and
        ``speaker_span`` points at the speaker as written (for a continuation, the earlier one).
    """
    ctx = Context(doc, resolve_speaker, broad=broad)
    find_direct(ctx)
    find_indirect(ctx)
    find_interview(ctx)
    find_continuations(ctx)
    resolve_referents(ctx)
    return _without_nested([q for q in ctx.quotes if q.span[0] >= ctx.title_end])


def _without_nested(quotes: list[Quote]) -> list[Quote]:
    """Drop a mixed quote told again inside a longer mixed one: 'condemned what he called an
    "unprovoked attack"' is one quote, not that and 'an "unprovoked attack"'. A reported clause
    inside a longer quote ('accused Washington of stoking "hysteria" and said Russia posed no
    threat') stays: it is a statement of its own."""
    return [
        inner
        for inner in quotes
        if inner.kind != "mixed"
        or not any(
            outer is not inner
            and outer.kind == "mixed"
            and outer.span[0] <= inner.span[0]
            and inner.span[1] <= outer.span[1]
            and outer.span != inner.span
            and _same_speaker(outer, inner)
            for outer in quotes
        )
    ]


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def _same_speaker(first: Quote, second: Quote) -> bool:
    """By name when both are named ("Joe Biden" and the "he" that stands for him), else by
    country or organisation; a person named is not the office that reports them ("Macron told
    Putin that "…," according to his office")."""
    a, b = first.speaker, second.speaker
    if a is None or b is None:
        return False
    if b.text.lower() in PRONOUNS:  # 'condemned what he called …': "he" is the one condemning
        return True
    if a.name or b.name:
        return a.name == b.name
    return a.code is not None and a.code == b.code
