"""Finding date expressions in a parsed article and resolving each in its clause's tense."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from eventwire.facts.dates.days import AMOUNT_RE, DAY, MONTH, MONTH_RE, WEEK, WEEKDAYS, YEAR
from eventwire.facts.dates.holidays import HOLIDAY_PATTERN
from eventwire.facts.dates.resolve import resolve_date
from eventwire.facts.dates.tense import is_future_context, is_past_context

_F_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_F_MONTH = (
    r"(?:Jan(?:uary|\.)|Feb(?:ruary|\.)|Mar(?:ch|\.)|Apr(?:il|\.)|May|June?|July?|Aug(?:ust|\.)"
    r"|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)|Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_F_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])"
_F_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_F_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_F_REL = r"(?i:last|next|this past|this|early|late)"
_F_REL_DAY = r"(?i:last|next|this)"
# "the day before last Tuesday", "two days after Feb. 5"
_F_DAYS_FROM = (
    r"(?i:(?:the|one|two|three|four|five|six|seven|a)\s+days?\s+(?:before|after)\s+(?:the\s+)?)"
)
_FINDERS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:{_F_DAYS_FROM})?(?:{_F_REL}\s+)?{_F_WEEKDAY}\b{_F_PART}",
        r"(?i:\b(?:today|tonight|this (?:morning|afternoon|evening)|last night"
        r"|(?:yesterday|tomorrow)(?: morning| afternoon| evening| night)?"
        r"|the day (?:before yesterday|after tomorrow))\b)",
        r"(?i:\b(?:(?:last|next|this past|this)\s+|the\s+)weekend\b)",
        r"(?i:\b(?:the\s+(?:next|following|previous|preceding|same)|that(?:\s+same)?)\s+"
        r"(?:day|morning|afternoon|evening|night)\b)",
        r"(?i:\b(?:the|a|an|one|two|three|four|five|six|seven)\s+(?:day|week|month|year)s?"
        r"\s+(?:later|earlier)\b)",
        r"(?i:\bthe\s+(?:previous|preceding|following)\s+)" + _F_WEEKDAY + r"\b",
        r"(?i:\b(?:(?:earlier|later)\s+)?(?:this|last|next|this past)\s+(?:week|month|year)\b)",
        r"(?i:\b" + AMOUNT_RE.replace("?P<n>", "?:") + r"\s+(?:day|week|fortnight|month|year)s?"
        r"\s+ago\b)",
        # "will vote in two weeks": a date only in a future clause (kept only when it resolves)
        r"(?i:\bin\s+"
        + AMOUNT_RE.replace("?P<n>", "?:")
        + r"\s+(?:day|week|fortnight|month|year)s?"
        r"(?:'\s+time)?\b)",
        rf"\b(?:{_F_DAYS_FROM})?(?:{_F_WEEKDAY},?\s+)?{_F_MONTH}\s+{_F_DAY}(?:\s*,\s*{_F_YEAR})?",
        # the second day of "March 3 and 4", "Feb. 5-6": resolved in the month just named
        rf"\b{_F_MONTH}\s+{_F_DAY}\s*(?:-|and|or)\s*(?P<x>{_F_DAY})(?!\s*(?i:percent|per cent))",
        r"(?i:\b(?:earlier|later)\s+in\s+the\s+day\b)",
        # "resumed on the 3rd": a bare day of the month, not "the 3rd Battalion", "the 21st century"
        r"\b(?i:on|since|until|by|from|before|after)\s+(?P<x>the\s+(?:[12]\d|3[01]|0?[1-9])"
        r"(?:st|nd|rd|th))\b(?!\s+(?!(?:and|or|but|when|as|at|in|to|with|while|after|before|of)\b)"
        r"[A-Za-z])",
        rf"\b{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:\s*,?\s*{_F_YEAR})?\b",
        rf"\b{_F_MONTH}\s*,?\s+{_F_YEAR}",
        rf"\b(?i:in|since|until|by|during|of|from)\s+(?P<x>(?:{_F_REL}\s+|(?i:mid-?))?"
        rf"(?:January|February|March|April|May|June|July|August|September|October|November"
        rf"|December)\b)",
        rf"\b(?i:in|since|until|by|during|before|after|from)\s+(?P<x>{_F_YEAR})\b(?!\s*(?:%|-))",
        # a holiday as a time ("on Thanksgiving Day", "last Christmas"), not "Christmas sales"
        rf"\b(?i:on|before|after|since|until|by|over|during|from)\s+(?P<x>(?:{_F_REL_DAY}\s+)?"
        rf"(?:{HOLIDAY_PATTERN})(?:\s+{_F_YEAR})?)\b",
        rf"\b(?P<x>{_F_REL_DAY}\s+(?:{HOLIDAY_PATTERN})(?:\s+{_F_YEAR})?)\b",
        r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
        r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b",
    )
)
_HOLIDAY = re.compile(HOLIDAY_PATTERN)
_BARE_ORDINAL = re.compile(r"(?i:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)")
_SPAN_AHEAD = re.compile(r"in\s", re.IGNORECASE)  # "in two weeks" outside a future clause
_AGE = re.compile(r"\byears?[- ]old\b", re.IGNORECASE)
_POINT_CUE = re.compile(
    r"\d|\b(?:" + "|".join(WEEKDAYS) + r"|" + MONTH_RE.replace("?P<mon>", "?:") + r"|today|"
    r"yesterday|tomorrow|tonight|week|month|year|weekend)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and what it resolves to.

    Attributes:
        text: the expression as written ("Sunday", "Feb. 5, 2021").
        start_char: offset of its first character in ``doc.text``.
        end_char: offset just past its last character in ``doc.text``.
        value: ``YYYY-MM-DD``, or None when it cannot be placed on a calendar.
        granularity: ``day``, ``week``, ``month`` or ``year``.
        start_token: index of its first token in the doc.
        end_token: index just past its last token in the doc.
    """

    text: str
    start_char: int
    end_char: int
    value: str | None
    granularity: str
    start_token: int
    end_token: int


