"""The record of an event: its evidence (the sentence, trimmed), its party mentions, its date
and its stable id."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from eventwire.actors.finder import ActorSpan
from eventwire.facts.dates import DateMention, cue_of_date, resolve_date
from eventwire.schema import ActorMention


def trimmed(sent: Span) -> tuple[str, int, int]:
    """The sentence without surrounding whitespace, nor a closing quote left over from the
    previous paragraph at its start (spaCy's splitter attaches it there)."""
    text = sent.text
    start, end = 0, len(text.rstrip())
    stripped = text.lstrip()
    if stripped[:1] in ('"', "”", "’") and stripped[1:2].isspace():
        start = len(text) - len(stripped) + 1
    while start < end and text[start].isspace():
        start += 1
    return text[start:end], sent.start_char + start, sent.start_char + end


def mention(span: ActorSpan) -> ActorMention:
    return ActorMention(
        text=span.text,
        name=span.name,
        code=span.code,
        sector=span.sector,
        role=span.role,
        span=[span.start_char, span.end_char],
    )


def event_date(
    trigger: Token,
    dates: Sequence[DateMention],
    published: dt.date | None,
    future: bool,
    *,
    asks: bool = False,
) -> tuple[str | None, str | None]:
    """The date of the trigger's clause: a date attached to it, else the sentence's only date.

    With ``asks`` (a demand or a threat), a date inside what is asked for or threatened dates
    that act, not the asking: "urged workers to strike on Thursday" was urged today."""
    doc = trigger.doc
    if asks:
        dates = [m for m in dates if not _in_content(doc[m.start_token], trigger)]
    if not dates:
        return None, None
    # "said on Friday the government would seek a loan": Friday dates the saying, not the seeking
    # (an act foretold); an act done in the saying ("said it would hold talks": an agreement) is
    # dated by it
    saying = [m for m in dates if future and _dates_a_governor(doc[m.start_token], trigger)]
    attached = [
        mention
        for mention in dates
        if mention not in saying
        and (
            doc[mention.start_token].head.i == trigger.i
            or (
                trigger in doc[mention.start_token].ancestors
                and not _describes_other(doc[mention.start_token], trigger)
                and not _in_conjoined_clause(doc[mention.start_token], trigger)
            )
        )
    ]
    # "began 10 days of drills on Thursday": a date that resolves wins over a length of time.
    chosen = next((m for m in attached if m.value is not None), attached[0] if attached else None)
    if chosen is None and len(dates) == 1 and not _describes_other(doc[dates[0].start_token]):
        chosen = dates[0]
    if chosen is None:
        return None, None
    if _span_start(doc, chosen) and not any(  # "killed since Oct. 7": no day of its own,
        doc[i].is_ancestor(trigger) for i in range(chosen.start_token, chosen.end_token)
    ):  # but "since Oct. 7, when militants attacked" dates the attack
        start = doc[chosen.start_token - 1].idx if chosen.start_token > 0 else chosen.start_char
        return None, doc.text[min(start, chosen.start_char) : chosen.end_char]
    if chosen in saying:
        return None, None  # the day it was said is not the day the act will happen
    value = chosen.value
    if future and published is not None:
        value = resolve_date(chosen.text, published, future=True)[0]
    if chosen.granularity != "day":
        return None, chosen.text
    return value, chosen.text


def _dates_a_governor(word: Token, trigger: Token) -> bool:
    """The date belongs to a verb the trigger's clause hangs from (the saying in "said on Friday
    the government would seek a loan", however the parser attached "on Friday")."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verb = cue_of_date(word, verb)
    return verb is not trigger and verb.is_ancestor(trigger)


def _span_start(doc: Doc, mention: DateMention) -> bool:
    """A date that opens a stretch of time is not the day of the act: "40,000 have been killed
    since Oct. 7" counts from that day."""
    first = mention.start_token
    return mention.text.lower().startswith("since") or (
        first > 0 and doc[first - 1].lower_ == "since"
    )


def _in_content(word: Token, trigger: Token) -> bool:
    """The word is in a clause the trigger governs as its content ("to strike on Thursday")."""
    for ancestor in word.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.dep_ in ("xcomp", "ccomp") and trigger in ancestor.ancestors
    return False


def _in_conjoined_clause(word: Token, trigger: Token) -> bool:
    """The date is on a verb conjoined to the trigger's, not on the trigger: "rejected the result
    and called for protests on Monday" dates the call, not the rejection."""
    for ancestor in word.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.dep_ == "conj" and ancestor.head.i == trigger.i
    return False


def _describes_other(word: Token, stop: Token | None = None) -> bool:
    """The date belongs to a description below ``stop``, not to the event: "troops that have
    occupied the plant since March", "a deal signed in July"."""
    if (
        _a_year(word)
        and word.dep_ in ("compound", "amod", "nummod")
        and word.head.pos_ in ("NOUN", "PROPN")
    ):
        return True  # "a 1951 defence treaty", "the 2015 agreements": the thing's own date
    for ancestor in (word, *word.ancestors):
        if stop is not None and ancestor.i == stop.i:
            return False
        if ancestor.dep_ in ("relcl", "acl"):
            return True
        if ancestor is not word and ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.dep_ == "pobj" and ancestor.head.head.pos_ in ("NOUN", "PROPN"):
            return True  # "the Minsk agreements of 2015": the date of the agreements
    return False


def event_id(article_id: str, start: int, end: int, event_type: str) -> str:
    digest = hashlib.sha256(f"{article_id}|{start}|{end}|{event_type}".encode()).hexdigest()
    return f"ev-{digest[:16]}"


def _a_year(word: Token) -> bool:
    """A year written alone ("1951"): before a noun it dates the thing ("a 1951 treaty"), where a
    day before a noun may be the act's own ("the Friday talks")."""
    return len(word.text) == 4 and word.text.isdigit()