def _names_a_thing(ent: Span) -> bool:
    """Whether the word after an ordinal is the noun it counts ("the 2nd reading")."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return following is not None and following.pos_ in ("NOUN", "PROPN")


def _granularity_hint(text: str) -> str:
    lowered = text.lower()
    for unit in (WEEK, MONTH, YEAR):
        if unit in lowered:
            return unit
    return DAY


def find_dates(doc: Doc | Span, published: datetime.date | None) -> list[DateMention]:
    """Date expressions in a sentence or doc, each resolved against the publication date.

    Our own patterns find the common news forms (weekdays, deictics, month-day, N days ago); the
    spaCy DATE entities add what they miss. Overlaps keep the pattern match.

    Args:
        doc: a parsed doc, or a span of one (usually a sentence).
        published: the article's publication date, or None.

    Returns:
        The mentions in text order.
    """
    whole = doc.doc if isinstance(doc, Span) else doc
    offset = doc.start_char if isinstance(doc, Span) else 0
    region = doc.text  # read once: spaCy joins every token's text on each access
    found: list[tuple[int, int]] = []
    for pattern in _FINDERS:
        group = "x" if "x" in pattern.groupindex else 0
        found.extend(
            (offset + m.start(group), offset + m.end(group)) for m in pattern.finditer(region)
        )
    found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
    chosen: list[tuple[int, int]] = []
    for start, end in found:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end))
        elif end - start > chosen[-1][1] - chosen[-1][0]:
            chosen[-1] = (start, end)
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if _HOLIDAY.fullmatch(ent.text) and ent.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "Christmas sales", "year-end results": a season, not a day
        if _BARE_ORDINAL.fullmatch(ent.text) and _names_a_thing(ent):
            continue  # "on the 2nd reading", "the 3rd Battalion": an ordinal, not a day
        if not any(s < ent.end_char and ent.start_char < e for s, e in chosen):
            chosen.append((ent.start_char, ent.end_char))
    mentions = []
    anchor: datetime.date | None = None  # the day the text last named
    for start, end in sorted(chosen):
        span = whole.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        text = region[start - offset : end - offset]  # Doc.text is rebuilt on every access
        future, past = is_future_context(span.root), is_past_context(span.root)
        value, granularity = resolve_date(text, published, future=future, past=past, anchor=anchor)
        if value is not None and granularity == DAY:
            anchor = datetime.date.fromisoformat(value)
        if value is None and (
            not _POINT_CUE.search(text) or _AGE.search(text) or _SPAN_AHEAD.match(text)
        ):
            continue  # durations and vague times ("decades", "recently") are not dates
        if value is None and granularity == DAY:
            granularity = _granularity_hint(text)
        mentions.append(DateMention(text, start, end, value, granularity, span.start, span.end))
    return mentions
